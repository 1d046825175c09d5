"""``kiosk bench --soak N``: many residents in a row, and what that costs in memory.

N ticket sessions and N/10 certificate sessions run through the real window
(offscreen), tapped as a resident taps: a service button, then Home on the
ticket screen; the certificate button, a document, the MRZ details on the
keypad, Continue, Pay, then the ID card taken out. The devices are the
embedded demo config's mocks, the database a SQLite file in a temporary
folder. After a warm-up (a tenth of the sessions, so that caches, fonts and
bounded histories have filled up) the resident set size is taken, and again
at the end: ``rss_growth_mb`` is the difference, which a kiosk that keeps no
history without bound holds near zero.

The figures also list the length of every in-memory history the kiosk keeps
(journal, log ring buffer, mock printer, speech and payment records), so a
test can check they stay within their bounds.
"""

from __future__ import annotations

import gc
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Certificate sessions per ticket session (one resident in ten wants a certificate).
CERT_RATIO = 10


def rss_mb() -> float:
    """The process's resident set size now (not its peak), in MiB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


class Driver:
    """Taps and waits on the real window, pumping the Qt event loop."""

    def __init__(self, kiosk: Any) -> None:
        from PySide6.QtWidgets import QApplication

        self.kiosk = kiosk
        app = QApplication.instance()
        assert app is not None, "ensure_app() first"
        self.app = app

    def pump(self) -> None:
        self.app.processEvents()

    def tap(self, button: Any) -> None:
        if not (button.isVisible() and button.isEnabled()):
            raise RuntimeError(f"soak: {button.text()!r} cannot be tapped")
        button.click()
        self.pump()

    def until(self, what: str, condition: Callable[[], bool], timeout_s: float = 15.0) -> None:
        end = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > end:
                raise RuntimeError(f"soak: {what} (at {self.kiosk.flow.state.value})")
            self.pump()
            time.sleep(0.0005)  # device workers are threads: let them run

    def state(self, state: Any) -> None:
        self.until(f"expected {state.value}", lambda: self.kiosk.flow.state is state)


def typed_details(resident: str) -> tuple[str, str, str]:
    """What a demo resident types on the keypad: each MRZ field and its check digit."""
    from kiosk.identity import DEMO_RESIDENTS

    seed = DEMO_RESIDENTS[resident].mrz_info().key_seed_string()
    number, dates = seed[:-14], seed[-14:]
    return number.replace("<", ""), dates[:7], dates[7:]


def ticket_session(driver: Driver, index: int) -> None:
    from kiosk.journeys.flow import State
    from ui.resident.screens.home import HomeScreen

    home = driver.kiosk.window.current_screen
    assert isinstance(home, HomeScreen)
    driver.tap(home.service_buttons[index % len(home.service_buttons)])
    driver.state(State.TICKET)
    ticket = driver.kiosk.window.current_screen
    driver.tap(ticket.home_button)
    driver.state(State.HOME)


def certificate_session(driver: Driver, typed: tuple[str, str, str], document_id: str) -> None:
    from kiosk.journeys.flow import State
    from ui.common.keypad import CLEAR
    from ui.resident.screens.certificate import CertMrzScreen, CertOptionsScreen
    from ui.resident.screens.home import HomeScreen

    window = driver.kiosk.window
    home = window.current_screen
    assert isinstance(home, HomeScreen) and home.cert_button is not None
    driver.tap(home.cert_button)
    driver.state(State.CERT_CHOOSE)
    driver.tap(window.current_screen.buttons[document_id])
    driver.state(State.CERT_MRZ)
    mrz = window.current_screen
    assert isinstance(mrz, CertMrzScreen)
    for name, value in zip(mrz.FIELDS, typed, strict=True):
        driver.tap(mrz.field_buttons[name])
        driver.tap(mrz.keypad.keys[CLEAR])
        for char in value:
            driver.tap(mrz.keypad.keys[char])
    driver.tap(mrz.continue_button)
    driver.state(State.CERT_OPTIONS)
    options = window.current_screen
    assert isinstance(options, CertOptionsScreen)
    driver.tap(options.continue_button)
    driver.state(State.CERT_SUMMARY)
    driver.tap(window.current_screen.pay_button)
    driver.state(State.CERT_DONE)
    # Taking the ID card out ends the session; the next resident puts theirs in.
    reader = window.cert.card.reader
    reader.remove()
    driver.state(State.HOME)
    reader.insert("demo-kim")
    driver.pump()


def histories(kiosk: Any) -> dict[str, int]:
    """The length of every in-memory history the kiosk keeps (what must stay bounded)."""
    import logging

    from kiosk.tech.log_buffer import RingBufferHandler

    sizes = {"journal_entries": len(kiosk.journal.entries)}
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RingBufferHandler):
            sizes["log_lines"] = len(handler.lines())
    printer: Any = getattr(kiosk, "printer", None)
    if hasattr(printer, "jobs"):
        sizes["printer_jobs"] = len(printer.jobs)
    speaker = kiosk.window.voice.speaker
    if hasattr(speaker, "utterances"):
        sizes["speech_utterances"] = len(speaker.utterances)
    cert = kiosk.window.cert
    payment: Any = getattr(getattr(cert, "worker", None), "payment", None)
    if hasattr(payment, "ledger"):
        sizes["payment_ledger"] = len(payment.ledger)
    sizes["flow_back_stack"] = len(kiosk.flow.back_stack)
    return sizes


def measure_soak(tickets: int) -> dict[str, Any]:
    """Run ``tickets`` ticket sessions and ``tickets // 10`` certificate sessions; the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.config import default_config
    from ui.app.compose import build_kiosk
    from ui.common.application import ensure_app

    ensure_app()
    certificates = tickets // CERT_RATIO
    typed = typed_details("demo-kim")
    # Interleaved: one certificate session after every CERT_RATIO tickets.
    plan = ["ticket"] * tickets
    for i in range(certificates):
        plan.insert((i + 1) * (CERT_RATIO + 1) - 1, "cert")
    warm_up = max(len(plan) // 10, min(len(plan), 20))
    started = time.monotonic()
    rss_start = rss_after_warm_up = 0.0
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as data_dir:
        kiosk = build_kiosk(default_config(), data_dir=Path(data_dir), kiosk_mode=False)
        kiosk.window.show()
        kiosk.start()
        driver = Driver(kiosk)
        rss_start = rss_mb()
        done = {"ticket": 0, "cert": 0}
        try:
            for step, kind in enumerate(plan):
                if kind == "ticket":
                    ticket_session(driver, done["ticket"])
                else:
                    document = "resident-copy" if done["cert"] % 2 == 0 else "resident-abstract"
                    certificate_session(driver, typed, document)
                done[kind] += 1
                if step + 1 == warm_up:
                    gc.collect()
                    rss_after_warm_up = rss_mb()
            gc.collect()
            rss_end = rss_mb()
            sizes = histories(kiosk)
            written = kiosk.journal.written
        finally:
            kiosk.shutdown()
            driver.pump()
    return {
        "soak_ticket_sessions": done["ticket"],
        "soak_certificate_sessions": done["cert"],
        "soak_seconds": round(time.monotonic() - started, 1),
        "rss_start_mb": round(rss_start, 1),
        "rss_after_warm_up_mb": round(rss_after_warm_up, 1),
        "rss_end_mb": round(rss_end, 1),
        "rss_growth_mb": round(rss_end - rss_after_warm_up, 2),
        "journal_written": written,
        "histories": sizes,
    }
