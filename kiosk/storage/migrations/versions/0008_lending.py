"""Tool lending and parcel keeping (kiosk.centre.lending).

Revision ID: 0008_lending
Revises: 0007_participation
Create Date: 2026-12-05

``loans``: one row per tool a resident asked for at the kiosk, with its
status (requested, out, returned, cancelled) and due date. ``parcels``: one
row per parcel staff logged. Both hold the resident's phone number only
encrypted and as a keyed hash (``kiosk.centre.keys``). Changes to either
wake the counter terminals' lending tab, like the queue tables do.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.storage.migrations import notify_changes

revision = "0008_lending"
down_revision = "0007_participation"
branch_labels = None
depends_on = None


def _phone() -> list[sa.Column[str]]:
    return [
        sa.Column("phone_hash", sa.String(64), nullable=True),
        sa.Column("phone_enc", sa.String(200), nullable=True),
        sa.Column("phone_last4", sa.String(4), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "loans",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("ref", sa.String(20), nullable=False, unique=True),
        sa.Column("item_id", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("business_day", sa.Date, nullable=False),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("handed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        *_phone(),
    )
    op.create_index("ix_loans_item_status", "loans", ["item_id", "status"])
    op.create_table(
        "parcels",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("ref", sa.String(20), nullable=False, unique=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("collected_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.String(80), nullable=False),
        *_phone(),
    )
    op.create_index("ix_parcels_phone", "parcels", ["phone_hash"])
    dialect = op.get_bind().dialect.name
    notify_changes(dialect, "loans", ("INSERT", "UPDATE"))
    notify_changes(dialect, "parcels", ("INSERT", "UPDATE"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS loans_notify ON loans")
        op.execute("DROP TRIGGER IF EXISTS parcels_notify ON parcels")
    op.drop_table("parcels")
    op.drop_table("loans")
