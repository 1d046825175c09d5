"""Programme registrations can lose their personal data and keep the registration.

Revision ID: 0012_programmes_erasable
Revises: 0011_follow_phone_enc
Create Date: 2026-12-07

``programme_registrations.phone_hash`` and ``phone_enc`` become nullable,
like the phone columns of ``loans`` and ``parcels``: ``Programmes.purge``
erases the name and phone number ``programmes.keep_days`` after the term
ended or the registration was cancelled, and keeps the row, so a course's
registration numbers and counts stay as they were. Nothing is erased
here; the first purge does it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_programmes_erasable"
down_revision = "0011_follow_phone_enc"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programme_registrations") as batch:
        batch.alter_column("phone_hash", existing_type=sa.String(64), nullable=True)
        batch.alter_column("phone_enc", existing_type=sa.String(512), nullable=True)


def downgrade() -> None:
    # An erased registration cannot be given its number back, and the code before
    # this revision cannot show a row without one: those rows go.
    op.execute("DELETE FROM programme_registrations WHERE phone_enc IS NULL OR phone_hash IS NULL")
    with op.batch_alter_table("programme_registrations") as batch:
        batch.alter_column("phone_hash", existing_type=sa.String(64), nullable=False)
        batch.alter_column("phone_enc", existing_type=sa.String(512), nullable=False)
