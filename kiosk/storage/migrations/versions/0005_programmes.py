"""Programme registration (자치회관 강좌): per-course counters and registrations.

Revision ID: 0005_programmes
Revises: 0004_queue_follow
Create Date: 2026-12-05

``programme_counters`` holds one row per course and term, bumped first by
every registration so that registrations for one course take turns (no
oversubscription from two kiosks at once). ``programme_registrations`` holds
the registrations; the resident's name and phone number are encrypted
(``kiosk.centre.keys``), the phone also as a keyed hash for duplicates.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_programmes"
down_revision = "0004_queue_follow"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "programme_counters",
        sa.Column("course_id", sa.String(32), primary_key=True),
        sa.Column("term", sa.String(16), primary_key=True),
        sa.Column("last_number", sa.Integer, nullable=False),
    )
    op.create_table(
        "programme_registrations",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("course_id", sa.String(32), nullable=False),
        sa.Column("term", sa.String(16), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("registration_no", sa.String(24), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("wait_seq", sa.Integer, nullable=True),
        sa.Column("phone_hash", sa.String(64), nullable=False),
        sa.Column("phone_enc", sa.String(512), nullable=False),
        sa.Column("name_enc", sa.String(512), nullable=True),
        sa.Column("kiosk_id", sa.String(32), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.UniqueConstraint("course_id", "term", "number", name="uq_programme_registration_number"),
    )
    op.create_index(
        "ix_programme_registrations_course",
        "programme_registrations",
        ["course_id", "term", "status"],
    )


def downgrade() -> None:
    op.drop_index("ix_programme_registrations_course", table_name="programme_registrations")
    op.drop_table("programme_registrations")
    op.drop_table("programme_counters")
