"""The certificate journey through the real window: mock card, demo records, mock payment.

Assertions are on what the resident sees (screen text), holds (the decoded
paper: certificate, its QR code verified, the receipt) and is charged, and
on what staff see (events). Personal data must not reach the journal or the
logs at any point.

The kiosk speaks Korean by default, so expected screen and paper text comes
from ``ui.common.i18n.tr`` (the screens' own translation function, with the same
context and English source), not from English literals: a wording change in
``ui/translations/*.ts`` does not break these tests. A few exact Korean
literals, checked against ``ko.ts``, make sure the translation is really in
use (``tr`` would quietly return the English source if it were not).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPushButton

from drivers.card.mock import MockCardReader
from drivers.payment.mock import MockPayment
from drivers.printer.mock import MockPrinter
from drivers.records.demo import DemoRecordsProvider
from kiosk.certificates.signing import KioskSigner, verify_payload
from kiosk.clock import FakeClock
from kiosk.config import (
    KioskConfig,
    MockCardOptions,
    MockPaymentOptions,
    MockPrinterOptions,
    PrinterProfile,
)
from kiosk.journeys import certificates as c
from kiosk.journeys import flow as f
from kiosk.journeys.flow import State
from kiosk.ports.card import ChipDetailsMismatch, ChipNotGenuine
from kiosk.ports.payment import PaymentOutcome
from kiosk.ports.printer import PrintFailure
from kiosk.ports.records import RecordNotFound, RecordsUnavailable
from tests.support.escpos_decoder import decode
from tests.support.escpos_emulator import EscposEmulator
from tests.support.journeys import typed
from tests.support.printing_faults import network_printer
from tests.support.resident_screen import (
    KIM_TYPED,
    assert_nothing_personal,
    button,
    cert_button,
    kiosk_factory,
    screen_text,
    tap,
    type_mrz_fields,
)
from ui.app.compose import Kiosk
from ui.common.i18n import render, tr
from ui.common.keypad import KEY_GAP_MM
from ui.resident.screens.certificate import (
    CertDoneScreen,
    CertMrzScreen,
    CertOptionsScreen,
    CertSummaryScreen,
    option_label,
)
from ui.resident.screens.home import HomeScreen

#: Things about demo-kim that must never reach the journal or the logs.
PERSONAL = ("김민지", "박서준", "850315", "M12345678", "MINJI", "행복로", "2000001")


def _won(amount: int) -> str:
    """An amount as the screens and the receipt write it (ui.resident.screens.certificate.won)."""
    return tr("cert", "{amount} won", amount=f"{amount:,}")


def _continue() -> str:
    """The options screen's button to the summary."""
    return tr("cert", "Continue")


def _pay(amount: int) -> str:
    """The summary screen's pay button."""
    return tr("cert", "Pay {total} and print", total=_won(amount))


def _home() -> str:
    return tr("nav", "Home")


def _not_charged() -> str:
    return tr("cert", "You have not been charged.")


@pytest.fixture
def card() -> MockCardReader:
    return MockCardReader(MockCardOptions(identity="demo-kim"))


@pytest.fixture
def payment() -> MockPayment:
    return MockPayment(MockPaymentOptions(script=["approve"]))


@pytest.fixture
def records() -> DemoRecordsProvider:
    return DemoRecordsProvider()


@pytest.fixture
def make_kiosk(
    qtbot: Any,
    tmp_path: Path,
    config: KioskConfig,
    clock: FakeClock,
    card: MockCardReader,
    payment: MockPayment,
    records: DemoRecordsProvider,
) -> Iterator[Any]:
    with kiosk_factory(
        config, tmp_path, clock, card=card, records=records, payment=payment
    ) as make:
        yield make


def _start(qtbot: Any, kiosk: Kiosk, document: str) -> None:
    tap(cert_button(kiosk))
    assert kiosk.flow.state is State.CERT_CHOOSE
    tap(button(kiosk, document))
    assert kiosk.flow.state is State.CERT_MRZ


def _type_mrz(kiosk: Kiosk, typed: tuple[str, str, str] = KIM_TYPED) -> None:
    type_mrz_fields(kiosk, typed)
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertMrzScreen)
    tap(screen.continue_button)


