"""Fault cases of technician access and the HTTP records provider (``access/...``).

Technician entry: five wrong PINs and then a restart (new objects on the
same database), a technician card's UID presented alone (as a cloned card
would), and the technician's config save killed half way. Records over
HTTP: a real server on 127.0.0.1 that drips its answer one byte a second,
answers 500, answers something that is not JSON or is nested 100,000
levels deep, or is not there at all; and a config naming a plain
``http://`` records service on another host.

Each case checks what the person is left with, as the tests do: the PIN
pad's state, the resident's message and whether the next resident is
served, the technician's validation line and exit code, the config file on
disk; records cases also count personal details that reached a log.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tools.faults import Case, CaseContext, Outcome, capture_logs

ROOT = Path(__file__).resolve().parents[2]
PIN = "482916"
TECH_UID = "04A1B2C3D4"
#: What the demo resident's lookup and record contain; none of it may reach a log.
PERSONAL = ("김민지", "850315", "M12345678", "MINJI", "행복로")


# --- helpers -------------------------------------------------------------------------


def _leaks(text: str) -> int:
    return sum(1 for item in PERSONAL if item in text)


def _in_thread(call: Callable[[], Any], limit_s: float) -> tuple[float, Any, bool]:
    """(seconds, result or exception, finished) of ``call``; gives up waiting after ``limit_s``."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        start = time.monotonic()
        try:
            outcome["result"] = call()
        except Exception as exc:
            outcome["result"] = exc
        outcome["took"] = time.monotonic() - start

    thread = threading.Thread(target=run, name="fault-records-fetch", daemon=True)
    thread.start()
    thread.join(limit_s)
    if thread.is_alive():
        return limit_s, None, False
    return outcome["took"], outcome["result"], True


def _records_server(ctx: CaseContext) -> Any:
    from tests.support.records_server import RecordsServer

    server = RecordsServer()
    ctx.cleanup.callback(server.close)
    return server


def _provider(url: str, **options: Any) -> Any:
    from drivers.records.http import HttpRecordsProvider
    from kiosk.config import HttpRecordsOptions

    opts = HttpRecordsOptions(url=url, token="s3cret", **{"timeout_s": 2.0, **options})
    return HttpRecordsProvider(opts, kiosk_id="demo-0001/kiosk-1", sleep=lambda _s: None)


def _kim() -> Any:
    from kiosk.identity import DEMO_RESIDENTS

    return DEMO_RESIDENTS["demo-kim"].identity()


def _record_answer() -> Any:
    from drivers.records.demo import DEMO_RECORDS
    from tests.support.records_server import ok

    return ok(DEMO_RECORDS["demo-kim"])


def _next_resident_served(provider: Any) -> str:
    """'' when the next lookup returns the record at once, else what went wrong."""
    took, result, finished = _in_thread(lambda: provider.fetch(_kim()), 10)
    if not finished:
        return "the next resident's lookup never ended"
    if isinstance(result, Exception):
        return f"the next resident's lookup failed: {type(result).__name__}: {result}"
    if result.name != "김민지":
        return "the next resident got a different record"
    return "" if took < 2.0 else f"the next resident waited {took:.1f} s"


def _resident_refused(result: Any, kind: type[Exception], reason: str) -> str:
    """'' when ``result`` is the records error a resident is told about plainly, else why not."""
    from kiosk.ports.records import RecordsError

    if not isinstance(result, kind) or not isinstance(result, RecordsError):
        return f"expected {kind.__name__}, got {type(result).__name__}: {result}"
    if reason not in result.detail:
        return f"technician detail {result.detail!r} does not say {reason!r}"
    if "could not be retrieved" not in result.resident_message.source:
        return "the resident is not told their records cannot be retrieved"
    return ""


# --- technician entry ------------------------------------------------------------------


