"""``kiosk queue clock [--accept | --rollback]`` and ``kiosk queue recover``: queue repairs.

``clock`` compares the wall clock's business day with the last day numbers
were issued for (``kiosk.queue.store.Queue.clock_status``) and exits 0 when they
agree, 1 when a repair is needed (or, on PostgreSQL, when this machine's
clock is more than ``SKEW_LIMIT_S`` off the server's): ``--accept`` opens the wall clock's day
after issuing refused it as a jump (a long closure, a clock set right by
hand); ``--rollback`` moves numbers issued for a later day than the wall
clock's back to today, or, when a code moved back would be held twice in
play, moves nothing and names those codes (exit 1). ``recover`` settles tickets a crash left
half-issued, as the kiosk does when it starts. Database trouble exits 3.
No Qt is imported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.clock import SystemClock
from kiosk.queue.store import ClockStatus, Queue, unheld_file
from kiosk.storage.database import DatabaseUnavailableError, database_url
from ui.app.commands import (
    Exit,
    add_actions,
    add_command,
    command_data_dir,
    load_command_config,
    with_database,
)
from ui.app.commands.db import add_database_options

if TYPE_CHECKING:
    from sqlalchemy import Engine

_ADVICE = {
    "ok": "the clock and the queue agree",
    "ahead": (
        "numbers are refused: the clock is implausibly far past the last issued day. "
        "Check the clock; if its date is right, run `kiosk queue clock --accept`"
    ),
    "behind": (
        "numbers were issued for a later day than the clock's, and the queue is held there. "
        "If the clock is right now, run `kiosk queue clock --rollback`"
    ),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_actions(sub, "queue", "queue repairs: business day and clock, recovery")
    clock = add_command(
        actions, "clock", "check (or repair) the business day against the clock", run_clock
    )
    repair = clock.add_mutually_exclusive_group()
    repair.add_argument(
        "--accept", action="store_true", help="accept the clock's date as the business day"
    )
    repair.add_argument(
        "--rollback", action="store_true", help="move numbers of a later day back to today"
    )
    add_database_options(clock)
    add_command(
        actions, "recover", "settle tickets a crash left half-issued", run_recover, config=True
    )


def _with_queue(
    args: argparse.Namespace, work: Callable[[Queue], int], *, withdraw: bool = False
) -> int:
    """Open the queue database, run ``work`` on it and close it; database trouble exits 3.

    ``withdraw``: the queue also takes this kiosk's tickets to withdraw
    (``unheld_file``), which only ``recover`` settles; the other actions
    leave the file to the running kiosk.
    """
    config = load_command_config(args)

    def on_queue(engine: Engine) -> int:
        try:
            unheld = unheld_file(command_data_dir(args)) if withdraw else None
            return work(Queue(engine, config, SystemClock(), unheld_file=unheld))
        except DatabaseUnavailableError as exc:
            print(f"kiosk queue: the database did not answer ({exc})", file=sys.stderr)
            return Exit.UNAVAILABLE

    return with_database(
        args, database_url(config.storage.database_url, command_data_dir(args)), on_queue
    )


def _line(status: ClockStatus) -> str:
    last = status.last_day if status.last_day is not None else "none"
    line = f"clock day {status.wall_day}, last issued day {last}: {_ADVICE[status.state]}"
    if status.skewed:
        line += (
            f"; but this machine's clock is {status.skew_s:+.0f} s off the database "
            "server's: set both from the network time (NTP)"
        )
    return line


def run_clock(args: argparse.Namespace) -> int:
    return _with_queue(args, lambda queue: _clock(args, queue))


def _clock(args: argparse.Namespace, queue: Queue) -> int:
    if args.accept or args.rollback:
        # Each repair mends one state of the clock, and only that one.
        before = queue.clock_status()
        mends, repair = ("ahead", "accept") if args.accept else ("behind", "roll back")
        if before.state != mends:
            print(f"kiosk queue: nothing to {repair}; {_line(before)}", file=sys.stderr)
            return 1
    if args.accept:
        status = queue.accept_day()
        print(f"accepted {status.wall_day} as the business day; numbering starts at 1")
    elif args.rollback:
        rolled = queue.rollback_day()
        if rolled.collisions:
            print(
                f"kiosk queue: nothing moved; these codes are in play on both "
                f"{before.wall_day} and {before.last_day}: {', '.join(rolled.collisions)}. "
                "Serve or cancel them, then run `kiosk queue clock --rollback` again",
                file=sys.stderr,
            )
            return 1
        print(f"numbers issued for {before.last_day} moved back to {before.wall_day}")
        status = queue.clock_status()
    else:
        status = queue.clock_status()
    print(_line(status))
    return 0 if status.state == "ok" and not status.skewed else 1


def run_recover(args: argparse.Namespace) -> int:
    return _with_queue(args, _recover, withdraw=True)


def _recover(queue: Queue) -> int:
    recovered = queue.recover_interrupted()
    for ticket in recovered:
        print(
            f"{ticket.display_code} ({ticket.business_day}): no print on record; "
            f"now {ticket.state.value}"
        )
    print(f"{len(recovered)} ticket(s) settled")
    return 0
