"""A course a technician adds while the kiosk runs, as residents see the course list."""

from __future__ import annotations

from typing import Any

from kiosk.journeys.programmes import ProgrammesState as S
from tests.support.resident_screen import tap
from tests.ui.test_programmes_live_x import _home, _listed, _to_list
from ui.app.compose import Kiosk
from ui.resident.voice import ordered_controls


def test_a_course_added_live_is_listed_and_can_be_chosen(qtbot: Any, kiosk: Kiosk) -> None:
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    listing = _to_list(qtbot, kiosk)  # the list's buttons are built now
    assert _listed(listing) == ["yoga", "calligraphy", "smartphone", "singing"]
    _home(qtbot, kiosk)

    courses = [c.model_dump(mode="json") for c in kiosk.flow.config.programmes.courses]
    pottery = {
        **courses[0],
        "id": "pottery",
        "number_prefix": "POT",
        "names": {**courses[0]["names"], "ko": "도자기 공예", "en": "Pottery"},
    }
    # The first one moved last, the new one first: the list follows the settings.
    assert controller.apply("programmes.courses", [pottery, *courses[1:], courses[0]]) == []
    listing = _to_list(qtbot, kiosk)
    # Was: the new course missing until a restart (the buttons were the courses at start).
    assert _listed(listing) == ["pottery", "calligraphy", "smartphone", "singing", "yoga"]
    assert "도자기 공예" in listing.buttons["pottery"].text()
    walked = [b.accessibleName() for b in ordered_controls(listing)]
    assert any("도자기 공예" in name for name in walked)
    assert walked.index(next(n for n in walked if "도자기 공예" in n)) < walked.index(
        next(n for n in walked if "아침 요가" in n)
    )
    tap(listing.buttons["pottery"])
    qtbot.waitUntil(lambda: kiosk.flow.state is S.COURSE, timeout=5000)
    assert kiosk.flow.context.part("programmes", type(listing.part)).course_id == "pottery"