def _identify(qtbot: Any, kiosk: Kiosk, document: str = "주민등록표 등본") -> None:
    _start(qtbot, kiosk, document)
    _type_mrz(kiosk)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=5000)


def _kiosk_on_paper(make_kiosk: Any) -> tuple[Kiosk, MockPrinter]:
    """A kiosk whose mock printer keeps every job, to read what was printed."""
    printer = MockPrinter(MockPrinterOptions(), PrinterProfile())
    return make_kiosk(printer), printer


def _options_for(
    qtbot: Any, make_kiosk: Any, document: str
) -> tuple[Kiosk, MockPrinter, CertOptionsScreen]:
    """A kiosk on paper, past the ID check for ``document``, on its options screen."""
    kiosk, printer = _kiosk_on_paper(make_kiosk)
    _identify(qtbot, kiosk, document)
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertOptionsScreen)
    return kiosk, printer, screen


def _pay_and_print(qtbot: Any, kiosk: Kiosk, amount: int) -> None:
    """From the options screen: go on, pay ``amount`` won and wait for the printed order."""
    tap(button(kiosk, _continue()))
    tap(button(kiosk, _pay(amount)))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=5000)


def _no_personal_data(kiosk: Kiosk, caplog: pytest.LogCaptureFixture, *also: str) -> None:
    """Nothing of Kim's (``PERSONAL``), nor any of ``also``, is in the journal or the log."""
    assert_nothing_personal(kiosk, caplog, (*PERSONAL, *also))


def _staff_event(qtbot: Any, kiosk: Kiosk, kind: str) -> dict[str, Any]:
    """The one event of ``kind`` the kiosk records for staff, once it has (it is written
    on the device worker)."""
    qtbot.waitUntil(lambda: bool(kiosk.queue.events([kind])), timeout=3000)
    [event] = kiosk.queue.events([kind])
    return event


def test_household_copy_printed_verified_and_wiped(
    qtbot: Any,
    make_kiosk: Any,
    tmp_path: Path,
    payment: MockPayment,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with EscposEmulator() as emulator:
        printer = network_printer(
            emulator,
            timeout_s=0.5,
            job_timeout_s=10,
            paper_width_mm=80,
            korean_mode="native",
            qr_mode="native",
        )
        kiosk = make_kiosk(printer)
        _identify(qtbot, kiosk)
        screen = kiosk.window.current_screen
        assert isinstance(screen, CertOptionsScreen)
        assert "주민등록표 등본" in screen_text(kiosk)
        assert not screen.toggles["address_history"].isVisible()  # not a 등본 option
        tap(screen.plus)
        next_button = button(kiosk, _continue())
        assert next_button.text() == "다음"  # exactly what the resident reads (ko.ts)
        tap(next_button)
        assert kiosk.flow.state is State.CERT_SUMMARY
        summary = screen_text(kiosk)
        assert tr("cert", "Copies: {copies}", copies=2) in summary
        assert tr("cert", "Total: {total}", total=_won(400)) in summary
        assert f"{option_label('rrn_back')}: {tr('cert', 'No')}" in summary
        tap(button(kiosk, _pay(400)))
        qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=15000)
        done = screen_text(kiosk)
        assert tr("cert", "Please take your documents") in done
        paper = decode(emulator.print_data)
    text = "\n".join(paper.texts)
    assert text.count("주민등록표 등본") >= 2  # two certificates (and the receipt)
    assert "김민지" in text and "850315-2******" in text and "850315-2000001" not in text
    total_lines = [line for line in paper.texts if tr("receipt", "Total charged") in line]
    assert total_lines, text
    assert tr("receipt", "{amount} won", amount="400") in total_lines[-1]
    assert "400원" in total_lines[-1]  # the amount as the resident reads it (ko.ts)
    signer = KioskSigner.load(tmp_path)
    numbers = []
    assert len(paper.qrs) == 2
    for qr in paper.qrs:
        result = verify_payload(qr.payload, signer.public_key)
        assert result.valid and result.facts is not None
        assert result.facts["d"] == "resident-copy" and result.facts["h"] == "김*지"
        numbers.append(result.facts["n"])
        assert result.facts["n"] in text and result.facts["n"] in done  # on paper and screen
    assert payment.charged_won() == 400
    audit = [e for e in kiosk.journal.entries if e["kind"] == "certificate_order"]
    assert audit[-1]["printed"] == numbers
    # Taking the card ends the session: home, everything personal wiped.
    identity = kiosk.flow.session.personal["identity"]
    kiosk.window.cert.card.reader.remove()
    qtbot.waitUntil(lambda: kiosk.flow.state is State.HOME, timeout=3000)
    assert identity.wiped and kiosk.flow.session.personal == {}
    _no_personal_data(kiosk, caplog)


