"""Forged chips against the real read: DG1 of another resident, EF.SOD missing or wrong,
a Document Signer no trusted CSCA issued, an expired or revoked one.

Every chip here is the virtual card of ``tests/support/emrtd_card.py``
driven through the reader's own APDU code (``emrtd.read_identity``) without
pcscd; its EF.SOD is built and signed with keys made at test time
(``tests/support/chip_pki.py``). ``test_card_pcsc.py`` repeats the two
main forgeries through pcscd.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from hypothesis import given, settings
from hypothesis import strategies as st

from drivers.card import emrtd, simulated
from drivers.card.emrtd import encode_dg1
from drivers.card.mock import MockCardReader, demo_sods
from drivers.card.sod import ChipVerifier, TrustStore, verify_sod
from kiosk.config import MockCardOptions, PassiveAuthOptions, default_config, parse_config
from kiosk.i18n import identity_translate
from kiosk.identity import DEMO_RESIDENTS, Identity, build_mrz
from kiosk.ports.card import (
    CardError,
    ChipCheck,
    ChipDetailsMismatch,
    ChipNotGenuine,
    ChipVerdict,
)
from tests.support.chip_pki import default_pki, make_pki, make_sod, sod_for_mrz
from tests.support.emrtd_card import ChipTransport, EmrtdChip

KIM = DEMO_RESIDENTS["demo-kim"]
LEE = DEMO_RESIDENTS["demo-lee"]
#: What must never appear in an error's detail or message.
KIM_SECRETS = ("M12345678", "850315", "KIM", "MINJI")
LEE_SECRETS = ("K98765432", "520704", "LEE", "JUNHO")


def _read(chip: EmrtdChip, verifier: ChipVerifier | None = None) -> Identity:
    return emrtd.read_identity(
        ChipTransport(chip), KIM.mrz_info(), verifier=verifier or default_pki().verifier()
    )


def _refusal(chip: EmrtdChip, verifier: ChipVerifier | None = None) -> ChipNotGenuine:
    with pytest.raises(ChipNotGenuine) as info:
        _read(chip, verifier)
    error = info.value
    for secret in KIM_SECRETS:
        assert secret not in error.detail
    return error


def _renamed_dg1() -> bytes:
    """Kim's DG1 with another name: the numbers BAC and the MRZ check see are unchanged."""
    forged = KIM.identity()
    forged.surname, forged.given_names = "PARK", "SEOJUN"
    return encode_dg1(build_mrz(forged))


# --- item (a): DG1 must be the document the resident's details describe ----------------


def test_genuine_chip_reads_and_verifies() -> None:
    verifier = default_pki().verifier()
    identity = _read(EmrtdChip(KIM.mrz), verifier)
    assert identity == KIM.identity()
    assert verifier.last_verdict == ChipVerdict(
        ChipCheck.VERIFIED, "DS certificate chains to a trusted CSCA"
    )


def test_chip_cloned_from_another_resident_is_refused() -> None:
    """BAC with Kim's details, but Lee's genuine DG1 and EF.SOD: Lee's record must not print.

    Passive Authentication alone passes here (the data really is Lee's, signed by
    the issuer); only comparing DG1 with the typed details catches it.
    """
    chip = EmrtdChip(KIM.mrz, dg1=encode_dg1(LEE.mrz), sod=sod_for_mrz(LEE.mrz))
    with pytest.raises(ChipDetailsMismatch) as info:
        _read(chip)
    error = info.value
    assert error.detail == (
        "DG1 differs from the MRZ details in: document number, birth date, expiry date"
    )
    for secret in KIM_SECRETS + LEE_SECRETS:
        assert secret not in error.detail
    message = error.resident_message.render(identity_translate)
    assert "do not match the details you entered" in message and "counter" in message


def test_chip_with_another_birth_date_only_is_refused() -> None:
    other = KIM.identity()
    other.birth_date = "850316"
    chip = EmrtdChip(KIM.mrz, dg1=encode_dg1(build_mrz(other)))
    with pytest.raises(ChipDetailsMismatch, match=r"in: birth date$"):
        _read(chip)


def test_long_td1_document_number_still_matches() -> None:
    # Numbers over 9 characters continue in TD1's optional data: the comparison
    # must see the whole number on both sides.
    long = Identity(
        "ID", "KOR", "K1234567890AB", "CHOI", "MINSU", "KOR", "880808", "M", "330101",
        mrz_format="TD1",
    )  # fmt: skip
    mrz = build_mrz(long)
    identity = emrtd.read_identity(
        ChipTransport(EmrtdChip(mrz)), long.mrz_info(), verifier=default_pki().verifier()
    )
    assert identity.document_number == "K1234567890AB"


# --- item (b): Passive Authentication ----------------------------------------------------


