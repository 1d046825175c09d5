"""Fault cases of the ID card area: forged chips, records of someone else, broken reads.

Each case inserts a virtual chip (``tests/support/emrtd_card.py``), reads it
with the kiosk's own APDU code (``drivers.card.emrtd.read_identity``: BAC,
secure messaging, DG1, EF.SOD, the chip checks) straight through
``ChipTransport`` (no pcscd, so it takes milliseconds), and hands the result
to the certificate flow as the UI would. The verdict is what the resident is
left with: the screen state and its message, whether a record was asked
for, whether anything was printed or charged (a ``PrintOrder`` or
``AuthorizePayment`` effect), what staff were told, and whether any personal
detail of either resident reached a log line, an error detail or a staff
flag. Only the slow-card case needs pcscd: the per-command time limit lives
in the PC/SC backend.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from drivers.card import emrtd
from drivers.card.emrtd import encode_dg1
from drivers.card.sod import ChipVerifier
from drivers.records.demo import DemoRecordsProvider
from kiosk.clock import FakeClock
from kiosk.config import default_config
from kiosk.i18n import Text, identity_translate
from kiosk.identity import DEMO_RESIDENTS, Identity, MrzInfo, build_mrz
from kiosk.journeys import certificates as c
from kiosk.journeys.flow import Flow, State
from kiosk.journeys.resident import ResidentFlow
from kiosk.ports.card import (
    CardError,
    CardRemoved,
    CardTimeout,
    CardUnreadable,
    ChipDetailsMismatch,
    ChipNotGenuine,
)
from tests.support.chip_pki import default_pki, make_pki, make_sod, sod_for_mrz
from tests.support.emrtd_card import ChipTransport, EmrtdChip
from tools.faults import Case, CaseContext, Outcome, capture_logs

KIM = DEMO_RESIDENTS["demo-kim"]
LEE = DEMO_RESIDENTS["demo-lee"]
#: Personal details of the two residents whose chips are used (the typed one, the victim).
PERSONAL = (
    "M12345678",
    "850315",
    "KIM",
    "MINJI",
    "김민지",
    "K98765432",
    "520704",
    "LEE",
    "JUNHO",
    "이준호",
    "520704-1000011",
    "850315-2000001",
)
Reader = Callable[[MrzInfo], Identity]


# --- harness -------------------------------------------------------------------------


@dataclass
class _Journey:
    """What one certificate attempt left behind."""

    flow: Flow
    effects: list[object] = field(default_factory=list)
    error: CardError | None = None
    logs: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        text = self.flow.context.cert.message
        return text.render(identity_translate) if text else ""

    def flags(self) -> list[c.FlagStaff]:
        return [e for e in self.effects if isinstance(e, c.FlagStaff)]

    def printed_or_charged(self) -> bool:
        return any(isinstance(e, c.PrintOrder | c.AuthorizePayment) for e in self.effects)

    def asked_records(self) -> bool:
        return any(isinstance(e, c.FetchRecord) for e in self.effects)

    def pii_leaks(self) -> int:
        said = [*self.logs, *(f.detail for f in self.flags())]
        if self.error is not None:
            said.append(self.error.detail)
        return sum(item in line for line in said for item in PERSONAL)


def _verdict(problems: list[str], held_detail: str, *journeys: _Journey) -> Outcome:
    """Held when nothing went wrong and no journey let personal data out."""
    leaks = sum(journey.pii_leaks() for journey in journeys)
    return Outcome(
        held=not problems and not leaks,
        detail="; ".join(problems) or held_detail,
        pii_leaks=leaks,
    )


def _typed(mrz: MrzInfo) -> tuple[str, str, str]:
    seed = mrz.key_seed_string()
    number, dates = seed[:-14], seed[-14:]
    return number.replace("<", ""), dates[:7], dates[7:]


def _journey(
    read: Reader, records: DemoRecordsProvider | None = None, flow: Flow | None = None
) -> _Journey:
    """Kim asks for a 등본 with her details typed; ``read`` plays the card reader."""
    with capture_logs() as capture:
        if flow is None:
            flow = ResidentFlow(default_config(), FakeClock())
            # Kim's card is in the reader, which says so as it opens.
            flow.handle(c.CardInserted())
            flow.handle(c.OpenCertificates())
            flow.handle(c.ChooseDocument("resident-copy"))
        journey = _Journey(flow)
        [request] = flow.handle(c.SubmitMrz(*_typed(KIM.mrz_info())))
        assert isinstance(request, c.ReadCard)
        try:
            identity = read(request.mrz)
        except CardError as exc:
            journey.error = exc
            journey.effects += flow.handle(c.CardReadFailed(request.journey, exc))
        else:
            journey.effects += flow.handle(c.CardRead(request.journey, identity))
            for effect in list(journey.effects):
                if isinstance(effect, c.FetchRecord):
                    record = (records or DemoRecordsProvider()).fetch(effect.identity)
                    journey.effects += flow.handle(c.RecordFetched(effect.journey, record))
        journey.logs = capture.lines
    return journey


def _chip_reader(chip: EmrtdChip, verifier: ChipVerifier | None = None) -> Reader:
    def read(mrz: MrzInfo) -> Identity:
        return emrtd.read_identity(
            ChipTransport(chip), mrz, verifier=verifier or default_pki().verifier()
        )

    return read


def _refused(journey: _Journey, message: Text, flag: str, expected_detail: str) -> Outcome:
    """The verdict for a refused card or record: error screen, nothing asked/printed/charged."""
    problems = []
    if journey.flow.state is not State.CERT_ERROR:
        problems.append(f"screen is {journey.flow.state.value}, not cert_error")
    if journey.message != message.render(identity_translate):
        problems.append(f"resident reads {journey.message!r}")
    if journey.printed_or_charged():
        problems.append("something was printed or charged")
    if flag == "cert_card_refused" and journey.asked_records():
        problems.append("the records provider was asked about the chip's identity")
    if "identity" in journey.flow.session.personal and flag == "cert_card_refused":
        problems.append("the chip's identity stayed in the session")
    if "record" in journey.flow.session.personal:
        problems.append("the refused record stayed in the session")
    details = [f.detail for f in journey.flags() if f.kind == flag]
    if details != [expected_detail]:
        problems.append(f"staff flags {[(f.kind, f.detail) for f in journey.flags()]}")
    leaks = journey.pii_leaks()
    if leaks:
        problems.append(f"{leaks} personal detail(s) in logs, flags or error details")
    return Outcome(
        held=not problems,
        detail="; ".join(problems) or f"refused: {flag} {expected_detail}",
        pii_leaks=leaks,
    )


# --- new faults: forged chips and a record of someone else -----------------------------


def forged_dg1(ctx: CaseContext) -> Outcome:
    """Kim's BAC keys on a chip carrying Lee's genuine DG1 and EF.SOD (a clone)."""
    chip = EmrtdChip(KIM.mrz, dg1=encode_dg1(LEE.mrz), sod=sod_for_mrz(LEE.mrz))
    return _read_refused(chip, ChipDetailsMismatch, "details_mismatch")


def _read_refused(
    chip: EmrtdChip,
    error: type[ChipDetailsMismatch | ChipNotGenuine],
    reason: str,
    verifier: ChipVerifier | None = None,
) -> Outcome:
    """Held when reading ``chip`` fails with ``error`` and the resident is refused plainly."""
    journey = _journey(_chip_reader(chip, verifier))
    if not isinstance(journey.error, error):
        return Outcome(held=False, detail=f"read gave {type(journey.error).__name__}")
    return _refused(journey, error.resident_message, "cert_card_refused", f"reason={reason}")


def _not_genuine(chip: EmrtdChip, reason: str, verifier: ChipVerifier | None = None) -> Outcome:
    return _read_refused(chip, ChipNotGenuine, reason, verifier)


def missing_sod(ctx: CaseContext) -> Outcome:
    return _not_genuine(EmrtdChip(KIM.mrz, sod=None), "no_sod")


def bad_sod_hash(ctx: CaseContext) -> Outcome:
    """Kim's number and dates, another name in DG1, under Kim's genuine EF.SOD."""
    renamed = KIM.identity()
    renamed.surname, renamed.given_names = "PARK", "SEOJUN"
    chip = EmrtdChip(KIM.mrz, dg1=encode_dg1(build_mrz(renamed)), sod=sod_for_mrz(KIM.mrz))
    return _not_genuine(chip, "hash_mismatch")


def wrong_hash_in_sod(ctx: CaseContext) -> Outcome:
    sod = make_sod({1: encode_dg1(KIM.mrz)}, hashes_override={1: bytes(32)})
    return _not_genuine(EmrtdChip(KIM.mrz, sod=sod), "hash_mismatch")


def untrusted_csca(ctx: CaseContext) -> Outcome:
    """A Document Signer issued by a CSCA of the same name but another key."""
    return _not_genuine(
        EmrtdChip(KIM.mrz, sod=sod_for_mrz(KIM.mrz, make_pki())), "untrusted_signer"
    )


def expired_ds(ctx: CaseContext) -> Outcome:
    now = datetime.now(UTC)
    pki = make_pki(ds_not_before=now - timedelta(days=3650), ds_not_after=now - timedelta(days=1))
    return _not_genuine(
        EmrtdChip(KIM.mrz, sod=sod_for_mrz(KIM.mrz, pki)), "signer_expired", pki.verifier()
    )


def record_of_another_identity(ctx: CaseContext) -> Outcome:
    """A genuine chip, and the records provider answers with Lee's record."""
    records = DemoRecordsProvider()
    records.set_fault("other_person")
    journey = _journey(_chip_reader(EmrtdChip(KIM.mrz)), records)
    if records.lookups != 1:
        return Outcome(held=False, detail=f"{records.lookups} record lookups")
    return _refused(
        journey,
        c.RECORD_OF_ANOTHER_PERSON,
        "cert_record_mismatch",
        "the records provider answered with a record of another identity",
    )