def test_abstract_with_address_history_on_the_mock_printer(
    qtbot: Any, make_kiosk: Any, config: KioskConfig
) -> None:
    kiosk, printer, screen = _options_for(qtbot, make_kiosk, "주민등록표 초본")
    tap(screen.toggles["address_history"])
    assert kiosk.flow.context.cert.options.address_history == "5y"
    tap(screen.toggles["address_history"])
    assert kiosk.flow.context.cert.options.address_history == "full"
    _pay_and_print(qtbot, kiosk, 200)
    certificate, receipt = (job.document.plain_text() for job in printer.jobs)
    assert "부산광역시 예시구 바다로 7" in certificate and "주민등록표 초본" in certificate
    assert tr("receipt", "{amount} won", amount="200") in receipt
    assert "200원" in receipt


def test_a_live_change_reaches_the_next_certificate(qtbot: Any, make_kiosk: Any) -> None:
    kiosk, printer = _kiosk_on_paper(make_kiosk)
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    assert controller.apply("center.name.ko", "새봄동 행정복지센터") == []
    _identify(qtbot, kiosk)
    _pay_and_print(qtbot, kiosk, 200)
    certificate, receipt = (job.document.plain_text() for job in printer.jobs)
    # Its printing kept the config the kiosk started with, so a document
    # enabled live was chosen, paid for, then failed to print.
    assert certificate.startswith("새봄동 행정복지센터")
    assert receipt.startswith("새봄동 행정복지센터")


def test_specific_family_certificate_chosen_by_relation(
    qtbot: Any, make_kiosk: Any, caplog: pytest.LogCaptureFixture
) -> None:
    kiosk, printer, screen = _options_for(qtbot, make_kiosk, "가족관계증명서")
    assert not screen.member_toggles[0].isVisible()  # 일반 by default
    tap(screen.toggles["family_kind"])  # 상세
    tap(screen.toggles["family_kind"])  # 특정
    assert kiosk.flow.context.cert.options.family_kind == "specific"
    shown = [t for t in screen.member_toggles if t.isVisible()]
    # Relations only on screen: Kim's parents, spouse and child, never their names.
    assert [t.text().split("\n")[0] for t in shown] == ["부", "모", "배우자", "자녀"]
    assert "김철수" not in screen_text(kiosk) and "박하늘" not in screen_text(kiosk)
    tap(shown[3])
    assert kiosk.flow.context.cert.options.family_members == (3,)
    _pay_and_print(qtbot, kiosk, 500)
    certificate = printer.jobs[0].document.plain_text()
    assert "가족관계증명서(특정)" in certificate
    assert "박하늘" in certificate and "김철수" not in certificate and "박서준" not in certificate
    _no_personal_data(kiosk, caplog)


