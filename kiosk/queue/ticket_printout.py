"""The printed queue ticket (번호표), as a device-independent document."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from kiosk.config import KioskConfig
from kiosk.i18n import N_, Text, Translate, people
from kiosk.printing import document as d
from kiosk.queue.tickets import IssuedTicket


def ticket_qr_payload(config: KioskConfig, issued: IssuedTicket) -> str:
    """Compact key a counter or a phone can use to look the ticket up (no personal data)."""
    t = issued.ticket
    return f"KQ1|{config.center.code}|{t.business_day.isoformat()}|{t.display_code}|{t.id}"


def follow_url(config: KioskConfig, token: str) -> str:
    """The address of a ticket's live status page (served by ``kiosk web``)."""
    return f"{config.follow.base_url.rstrip('/')}/t/{token}"


def build_ticket(
    config: KioskConfig, issued: IssuedTicket, language: str, translate: Translate
) -> d.Document:
    t = issued.ticket
    service = config.service(t.service_id)
    issued_local = t.issued_at.astimezone(ZoneInfo(config.center.timezone))

    def tr(text: Text) -> str:
        return text.render(translate)

    wait = (
        tr(N_("ticket", "{minutes} min", minutes=issued.wait_minutes))
        if issued.wait_minutes
        else tr(N_("ticket", "No wait"))
    )
    blocks: list[d.Block] = [
        d.TextLine(config.center.name.get(language), bold=True, align=d.Align.CENTER),
        d.Rule(),
        d.TextLine(service.names.get(language), scale=2, bold=True, align=d.Align.CENTER),
        d.DisplayCode(t.display_code),
    ]
    if t.priority:
        blocks.append(
            d.TextLine(tr(N_("ticket", "Priority ticket")), bold=True, align=d.Align.CENTER)
        )
    blocks += [
        d.Rule(),
        d.KeyValue(
            (
                (tr(N_("ticket", "People ahead")), tr(people(issued.people_ahead))),
                (tr(N_("ticket", "Estimated wait")), wait),
                (tr(N_("ticket", "Issued")), issued_local.strftime("%Y-%m-%d %H:%M")),
            )
        ),
        d.Feed(1),
    ]
    if config.follow.enabled and issued.follow_token:
        # A phone opens the live status page; staff find the ticket by its number.
        blocks += [
            d.QrCode(follow_url(config, issued.follow_token), size_mm=24),
            d.TextLine(
                tr(N_("ticket", "Scan to follow your turn on your phone.")),
                align=d.Align.CENTER,
            ),
        ]
    else:
        blocks.append(d.QrCode(ticket_qr_payload(config, issued), size_mm=20))
    blocks += [
        d.TextLine(
            tr(N_("ticket", "Please wait until your number is shown and called.")),
            align=d.Align.CENTER,
        ),
        d.TextLine(
            tr(N_("ticket", "If you miss your call, please ask at the counter.")),
            align=d.Align.CENTER,
        ),
        d.Cut(),
    ]
    return d.Document("ticket", tuple(blocks))
