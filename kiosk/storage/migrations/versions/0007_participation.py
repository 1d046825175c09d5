"""Resident participation (주민자치회): who has voted, and the ballots, in two tables.

Revision ID: 0007_participation
Revises: 0006_welfare
Create Date: 2026-12-05

``participation_voters`` holds one row per poll and voter, the voter only as
a per-poll keyed hash of their identity; its primary key is what refuses a
second vote. ``participation_ballots`` holds the options chosen under random
ids, with nothing that leads back to a voter. Both rows of a vote are written
in one transaction (``kiosk.centre.participation.cast_vote``).

A new ballot bumps the change feed (``kiosk.queue.notify``), as queue
changes do, so counter terminals redraw the results at once.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_participation"
down_revision = "0006_welfare"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "participation_voters",
        sa.Column("poll_id", sa.String(32), primary_key=True),
        sa.Column("voter_hash", sa.String(64), primary_key=True),
    )
    op.create_table(
        "participation_ballots",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("poll_id", sa.String(32), nullable=False),
        sa.Column("option_id", sa.String(32), nullable=False),
    )
    op.create_index(
        "ix_participation_ballots_poll", "participation_ballots", ["poll_id", "option_id"]
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # kiosk_notify_change() is the baseline's (0001_baseline).
        op.execute(
            "CREATE TRIGGER participation_ballots_notify AFTER INSERT ON participation_ballots "
            "FOR EACH STATEMENT EXECUTE FUNCTION kiosk_notify_change()"
        )
    elif bind.dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER IF NOT EXISTS participation_ballots_insert_changes "
            "AFTER INSERT ON participation_ballots "
            "BEGIN UPDATE changes SET n = n + 1 WHERE id = 1; END"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS participation_ballots_notify ON participation_ballots")
    elif bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS participation_ballots_insert_changes")
    op.drop_index("ix_participation_ballots_poll", table_name="participation_ballots")
    op.drop_table("participation_ballots")
    op.drop_table("participation_voters")
