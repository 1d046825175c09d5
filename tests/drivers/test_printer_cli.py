"""``kiosk printer status|test`` against the emulator and the mock; the test page; the bench."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyzbar import pyzbar

from drivers.printer.escpos import encode
from drivers.printer.render import render_image
from kiosk.config import PrinterProfile, default_config_text
from kiosk.printing import testpage
from tests.support import escpos_emulator as emu
from tests.support.escpos_decoder import decode
from tools.bench.printer import bench_ticket, measure
from ui.app.cli import main
from ui.app.commands import printer as printer_cmd


def _config(tmp_path: Path, e: emu.EscposEmulator, extra: str = "") -> Path:
    text = default_config_text().replace(
        '[devices.printer]\nbackend = "mock"',
        f'[devices.printer]\nbackend = "network"\n{extra}\n'
        f'[devices.printer.network]\nhost = "{e.host}"\nport = {e.port}\ntimeout_s = 0.3\n',
    )
    assert 'backend = "network"' in text
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_module_has_no_qt() -> None:
    source = Path(printer_cmd.__file__).read_text(encoding="utf-8")
    assert "PySide6" not in source


def test_status_ready(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with emu.EscposEmulator() as e:
        code = main(["printer", "status", "--config", str(_config(tmp_path, e))])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "online, paper ok" in out and "result: ready" in out and "DLE EOT" in out


@pytest.mark.parametrize(
    ("status", "words"),
    [(emu.PAPER_OUT, "paper out"), (emu.COVER_OPEN, "cover open"), (emu.OFFLINE, "offline")],
)
def test_status_not_ready(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], status: dict[int, int], words: str
) -> None:
    with emu.EscposEmulator(status) as e:
        code = main(["printer", "status", "--config", str(_config(tmp_path, e))])
    out = capsys.readouterr().out
    # The printer answered: a check that failed (1), not an unreachable device (3).
    assert code == 1 and words in out and "NOT READY" in out


def test_status_unknown_is_not_ready(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with emu.EscposEmulator(faults=emu.Faults(answer_status=False)) as e:
        code = main(["printer", "status", "--config", str(_config(tmp_path, e))])
    out = capsys.readouterr().out
    assert code == 3 and "could not be checked" in out and "no answer" in out


def test_test_page_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with emu.EscposEmulator() as e:
        code = main(["printer", "test", "--config", str(_config(tmp_path, e))])
        data = e.print_data
    out = capsys.readouterr().out
    assert code == 0 and "test page printed" in out
    paper = decode(data)
    texts = paper.texts
    assert "프린터 시험 인쇄" in texts and any("online, paper ok" in t for t in texts)
    assert {line.width_scale for line in paper.lines} >= {1, 2, 3, 4}
    assert any(line.bold for line in paper.lines)
    assert {line.align for line in paper.lines} == {"left", "center", "right"}
    assert [q.payload for q in paper.qrs] == [testpage.QR_PAYLOAD]


def test_test_page_failure_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with emu.EscposEmulator(emu.PAPER_OUT) as e:
        code = main(["printer", "test", "--config", str(_config(tmp_path, e))])
    out = capsys.readouterr().out
    assert code == 1 and "FAILED (paper_out)" in out


def test_demo_config_uses_the_mock(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["printer", "status"]) == 0
    assert "mock" in capsys.readouterr().out


def test_test_page_preview_qr_decodes() -> None:
    page = testpage.test_page(printer_name="x", status_text="y", profile_text="z")
    for width in (80, 58):
        img = render_image(page, PrinterProfile(paper_width_mm=width)).convert("L")
        assert [d.data.decode() for d in pyzbar.decode(img)] == [testpage.QR_PAYLOAD]


def test_bench_meets_targets() -> None:
    numbers = measure()
    assert numbers["ticket_bytes_native"] <= 2048
    assert numbers["ticket_bytes_raster"] > numbers["ticket_bytes_native"]
    assert numbers["certificate_render_ms_p50"] <= 100
    assert numbers["ticket_seconds_at_115200_baud"] == pytest.approx(
        len(encode(bench_ticket(), PrinterProfile())) * 10 / 115200
    )


def test_status_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with emu.EscposEmulator(emu.PAPER_OUT) as e:
        code = main(["printer", "status", "--json", "--config", str(_config(tmp_path, e))])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert report["ready"] is False and "run out of paper" in report["reason"]
    assert "paper out" in report["status"]