def lockout_across_restart(ctx: CaseContext) -> Outcome:
    """Five wrong PINs, the kiosk restarts on the same database: entry is still locked."""
    from kiosk.clock import FakeClock
    from kiosk.config import TechnicianConfig
    from kiosk.storage.database import open_database
    from kiosk.tech.auth import DbLockoutStore, TechGate, hash_pin
    from kiosk.tech.auth import Outcome as Auth

    url = f"sqlite:///{ctx.workdir / 'kiosk.sqlite3'}"
    pin_hash = hash_pin(PIN, n=2**10)
    clock = FakeClock()

    def boot() -> tuple[Any, TechGate]:
        engine = open_database(url)
        gate = TechGate(
            TechnicianConfig(pin_hash=pin_hash),
            clock,
            store=DbLockoutStore(engine, "kiosk-1", clock),
        )
        return engine, gate

    engine, gate = boot()
    for _ in range(5):
        gate.try_pin("000000")
    engine.dispose()
    clock.advance(30)
    engine, gate = boot()  # the restarted kiosk
    try:
        after = gate.try_pin(PIN)
        if after.outcome is not Auth.LOCKED:
            return Outcome(held=False, detail=f"after a restart the right PIN gave {after.outcome}")
        if not 260 <= after.locked_for_s <= 270:
            return Outcome(held=False, detail=f"locked for {after.locked_for_s:.0f} s, not ~270")
        clock.advance(271)
        if not gate.try_pin(PIN).granted:
            return Outcome(held=False, detail="the lockout did not end on time after the restart")
    finally:
        engine.dispose()
    return Outcome(held=True, detail="still locked for 270 s after a restart; opens after")


def card_uid_alone(ctx: CaseContext) -> Outcome:
    """An allow-listed UID (a cloned card) brings up the PIN pad, never technician mode."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.clock import FakeClock
    from kiosk.config import default_config
    from kiosk.config.edit import set_value
    from kiosk.tech.auth import hash_pin
    from ui.app.compose import build_kiosk
    from ui.common.application import ensure_app

    app = ensure_app()
    config = default_config()
    config = set_value(config, "technician.pin_hash", hash_pin(PIN))
    config = set_value(config, "technician.card_uids", [TECH_UID])
    config = set_value(config, "devices.card_reader.mock.card_present", False)
    os.environ.pop("KIOSK_CONFIG", None)
    kiosk = build_kiosk(config, data_dir=ctx.workdir, clock=FakeClock(), kiosk_mode=False)
    kiosk.window.show()
    kiosk.start()

    def wait(predicate: Callable[[], bool], seconds: float) -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            if predicate():
                return True
            time.sleep(0.01)
        return predicate()

    try:
        entry = kiosk.window.technician  # type: ignore[attr-defined]
        watcher = entry.card_watcher
        if watcher is None:
            return Outcome(held=False, detail="no technician card watcher")
        reader = watcher.reader
        reader.set_uid(TECH_UID)
        reader.insert()
        shown = wait(lambda: entry.tech_window is not None and entry.tech_window.isVisible(), 3)
        wait(lambda: entry.unlocked, 0.3)
        if entry.unlocked:
            return Outcome(held=False, detail="the card's UID alone opened technician mode")
        if not shown:
            return Outcome(held=False, detail="the card did not bring up the PIN pad")
        pad = entry.tech_window.pin_pad
        if not pad.ok_button.isEnabled():
            return Outcome(held=False, detail="the PIN pad is not usable after the card")
        entry.submit_pin("000001")
        if entry.unlocked:
            return Outcome(held=False, detail="card + wrong PIN opened technician mode")
        entry.submit_pin(PIN)
        if not entry.unlocked:
            return Outcome(held=False, detail="card + right PIN did not open technician mode")
        entry.close()
    finally:
        kiosk.shutdown()
        for _ in range(3):
            app.processEvents()
        QApplication.sendPostedEvents()
    return Outcome(held=True, detail="the UID alone shows the PIN pad; card + PIN opens")


_SAVE_CHILD = r"""
import sys, time
from pathlib import Path
from kiosk.config.edit import SettingsStore, resolve_config_path, save_config, set_value

path = Path(sys.argv[1])
store = SettingsStore(resolve_config_path(path))
if sys.argv[2] == "hook":
    # Stop between the finished temporary file and the rename.
    def stall(tmp):
        print("READY", flush=True)
        time.sleep(60)
    save_config(set_value(store.config, "center.kiosk_id", "kiosk-new"), path, before_replace=stall)