def test_chip_without_security_object_is_refused() -> None:
    error = _refusal(EmrtdChip(KIM.mrz, sod=None))
    assert error.verdict.check is ChipCheck.NO_SOD
    message = error.resident_message.render(identity_translate)
    assert "could not be verified as genuine" in message
    assert "Nothing has been printed or charged" in message


def test_dg1_changed_under_its_signature_is_refused() -> None:
    # A forger kept the signed EF.SOD and edited the name in DG1.
    chip = EmrtdChip(KIM.mrz, dg1=_renamed_dg1(), sod=sod_for_mrz(KIM.mrz))
    error = _refusal(chip)
    assert error.verdict == ChipVerdict(ChipCheck.HASH_MISMATCH, "DG1 hash differs (sha256)")


def test_security_object_with_a_wrong_hash_is_refused() -> None:
    sod = make_sod({1: encode_dg1(KIM.mrz)}, hashes_override={1: bytes(32)})
    assert _refusal(EmrtdChip(KIM.mrz, sod=sod)).verdict.check is ChipCheck.HASH_MISMATCH


def test_signer_from_an_unknown_csca_is_refused() -> None:
    # Same CSCA name as the trusted one, other key: the chain check, not the name, decides.
    impostor = make_pki()
    error = _refusal(EmrtdChip(KIM.mrz, sod=sod_for_mrz(KIM.mrz, impostor)))
    assert error.verdict.check is ChipCheck.UNTRUSTED_SIGNER
    assert "InvalidSignature" in error.verdict.detail
    stranger = make_pki(csca_name="SOME OTHER CSCA")
    error = _refusal(EmrtdChip(KIM.mrz, sod=sod_for_mrz(KIM.mrz, stranger)))
    assert error.verdict == ChipVerdict(
        ChipCheck.UNTRUSTED_SIGNER, "no trusted CSCA issued the DS certificate"
    )


def test_expired_document_signer_is_refused() -> None:
    now = datetime.now(UTC)
    pki = make_pki(ds_not_before=now - timedelta(days=3650), ds_not_after=now - timedelta(days=1))
    error = _refusal(EmrtdChip(KIM.mrz, sod=sod_for_mrz(KIM.mrz, pki)), pki.verifier())
    assert error.verdict.check is ChipCheck.SIGNER_EXPIRED


def test_revoked_document_signer_is_refused() -> None:
    pki = make_pki()
    now = datetime.now(UTC)
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(pki.csca.subject)
        .last_update(now - timedelta(days=1))
        .next_update(now + timedelta(days=30))
        .add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(pki.ds.serial_number)
            .revocation_date(now - timedelta(hours=1))
            .build()
        )
        .sign(pki.csca_key, hashes.SHA256())
    )
    verifier = ChipVerifier(TrustStore(cscas=[pki.csca], crls=[crl]))
    error = _refusal(EmrtdChip(KIM.mrz, sod=sod_for_mrz(KIM.mrz, pki)), verifier)
    assert error.verdict == ChipVerdict(ChipCheck.SIGNER_REVOKED, "DS certificate is revoked")


def test_tampered_signature_is_refused() -> None:
    sod = bytearray(sod_for_mrz(KIM.mrz))
    sod[-5] ^= 0x01  # inside the ECDSA signature, the last field of EF.SOD
    verdict = verify_sod(bytes(sod), {1: encode_dg1(KIM.mrz)}, default_pki().trust_store())
    assert verdict == ChipVerdict(ChipCheck.BAD_SIGNATURE, "SOD signature does not verify")


def test_signer_certificate_missing_from_the_security_object_is_refused() -> None:
    sod = make_sod({1: encode_dg1(KIM.mrz)}, include_certificate=False)
    assert _refusal(EmrtdChip(KIM.mrz, sod=sod)).verdict.check is ChipCheck.UNTRUSTED_SIGNER


def test_rsa_document_signer_verifies() -> None:
    pki = make_pki(rsa_ds=True)
    identity = _read(EmrtdChip(KIM.mrz, sod=sod_for_mrz(KIM.mrz, pki)), pki.verifier())
    assert identity.surname == "KIM"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_garbage_security_objects_are_verdicts_not_crashes(garbage: bytes) -> None:
    verdict = verify_sod(b"\x77" + garbage, {1: encode_dg1(KIM.mrz)}, default_pki().trust_store())
    assert not verdict.verified


def test_unverified_chips_can_be_allowed_for_ticket_only_kiosks() -> None:
    verifier = default_pki().verifier(allow_unverified=True)
    identity = _read(EmrtdChip(KIM.mrz, sod=None), verifier)
    assert identity.surname == "KIM"
    assert verifier.last_verdict is not None and verifier.last_verdict.check is ChipCheck.NO_SOD
    # The details check is not relaxed: a cloned chip is refused all the same.
    with pytest.raises(ChipDetailsMismatch):
        _read(EmrtdChip(KIM.mrz, dg1=encode_dg1(LEE.mrz), sod=None), verifier)


