"""Approved card payments are recorded before printing starts.

Revision ID: 0013_payment_holds
Revises: 0012_programmes_erasable
Create Date: 2026-12-07

``payment_holds`` keeps each approved authorization of a certificate order
from the moment the terminal approves it until the order or its void ends,
so a power cut between the approval and the first issuance row still
leaves a hold that the next start releases (``AuditLog.recover_interrupted``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_payment_holds"
down_revision = "0012_programmes_erasable"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payment_holds",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("authorization_id", sa.String(64), nullable=False, unique=True),
        sa.Column("kiosk_id", sa.String(32), nullable=False),
        sa.Column("amount_won", sa.Integer, nullable=False),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("result", sa.String(16), nullable=True),
        sa.Column("settled_at", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("payment_holds")
