"""The certificate part of ``kiosk demo``: 등본, 초본, 가족관계증명서 and 납세증명서 journeys.

``certificate_demo(kiosk, shoot)`` taps through every certificate screen as a
resident would (mock card reader holding demo-kim, demo records, mock
payment; the first journey cancels a payment at the terminal before paying)
and calls ``shoot(name)`` at each step so the demo saves one screenshot per
step. The printouts stay on the kiosk's (mock) printer for
the demo to collect. Runs headless; waits by pumping the Qt event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk.identity import DEMO_RESIDENTS
from kiosk.journeys.flow import State
from ui.demo.events import fill_fields, pump, screen_at, tap, wait_for_state, wait_until
from ui.resident.screens.certificate import CertMrzScreen, CertOptionsScreen
from ui.resident.screens.home import HomeScreen


def typed_mrz(resident: str) -> tuple[str, str, str]:
    """What a resident types: each MRZ field followed by its check digit."""
    seed = DEMO_RESIDENTS[resident].mrz_info().key_seed_string()
    number, dates = seed[:-14], seed[-14:]
    return number.replace("<", ""), dates[:7], dates[7:]


def _journey(
    kiosk: Any,
    shoot: Callable[[str], None],
    *,
    document_id: str,
    tag: str,
    resident: str,
    options: tuple[str, ...] = (),
    extra_copies: int = 0,
    cancel_first_payment: bool = False,
    more: tuple[tuple[str, tuple[str, ...]], ...] = (),
) -> None:
    window = kiosk.window
    window.cert.card.reader.insert(resident)  # the card in the reader is this resident's
    pump(0.05)
    home = window.current_screen
    assert isinstance(home, HomeScreen) and home.cert_button is not None
    tap(home.cert_button)
    wait_for_state(kiosk, State.CERT_CHOOSE)
    shoot(f"cert-{tag}-choose")
    tap(window.current_screen.buttons[document_id])
    mrz = screen_at(kiosk, State.CERT_MRZ, CertMrzScreen)
    shoot(f"cert-{tag}-keypad")
    fill_fields(mrz, zip(mrz.FIELDS, typed_mrz(resident), strict=True))
    shoot(f"cert-{tag}-keypad-filled")
    tap(mrz.continue_button)
    screen = screen_at(kiosk, State.CERT_OPTIONS, CertOptionsScreen)
    for option in options:
        tap(screen.toggles[option])
    for _ in range(extra_copies):
        tap(screen.plus)
    shoot(f"cert-{tag}-options")
    tap(screen.continue_button)
    wait_for_state(kiosk, State.CERT_SUMMARY)
    shoot(f"cert-{tag}-summary")
    for document, tapped in more:
        # "Add another document": the same visit, one payment for the basket.
        tap(window.current_screen.add_button)
        wait_for_state(kiosk, State.CERT_CHOOSE)
        tap(window.current_screen.buttons[document])
        wait_for_state(kiosk, State.CERT_OPTIONS)
        for option in tapped:
            tap(window.current_screen.toggles[option])
        tap(window.current_screen.continue_button)
        wait_for_state(kiosk, State.CERT_SUMMARY)
    if more:
        shoot(f"cert-{tag}-basket")
    terminal = window.cert.worker.payment
    if cancel_first_payment and hasattr(terminal, "set_script"):
        # The resident changes their mind at the card terminal, then pays.
        terminal.set_script("no_card", "approve")
        tap(window.current_screen.pay_button)
        wait_for_state(kiosk, State.CERT_PAYING)
        wait_until(lambda: terminal.waiting > 0, 5.0, "the payment terminal's prompt")
        shoot(f"cert-{tag}-paying")
        back = window.current_screen.back_button
        assert back is not None
        tap(back)
        wait_for_state(kiosk, State.CERT_SUMMARY)
        wait_until(lambda: terminal.waiting == 0, 5.0, "the payment terminal's stop")
        shoot(f"cert-{tag}-payment-cancelled")
    tap(window.current_screen.pay_button)
    wait_for_state(kiosk, State.CERT_DONE)
    shoot(f"cert-{tag}-done")
    # Taking the ID card out ends the session (everything personal is wiped).
    reader = window.cert.card.reader
    reader.remove()
    wait_for_state(kiosk, State.HOME)
    reader.insert(resident)
    pump(0.1)


def certificate_demo(kiosk: Any, shoot: Callable[[str], None]) -> None:
    """A household copy (2 copies); a personal abstract with its full address history
    and the head of household and, in the same basket, a tax certificate with a
    deferral; a detailed family relations certificate for an exempt resident (the
    reason on the summary)."""
    if kiosk.window.cert is None:
        return  # no documents configured
    _journey(
        kiosk,
        shoot,
        document_id="resident-copy",
        tag="copy",
        resident="demo-kim",
        extra_copies=1,
        cancel_first_payment=True,
    )
    _journey(
        kiosk,
        shoot,
        document_id="resident-abstract",
        tag="abstract",
        resident="demo-kim",
        # Tapped twice: none -> last 5 years -> all.
        options=("address_history", "address_history", "household_head"),
        # The same visit adds a tax certificate (대금수령 -> 관공서 제출 -> 금융기관 제출).
        more=(("local-tax", ("purpose", "purpose")),),
    )
    _journey(
        kiosk,
        shoot,
        document_id="family-relations",
        tag="family",
        resident="demo-lee",
        options=("family_kind",),  # 일반 -> 상세
    )
