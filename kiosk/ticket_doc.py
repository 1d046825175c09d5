"""The printed queue ticket (번호표), as a device-independent document."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from kiosk.config import KioskConfig
from kiosk.document import Align, Cut, DisplayCode, Document, Feed, KeyValue, QrCode, Rule, TextLine
from kiosk.i18n import N_, Translate
from kiosk.tickets import IssuedTicket


def ticket_qr_payload(config: KioskConfig, issued: IssuedTicket) -> str:
    """Compact key a counter or a phone can use to look the ticket up (no personal data)."""
    t = issued.ticket
    return f"KQ1|{config.center.code}|{t.business_day.isoformat()}|{t.display_code}|{t.id}"


def build_ticket(
    config: KioskConfig, issued: IssuedTicket, language: str, translate: Translate
) -> Document:
    t = issued.ticket
    service = config.service(t.service_id)
    issued_local = t.issued_at.astimezone(ZoneInfo(config.center.timezone))

    def tr(text: str, **args: object) -> str:
        return N_("ticket", text, **args).render(translate)

    wait = (
        tr("{minutes} min", minutes=issued.wait_minutes) if issued.wait_minutes else tr("No wait")
    )
    blocks: list[object] = [
        TextLine(config.center.name.get(language), bold=True, align=Align.CENTER),
        Rule(),
        TextLine(service.names.get(language), scale=2, bold=True, align=Align.CENTER),
        DisplayCode(t.display_code),
    ]
    if t.priority:
        blocks.append(TextLine(tr("Priority ticket"), bold=True, align=Align.CENTER))
    blocks += [
        Rule(),
        KeyValue(
            (
                (tr("People ahead"), tr("{count}", count=issued.people_ahead)),
                (tr("Estimated wait"), wait),
                (tr("Issued"), issued_local.strftime("%Y-%m-%d %H:%M")),
            )
        ),
        Feed(1),
        QrCode(ticket_qr_payload(config, issued), size_mm=20),
        TextLine(tr("Please wait until your number is shown and called."), align=Align.CENTER),
        TextLine(tr("If you miss your call, please ask at the counter."), align=Align.CENTER),
        Cut(),
    ]
    return Document("ticket", tuple(blocks))  # type: ignore[arg-type]