def test_two_documents_paid_once_and_printed_in_order(
    qtbot: Any, make_kiosk: Any, payment: MockPayment
) -> None:
    kiosk, printer = _kiosk_on_paper(make_kiosk)
    _identify(qtbot, kiosk, "주민등록표 등본")
    tap(button(kiosk, _continue()))
    summary = kiosk.window.current_screen
    assert isinstance(summary, CertSummaryScreen) and summary.add_button.isVisible()
    tap(summary.add_button)
    assert kiosk.flow.state is State.CERT_CHOOSE
    tap(button(kiosk, "주민등록표 초본"))
    assert kiosk.flow.state is State.CERT_OPTIONS  # the card is not read again
    tap(button(kiosk, _continue()))
    text = screen_text(kiosk)
    assert "주민등록표 등본" in text and "주민등록표 초본" in text
    tap(button(kiosk, _pay(400)))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=5000)
    kinds = [job.document.kind for job in printer.jobs]
    assert kinds == ["certificate", "certificate", "receipt"]
    assert "주민등록표 등본" in printer.jobs[0].document.plain_text()
    assert "주민등록표 초본" in printer.jobs[1].document.plain_text()
    assert payment.charged_won() == 400 and len(payment.ledger) == 1
    # Each document's number on a line of its own, as the resident copies it down.
    done = kiosk.window.current_screen
    assert isinstance(done, CertDoneScreen)
    caption, *numbers = done.numbers.text().split("\n")
    assert caption == "문서확인번호:"  # "issuance numbers" (ko.ts)
    numbers = [n.replace("\u200b", "") for n in numbers]  # where a line may break
    assert len(numbers) == 2
    for number, job in zip(numbers, printer.jobs, strict=False):
        assert re.fullmatch(r"\d{4}-\d{4}-\d{4}-\d{4}", number)
        assert number in job.document.plain_text()
    audit = [e for e in kiosk.journal.entries if e["kind"] == "certificate_order"]
    assert [d["document"] for d in audit[-1]["documents"]] == [
        "resident-copy",
        "resident-abstract",
    ]


def _summary_of(
    qtbot: Any, make_kiosk: Any, document: str
) -> tuple[CertSummaryScreen, QTextDocument]:
    """The summary of one ``document`` with its default options, and its line as shown."""
    kiosk, _printer = _kiosk_on_paper(make_kiosk)
    _identify(qtbot, kiosk, document)
    tap(button(kiosk, _continue()))
    summary = kiosk.window.current_screen
    assert isinstance(summary, CertSummaryScreen)
    [line, _total] = [label for label in summary.lines if label.isVisible()]
    shown = QTextDocument()
    shown.setHtml(line.text())
    return summary, shown


def test_the_summary_shows_each_option_on_a_line_and_says_them_in_one_sentence(
    qtbot: Any, make_kiosk: Any
) -> None:
    summary, shown = _summary_of(qtbot, make_kiosk, "주민등록표 등본")
    # Run together, "세대 구성 사유 및 일자 표시" wrapped mid-name and the full resident
    # number, the option a resident most needs to check, ended a paragraph.
    assert shown.toPlainText().split("\n") == [
        "증명서: 주민등록표 등본",
        "부수: 1부 · 1부당 수수료: 200원",
        "선택 사항:",
        "세대원 표시: 아니요",
        "세대 구성 사유 및 일자 표시: 아니요",
        "변동 사유 표시: 아니요",
        "주민등록번호 전체 표시: 아니요",
    ]
    # The options are a list: a wrapped option hangs under its words.
    assert shown.toHtml().count("<li") == 4
    spoken = summary.spoken_prompt()
    assert "선택 사항: 세대원 표시: 아니요, 세대 구성 사유 및 일자 표시: 아니요," in spoken
    assert "·" not in spoken.split("선택 사항")[1]
    assert spoken.endswith("합계: 200원.")


def test_a_free_document_is_free_on_the_summary_as_in_the_list(qtbot: Any, make_kiosk: Any) -> None:
    # "1부당 수수료: 0원" read as a price missing; the list of documents says 무료.
    _summary, shown = _summary_of(qtbot, make_kiosk, "지방세 납세증명서")
    assert "부수: 1부 · 1부당 수수료: 무료" in shown.toPlainText().split("\n")


def test_a_chinese_summary_punctuates_as_chinese_and_names_a_waived_fee(
    qtbot: Any, make_kiosk: Any, card: MockCardReader
) -> None:
    """Options were joined with ": " in code and the waiver tacked on in ASCII brackets,
    so one panel mixed "合计：" with "显示家庭成员: 否" and "(免收费用)"."""
    kiosk, _printer = _kiosk_on_paper(make_kiosk)
    card.insert("demo-lee")  # a basic livelihood recipient: no fee
    kiosk.window.send(f.OpenLanguages())
    kiosk.window.send(f.ChooseLanguage("zh"))
    kiosk.window.send(c.OpenCertificates())
    kiosk.window.send(c.ChooseDocument("resident-copy"))
    _type_mrz(kiosk, typed("demo-lee"))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=5000)
    kiosk.window.send(c.ConfirmOptions())
    summary = kiosk.window.current_screen
    assert isinstance(summary, CertSummaryScreen)
    [document, total] = [label for label in summary.lines if label.isVisible()]
    shown = QTextDocument()
    shown.setHtml(document.text())
    lines = shown.toPlainText().split("\n")
    options = lines[lines.index("选项：") + 1 :]  # "options:" (zh.ts)
    assert options and all("：" in line and ": " not in line for line in options), options
    assert total.text() == "合计：0\u00a0韩元（免收费用）"  # zh.ts; the amount held to its unit


