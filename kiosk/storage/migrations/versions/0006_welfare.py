"""Welfare intake: consultation bookings, home-visit requests and crisis reports.

Revision ID: 0006_welfare
Revises: 0005_programmes
Create Date: 2026-12-05

One row per request made at a kiosk (``kiosk.centre.welfare``). What the
resident gave is kept only encrypted (``payload``); the reference's day and
number, the kind of request, the booked slot and the staff's status are in
clear so the counter can list and order them. ``slot_start`` is unique, so
two kiosks cannot book the same consultation slot; rows are deleted after
``welfare.retention_days``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_welfare"
down_revision = "0005_programmes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "welfare_requests",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("slot_start", sa.DateTime(timezone=True), nullable=True),
        sa.Column("payload", sa.String(4000), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("kiosk_id", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("day", "seq", name="uq_welfare_requests_reference"),
        sa.UniqueConstraint("slot_start", name="uq_welfare_requests_slot"),
    )
    op.create_index("ix_welfare_requests_created", "welfare_requests", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_welfare_requests_created", table_name="welfare_requests")
    op.drop_table("welfare_requests")
