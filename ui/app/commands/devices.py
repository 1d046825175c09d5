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

from drivers.discovery import Discovery, discover_all
from ui.app.commands import add_json_option


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("devices", help="discover attached devices")
    dsub = parser.add_subparsers(dest="devices_command", metavar="ACTION", required=True)
    listing = dsub.add_parser("list", help="list printers, ports, card readers and voices")
    add_json_option(listing)
    listing.add_argument(
        "--cups-server",
        default=None,
        metavar="HOST[:PORT]|SOCKET",
        help="list the CUPS queues of this print server (default: this computer's CUPS)",
    )
    listing.set_defaults(func=_list)


def format_table(found: Discovery) -> str:
    lines: list[str] = []

    def section(title: str, unavailable: str | None, rows: list[str]) -> None:
        lines.append(f"{title}:")
        if unavailable:
            lines.append(f"  unavailable: {unavailable}")
        elif not rows:
            lines.append("  none found")
        lines.extend(f"  {row}" for row in rows)

    section(
        "USB devices",
        found.usb.unavailable,
        [
            f"{d.ids}  {'printer' if d.is_printer else '       '}  "
            f"{(d.manufacturer + ' ' + d.product).strip() or '(name not readable)'}"
            for d in found.usb.items
        ],
    )
    section(
        "Serial ports",
        found.serial.unavailable,
        [f"{p.device:<16} {p.description}" for p in found.serial.items],
    )
    section(
        f"CUPS queues on {found.cups_server}" if found.cups_server else "CUPS queues",
        found.cups.unavailable,
        [f"{q.name:<24} {q.state}" for q in found.cups.items],
    )
    section(
        "Card readers (PC/SC)",
        found.card_readers.unavailable,
        [
            f"{r.name:<32} {'card inserted' if r.card_present else 'no card'}"
            for r in found.card_readers.items
        ],
    )
    section(
        "Voices (espeak-ng, Korean first)",
        found.voices.unavailable,
        [f"{v.language:<8} {v.name}" for v in found.voices.items],
    )
    return "\n".join(lines) + "\n"


def _list(args: argparse.Namespace) -> int:
    found = discover_all(cups_server=args.cups_server)
    if args.json:
        json.dump(found.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(found))
    return 0
