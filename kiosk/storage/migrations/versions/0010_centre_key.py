"""The centre key's fingerprint (kiosk.centre.store.open_centre_key).

Revision ID: 0010_centre_key
Revises: 0009_welfare_feed
Create Date: 2026-12-06

One row: which key file the centre services' personal data is encrypted
with. The first machine to use its key writes it; a machine whose key file
differs (copied wrong, or made anew because none was copied) is refused
before it stores a phone number or a crisis report that staff could not
read.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_centre_key"
down_revision = "0009_welfare_feed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "centre_key",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("centre_key")
