"""The config schema: the embedded default, every error path, key paths in messages."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from kiosk.config import (
    ConfigError,
    ConfigProblem,
    KioskConfig,
    default_config,
    default_config_text,
    load_config,
    parse_config,
)
from kiosk.config.edit import field_spec
from kiosk.i18n import N_, identity_translate
from tests.support.config_problems import every_problem
from tools import i18n


def _demo() -> dict[str, Any]:
    return tomllib.loads(default_config_text())


def _problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse_config(data, "test.toml")
    return [str(p) for p in info.value.problems]


def test_embedded_demo_center_has_the_four_services() -> None:
    config = default_config()
    names = [s.names.ko for s in config.services]
    assert names == ["민원 일반", "전입신고", "복지 상담", "제증명 발급"]
    assert [s.prefix for s in config.services] == ["A", "B", "C", "D"]
    assert config.center.timezone == "Asia/Seoul"
    assert config.devices.printer.backend == "mock"
    assert config.ui.language == "ko"
    assert config.storage.database_url == ""


def _walk_models(model: type[BaseModel], path: str = "") -> list[tuple[str, Any]]:
    fields = []
    for name, field in model.model_fields.items():
        fields.append((f"{path}{name}", field))
        annotation = field.annotation
        for candidate in getattr(annotation, "__args__", (annotation,)):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                fields.extend(_walk_models(candidate, f"{path}{name}."))
    return fields


def test_every_field_has_a_title_and_description() -> None:
    missing = [
        path
        for path, field in _walk_models(KioskConfig)
        if not field.title or not field.description
    ]
    assert missing == []


def test_every_title_and_description_is_offered_for_translation() -> None:
    # Descriptions are the docstrings under the fields: pydantic reads them at run
    # time and tools.i18n from the source; technician mode shows field_spec's text,
    # which must be a message the catalogue has.
    messages = {source for context, source in i18n.extract() if context == "config"}
    specs = [field_spec(key, key, field) for key, field in _walk_models(KioskConfig)]
    texts = {text for spec in specs for text in (spec.title, spec.description)}
    assert "" not in texts
    assert texts - messages == set()


def test_every_default_validates() -> None:
    # The defaults of each section must pass the section's own validation.
    config = default_config()
    dumped = config.model_dump(mode="json")
    assert parse_config(dumped).model_dump(mode="json") == dumped


def test_prefix_error_names_key_path_and_value() -> None:
    data = _demo()
    data["services"][2]["prefix"] = "aa"
    assert _problems(data) == ['services[2].prefix: must be one uppercase letter A-Z, got "aa"']


def test_a_problem_is_english_for_the_command_line_and_translatable_for_screens() -> None:
    data = _demo()
    data["services"][2]["prefix"] = "aa"
    with pytest.raises(ConfigError) as info:
        parse_config(data, "test.toml")
    (problem,) = info.value.problems
    english = 'must be one uppercase letter A-Z, got "aa"'
    assert str(problem) == f"services[2].prefix: {english}"
    # One problem is one line: the file, the key path, what is wrong.
    assert str(info.value) == f"test.toml: services[2].prefix: {english}"
    assert problem.text == N_(
        "config", 'must be one uppercase letter A-Z, got "{value}"', value="aa"
    )
    # The text is not part of a problem's identity: equal to its plain-English twin.
    assert problem == ConfigProblem("services[2].prefix", english)
    assert hash(problem) == hash(ConfigProblem("services[2].prefix", english))
    # On screen the key path stays as written; only the message goes through translation.
    catalogue = {
        'must be one uppercase letter A-Z, got "{value}"': "«{value}»",
        "file is not UTF-8 text": "«not UTF-8»",
    }
    seen: list[tuple[str, str]] = []

    def translate(context: str, source: str) -> str:
        seen.append((context, source))
        return catalogue[source]

    assert problem.render(translate) == "services[2].prefix: «aa»"
    assert seen == [("config", 'must be one uppercase letter A-Z, got "{value}"')]
    # A problem about the whole file has no key path to show.
    file_problem = ConfigProblem.of("", N_("config", "file is not UTF-8 text"))
    assert str(file_problem) == "file is not UTF-8 text"
    assert file_problem.render(translate) == "«not UTF-8»"
    # Without a text (a problem built elsewhere) the English line is shown as is.
    assert ConfigProblem("ui", "odd").render(translate) == "ui: odd"


def test_every_problem_text_reads_in_english_as_the_command_line_line(tmp_path: Path) -> None:
    # Technician mode in English and `kiosk config validate` must say the same thing;
    # a pydantic error type without its own message (or a changed pydantic wording)
    # shows up here as a mismatch.
    problems = every_problem(tmp_path)
    assert len(problems) > 1000
    differing = [
        (str(p), p.text.render(identity_translate) if p.text else None)
        for p in problems
        if p.text is None or p.text.render(identity_translate) != p.message
    ]
    assert differing == []


def test_every_problem_is_reported_at_once() -> None:
    data = _demo()
    data["services"][0]["prefix"] = "1"
    data["ui"]["theme"] = "neon"
    data["ui"]["idle_timeout_s"] = 5
    data["center"]["timezone"] = "Mars/Olympus"
    data["screen"]["colour"] = "blue"
    problems = _problems(data)
    assert 'services[0].prefix: must be one uppercase letter A-Z, got "1"' in problems
    assert "ui.theme: must be one of 'standard' or 'high_contrast', got \"neon\"" in problems
    assert any(
        p.startswith("ui.idle_timeout_s: input should be greater than or equal to 30")
        for p in problems
    )
    assert any(
        p.startswith('center.timezone: unknown time zone, got "Mars/Olympus"') for p in problems
    )
    assert any(p.startswith("screen.colour: unknown key") for p in problems)


def test_duplicate_ids_and_prefixes() -> None:
    data = _demo()
    data["services"][1]["id"] = "general"
    data["services"][3]["prefix"] = "A"
    assert _problems(data) == [
        'services[1].id: "general" is already used by services[0]',
        'services[3].prefix: "A" is already used by services[0]',
    ]


def test_prefix_or_band_exactly_one() -> None:
    data = _demo()
    data["services"][0]["band"] = [500, 799]
    data["services"][1].pop("prefix")
    problems = _problems(data)
    assert problems == [
        "services[0]: set exactly one of prefix (a letter A-Z) or band ([first, last])",
        "services[1]: set exactly one of prefix (a letter A-Z) or band ([first, last])",
    ]


def test_bands_must_be_ordered_and_not_overlap() -> None:
    data = _demo()
    for i, band in enumerate(([1, 499], [400, 799], [800, 700])):
        data["services"][i].pop("prefix")
        data["services"][i]["band"] = band
    problems = _problems(data)
    assert (
        "services[2].band: must be [first, last] with 0 <= first < last <= 9999, got [800, 700]"
        in problems
    )
    data["services"][2]["band"] = [800, 999]
    assert _problems(data) == ["services[1].band: overlaps the band of services[0]"]


def test_missing_services_and_bad_ids() -> None:
    data = _demo()
    del data["services"]
    assert _problems(data) == ["services: required, but missing"]
    data = _demo()
    data["services"][0]["id"] = "General Affairs"
    assert _problems(data)[0].startswith("services[0].id: must start with a lowercase letter")


def test_printer_backend_errors_have_key_paths() -> None:
    data = _demo()
    data["devices"]["printer"]["backend"] = "laser"
    problems = _problems(data)
    assert problems[0].startswith("devices.printer.backend: must be one of 'mock', 'usb'")
    data = _demo()
    data["devices"]["printer"]["backend"] = "network"
    problems = _problems(data)
    assert problems[0].startswith("devices.printer.network")


def test_unverified_chips_only_without_certificates() -> None:
    data = _demo()
    data["devices"]["card_reader"]["passive_auth"] = {"allow_unverified": True}
    assert _problems(data) == [
        "devices.card_reader.passive_auth.allow_unverified: must be off while certificates "
        "are issued (documents are enabled)"
    ]
    # Votes are checked against the chip alone: not while polls are open either.
    data["documents"] = []
    assert _problems(data) == [
        "devices.card_reader.passive_auth.allow_unverified: must be off while residents vote "
        "with their ID card (participation has polls)"
    ]
    # A ticket-only kiosk (no documents, no polls) may accept them.
    data["participation"]["polls"] = []
    assert parse_config(data, "test.toml").devices.card_reader.passive_auth.allow_unverified


def test_screen_needs_a_pitch_and_converts_mm() -> None:
    data = _demo()
    data["screen"]["physical_width_mm"] = 299.0
    config = parse_config(data)
    assert config.screen.mm_per_px == pytest.approx(299.0 / 1080)
    # 12 mm at 0.2767 mm per pixel is 43.4 px: sizes are minimums, so round up.
    assert default_config().screen.px(12) == 44
    data["screen"]["pixel_pitch_mm"] = 0.5  # the pitch wins when both are set
    assert parse_config(data).screen.px(12) == 24
    data["screen"]["pixel_pitch_mm"] = None
    del data["screen"]["pixel_pitch_mm"]
    data["screen"]["physical_width_mm"] = None
    del data["screen"]["physical_width_mm"]
    assert parse_config(data).screen.mm_per_px == pytest.approx(298.8 / 1080)


def test_load_config_file_errors(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError) as info:
        load_config(missing)
    assert str(missing) in str(info.value)
    assert "cannot read file" in str(info.value)

    broken = tmp_path / "broken.toml"
    broken.write_text("[ui\nlanguage = 'ko'", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(broken)
    assert "not valid TOML" in str(info.value)

    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ConfigError) as info:
        load_config(binary)
    assert "not UTF-8" in str(info.value)


def test_localized_names_fall_back_to_korean() -> None:
    service = default_config().services[0]
    assert service.names.get("en") == "General civil affairs"
    assert service.names.get("xx") == "민원 일반"


@pytest.mark.parametrize(
    "url",
    [
        "https://records.example.go.kr/api",
        "https://10.0.0.5:8443/api",
        "http://127.0.0.1:8080/api",
        "http://localhost/api",
        "http://[::1]:9000/api",
    ],
)
def test_records_url_https_anywhere_plain_http_only_to_this_computer(url: str) -> None:
    data = _demo()
    data["records"] = {"backend": "http", "http": {"url": url}}
    assert parse_config(data).records.http is not None


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://records.example.go.kr/api", "plain http:// would send residents' details"),
        ("http://10.0.0.5/api", "plain http:// would send residents' details"),
        ("http://127.0.0.1.records.example/api", "plain http:// would send residents' details"),
        ("ftp://records.example/api", "must be an https:// address"),
        ("records.example/api", "must be an https:// address"),
        ("https://records.example:port/api", "not a valid URL"),
    ],
)
def test_records_url_over_plain_http_to_another_host_is_refused(url: str, reason: str) -> None:
    data = _demo()
    data["records"] = {"backend": "http", "http": {"url": url}}
    [problem] = _problems(data)
    assert problem.startswith(f"records.http.url: {reason}")
    assert problem.endswith(f'got "{url}"')


def test_the_lowest_controls_stay_within_reach() -> None:
    """The resident panel's bottom edge (where the lowest controls are) is at
    least 400 mm up; the lobby display board, with no controls, may hang anywhere."""
    data = _demo()
    data["screen"]["mounting_height_mm"] = 350
    assert _problems(data) == [
        "screen.mounting_height_mm: puts the lowest controls 350 mm above the floor; they "
        "must be at least 400 mm up, within reach from a wheelchair"
    ]
    data["screen"]["mounting_height_mm"] = 400
    assert parse_config(data).screen.mounting_height_mm == 400
    data.setdefault("display", {}).setdefault("screen", {})["mounting_height_mm"] = 0
    assert parse_config(data).display.screen.mounting_height_mm == 0


def test_low_screen_and_home_reset_have_defaults_and_bounds() -> None:
    config = default_config()
    assert config.ui.low_screen == "auto"
    assert config.ui.home_reset_s == 60
    data = _demo()
    data.setdefault("ui", {})["home_reset_s"] = 10
    data["ui"]["low_screen"] = "sometimes"
    problems = _problems(data)
    assert [p.split(":")[0] for p in problems] == ["ui.low_screen", "ui.home_reset_s"]


def test_two_courses_never_give_the_same_registration_number() -> None:
    data = _demo()
    morning, evening = (dict(data["programmes"]["courses"][0]) for _ in range(2))
    morning["id"], evening["id"] = "yoga-am", "yoga-pm"
    data["programmes"]["courses"] = [morning, evening]
    assert _problems(data) == [
        "programmes.courses[1].number_prefix: numbers registrations YOGA-001 like "
        "programmes.courses[0]: give one of them another number_prefix"
    ]
    evening["number_prefix"] = "YGPM"
    config = parse_config(data, "test.toml")
    assert [c.registration_prefix for c in config.programmes.courses] == ["YOGA", "YGPM"]
