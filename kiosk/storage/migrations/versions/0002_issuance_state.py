"""Issuance state: audit rows written before printing, so a power cut leaves a trace.

Revision ID: 0002_issuance_state
Revises: 0001_baseline
Create Date: 2026-12-05

``issuances`` gains ``state`` (``printing`` before the first byte of a copy,
then ``printed`` / ``failed``, ``capturing`` before the fee is captured, then
the payment's end; ``interrupted`` or ``capture_unknown`` when a restart
found the row unfinished), and the hold behind the copy
(``authorization_id``, ``authorized_won``) so a restart can void it. Rows
from before this revision were written after their order ended: their state
follows from what they recorded.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_issuance_state"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("issuances") as batch:
        batch.add_column(
            sa.Column("state", sa.String(16), nullable=False, server_default="captured")
        )
        batch.add_column(sa.Column("authorization_id", sa.String(64), nullable=True))
        batch.add_column(sa.Column("authorized_won", sa.Integer, nullable=True))
    op.execute(
        "UPDATE issuances SET state = CASE "
        "WHEN NOT printed THEN 'failed' "
        "WHEN payment_result IN ('captured', 'waived', 'voided', 'capture_failed') "
        "THEN payment_result ELSE 'voided' END"
    )
    # The default only filled the rows above: new rows always say their state
    # (``kiosk.storage.database`` has no default), so the schema matches a fresh one.
    with op.batch_alter_table("issuances") as batch:
        batch.alter_column("state", existing_type=sa.String(16), server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("issuances") as batch:
        batch.drop_column("authorized_won")
        batch.drop_column("authorization_id")
        batch.drop_column("state")