def _asked_and_refused(qtbot: Any, kiosk: Kiosk) -> str:
    """Kim asks ``kiosk`` for a 등본, types her ID details and is refused: the error screen's text."""
    _start(qtbot, kiosk, "주민등록표 등본")
    _type_mrz(kiosk)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_ERROR, timeout=5000)
    return screen_text(kiosk)


def _lookup_failed(qtbot: Any, make_kiosk: Any) -> tuple[Kiosk, str]:
    """A new kiosk where Kim asked for a 등본 and the records lookup failed: it and its text."""
    kiosk = make_kiosk()
    return kiosk, _asked_and_refused(qtbot, kiosk)


def test_provider_down_charges_nothing(
    qtbot: Any,
    make_kiosk: Any,
    records: DemoRecordsProvider,
    payment: MockPayment,
    caplog: pytest.LogCaptureFixture,
) -> None:
    records.set_fault("unavailable")
    kiosk, text = _lookup_failed(qtbot, make_kiosk)
    # The records message, which also tells the resident nothing was charged.
    assert render(RecordsUnavailable.resident_message) in text
    assert "요금은 청구되지 않았습니다" in text  # "you have not been charged" (ko.ts)
    assert payment.ledger == [] and kiosk.printer.jobs == []  # type: ignore[attr-defined]
    home = button(kiosk, _home())
    assert home.text() == "처음으로"
    tap(home)
    assert kiosk.flow.state is State.HOME and kiosk.flow.session.personal == {}
    _no_personal_data(kiosk, caplog)


def test_no_record_points_to_the_counter(
    qtbot: Any, make_kiosk: Any, records: DemoRecordsProvider
) -> None:
    records._residents.clear()
    _, text = _lookup_failed(qtbot, make_kiosk)
    assert render(RecordNotFound.resident_message) in text
    assert "주민등록 기록이 없습니다" in text  # "no resident registration record" (ko.ts)


def test_wrong_check_digit_is_caught_before_the_card(
    qtbot: Any, make_kiosk: Any, card: MockCardReader
) -> None:
    kiosk = make_kiosk()
    _start(qtbot, kiosk, "주민등록표 등본")
    _type_mrz(kiosk, ("M123456781", "8503150", "3201015"))
    assert kiosk.flow.state is State.CERT_MRZ
    assert tr(
        "cert",
        "The {field} does not match its check digit. Please compare it with the lines "
        "at the bottom of your ID and type it again.",
        field=tr("cert", "document number"),
    ) in screen_text(kiosk)
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertMrzScreen)
    _type_mrz(kiosk, ("M123456788", "8513150", "3201015"))
    text = screen_text(kiosk)
    assert (
        tr(
            "cert",
            "The {field} is not a real date. Please check it.",
            field=tr("cert", "date of birth"),
        )
        in text
    )
    assert "존재하지 않는 날짜" in text  # "not a real date" (ko.ts)
    qtbot.wait(100)
    assert card.reads == 0


def test_payment_declined(qtbot: Any, make_kiosk: Any, payment: MockPayment) -> None:
    payment.set_script("decline", "approve")
    kiosk = make_kiosk()
    _identify(qtbot, kiosk)
    tap(button(kiosk, _continue()))
    tap(button(kiosk, _pay(200)))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_SUMMARY, timeout=5000)
    declined = render(PaymentOutcome.DECLINED.resident_message)
    qtbot.waitUntil(lambda: declined in screen_text(kiosk), timeout=3000)
    assert "결제가 거절되었습니다" in screen_text(kiosk)  # "the payment was declined" (ko.ts)
    assert kiosk.window.current_screen.message.property("role") == "warning"
    assert kiosk.printer.jobs == [] and payment.charged_won() == 0  # type: ignore[attr-defined]
    tap(button(kiosk, _pay(200)))  # another card
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=5000)
    assert payment.charged_won() == 200


