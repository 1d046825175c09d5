"""Technician entry lockout: failed PIN counts and lockout end, kept across restarts.

Revision ID: 0003_tech_lockout
Revises: 0002_issuance_state
Create Date: 2026-12-05

One row per kiosk (``kiosk_id``): how many wrong technician PINs in a row,
and until when entry is locked (wall-clock time; ``kiosk.tech.auth`` caps
what is left of it, so a wall clock set backwards cannot lock for longer
than one lockout). Without it a restart forgot the lockout.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_tech_lockout"
down_revision = "0002_issuance_state"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tech_lockout",
        sa.Column("kiosk_id", sa.String(32), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("tech_lockout")
