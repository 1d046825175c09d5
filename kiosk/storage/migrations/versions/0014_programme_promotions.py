"""Programme registrations remember being moved from the waiting list to a place.

Revision ID: 0014_programme_promotions
Revises: 0013_payment_holds
Create Date: 2026-12-08

``programme_registrations.promoted_at`` is set when a waiting registration
gets a place (a cancel, a raised capacity given out by a registration or the
kiosk's purge), and ``promotion_called_at`` when staff mark the resident
called: the counter's programmes tab lists every promoted registration not
yet called, whichever process promoted it. Registrations promoted before
this revision are not known and stay unmarked.

Registrations now wake the counters through the change feed, as welfare
requests and loans do: a place a kiosk gives out while the tab is open is
listed at once, not at the next refresh.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.storage.migrations import notify_changes

revision = "0014_programme_promotions"
down_revision = "0013_payment_holds"
branch_labels = None
depends_on = None

OPERATIONS = ("INSERT", "UPDATE", "DELETE")


def upgrade() -> None:
    with op.batch_alter_table("programme_registrations") as batch:
        batch.add_column(sa.Column("promoted_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(
            sa.Column("promotion_called_at", sa.DateTime(timezone=True), nullable=True)
        )
    notify_changes(op.get_bind().dialect.name, "programme_registrations", OPERATIONS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "DROP TRIGGER IF EXISTS programme_registrations_notify ON programme_registrations"
        )
    else:
        for operation in OPERATIONS:
            op.execute(
                f"DROP TRIGGER IF EXISTS programme_registrations_{operation.lower()}_changes"
            )
    with op.batch_alter_table("programme_registrations") as batch:
        batch.drop_column("promotion_called_at")
        batch.drop_column("promoted_at")
