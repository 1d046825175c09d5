"""Every resident starts from the defaults: after a session, and after a while
idle on home with changed settings; and low-screen mode by default where the
panel's top is out of reach."""

from __future__ import annotations

import pytest

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.journeys import certificates as c
from kiosk.journeys import flow as f
from kiosk.journeys.resident import ResidentFlow


def _flow(config: KioskConfig, clock: FakeClock, **ui: object) -> f.Flow:
    config = config.model_copy(update={"ui": config.ui.model_copy(update=ui)})
    return ResidentFlow(config, clock)


def _change_everything(flow: f.Flow) -> None:
    session = flow.session
    session.theme = "high_contrast"
    session.text_zoom = 2.0
    session.low_screen = not session.low_screen
    session.speech_rate = 0.5
    session.speech_volume = 0.3
    flow.handle(f.ChooseLanguage("vi"))
    flow.handle(f.SetVoice(True))


def _assert_defaults(flow: f.Flow, *, low: bool) -> None:
    speech = flow.config.devices.speech
    session = flow.session
    assert session.language == flow.config.ui.language
    assert session.theme == flow.config.ui.theme
    assert session.text_zoom == 1.0
    assert session.low_screen is low
    assert session.voice is False
    assert (session.speech_rate, session.speech_volume) == (speech.rate, speech.volume)


def test_every_setting_returns_to_the_default_when_a_session_ends(
    config: KioskConfig, clock: FakeClock
) -> None:
    flow = _flow(config, clock, low_screen="off")
    _change_everything(flow)
    flow.handle(c.OpenCertificates())
    assert flow.state is f.State.CERT_CHOOSE
    effects = flow.handle(f.GoHome())
    assert effects == [f.SessionEnded("home"), f.LanguageChanged("ko")]
    _assert_defaults(flow, low=False)


def test_home_at_the_defaults_has_no_time_limit(config: KioskConfig, clock: FakeClock) -> None:
    flow = _flow(config, clock)
    assert flow.time_limit_s() is None
    clock.advance(3600)
    assert flow.handle(f.Tick()) == []


def test_changed_settings_on_home_reset_after_home_reset_s_with_a_warning(
    config: KioskConfig, clock: FakeClock
) -> None:
    """A resident who switched on big text and walked away does not leave it
    for the next one."""
    flow = _flow(config, clock, low_screen="off", home_reset_s=60)
    flow.session.text_zoom = 2.0
    assert flow.time_limit_s() == 60
    clock.advance(34)
    deadline = flow.deadline()
    assert deadline is not None and not deadline.warning
    clock.advance(2)
    deadline = flow.deadline()
    assert deadline is not None and deadline.warning  # 24 s left: warned
    flow.handle(f.MoreTime())
    clock.advance(59)
    assert flow.handle(f.Tick()) == []
    clock.advance(1)
    assert flow.handle(f.Tick()) == [f.SessionEnded("timeout")]
    assert flow.state is f.State.HOME
    _assert_defaults(flow, low=False)
    assert flow.time_limit_s() is None


def test_every_changed_setting_starts_the_home_reset(config: KioskConfig, clock: FakeClock) -> None:
    flow = _flow(config, clock, low_screen="off", home_reset_s=45)
    changes = {
        "theme": "high_contrast",
        "text_zoom": 2.0,
        "low_screen": True,
        "voice": True,
        "speech_rate": 0.25,
        "speech_volume": 1.0,
        "language": "en",
    }
    for name, value in changes.items():
        before = getattr(flow.session, name)
        setattr(flow.session, name, value)
        limit = flow.time_limit_s()
        assert limit == (90 if name == "voice" else 45), name  # voice mode doubles limits
        setattr(flow.session, name, before)
        assert flow.time_limit_s() is None, name


def test_a_reset_in_another_language_switches_the_screen_back(
    config: KioskConfig, clock: FakeClock
) -> None:
    flow = _flow(config, clock, home_reset_s=30)
    flow.handle(f.ChooseLanguage("zh"))
    clock.advance(30)
    assert flow.handle(f.Tick()) == [f.SessionEnded("timeout"), f.LanguageChanged("ko")]


@pytest.mark.parametrize(
    ("setting", "mounting_mm", "low"),
    [
        # The default 24-inch portrait panel is 531 mm tall: at 750 mm its top
        # is at 1,281 mm, above reach.
        ("auto", 750, True),
        ("auto", 650, False),  # top at 1,181 mm: everything in reach already
        ("on", 650, True),
        ("off", 750, False),
    ],
)
def test_low_screen_by_default_where_the_panel_is_out_of_reach(
    config: KioskConfig, clock: FakeClock, setting: str, mounting_mm: float, low: bool
) -> None:
    screen = config.screen.model_copy(update={"mounting_height_mm": mounting_mm})
    config = config.model_copy(update={"screen": screen})
    flow = _flow(config, clock, low_screen=setting)
    assert flow.session.low_screen is low
    assert flow.time_limit_s() is None  # the default is not a change
    flow.session.low_screen = not low
    flow.handle(f.GoHome())
    clock.advance(flow.config.ui.home_reset_s)
    flow.handle(f.Tick())
    assert flow.session.low_screen is low
