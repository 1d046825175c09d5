"""Baseline: every table of the kiosk database, change notification triggers.

Revision ID: 0001_baseline
Revises:
Create Date: 2026-11-22

Tables: the queue (ticket_counters, tickets, events), certificate issuance
audit (issuances), counter work (counters, calls, service_log) and the
change counter (changes). Definitions are frozen copies of
``kiosk.storage.database`` at the time of writing: later changes get later revisions.

Databases made before migrations existed (``metadata.create_all``) have
some of these tables already; this revision keeps them and only adds what is
missing (tables, nullable columns, indexes), so such files are adopted
without losing a ticket.

Change notification: on PostgreSQL, statement triggers on the queue tables
``NOTIFY kiosk_changes`` with the table name (kiosk.queue.notify listens); on
SQLite, row triggers bump ``changes.n`` (kiosk.queue.notify polls it).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem

from kiosk.storage.migrations import notify_changes

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _ticket_counters() -> list[SchemaItem]:
    return [
        sa.Column("service_id", sa.String(32), primary_key=True),
        sa.Column("business_day", sa.Date, primary_key=True),
        sa.Column("last_number", sa.Integer, nullable=False),
    ]


def _tickets() -> list[SchemaItem]:
    return [
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("service_id", sa.String(32), nullable=False),
        sa.Column("business_day", sa.Date, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("display_code", sa.String(16), nullable=False),
        sa.Column("issued_at", TZ, nullable=False),
        sa.Column("priority", sa.Boolean, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("state_changed_at", TZ, nullable=False),
        sa.Column("kiosk_id", sa.String(32), nullable=False),
        sa.Column("print_attempts", sa.Integer, nullable=False),
        sa.Column("counter", sa.Integer, nullable=True),
        sa.Column("queue_service_id", sa.String(32), nullable=True),
        sa.Column("called_at", TZ, nullable=True),
        sa.Column("last_called_at", TZ, nullable=True),
        sa.Column("serving_at", TZ, nullable=True),
        sa.Column("finished_at", TZ, nullable=True),
        sa.UniqueConstraint("service_id", "business_day", "number", name="uq_ticket_number"),
    ]


def _events() -> list[SchemaItem]:
    return [
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", TZ, nullable=False),
        sa.Column("kiosk_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("ticket_id", sa.Integer, nullable=True),
        sa.Column("detail", sa.String(400), nullable=False),
    ]


def _issuances() -> list[SchemaItem]:
    return [
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("issuance_number", sa.String(19), nullable=False, unique=True),
        sa.Column("document_id", sa.String(32), nullable=False),
        sa.Column("copies", sa.Integer, nullable=False),
        sa.Column("fee_won", sa.Integer, nullable=False),
        sa.Column("payment_result", sa.String(16), nullable=False),
        sa.Column("printed", sa.Boolean, nullable=False),
        sa.Column("issued_at", TZ, nullable=False),
        sa.Column("kiosk_id", sa.String(32), nullable=False),
        sa.Column("identity_hash", sa.String(64), nullable=False),
    ]


def _counters() -> list[SchemaItem]:
    return [
        sa.Column("counter", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("paused", sa.Boolean, nullable=False),
        sa.Column("priority_credit", sa.Float, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    ]


def _calls() -> list[SchemaItem]:
    return [
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", TZ, nullable=False),
        sa.Column("business_day", sa.Date, nullable=False),
        sa.Column("ticket_id", sa.Integer, nullable=False),
        sa.Column("counter", sa.Integer, nullable=False),
        sa.Column("service_id", sa.String(32), nullable=False),
        sa.Column("display_code", sa.String(16), nullable=False),
        sa.Column("recall", sa.Boolean, nullable=False),
    ]


def _service_log() -> list[SchemaItem]:
    return [
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("ticket_id", sa.Integer, nullable=False),
        sa.Column("service_id", sa.String(32), nullable=False),
        sa.Column("business_day", sa.Date, nullable=False),
        sa.Column("counter", sa.Integer, nullable=False),
        sa.Column("started_at", TZ, nullable=False),
        sa.Column("finished_at", TZ, nullable=False),
        sa.Column("seconds", sa.Float, nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
    ]


def _changes() -> list[SchemaItem]:
    return [
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("n", sa.Integer, nullable=False),
    ]


TABLES: dict[str, Callable[[], list[SchemaItem]]] = {
    "ticket_counters": _ticket_counters,
    "tickets": _tickets,
    "events": _events,
    "issuances": _issuances,
    "counters": _counters,
    "calls": _calls,
    "service_log": _service_log,
    "changes": _changes,
}

INDEXES: dict[str, tuple[str, list[str]]] = {
    "ix_tickets_waiting": ("tickets", ["business_day", "service_id", "state"]),
    "ix_calls_day": ("calls", ["business_day"]),
    "ix_service_log_service": ("service_log", ["service_id", "finished_at"]),
}

#: Tables whose changes wake counters, displays and kiosks.
NOTIFYING: dict[str, tuple[str, ...]] = {
    "tickets": ("INSERT", "UPDATE", "DELETE"),
    "events": ("INSERT",),
    "calls": ("INSERT",),
    "counters": ("INSERT", "UPDATE"),
}


def _create_or_complete(bind: sa.Connection) -> None:
    inspector = sa.inspect(bind)
    existing = set(inspector.get_table_names())
    for name, build in TABLES.items():
        items = build()
        if name not in existing:
            op.create_table(name, *items)
            continue
        have = {c["name"] for c in inspector.get_columns(name)}
        for item in items:
            if isinstance(item, sa.Column) and item.name not in have:
                if not item.nullable:
                    raise RuntimeError(
                        f"table {name} lacks the required column {item.name}: "
                        "this file was not made by the kiosk"
                    )
                op.add_column(name, item)
    inspector = sa.inspect(bind)
    for index, (table, columns) in INDEXES.items():
        if index not in {ix["name"] for ix in inspector.get_indexes(table)}:
            op.create_index(index, table, columns)


def _notify_postgresql() -> None:
    op.execute(
        """
        CREATE OR REPLACE FUNCTION kiosk_notify_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('kiosk_changes', TG_TABLE_NAME);
            RETURN NULL;
        END
        $$
        """
    )
    for table, operations in NOTIFYING.items():
        notify_changes("postgresql", table, operations)


def _notify_sqlite() -> None:
    for table, operations in NOTIFYING.items():
        notify_changes("sqlite", table, operations)


def upgrade() -> None:
    bind = op.get_bind()
    _create_or_complete(bind)
    if bind.execute(sa.text("SELECT count(*) FROM changes WHERE id = 1")).scalar_one() == 0:
        op.execute("INSERT INTO changes (id, n) VALUES (1, 0)")
    if bind.dialect.name == "postgresql":
        _notify_postgresql()
    elif bind.dialect.name == "sqlite":
        _notify_sqlite()


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in NOTIFYING:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
        op.execute("DROP FUNCTION IF EXISTS kiosk_notify_change()")
    for name in reversed(list(TABLES)):
        op.drop_table(name)