def test_cancel_payment_stops_the_terminal_and_charges_nothing(
    qtbot: Any, make_kiosk: Any, payment: MockPayment
) -> None:
    """A resident who changes their mind at the card terminal is not kept waiting for
    its time limit (60 s here): the terminal stops asking for a card at once."""
    payment.set_script("no_card", "approve")
    kiosk = make_kiosk()
    _identify(qtbot, kiosk)
    tap(button(kiosk, _continue()))
    tap(button(kiosk, _pay(200)))
    assert kiosk.flow.state is State.CERT_PAYING
    qtbot.waitUntil(lambda: payment.waiting == 1, timeout=3000)  # the terminal asks for a card
    cancel = button(kiosk, tr("cert", "Cancel payment"))
    assert cancel.text() == "결제 취소"  # ko.ts, where a resident looks for it
    tap(cancel)
    assert kiosk.flow.state is State.CERT_SUMMARY
    cancelled = render(PaymentOutcome.CANCELLED.resident_message)
    assert cancelled in screen_text(kiosk)
    assert "결제를 취소했습니다" in screen_text(kiosk)  # ko.ts
    # The resident's own choice, shown plainly: not in the warning colours.
    assert kiosk.window.current_screen.message.property("role") == "notice"
    qtbot.waitUntil(lambda: payment.waiting == 0, timeout=2000)  # not after 60 s
    assert payment.ledger == [] and kiosk.printer.jobs == []  # type: ignore[attr-defined]
    events = [e for e in kiosk.journal.entries if e["kind"].startswith("payment")]
    assert [e["kind"] for e in events] == ["payment_cancelled", "payment"]
    assert events[1]["outcome"] == "cancelled"
    # Paying again works at once: the worker is not stuck behind the first request.
    tap(button(kiosk, _pay(200)))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=5000)
    assert payment.charged_won() == 200 and len(payment.ledger) == 1


def test_paper_out_after_authorization_voids_and_flags_staff(
    qtbot: Any, make_kiosk: Any, payment: MockPayment
) -> None:
    kiosk, printer = _kiosk_on_paper(make_kiosk)
    _identify(qtbot, kiosk)
    tap(button(kiosk, _continue()))
    printer.set_fault("paper_out")
    tap(button(kiosk, _pay(200)))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_ERROR, timeout=5000)
    text = screen_text(kiosk)
    assert "용지가 떨어졌습니다" in text  # paper out, in Korean (ko.ts)
    assert render(PrintFailure.PAPER_OUT.resident_message) in text
    assert _not_charged() in text
    assert payment.ledger[0].state == "voided" and payment.charged_won() == 0
    event = _staff_event(qtbot, kiosk, "cert_print_failed")
    assert "paper_out" in event["detail"] and "김민지" not in event["detail"]


def test_card_removed_mid_journey_wipes_and_goes_home(
    qtbot: Any, make_kiosk: Any, card: MockCardReader
) -> None:
    kiosk = make_kiosk()
    _identify(qtbot, kiosk)
    record = kiosk.flow.session.personal["record"]
    card.remove()
    qtbot.waitUntil(lambda: kiosk.flow.state is State.HOME, timeout=3000)
    assert record.wiped and kiosk.flow.session.personal == {}
    assert isinstance(kiosk.window.current_screen, HomeScreen)
    # The next resident's keypad starts empty.
    card.insert()
    _start(qtbot, kiosk, "주민등록표 등본")
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertMrzScreen)
    assert screen.values == dict.fromkeys(screen.FIELDS, "")


def test_timeout_mid_journey_wipes(
    qtbot: Any, make_kiosk: Any, clock: FakeClock, config: KioskConfig
) -> None:
    kiosk = make_kiosk()
    _identify(qtbot, kiosk)
    tap(button(kiosk, _continue()))
    identity = kiosk.flow.session.personal["identity"]
    clock.advance(config.ui.idle_timeout_s - 10)
    kiosk.window.tick()
    more_time = kiosk.window.time_warning.button
    assert more_time.isVisible()
    assert more_time.text() == "시간 연장"  # exactly what the resident reads (ko.ts)
    # One "more time" on the screen (the step once showed a second in its body).
    shown = [b for b in kiosk.window.findChildren(QPushButton) if b.isVisible()]
    assert [b for b in shown if b.text() == more_time.text()] == [more_time]
    clock.advance(11)
    kiosk.window.tick()
    assert kiosk.flow.state is State.HOME and identity.wiped