else:
    # Technician mode saving a setting again and again (SettingsStore.commit).
    print("READY", flush=True)
    i = 0
    while True:
        i += 1
        store.set("center.kiosk_id", f"kiosk-{i % 2}")
"""


def config_save_killed(ctx: CaseContext) -> Outcome:
    """The technician's config save is killed half way: the file is the old or the new one."""
    from kiosk.config import default_config
    from kiosk.config.edit import save_config, set_value

    path = ctx.workdir / "kiosk.toml"
    save_config(set_value(default_config(), "center.kiosk_id", "kiosk-old"), path)
    allowed = {"kiosk-old", "kiosk-new", "kiosk-0", "kiosk-1"}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    problems: list[str] = []
    saved_some = False
    for mode, delays in (("hook", (0.0,)), ("loop", (0.05, 0.13, 0.29, 0.41))):
        for delay in delays:
            child = subprocess.Popen(
                [sys.executable, "-c", _SAVE_CHILD, str(path), mode],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                cwd=ROOT,
            )
            ctx.cleanup.callback(child.kill)
            assert child.stdout is not None
            if child.stdout.readline().strip() != b"READY":
                problems.append(f"{mode}: the saving process did not start")
                continue
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)  # a power cut, as far as the file knows
            child.wait(10)
            try:
                kept = tomllib.loads(path.read_text(encoding="utf-8"))["center"]["kiosk_id"]
            except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
                problems.append(f"{mode} after {delay} s: config lost ({type(exc).__name__})")
                continue
            if kept not in allowed:
                problems.append(f"{mode} after {delay} s: unexpected kiosk_id {kept!r}")
            if mode == "hook" and kept != "kiosk-old":
                problems.append("killed before the rename, but the file changed")
            saved_some = saved_some or kept in ("kiosk-0", "kiosk-1")
    if not saved_some:
        problems.append("no save finished before a kill: the case proved nothing")
    if problems:
        return Outcome(held=False, detail="; ".join(problems))
    return Outcome(held=True, detail="5 kills mid-save: the file was always whole (old or new)")


# --- records over HTTP -------------------------------------------------------------------


def records_slow_drip(ctx: CaseContext) -> Outcome:
    """A records server drips one byte a second: the lookup ends at ~timeout_s, next is served."""
    import json

    from drivers.records.demo import DEMO_RECORDS
    from kiosk.ports.records import RecordsUnavailable
    from tests.support.records_server import DRIP

    server = _records_server(ctx)
    body = json.dumps(DEMO_RECORDS["demo-kim"], ensure_ascii=False).encode("utf-8")
    server.answer((DRIP, body, {}), _record_answer())
    provider = _provider(server.url, timeout_s=2.0, retries=2)
    with capture_logs() as logs:
        took, result, finished = _in_thread(lambda: provider.fetch(_kim()), 10)
        if not finished:
            return Outcome(held=False, detail="the lookup was still running after 10 s")
        problem = _resident_refused(result, RecordsUnavailable, "timed out")
        if not problem and took > 3.0:
            problem = f"the lookup took {took:.1f} s with timeout_s=2"
        problem = problem or _next_resident_served(provider)
    leaks = _leaks("\n".join(logs.lines))
    if problem:
        return Outcome(held=False, detail=problem, pii_leaks=leaks)
    return Outcome(
        held=leaks == 0, detail=f"cut off after {took:.1f} s; next resident served", pii_leaks=leaks
    )


def records_plain_http_remote(ctx: CaseContext) -> Outcome:
    """``kiosk config validate`` refuses a plain http:// records service on another host."""
    import tomli_w

    from kiosk.config import default_config_text

    data = tomllib.loads(default_config_text())
    url = "http://records.example.go.kr/api"
    data["records"] = {"backend": "http", "http": {"url": url}}
    path = ctx.workdir / "plain-http.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "ui.app.cli", "config", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
        check=False,
    )
    expected = "records.http.url: plain http:// would send residents' details unencrypted"
    if result.returncode != 2:
        return Outcome(held=False, detail=f"exit {result.returncode}, not 2")
    if expected not in result.stderr or "Traceback" in result.stderr:
        return Outcome(held=False, detail=f"unclear message: {result.stderr.strip()[:200]}")
    return Outcome(held=True, detail="exit 2: " + expected)


