"""``kiosk printer``: check the configured printer's status or print a test page.

Runs without Qt: loads the config, builds the printer backend from the
registry, and talks to it directly on this thread (a console command has no
UI thread to protect).
"""

from __future__ import annotations

import argparse
from datetime import datetime

from drivers.printer import printer_registry
from drivers.printer.status import decide, describe, fully_known
from drivers.registry import BackendUnavailableError, UnknownBackendError
from kiosk.config import KioskConfig, PrinterConfig
from kiosk.ports.printer import Printer, PrinterStatus, PrintFailure
from kiosk.printing.testpage import test_page
from ui.app.commands import Exit, add_actions, add_command, fail, load_command_config, print_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_actions(sub, "printer", "check the receipt printer or print a test page")
    add_command(
        actions,
        "status",
        "print the printer's status; non-zero unless ready",
        _status,
        config=True,
        json=True,
    )
    add_command(actions, "test", "print a test page and report the result", _test, config=True)


#: Failures that mean the printer did not answer at all (exit 3), as opposed to
#: a printer that answered "not ready" (paper out, cover open: exit 1).
UNREACHABLE = frozenset(
    {
        PrintFailure.NOT_CONNECTED,
        PrintFailure.TIMEOUT,
        PrintFailure.CONNECTION_LOST,
        PrintFailure.STATUS_UNKNOWN,
    }
)


def _exit_code(failure: PrintFailure | None) -> int:
    if failure is None:
        return Exit.OK
    return Exit.UNAVAILABLE if failure in UNREACHABLE else Exit.CHECK_FAILED


def _profile_text(cfg: PrinterConfig) -> str:
    p = cfg.profile
    return f"{p.paper_width_mm} mm, Korean {p.korean_mode}, QR {p.qr_mode}, cut {p.cut}"


def _make_printer(args: argparse.Namespace, config: KioskConfig) -> Printer | None:
    cfg = config.devices.printer
    try:
        return printer_registry().create(cfg.backend, cfg)
    except (BackendUnavailableError, UnknownBackendError) as exc:
        fail(args, f"devices.printer.backend: cannot use {cfg.backend!r}: {exc}", Exit.UNAVAILABLE)
        return None


def _report_status(status: PrinterStatus) -> None:
    print(f"status: {describe(status)}")
    if status.detail:
        print(f"detail: {status.detail}")


def _status(args: argparse.Namespace) -> int:
    config = load_command_config(args)
    printer = _make_printer(args, config)
    if printer is None:
        return Exit.UNAVAILABLE
    printer.open()
    try:
        status = printer.status()
    finally:
        printer.close()
    decision = decide(status, config.devices.printer.profile)
    failure: PrintFailure | None = None
    if decision.refuse is not None and decision.refuse.failure is not None:
        failure = decision.refuse.failure
    elif not fully_known(status):
        failure = PrintFailure.STATUS_UNKNOWN
    ready = failure is None
    if failure is not None:
        why = failure.resident_message.source
    else:
        why = "paper nearly out" if decision.paper_low else ""
    if args.json:
        print_json(
            {
                "printer": printer.name,
                "profile": _profile_text(config.devices.printer),
                "status": describe(status),
                "detail": status.detail,
                "ready": ready,
                "reason": why,
            }
        )
    else:
        print(f"printer: {printer.name} ({_profile_text(config.devices.printer)})")
        _report_status(status)
        if ready:
            print("result: ready" + (f" ({why})" if why else ""))
        else:
            print(f"result: NOT READY - {why}")
    return _exit_code(failure)


def _test(args: argparse.Namespace) -> int:
    config = load_command_config(args)
    printer = _make_printer(args, config)
    if printer is None:
        return Exit.UNAVAILABLE
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
        return Exit.OK
    failure = result.failure or PrintFailure.ERROR
    print(f"result: FAILED ({failure.value}) {result.detail}")
    return _exit_code(failure)
