"""Fault cases of the queue area: full bands, clock jumps, kills and restarts mid-issue.

Every case issues through the real ``kiosk.queue.store.Queue`` against a real
database (SQLite files, a scratch PostgreSQL schema, or a private PostgreSQL
cluster the case starts and stops itself) and judges what residents and
staff are left with: the numbers held (``duplicates`` counts a number or a
display code held twice at once), tickets a kiosk handed out that the
database lost (``tickets_lost``), and tickets left half-issued after the
recovery a restarting kiosk runs.

The kill cases run ``python -m tools.faults.queue issue-loop`` children,
which print one line per committed ticket, and SIGKILL them at a seeded
random point; the parent compares those lines with the database.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from kiosk.clock import FakeClock, SystemClock
from kiosk.config import KioskConfig, default_config, parse_config
from kiosk.queue.store import BandFullError, ImplausibleDayError, Queue
from kiosk.storage.database import DatabaseUnavailableError, open_database
from tests.support.band_race import issue_at_once
from tools.faults import Case, CaseContext, Outcome

ROOT = Path(__file__).resolve().parents[2]
IN_PLAY = ("issued", "printed", "print_failed", "called", "serving")
#: Seeded: the same kill points on every run.
SEED = 19


# -- what the database holds ------------------------------------------------------------------


def _rows(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return list(
            conn.execute(
                text(
                    "SELECT id, service_id, business_day, number, display_code, state "
                    "FROM tickets ORDER BY id"
                )
            ).all()
        )


def _duplicates(rows: list[Any]) -> int:
    """Numbers given twice in one (service, day), and display codes held twice at once."""
    numbers = Counter((r.service_id, str(r.business_day), r.number) for r in rows if r.number > 0)
    held = Counter(
        (r.service_id, str(r.business_day), r.display_code) for r in rows if r.state in IN_PLAY
    )
    return sum(n - 1 for n in numbers.values() if n > 1) + sum(
        n - 1 for n in held.values() if n > 1
    )


def _gaps(rows: list[Any]) -> int:
    """Numbers missing from 1..N in each (service, day)."""
    per: dict[tuple[str, str], list[int]] = {}
    for r in rows:
        per.setdefault((r.service_id, str(r.business_day)), []).append(r.number)
    return sum(max(numbers) - len(set(numbers)) for numbers in per.values())


def _verdict(checks: dict[str, bool], detail: str, **counts: int) -> Outcome:
    failed = [name for name, ok in checks.items() if not ok]
    if failed:
        detail += f"; not held: {', '.join(failed)}"
    return Outcome(held=not failed, detail=detail, **counts)


def _band_config() -> KioskConfig:
    return parse_config(
        {
            "services": [
                {"id": "a", "names": {"ko": "가"}, "prefix": "A"},
                {"id": "b", "names": {"ko": "나"}, "band": [500, 502]},
            ]
        }
    )


def _sqlite(ctx: CaseContext, name: str = "kiosk.sqlite3") -> tuple[str, Engine]:
    url = f"sqlite:///{ctx.workdir / name}"
    engine = open_database(url)
    ctx.cleanup.callback(engine.dispose)
    return url, engine


def _postgres(ctx: CaseContext) -> tuple[str, Engine]:
    url = ctx.pg_schema_url()
    engine = open_database(url)
    ctx.cleanup.callback(engine.dispose)
    return url, engine


# -- a full band ------------------------------------------------------------------------------


def _band_full(engine: Engine) -> Outcome:
    queue = Queue(engine, _band_config(), FakeClock(datetime(2026, 11, 23, 0, 30, tzinfo=UTC)))
    codes = [queue.issue("b").ticket.display_code for _ in range(3)]
    refusals = 0
    for _ in range(3):
        try:
            codes.append(queue.issue("b").ticket.display_code)
        except BandFullError as exc:
            refusals += 1
            message = exc.message.source
    rows = _rows(engine)
    events = queue.events(["band_full"])
    duplicates = _duplicates(rows)
    return _verdict(
        {
            "three refusals": refusals == 3,
            "resident told to ask staff": refusals > 0 and "ask staff" in message,
            "no ticket row for a refusal": len(rows) == 3,
            "staff told once, however often residents tap": len(events) == 1,
            "no duplicate": duplicates == 0,
        },
        f"issued {codes}, refused {refusals}, events {len(events)}",
        duplicates=duplicates,
    )


def band_full_sqlite(ctx: CaseContext) -> Outcome:
    return _band_full(_sqlite(ctx)[1])


def band_full_postgresql(ctx: CaseContext) -> Outcome:
    """Four kiosks issue from a band of three at once: three numbers, nine refusals."""
    url, engine = _postgres(ctx)
    clock = FakeClock(datetime(2026, 11, 23, 0, 30, tzinfo=UTC))
    engines = [open_database(url) for _ in range(4)]
    for other in engines:
        ctx.cleanup.callback(other.dispose)
    issued, refused = issue_at_once(engines, _band_config(), clock, "b", rounds=3)
    rows = _rows(engine)
    held = sorted(r.display_code for r in rows if r.state in IN_PLAY)
    duplicates = _duplicates(rows)
    return _verdict(
        {
            "each band number held once": held == ["500", "501", "502"],
            "every other try refused": refused == 9,
            "no duplicate": duplicates == 0,
        },
        f"issued {sorted(issued)}, refused {refused}, held {held}",
        duplicates=duplicates,
    )


# -- a clock jump -----------------------------------------------------------------------------


def _clock_jump(engine: Engine) -> Outcome:
    clock = FakeClock(datetime(2026, 11, 23, 0, 30, tzinfo=UTC))  # Monday 09:30 in Seoul
    queue = Queue(engine, default_config(), clock)
    first = queue.issue("general").ticket.display_code
    real = clock.now()
    clock.set_wall(real + timedelta(days=3))  # forward...
    refused = False
    try:
        queue.issue("general")
    except ImplausibleDayError:
        refused = True
    warnings = len(queue.events(["clock_implausible"]))
    clock.set_wall(real + timedelta(minutes=1))  # ...and back
    after = queue.issue("general").ticket
    today = [t.display_code for t in queue.tickets_today()]
    clock.set_wall(real + timedelta(days=1))  # the next morning numbers restart
    tomorrow = queue.issue("general").ticket.display_code
    rows = _rows(engine)
    duplicates = _duplicates(rows)
    return _verdict(
        {
            "jump refused": refused,
            "staff warned": warnings == 1,
            "today's numbering continues": (str(after.business_day), after.display_code)
            == ("2026-11-23", "A-002"),
            "today's list complete": today == [first, "A-002"],
            "numbers restart the next day": tomorrow == "A-001",
            "no duplicate": duplicates == 0,
        },
        f"before {first}, jump refused={refused}, after {after.display_code} on "
        f"{after.business_day}, next day {tomorrow}",
        duplicates=duplicates,
    )


def clock_jump_sqlite(ctx: CaseContext) -> Outcome:
    return _clock_jump(_sqlite(ctx)[1])


def clock_jump_postgresql(ctx: CaseContext) -> Outcome:
    return _clock_jump(_postgres(ctx)[1])


# -- SIGKILL mid-issue ------------------------------------------------------------------------


def _issue_loop(url: str, count: int, print_s: float) -> int:
    """Child: issue ``count`` tickets, "printing" each for ``print_s`` seconds.

    Prints ``issued ID`` once a ticket is committed and ``printed ID`` once
    its print is recorded, so the parent knows what a resident would hold.
    """
    engine = open_database(url, migrate=False)
    queue = Queue(engine, default_config(), SystemClock())
    print("ready", flush=True)
    for _ in range(count):
        try:
            ticket = queue.issue("general").ticket
        except DatabaseUnavailableError:
            time.sleep(0.01)
            continue
        print(f"issued {ticket.id}", flush=True)
        if print_s:
            time.sleep(print_s)
            queue.record_print(ticket.id, ok=True)
            print(f"printed {ticket.id}", flush=True)
    engine.dispose()
    return 0


def _spawn(ctx: CaseContext, url: str, count: int, print_s: float) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tools.faults.queue", "issue-loop", url, str(count), str(print_s)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )

    def stop() -> None:
        if child.poll() is None:
            child.kill()
        child.wait(10)
        assert child.stdout is not None
        child.stdout.close()

    ctx.cleanup.callback(stop)
    return child


def _read_issued(child: subprocess.Popen[str], until: int | None) -> list[int]:
    """Ticket ids the child reported committed (stops after ``until`` of them)."""
    assert child.stdout is not None
    issued: list[int] = []
    for line in child.stdout:
        kind, _, value = line.strip().partition(" ")
        if kind == "issued":
            issued.append(int(value))
            if until is not None and len(issued) >= until:
                break
    return issued


def _sigkill_mid_issue(ctx: CaseContext, url: str, engine: Engine) -> Outcome:
    """Two kiosks issue 60 tickets each; one is killed at a random point in its loop."""
    rng = random.Random(SEED)
    survivor = _spawn(ctx, url, 60, 0.0)
    victim = _spawn(ctx, url, 60, 0.0)
    kill_after = rng.randint(5, 30)
    seen_by_victim = _read_issued(victim, kill_after)
    time.sleep(rng.uniform(0.0, 0.005))  # land anywhere in the next issue
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(10)
    seen_by_survivor = _read_issued(survivor, None)
    survivor.wait(30)
    rows = _rows(engine)
    ids = {r.id for r in rows}
    handed_out = seen_by_victim + seen_by_survivor
    lost = sum(1 for ticket_id in handed_out if ticket_id not in ids)
    duplicates = _duplicates(rows)
    gaps = _gaps(rows)
    following = Queue(engine, default_config(), SystemClock()).issue("general").ticket.number
    return _verdict(
        {
            "survivor finished": len(seen_by_survivor) == 60,
            "victim killed": victim.returncode == -signal.SIGKILL,
            "no gap": gaps == 0,
            "next number follows": following == len(rows) + 1,
        },
        f"killed after {kill_after} (victim reported {len(seen_by_victim)}), "
        f"{len(rows)} tickets in the database, lost {lost}, duplicates {duplicates}, "
        f"gaps {gaps}",
        tickets_lost=lost,
        duplicates=duplicates,
    )


def sigkill_sqlite(ctx: CaseContext) -> Outcome:
    url, engine = _sqlite(ctx)
    return _sigkill_mid_issue(ctx, url, engine)


def sigkill_postgresql(ctx: CaseContext) -> Outcome:
    url, engine = _postgres(ctx)
    return _sigkill_mid_issue(ctx, url, engine)


def recovery_after_kill(ctx: CaseContext) -> Outcome:
    """A kiosk dies between issuing a ticket and recording its print; it restarts.

    The half-issued ticket must come back flagged (``print_failed``, with a
    staff event), not left looking like an ordinary waiting ticket.
    """
    url, engine = _sqlite(ctx)
    kill_at = random.Random(SEED).randint(2, 6)
    child = _spawn(ctx, url, 20, 0.3)  # printing takes 0.3 s: the kill lands in it
    issued = _read_issued(child, kill_at)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    stuck_before = [r.id for r in _rows(engine) if r.state == "issued"]
    restarted = Queue(engine, default_config(), SystemClock())
    recovered = restarted.recover_interrupted()
    rows = _rows(engine)
    ids = {r.id for r in rows}
    lost = sum(1 for ticket_id in issued if ticket_id not in ids)
    states = Counter(r.state for r in rows)
    events = restarted.events(["ticket_recovered"])
    duplicates = _duplicates(rows)
    ghost = issued[-1]
    return _verdict(
        {
            "the kill left a half-issued ticket": stuck_before == [ghost],
            "it was flagged as never printed": [(r.ticket_id, r.state.value) for r in recovered]
            == [(ghost, "print_failed")],
            "none left issued": states["issued"] == 0,
            "staff event names it": [e["ticket_id"] for e in events] == [ghost],
            "printed ones untouched": states["printed"] == len(issued) - 1,
            "next number follows": restarted.issue("general").ticket.number == len(rows) + 1,
        },
        f"killed at ticket {kill_at}; states {dict(states)}; recovered "
        f"{[r.display_code for r in recovered]}",
        tickets_lost=lost,
        duplicates=duplicates,
    )


# -- a PostgreSQL restart while issuing (a private cluster) -----------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: p.parent)
    if not found:
        raise RuntimeError("PostgreSQL server binaries not installed (/usr/lib/postgresql)")
    return found[-1].parent


@contextlib.contextmanager
def private_cluster() -> Iterator[tuple[str, Any]]:
    """initdb + pg_ctl start on a free port (as scripts/test-services.sh does); stopped after.

    Yields (SQLAlchemy URL, restart function). Never touches the shared server.
    """
    bin_dir = _pg_bin()
    base = Path(tempfile.mkdtemp(prefix="kiosk-fault-pg-"))
    data, sock, log = base / "data", base / "sock", base / "log"
    sock.mkdir()
    as_owner: list[str] = []
    if os.getuid() == 0:  # initdb and postgres refuse to run as root
        as_owner = ["runuser", "-u", "postgres", "--"]
        shutil.chown(base, "postgres")
        shutil.chown(sock, "postgres")
        base.chmod(0o700)
    port = _free_port()

    def run(*args: str) -> None:
        subprocess.run([*as_owner, *args], check=True, capture_output=True, timeout=60)

    try:
        run(
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            "kiosk",
            "--auth=trust",
            "--encoding=UTF8",
            "--no-locale",
            "--no-sync",
        )
        with (data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"listen_addresses = '127.0.0.1'\nport = {port}\n"
                f"unix_socket_directories = '{sock}'\nfsync = off\n"
            )
        pg_ctl = [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "30"]
        run(*pg_ctl, "start")

        def restart() -> None:
            run(*pg_ctl, "-m", "fast", "restart")

        try:
            yield f"postgresql+psycopg://kiosk@127.0.0.1:{port}/postgres", restart
        finally:
            with contextlib.suppress(subprocess.SubprocessError):
                run(*pg_ctl, "-m", "immediate", "stop")
    finally:
        shutil.rmtree(base, ignore_errors=True)


def postgresql_restart(ctx: CaseContext) -> Outcome:
    """The center's server restarts while a kiosk issues and prints: nothing lost or doubled."""
    url, restart = ctx.cleanup.enter_context(private_cluster())
    engine = open_database(url, migrate=True)
    ctx.cleanup.callback(engine.dispose)
    queue = Queue(engine, default_config(), SystemClock())
    handed: list[int] = []
    unavailable = 0
    stop = threading.Event()

    def kiosk() -> None:
        nonlocal unavailable
        deadline = time.monotonic() + 20
        while not stop.is_set() and time.monotonic() < deadline:
            time.sleep(0.005)  # residents arrive one after another
            try:
                ticket = queue.issue("general").ticket
            except DatabaseUnavailableError:
                unavailable += 1
                time.sleep(0.05)
                continue
            handed.append(ticket.id)
            while time.monotonic() < deadline:  # the worker records a print when it can
                try:
                    queue.record_print(ticket.id, ok=True)
                    break
                except DatabaseUnavailableError:
                    unavailable += 1
                    time.sleep(0.05)

    def wait_for(count: int) -> None:
        limit = time.monotonic() + 15
        while len(handed) < count and issuer.is_alive() and time.monotonic() < limit:
            time.sleep(0.01)

    issuer = threading.Thread(target=kiosk)
    issuer.start()
    wait_for(20)
    restart()
    wait_for(len(handed) + 20)  # and it goes on issuing after the restart
    stop.set()
    issuer.join(25)
    recovered = Queue(engine, default_config(), SystemClock()).recover_interrupted()
    rows = _rows(engine)
    by_id = {r.id: r for r in rows}
    lost = sum(1 for ticket_id in handed if ticket_id not in by_id)
    unprinted = sum(1 for t in handed if t in by_id and by_id[t].state != "printed")
    duplicates = _duplicates(rows)
    gaps = _gaps(rows)
    return _verdict(
        {
            "issued before and after the restart": len(handed) >= 40,
            "the restart was felt": unavailable > 0,
            "every handed-out ticket printed": unprinted == 0,
            "none left issued": all(r.state != "issued" for r in rows),
            "no gap": gaps == 0,
        },
        f"{len(handed)} handed out, {unavailable} calls refused while restarting, "
        f"{len(recovered)} settled at restart, lost {lost}, duplicates {duplicates}",
        tickets_lost=lost,
        duplicates=duplicates,
    )


CASES: tuple[Case, ...] = (
    Case("queue/band-full-sqlite", band_full_sqlite),
    Case("queue/band-full-postgresql-concurrent", band_full_postgresql),
    Case("queue/clock-jump-forward-and-back-sqlite", clock_jump_sqlite),
    Case("queue/clock-jump-forward-and-back-postgresql", clock_jump_postgresql),
    Case("queue/recovery-after-kill-mid-issue", recovery_after_kill),
    Case("queue/sigkill-mid-issue-sqlite", sigkill_sqlite),
    Case("queue/sigkill-mid-issue-postgresql", sigkill_postgresql),
    Case("queue/postgresql-restart-while-issuing", postgresql_restart),
)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "issue-loop":
        sys.exit(_issue_loop(sys.argv[2], int(sys.argv[3]), float(sys.argv[4])))
    sys.exit("usage: python -m tools.faults.queue issue-loop URL COUNT PRINT_SECONDS")
