"""Resident participation keeps a count per option, not a row per ballot.

Revision ID: 0016_participation_tally
Revises: 0015_follow_attempts
Create Date: 2026-12-09

``participation_ballots`` held one row per vote under a random id. On
SQLite a row's place in its page still follows the order rows were
written, and the voter list's rows follow the same order, so the file
paired each voter hash with its choice. ``participation_tally`` holds a
count per poll and option, raised in the vote's transaction; the ballots
are counted into it and dropped.

The change feed (``kiosk.queue.notify``), which redraws the counter
terminals' results, is now bumped by a new voter row rather than a ballot.
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0016_participation_tally"
down_revision = "0015_follow_attempts"
branch_labels = None
depends_on = None


def _change_trigger(table: str, *, drop: bool = False) -> None:
    """The trigger that bumps the change feed after an insert into ``table``
    (created, or with ``drop`` dropped)."""
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        # kiosk_notify_change() is the baseline's (0001_baseline).
        name = f"{table}_notify"
        remove = f"DROP TRIGGER IF EXISTS {name} ON {table}"
        action = "FOR EACH STATEMENT EXECUTE FUNCTION kiosk_notify_change()"
    elif dialect == "sqlite":
        name = f"{table}_insert_changes"
        remove = f"DROP TRIGGER IF EXISTS {name}"
        action = "BEGIN UPDATE changes SET n = n + 1 WHERE id = 1; END"
    else:
        return
    op.execute(remove)
    if not drop:
        op.execute(f"CREATE TRIGGER {name} AFTER INSERT ON {table} {action}")


def upgrade() -> None:
    op.create_table(
        "participation_tally",
        sa.Column("poll_id", sa.String(32), primary_key=True),
        sa.Column("option_id", sa.String(32), primary_key=True),
        sa.Column("votes", sa.Integer(), nullable=False),
    )
    op.execute(
        "INSERT INTO participation_tally (poll_id, option_id, votes) "
        "SELECT poll_id, option_id, COUNT(*) FROM participation_ballots "
        "GROUP BY poll_id, option_id"
    )
    _change_trigger("participation_ballots", drop=True)
    op.drop_index("ix_participation_ballots_poll", table_name="participation_ballots")
    op.drop_table("participation_ballots")
    # The kiosk's SQLite connections run with secure_delete on
    # (kiosk.storage.database), so the dropped ballots' pages are zeroed.
    _change_trigger("participation_voters")


def downgrade() -> None:
    _change_trigger("participation_voters", drop=True)
    ballots = op.create_table(
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
    tally = (
        op.get_bind()
        .execute(sa.text("SELECT poll_id, option_id, votes FROM participation_tally"))
        .all()
    )
    rows = [
        {"id": 1 + secrets.randbelow(2**63 - 1), "poll_id": poll, "option_id": option}
        for poll, option, votes in tally
        for _ in range(votes)
    ]
    if rows:
        op.bulk_insert(ballots, rows)
    _change_trigger("participation_ballots")
    op.drop_table("participation_tally")
