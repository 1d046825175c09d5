"""``kiosk printer``: check the configured printer's status or print a test page.

Runs without Qt: loads the config, builds the printer backend from the
registry, and talks to it directly on this thread (a console command has no
UI thread to protect).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from drivers.printer import printer_registry
from drivers.printer.status import decide, describe, fully_known
from drivers.registry import BackendUnavailableError, UnknownBackendError
from kiosk.config import KioskConfig, PrinterConfig, load_config
from kiosk.ports.printer import Printer, PrinterStatus
from kiosk.printing.testpage import test_page

EXIT_NOT_READY = 1
EXIT_UNAVAILABLE = 3


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("printer", help="check the receipt printer or print a test page")
    psub = parser.add_subparsers(dest="printer_command", metavar="ACTION", required=True)
    status = psub.add_parser("status", help="print the printer's status; non-zero unless ready")
    status.add_argument("--config", type=Path, default=None, metavar="FILE")
    status.set_defaults(func=_status)
    test = psub.add_parser("test", help="print a test page and report the result")
    test.add_argument("--config", type=Path, default=None, metavar="FILE")
    test.set_defaults(func=_test)


def _profile_text(cfg: PrinterConfig) -> str:
    p = cfg.profile
    return f"{p.paper_width_mm} mm, Korean {p.korean_mode}, QR {p.qr_mode}, cut {p.cut}"


def _make_printer(config: KioskConfig) -> Printer | None:
    cfg = config.devices.printer
    try:
        return printer_registry().create(cfg.backend, cfg)
    except (BackendUnavailableError, UnknownBackendError) as exc:
        print(f"printer: cannot use backend {cfg.backend!r}: {exc}", file=sys.stderr)
        return None


def _report_status(status: PrinterStatus) -> None:
    print(f"status: {describe(status)}")
    if status.detail:
        print(f"detail: {status.detail}")


def _status(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    printer = _make_printer(config)
    if printer is None:
        return EXIT_UNAVAILABLE
    print(f"printer: {printer.name} ({_profile_text(config.devices.printer)})")
    printer.open()
    try:
        status = printer.status()
    finally:
        printer.close()
    _report_status(status)
    decision = decide(status, config.devices.printer.profile)
    if decision.refuse is not None and decision.refuse.failure is not None:
        print(f"result: NOT READY - {decision.refuse.failure.resident_message.source}")
        return EXIT_NOT_READY
    if not fully_known(status):
        print("result: NOT READY - the printer's state could not be checked")
        return EXIT_NOT_READY
    print("result: ready" + (" (paper nearly out)" if decision.paper_low else ""))
    return 0


def _test(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    printer = _make_printer(config)
    if printer is None:
        return EXIT_UNAVAILABLE
    cfg = config.devices.printer
    print(f"printer: {printer.name} ({_profile_text(cfg)})")
    printer.open()
    try:
        status = printer.status()
        _report_status(status)
        page = test_page(
            printer_name=printer.name,
            status_text=describe(status),
            profile_text=_profile_text(cfg),
            center_name=config.center.name.ko,
            printed_at=datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
        )
        result = printer.print_document(page)
    finally:
        printer.close()
    if result.ok:
        print("result: test page printed" + (" (paper nearly out)" if result.paper_low else ""))
        return 0
    failure = result.failure.value if result.failure else "unknown"
    print(f"result: FAILED ({failure}) {result.detail}")
    return EXIT_NOT_READY
