"""Phone follow-up of queue tickets: each ticket's secret status-page token and phone number.

Revision ID: 0004_queue_follow
Revises: 0003_tech_lockout
Create Date: 2026-12-05

One row per ticket issued while ``[follow]`` is enabled: the unguessable
token of its status page (``kiosk web``), the mobile number a resident left
there (cleared when the ticket is finished or its day is over), and when
each text was sent (each is sent once).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_queue_follow"
down_revision = "0003_tech_lockout"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ticket_follow",
        sa.Column("ticket_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("business_day", sa.Date, nullable=False),
        sa.Column("phone", sa.String(16), nullable=True),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("ahead_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("called_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("token", name="uq_ticket_follow_token"),
    )


def downgrade() -> None:
    op.drop_table("ticket_follow")
