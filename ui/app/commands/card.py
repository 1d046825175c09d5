"""``kiosk card``: read an ID chip or list card readers from the technician's terminal.

``kiosk card read`` authenticates with the MRZ details given on the command
line and prints the identity masked (names reduced to initials, document
number to a few characters, birth date to the year): a technician checks
that the reader works without seeing the resident's data. ``kiosk card
readers`` lists readers and whether a card is in them. No Qt here.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from drivers.card import create_card_reader
from drivers.registry import BackendUnavailableError
from kiosk.config import CardReaderConfig, KioskConfig
from kiosk.i18n import identity_translate
from kiosk.identity import Identity, MrzError, MrzInfo, masked_name
from kiosk.ports.card import CardError, CardReader
from ui.app.commands import (
    Exit,
    add_actions,
    add_command,
    add_config_option,
    add_json_option,
    fail,
    load_command_config,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_actions(sub, "card", "read an ID chip or list card readers")

    read = add_command(actions, "read", "read the ID chip in the reader (output masked)", _read)
    read.add_argument("--document-number", metavar="X", help="document number as printed")
    read.add_argument("--birth-date", metavar="YYMMDD", help="date of birth")
    read.add_argument("--expiry-date", metavar="YYMMDD", help="date of expiry")
    read.add_argument(
        "--mrz-info",
        metavar="TEXT",
        help="instead of the three above: number+check digit+birth+cd+expiry+cd "
        "(e.g. L898902C<369080619406236); check digits are verified",
    )
    _common(read)
    read.add_argument(
        "--wait", type=float, default=0.0, metavar="S", help="wait up to S seconds for a card"
    )

    readers = add_command(
        actions, "readers", "list card readers and whether a card is present", _readers
    )
    _common(readers)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reader",
        metavar="PATTERN",
        help="use the PC/SC reader whose name contains PATTERN (even if the config says mock)",
    )
    add_json_option(parser)
    add_config_option(parser)


def _reader_config(config: KioskConfig, pattern: str | None) -> CardReaderConfig:
    card = config.devices.card_reader
    if pattern is None:
        return card
    pcsc = card.pcsc.model_copy(update={"reader_pattern": pattern})
    return card.model_copy(update={"backend": "pcsc", "pcsc": pcsc})


def _fail(
    args: argparse.Namespace,
    kind: str,
    message: str,
    detail: str = "",
    code: int = Exit.CHECK_FAILED,
) -> int:
    """The card or reader said no: ``code`` is 1 (the card refused), 2 (the MRZ
    details given are wrong) or 3 (no reader)."""
    if args.json:
        print(json.dumps({"ok": False, "error": kind, "message": message, "detail": detail}))
        return code
    return fail(args, message + (f" ({detail})" if detail else ""), code)


def _card_failed(args: argparse.Namespace, exc: CardError) -> int:
    """``_fail`` with what the card or reader raised: its kind, its message as a
    resident would read it, its detail."""
    return _fail(
        args, type(exc).__name__, exc.resident_message.render(identity_translate), exc.detail
    )


def _mrz_from_args(args: argparse.Namespace) -> MrzInfo:
    if args.mrz_info:
        return MrzInfo.parse(args.mrz_info)
    missing = [
        name
        for name, value in (
            ("--document-number", args.document_number),
            ("--birth-date", args.birth_date),
            ("--expiry-date", args.expiry_date),
        )
        if not value
    ]
    if missing:
        raise MrzError("arguments", f"missing {', '.join(missing)} (or give --mrz-info)")
    return MrzInfo(args.document_number, args.birth_date, args.expiry_date)


def _open(args: argparse.Namespace) -> CardReader:
    config = load_command_config(args)
    reader = create_card_reader(_reader_config(config, args.reader))
    reader.open()
    return reader


def masked_identity(identity: Identity) -> dict[str, Any]:
    """What a technician may see: initials, masked number, birth year, no full dates."""
    return {
        "document_type": identity.document_type,
        "issuing_state": identity.issuing_state,
        "document_number": identity.masked_document_number,
        "surname": masked_name(identity.surname),
        "given_names": masked_name(identity.given_names),
        "nationality": identity.nationality,
        "sex": identity.sex,
        "birth_year": identity.birth_year(),
        "mrz_format": identity.mrz_format,
    }


def _with_reader(args: argparse.Namespace, work: Callable[[CardReader], int]) -> int:
    """Open the card reader, run ``work`` on it and close it: no reader exits 3,
    a card or reader that says no exits as ``_card_failed`` says."""
    try:
        reader = _open(args)
    except BackendUnavailableError as exc:
        return _fail(args, "ReaderNotConnected", str(exc), code=Exit.UNAVAILABLE)
    try:
        return work(reader)
    except CardError as exc:
        return _card_failed(args, exc)
    finally:
        reader.close()


def _read(args: argparse.Namespace) -> int:
    try:
        mrz = _mrz_from_args(args)
    except MrzError as exc:
        # Caught before the card is asked: chips may count failed attempts.
        return _fail(args, "invalid_mrz_info", str(exc), code=Exit.USAGE)

    def read(reader: CardReader) -> int:
        if args.wait > 0 and not reader.wait_for_card(args.wait):
            return _fail(args, "CardRemoved", f"no card within {args.wait:g} s")
        identity = reader.read_identity(mrz)
        shown = masked_identity(identity)
        identity.wipe()
        if args.json:
            print(json.dumps({"ok": True, "identity": shown}, ensure_ascii=False))
        else:
            width = max(len(k) for k in shown)
            for key, value in shown.items():
                print(f"{key.replace('_', ' '):<{width}}  {value}")
        return 0

    return _with_reader(args, read)


def _readers(args: argparse.Namespace) -> int:
    def list_readers(reader: CardReader) -> int:
        readers = reader.list_readers()
        if args.json:
            print(json.dumps({"ok": True, "readers": [r.__dict__ for r in readers]}))
        elif not readers:
            print("no card readers found")
        else:
            for r in readers:
                print(f"{r.name}: {'card present' if r.card_present else 'no card'}")
        return 0 if readers else 1

    return _with_reader(args, list_readers)