# --- faults that already held ------------------------------------------------------------


def removed_mid_read(ctx: CaseContext) -> Outcome:
    journey = _journey(_chip_reader(EmrtdChip(KIM.mrz, fault="remove", fault_at="read_dg1")))
    problems = []
    if not isinstance(journey.error, CardRemoved):
        problems.append(f"read gave {type(journey.error).__name__}")
    if journey.flow.state is not State.HOME or journey.flow.session.personal:
        problems.append(f"left on {journey.flow.state.value} with personal data kept")
    if journey.printed_or_charged() or journey.asked_records():
        problems.append("went on after the card left")
    return _verdict(problems, "session ended and wiped", journey)


def _sent_back_to_details(journey: _Journey, error: type[CardError]) -> list[str]:
    """What is wrong with a failed read that should leave the resident on the details
    screen with ``error``'s plain message, nothing printed, charged or looked up."""
    problems = []
    if not isinstance(journey.error, error):
        problems.append(f"read gave {type(journey.error).__name__}")
    if journey.flow.state is not State.CERT_MRZ:
        problems.append(f"screen is {journey.flow.state.value}, not cert_mrz")
    if journey.message != error.resident_message.render(identity_translate):
        problems.append(f"resident reads {journey.message!r}")
    if journey.printed_or_charged() or journey.asked_records():
        problems.append("went on after a failed read")
    return problems


