"""Fault cases of the robustness area: hostile input files, and many residents in a row.

The input cases run the real ``kiosk`` command in a subprocess (with a
timeout, so a hang is a verdict, not a stuck matrix) against a broken or
hostile file, and hold when it exits 2 with exactly one line that names
the file (and the key path where there is one) and no traceback.

The many-sessions case drives the real window offscreen through ticket and
certificate sessions (``tools.bench.soak``: the same taps as ``kiosk bench
--soak``), then checks that the journal kept only its bounded tail, and
counts as ``pii_leaks`` every typed ID detail or name still readable in a
widget of the window (hidden screens included), in the journal or in the
log lines.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.support import bad_inputs
from tests.support.cli import kiosk
from tools.faults import Case, CaseContext, Outcome, capture_logs

TIMEOUT_S = 30


def _kiosk(*args: str) -> subprocess.CompletedProcess[str] | None:
    """The command's result, or None if it did not finish within ``TIMEOUT_S`` (a hang)."""
    try:
        return kiosk(*args, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None


def _one_line(result: subprocess.CompletedProcess[str] | None, *expected: str) -> Outcome:
    if result is None:
        return Outcome(held=False, detail=f"hung: no answer within {TIMEOUT_S} s")
    lines = result.stderr.strip().splitlines()
    checks = {
        "exit 2": result.returncode == 2,
        "no traceback": "Traceback" not in result.stderr,
        "one line": len(lines) == 1,
        **{f"says {text!r}": bool(lines) and text in lines[0] for text in expected},
    }
    failed = [name for name, ok in checks.items() if not ok]
    detail = f"exit {result.returncode}: {lines[-1] if lines else '(nothing on stderr)'}"
    if failed:
        detail += f"; not held: {', '.join(failed)}"
    return Outcome(held=not failed, detail=detail[:500])


def _config_case(
    make: Callable[[Path], Path], *expected: str, command: tuple[str, ...] = ("config", "validate")
) -> Callable[[CaseContext], Outcome]:
    def run(ctx: CaseContext) -> Outcome:
        path = make(ctx.workdir)
        extra = ("--data-dir", str(ctx.workdir)) if command[0] == "run" else ()
        result = _kiosk(*command, str(path), *extra)
        return _one_line(result, str(path), *expected)

    return run


def _demo_with(old: str, new: str) -> Callable[[Path], Path]:
    """The embedded demo config with one line changed: exactly one problem."""

    def make(folder: Path) -> Path:
        from kiosk.config import default_config_text

        text = default_config_text()
        assert old in text, old
        path = folder / "kiosk.toml"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return path

    return make


def _dev_zero(_folder: Path) -> Path:
    return Path("/dev/zero")


def _png_bomb(ctx: CaseContext) -> Outcome:
    bomb = bad_inputs.png_bomb(ctx.workdir)
    result = _kiosk("verify", str(bomb), "--data-dir", str(ctx.workdir))
    return _one_line(result, str(bomb), "picture too large")


#: Enough sessions that the journal writes more than it keeps in memory.
TICKET_SESSIONS = 170
CERTIFICATE_SESSIONS = 15


def _mentions(text: str, secret: str) -> bool:
    """Whether ``secret`` stands in ``text`` on its own, not inside a longer number.

    Random digits hold any six-digit detail now and then: a timestamp's
    microseconds (".850315+00:00") or a 16-digit issuance number. The birth
    date as the kiosk would leak it, alone or in "850315-2******", has no
    digit or decimal point before it and no digit after.
    """
    return re.search(rf"(?<![\d.]){re.escape(secret)}(?!\d)", text) is not None


def _many_sessions(ctx: CaseContext) -> Outcome:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.config import default_config
    from kiosk.journal import MAX_ENTRIES
    from tests.support.widget_text import leftovers
    from tools.bench.soak import (
        Driver,
        certificate_session,
        histories,
        ticket_session,
        typed_details,
    )
    from ui.app.compose import build_kiosk
    from ui.common.application import ensure_app

    ensure_app()
    typed = typed_details("demo-kim")
    # What demo-kim types and is (the chip's record): none of it may outlive a session.
    personal = (*typed, typed[0][:-1], typed[1][:6], typed[2][:6], "김민지", "MINJI")
    logs = ctx.cleanup.enter_context(capture_logs())
    kiosk = build_kiosk(default_config(), data_dir=ctx.workdir, kiosk_mode=False)
    try:
        kiosk.window.show()
        kiosk.start()
        driver = Driver(kiosk)
        for i in range(TICKET_SESSIONS):
            ticket_session(driver, i)
            if i % (TICKET_SESSIONS // CERTIFICATE_SESSIONS) == 0:
                certificate_session(driver, typed, "resident-copy")
        left_in_widgets = leftovers(kiosk.window, personal)
        journal = json.dumps(kiosk.journal.entries, ensure_ascii=False)
        written = kiosk.journal.written
        sizes = histories(kiosk)
    finally:
        kiosk.shutdown()
    in_journal = [p for p in personal if _mentions(journal, p)]
    in_logs = [p for p in personal if _mentions(logs.text(), p)]
    leaks = len(left_in_widgets) + len(in_journal) + len(in_logs)
    checks = {
        "journal wrote more than it keeps": written > MAX_ENTRIES,
        "journal kept at most its bound": sizes["journal_entries"] <= MAX_ENTRIES,
        "no typed detail left": leaks == 0,
    }
    failed = [name for name, ok in checks.items() if not ok]
    detail = f"journal {sizes['journal_entries']}/{written} kept; histories {sizes}"
    if leaks:
        detail += f"; left: {(left_in_widgets + in_journal + in_logs)[:3]}"
    if failed:
        detail += f"; not held: {', '.join(failed)}"
    return Outcome(held=not failed, detail=detail, pii_leaks=leaks)


CASES: tuple[Case, ...] = (
    Case(
        "robust/deep-toml",
        _config_case(bad_inputs.deep_toml, "a: nested more than 32 levels deep"),
    ),
    Case(
        "robust/deep-dotted-keys",
        _config_case(bad_inputs.deep_dotted_toml, "ui.x.x", "nested more than"),
    ),
    Case(
        "robust/fifo-config",
        _config_case(bad_inputs.fifo, "not a regular file", command=("run", "--config")),
    ),
    Case("robust/dev-zero-config", _config_case(_dev_zero, "not a regular file")),
    Case("robust/huge-config", _config_case(bad_inputs.huge_file, "larger than 1024 KiB")),
    Case("robust/png-bomb-verify", _png_bomb),
    Case(
        "robust/invalid-value",
        _config_case(
            _demo_with('language = "ko"', 'language = "fr"'),
            "ui.language: must be one of",
        ),
    ),
    Case(
        "robust/unknown-key",
        _config_case(
            _demo_with('language = "ko"', 'language = "ko"\nlanguge = "ko"'),
            "ui.languge: unknown key",
        ),
    ),
    Case(
        "robust/broken-toml",
        _config_case(_demo_with("[ui]", "[ui"), "not valid TOML"),
    ),
    Case("robust/journal-bounded-no-typed-details-left", _many_sessions),
)
