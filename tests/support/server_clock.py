"""Time passing on the database server's clock, which a test cannot move.

On PostgreSQL the queue stamps and compares the times machines share by the
server's clock (``kiosk.storage.database.shared_now``). A test that lets time
pass moves its fake clock and ages those stamps by as much instead.
"""

from __future__ import annotations

from sqlalchemy import Engine, text

from kiosk.clock import FakeClock

#: The columns stamped by the server's clock that the tests age: a ticket's
#: start of printing and its calls (``tickets.last_called_at`` equals its
#: call's ``calls.at``, which the display's join relies on: aged together),
#: staff calls and the other events.
_SERVER_STAMPS = (
    ("tickets", "state_changed_at"),
    ("tickets", "called_at"),
    ("tickets", "last_called_at"),
    ("calls", "at"),
    ("events", "at"),
)


def let_time_pass(engine: Engine, clock: FakeClock, seconds: float) -> None:
    """``seconds`` go by for every machine: on ``clock`` and, on PostgreSQL, on the server's."""
    clock.advance(seconds)
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        for table, column in _SERVER_STAMPS:
            conn.execute(
                text(f"UPDATE {table} SET {column} = {column} - make_interval(secs => :s)"),
                {"s": seconds},
            )