def _retry_after_unreadable(fault: str, fault_at: str) -> Outcome:
    """A one-off corrupt answer: a plain message on the details screen, then a retry works."""
    chip = EmrtdChip(KIM.mrz, fault=fault, fault_at=fault_at)
    first = _journey(_chip_reader(chip))
    problems = _sent_back_to_details(first, CardUnreadable)
    second = _journey(_chip_reader(chip), flow=first.flow)
    if second.error is not None or second.flow.state is not State.CERT_OPTIONS:
        problems.append(f"retry ended on {second.flow.state.value}")
    return _verdict(problems, "refused once, then read on retry", first, second)


def bad_mac(ctx: CaseContext) -> Outcome:
    return _retry_after_unreadable("bad_mac", "read_dg1")


def truncated_answer(ctx: CaseContext) -> Outcome:
    return _retry_after_unreadable("truncated", "read_dg1")


def slow_card(ctx: CaseContext) -> Outcome:
    """A chip slower than the per-command limit: "took too long", then a normal read works.

    Runs through pcscd and the vsmartcard reader: the time limit is the PC/SC
    backend's own (one command at a time on its transmit thread).
    """
    from drivers.card.pcsc import PcscCardReader
    from kiosk.config import PcscCardOptions
    from tests.support.emrtd_card import VPCD_PORT, VPCD_READER, VpcdCard
    from tools.services import vpcd_port_lock

    options = PcscCardOptions(reader_pattern=VPCD_READER, timeout_s=0.2, poll_interval_s=0.05)
    reader = PcscCardReader(options, default_pki().verifier())
    try:
        if not any(r.name == VPCD_READER for r in reader.list_readers()):
            return Outcome(held=False, detail=f"pcscd does not list {VPCD_READER!r}")
    except CardError as exc:
        return Outcome(held=False, detail=f"pcscd not usable: {exc.detail}")
    chip = EmrtdChip(KIM.mrz, fault="slow", delay_s=0.5)
    card = VpcdCard(chip, port=VPCD_PORT)
    ctx.cleanup.callback(reader.close)
    # The one vpcd port, shared with the card tests of every checkout.
    ctx.cleanup.enter_context(vpcd_port_lock(VPCD_PORT))
    try:
        card.start()
    except (TimeoutError, OSError) as exc:
        return Outcome(held=False, detail=f"vpcd did not take the test card: {exc}")
    ctx.cleanup.callback(card.stop)
    if not reader.wait_for_card(5.0):
        return Outcome(held=False, detail="the test card never showed as present")
    first = _journey(reader.read_identity)
    problems = _sent_back_to_details(first, CardTimeout)
    chip.delay_s = 0.0
    time.sleep(0.6)  # let the command the reader gave up on finish on the card
    second = _journey(reader.read_identity, flow=first.flow)
    if second.flow.state is not State.CERT_OPTIONS:
        problems.append(f"normal read after it ended on {second.flow.state.value}")
    return _verdict(problems, "timed out plainly, then read", first, second)


CASES: tuple[Case, ...] = (
    Case("card/forged-dg1-of-another-resident", forged_dg1),
    Case("card/missing-sod", missing_sod),
    Case("card/dg1-changed-under-sod", bad_sod_hash),
    Case("card/bad-hash-in-sod", wrong_hash_in_sod),
    Case("card/ds-from-untrusted-csca", untrusted_csca),
    Case("card/expired-ds", expired_ds),
    Case("card/record-of-another-identity", record_of_another_identity),
    Case("card/removed-mid-read", removed_mid_read),
    Case("card/bad-mac", bad_mac),
    Case("card/truncated-answer", truncated_answer),
    Case("card/slow-card", slow_card),
)