def records_deep_json(ctx: CaseContext) -> Outcome:
    """100,000 nested arrays (and a 2 MB body) are refused as a records error, no RecursionError."""
    from kiosk.ports.records import RecordsContractError
    from tests.support.records_server import deep_json

    server = _records_server(ctx)
    provider = _provider(server.url)
    problems = []
    with capture_logs() as logs:
        for body, reason in (
            (deep_json(100_000), "nested deeper than"),
            (b'{"record": {"name": "' + b"x" * 2_000_000 + b'"}}', "larger than 1 MB"),
        ):
            server.answer((200, body, {"Content-Type": "application/json"}))
            _took, result, finished = _in_thread(lambda: provider.fetch(_kim()), 10)
            problem = (
                _resident_refused(result, RecordsContractError, reason)
                if finished
                else "the lookup never ended"
            )
            if problem:
                problems.append(problem)
        server.answer(_record_answer())
        problem = _next_resident_served(provider)
        if problem:
            problems.append(problem)
    leaks = _leaks("\n".join(logs.lines))
    if problems:
        return Outcome(held=False, detail="; ".join(problems), pii_leaks=leaks)
    return Outcome(held=leaks == 0, detail="deep and huge answers refused cleanly", pii_leaks=leaks)


def _records_error_case(answer: tuple[int, bytes, dict[str, str]], reason: str, kind: str) -> Any:
    def run(ctx: CaseContext) -> Outcome:
        from kiosk.ports import records

        server = _records_server(ctx)
        server.answer(answer)
        provider = _provider(server.url, retries=1)
        with capture_logs() as logs:
            _took, result, finished = _in_thread(lambda: provider.fetch(_kim()), 10)
            problem = (
                _resident_refused(result, getattr(records, kind), reason)
                if finished
                else "the lookup never ended"
            )
            if not problem:
                server.answer(_record_answer())
                problem = _next_resident_served(provider)
        leaks = _leaks("\n".join(logs.lines))
        if problem:
            return Outcome(held=False, detail=problem, pii_leaks=leaks)
        return Outcome(held=leaks == 0, detail=f"{kind}: {reason}", pii_leaks=leaks)

    return run


def records_refused_connection(ctx: CaseContext) -> Outcome:
    """Nobody listens on the records service's port: unavailable, quickly, nothing charged."""
    from kiosk.ports.records import RecordsUnavailable

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    provider = _provider(f"http://127.0.0.1:{port}/api", retries=2, backoff_s=0.1)
    took, result, finished = _in_thread(lambda: provider.fetch(_kim()), 10)
    if not finished:
        return Outcome(held=False, detail="the lookup never ended")
    problem = _resident_refused(result, RecordsUnavailable, "cannot connect")
    if not problem and "You have not been charged" not in result.resident_message.source:
        problem = "the resident is not told they were not charged"
    if problem:
        return Outcome(held=False, detail=problem)
    return Outcome(held=True, detail=f"unavailable after {took:.1f} s: {result.detail}")


CASES: tuple[Case, ...] = (
    Case("access/tech-lockout-across-restart", lockout_across_restart),
    Case("access/tech-card-uid-alone", card_uid_alone),
    Case("access/tech-config-save-killed", config_save_killed),
    Case("access/records-slow-drip-server", records_slow_drip),
    Case("access/records-plain-http-remote-refused", records_plain_http_remote),
    Case("access/records-deep-json", records_deep_json),
    Case(
        "access/records-http-500",
        _records_error_case((500, b"", {}), "HTTP 500 after 2 attempt(s)", "RecordsUnavailable"),
    ),
    Case(
        "access/records-bad-json",
        _records_error_case((200, b"<html>gateway</html>", {}), "not JSON", "RecordsContractError"),
    ),
    Case("access/records-refused-connection", records_refused_connection),
)
