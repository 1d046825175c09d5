"""``kiosk devices list``: what is attached to this kiosk (USB, serial, CUPS, PC/SC, voices).

The same discovery technician mode shows (``drivers.discovery``), as a
table or as JSON for provisioning scripts. CUPS queues come from this
computer's CUPS unless ``--cups-server`` names a print server (as
``devices.printer.cups.server`` does).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TypeVar

from drivers.discovery import Discovery, Section, UsbDevice, discover_all
from kiosk.ports.card import ReaderInfo
from ui.app.commands import add_actions, add_command

T = TypeVar("T")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_actions(sub, "devices", "discover attached devices")
    listing = add_command(
        actions, "list", "list printers, ports, card readers and voices", _list, json=True
    )
    listing.add_argument(
        "--cups-server",
        default=None,
        metavar="HOST[:PORT]|SOCKET",
        help="list the CUPS queues of this print server (default: this computer's CUPS)",
    )


def _section(title: str, section: Section[T], row: Callable[[T], str]) -> list[str]:
    """One titled part of the table: a line per item, or why there is none."""
    lines = [f"{title}:"]
    if section.unavailable:
        lines.append(f"  unavailable: {section.unavailable}")
    elif not section.items:
        lines.append("  none found")
    lines.extend(f"  {row(item)}" for item in section.items)
    return lines


def _usb_row(d: UsbDevice) -> str:
    kind = "printer" if d.is_printer else "       "
    return f"{d.ids}  {kind}  {(d.manufacturer + ' ' + d.product).strip() or '(name not readable)'}"


def _reader_row(r: ReaderInfo) -> str:
    return f"{r.name:<32} {'card inserted' if r.card_present else 'no card'}"


def format_table(found: Discovery) -> str:
    cups = f"CUPS queues on {found.cups_server}" if found.cups_server else "CUPS queues"
    lines = [
        *_section("USB devices", found.usb, _usb_row),
        *_section("Serial ports", found.serial, lambda p: f"{p.device:<16} {p.description}"),
        *_section(cups, found.cups, lambda q: f"{q.name:<24} {q.state}"),
        *_section("Card readers (PC/SC)", found.card_readers, _reader_row),
        *_section(
            "Voices (espeak-ng, Korean first)", found.voices, lambda v: f"{v.language:<8} {v.name}"
        ),
    ]
    return "\n".join(lines) + "\n"


def _list(args: argparse.Namespace) -> int:
    found = discover_all(cups_server=args.cups_server)
    if args.json:
        json.dump(found.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(found))
    return 0
