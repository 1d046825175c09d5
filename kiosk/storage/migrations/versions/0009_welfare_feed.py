"""Welfare requests wake the counter terminals (kiosk.centre.welfare).

Revision ID: 0009_welfare_feed
Revises: 0008_lending
Create Date: 2026-12-06

A request saved at a kiosk, or its status changed at another counter, now
reaches the welfare inbox through the change feed at once, as loans,
parcels and votes do; the inbox used to look every 20 seconds.
"""

from __future__ import annotations

from alembic import op

from kiosk.storage.migrations import notify_changes

revision = "0009_welfare_feed"
down_revision = "0008_lending"
branch_labels = None
depends_on = None

OPERATIONS = ("INSERT", "UPDATE", "DELETE")


def upgrade() -> None:
    notify_changes(op.get_bind().dialect.name, "welfare_requests", OPERATIONS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS welfare_requests_notify ON welfare_requests")
    else:
        for operation in OPERATIONS:
            op.execute(f"DROP TRIGGER IF EXISTS welfare_requests_{operation.lower()}_changes")
