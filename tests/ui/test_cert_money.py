"""The certificate screens write amounts as the resident's language groups them."""

from __future__ import annotations

from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.resident.screens.certificate import won


def test_an_amount_is_grouped_for_the_language(kiosk: Kiosk) -> None:
    assert won(30000, "vi") == tr("cert", "{amount} won", amount="30.000")
    assert won(30000, "ko") == tr("cert", "{amount} won", amount="30,000")
