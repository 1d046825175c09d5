"""Follow-up phone numbers encrypted with the centre key, like the other services' numbers.

Revision ID: 0011_follow_phone_enc
Revises: 0010_centre_key
Create Date: 2026-12-06

``ticket_follow.phone`` held the number a resident left on a ticket's
status page in clear until the ticket was finished or the day was over.
It becomes ``phone_enc``, the number encrypted with the centre key
(``kiosk.centre.keys``), as loans, parcels and programme registrations
already keep theirs. Numbers stored in clear are dropped, not carried over:
the migration has no key to encrypt them with, and they are kept for one
day at most anyway (those tickets get no text; their pages still work).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_follow_phone_enc"
down_revision = "0010_centre_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticket_follow") as batch:
        batch.drop_column("phone")
        batch.add_column(sa.Column("phone_enc", sa.String(200), nullable=True))


def downgrade() -> None:
    # The encrypted numbers cannot go back into a clear column without the key: dropped.
    with op.batch_alter_table("ticket_follow") as batch:
        batch.drop_column("phone_enc")
        batch.add_column(sa.Column("phone", sa.String(16), nullable=True))