# --- the trust store from the config ---------------------------------------------------


def test_trust_store_reads_csca_folders_and_reports_bad_files(tmp_path: Path) -> None:
    pki = make_pki(csca_name="FOLDER CSCA")
    folder = tmp_path / "cscas"
    folder.mkdir()
    pki.write_csca(folder)
    (folder / "der.cer").write_bytes(pki.csca.public_bytes(serialization.Encoding.DER))
    (folder / "junk.pem").write_text("not a certificate")
    options = PassiveAuthOptions(
        test_cards=False, csca_files=[str(folder), str(tmp_path / "missing.pem")]
    )
    store = TrustStore.from_options(options)
    assert [c.subject for c in store.cscas] == [pki.csca.subject, pki.csca.subject]
    assert len(store.problems) == 2
    assert store.problems[0].startswith("devices.card_reader.passive_auth.csca_files[0]: ")
    assert store.problems[1].startswith("devices.card_reader.passive_auth.csca_files[1]: ")
    verifier = ChipVerifier(store)
    assert _read(EmrtdChip(KIM.mrz, sod=sod_for_mrz(KIM.mrz, pki)), verifier).surname == "KIM"


def test_the_test_csca_is_trusted_only_when_asked() -> None:
    assert TrustStore.from_options(PassiveAuthOptions(test_cards=True)).cscas
    assert TrustStore.from_options(PassiveAuthOptions()).cscas == []


def test_a_saved_test_csca_line_from_before_trusts_nothing() -> None:
    """Saving the config once wrote every default into the file, the old ``test_csca =
    true`` among them: an upgraded kiosk with a real reader would trust the test CSCA."""
    data = default_config().model_dump(mode="json")
    data["devices"]["card_reader"]["backend"] = "pcsc"
    data["devices"]["card_reader"]["passive_auth"]["test_csca"] = True
    del data["devices"]["card_reader"]["passive_auth"]["test_cards"]
    config = parse_config(data, "kiosk.toml")
    assert config.devices.card_reader.passive_auth.test_cards is False
    assert TrustStore.from_options(config.devices.card_reader.passive_auth).cscas == []


@pytest.mark.parametrize("key", list(DEMO_RESIDENTS))
def test_a_real_reader_set_up_from_the_embedded_config_refuses_demo_chips(key: str) -> None:
    # The demo's chip data and its signatures ship with the kiosk: copied onto
    # a blank chip, they passed as that resident on a real reader set up from
    # the embedded config (certificates, votes).
    config = default_config().devices.card_reader.model_copy(update={"backend": "pcsc"})
    verifier = ChipVerifier.from_options(config.passive_auth)
    resident = DEMO_RESIDENTS[key]
    with pytest.raises(ChipNotGenuine):
        verifier.check(demo_sods()[key], {1: encode_dg1(resident.mrz)})
    # The mock reader's simulated chips still verify.
    assert (
        ChipVerifier.from_options(simulated(config))
        .check(demo_sods()[key], {1: encode_dg1(resident.mrz)})
        .verified
    )


# --- the mock chips of the demo go through the same checks -------------------------------


@pytest.mark.parametrize("key", list(DEMO_RESIDENTS))
def test_demo_chips_verify_under_the_shipped_test_csca(key: str) -> None:
    resident = DEMO_RESIDENTS[key]
    shipped = TrustStore.from_options(PassiveAuthOptions(test_cards=True))
    verdict = verify_sod(demo_sods()[key], {1: encode_dg1(resident.mrz)}, shipped)
    assert verdict.verified
    # Valid for decades, so the demo keeps working.
    assert shipped.cscas[0].not_valid_after_utc.year >= 2050
    reader = MockCardReader(MockCardOptions(identity=key))
    assert reader.read_identity(resident.mrz_info()) == resident.identity()
    assert reader.verifier.last_verdict is not None and reader.verifier.last_verdict.verified


@pytest.mark.parametrize(
    ("fault", "error", "check"),
    [
        ("cloned_dg1", ChipDetailsMismatch, None),
        ("no_sod", ChipNotGenuine, ChipCheck.NO_SOD),
        ("bad_sod_hash", ChipNotGenuine, ChipCheck.HASH_MISMATCH),
    ],
)
def test_mock_forged_chips_are_refused(
    fault: str, error: type[CardError], check: ChipCheck | None
) -> None:
    reader = MockCardReader(MockCardOptions(identity="demo-kim", fault=fault))  # type: ignore[arg-type]
    with pytest.raises(error) as info:
        reader.read_identity(KIM.mrz_info())
    if check is not None:
        assert isinstance(info.value, ChipNotGenuine) and info.value.verdict.check is check