def test_keypad_keys_meet_the_size_rules(qtbot: Any, make_kiosk: Any) -> None:
    kiosk = make_kiosk()
    _start(qtbot, kiosk, "주민등록표 등본")
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertMrzScreen)
    mm = kiosk.config.screen.mm_per_px
    keys = list(screen.keypad.keys.values())
    for key in keys:
        w, h = key.width() * mm, key.height() * mm
        assert w >= 12 and h >= 12 and w * h >= 150, (key.text(), w, h)
    one, two = screen.keypad.keys["1"], screen.keypad.keys["2"]
    assert (two.x() - one.x() - one.width()) * mm >= 2.5
    assert KEY_GAP_MM >= 2.5


# --- forged chips and records of someone else (issue 19, item 1) ---------------------------


@pytest.mark.parametrize(
    ("fault", "message", "korean", "reason"),
    [
        # BAC with Kim's details, Lee's genuine data and signature on the chip.
        (
            "cloned_dg1",
            ChipDetailsMismatch.resident_message,
            "입력하신 정보와 일치하지 않아",
            "details_mismatch",
        ),
        ("no_sod", ChipNotGenuine.resident_message, "진본인지 확인할 수 없어", "no_sod"),
        (
            "bad_sod_hash",
            ChipNotGenuine.resident_message,
            "진본인지 확인할 수 없어",
            "hash_mismatch",
        ),
    ],
)
def test_forged_chip_prints_and_charges_nothing(
    qtbot: Any,
    make_kiosk: Any,
    card: MockCardReader,
    records: DemoRecordsProvider,
    payment: MockPayment,
    caplog: pytest.LogCaptureFixture,
    fault: str,
    message: Any,
    korean: str,
    reason: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    card.set_fault(fault)
    kiosk, printer = _kiosk_on_paper(make_kiosk)
    text = _asked_and_refused(qtbot, kiosk)
    assert render(message) in text
    assert korean in text  # the resident reads it in Korean (ko.ts)
    assert "이준호" not in text and "LEE" not in text  # nothing of the other resident
    # Nobody was looked up, printed for or charged.
    assert records.lookups == 0
    assert printer.jobs == [] and payment.ledger == []
    assert "identity" not in kiosk.flow.session.personal
    event = _staff_event(qtbot, kiosk, "cert_card_refused")
    assert event["detail"] == f"reason={reason}"
    tap(button(kiosk, _home()))
    assert kiosk.flow.state is State.HOME and kiosk.flow.session.personal == {}
    _no_personal_data(kiosk, caplog, "이준호", "K98765432", "520704", "JUNHO")


def test_record_of_another_person_is_refused(
    qtbot: Any,
    make_kiosk: Any,
    records: DemoRecordsProvider,
    payment: MockPayment,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The provider answers Kim's lookup with Lee's record: nothing of Lee's reaches paper."""
    caplog.set_level(logging.DEBUG)
    records.set_fault("other_person")
    kiosk, printer = _kiosk_on_paper(make_kiosk)
    text = _asked_and_refused(qtbot, kiosk)
    assert render(c.RECORD_OF_ANOTHER_PERSON) in text
    assert "본인 기록이 아니어서" in text  # ko.ts
    assert button(kiosk, _home()).isVisible()
    assert printer.jobs == [] and payment.ledger == []
    assert "record" not in kiosk.flow.session.personal
    event = _staff_event(qtbot, kiosk, "cert_record_mismatch")
    assert "another identity" in event["detail"]
    flags = [e for e in kiosk.journal.entries if e["kind"] == "staff_flag"]
    assert [f["flag"] for f in flags] == ["cert_record_mismatch"]
    _no_personal_data(kiosk, caplog, "이준호", "520704-1000011", "느티나무길")
