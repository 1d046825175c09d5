"""Followed tickets keep their text attempts and how often their number was set.

Revision ID: 0015_follow_attempts
Revises: 0014_programme_promotions
Create Date: 2026-12-08

``ticket_follow`` gains, for each of the two texts, the sends the gateway
may have delivered (``ahead_attempts``, ``called_attempts``, counted before
each send) and when it was last tried (``ahead_tried_at``,
``called_tried_at``). ``kiosk web`` kept these in memory, so every restart
(a crash loop) could send a text the phone may already have had once more.

``phone_sets`` counts the numbers left for a ticket: its link may set one
only a few times (``kiosk.queue.follow.MAX_PHONE_SETS``), so it cannot
point texts at number after number. A row that already holds a number has
used one.

The counts default to 0 in the database itself, so the rows ``Queue.issue``
inserts without naming them, and the rows already there, start at 0.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_follow_attempts"
down_revision = "0014_programme_promotions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticket_follow") as batch:
        for kind in ("ahead", "called"):
            batch.add_column(
                sa.Column(f"{kind}_attempts", sa.Integer, nullable=False, server_default="0")
            )
            batch.add_column(
                sa.Column(f"{kind}_tried_at", sa.DateTime(timezone=True), nullable=True)
            )
        batch.add_column(sa.Column("phone_sets", sa.Integer, nullable=False, server_default="0"))
    op.execute("UPDATE ticket_follow SET phone_sets = 1 WHERE phone_enc IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("ticket_follow") as batch:
        batch.drop_column("phone_sets")
        for kind in ("called", "ahead"):
            batch.drop_column(f"{kind}_tried_at")
            batch.drop_column(f"{kind}_attempts")
