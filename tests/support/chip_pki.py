"""A test country PKI for ID chips: CSCA, Document Signer, and EF.SOD signed by them.

Keys are generated at test time (ECDSA P-256: fast); ``default_pki()`` is
made once per process and signs the virtual card's EF.SOD by default.
Tests build forged variants with ``make_pki`` (an unknown CSCA, an expired
DS) and ``make_sod`` (a wrong hash, an RSA signature).

``python -m tests.support.chip_pki --write-demo`` regenerates the demo's
shipped test-only files (``kiosk/data/test-only-csca.pem`` and
``kiosk/data/test-only-demo-chips.json``: the mock chips' EF.SOD); the
CSCA's private key is thrown away, so nothing can sign under it again.
"""

from __future__ import annotations

import argparse
import base64
import functools
import json
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from drivers.card.apdu import encode_tlv
from drivers.card.emrtd import encode_dg1
from drivers.card.sod import (
    LDS_SECURITY_OBJECT_OID,
    ChipVerifier,
    LdsSecurityObject,
    TrustStore,
)

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


@dataclass
class Pki:
    csca_key: PrivateKey
    csca: x509.Certificate
    ds_key: PrivateKey
    ds: x509.Certificate

    def csca_pem(self) -> bytes:
        return self.csca.public_bytes(serialization.Encoding.PEM)

    def trust_store(self) -> TrustStore:
        return TrustStore(cscas=[self.csca])

    def verifier(self, allow_unverified: bool = False) -> ChipVerifier:
        return ChipVerifier(self.trust_store(), allow_unverified)

    def write_csca(self, folder: Path) -> Path:
        path = folder / "csca.pem"
        path.write_bytes(self.csca_pem())
        return path


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KR"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Community Kiosk TEST ONLY"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _certificate(
    subject: str,
    issuer: str,
    public_key: ec.EllipticCurvePublicKey | rsa.RSAPublicKey,
    issuer_key: PrivateKey,
    not_before: datetime,
    not_after: datetime,
    ca: bool,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer))
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
    )
    return builder.sign(issuer_key, hashes.SHA256())


def make_pki(
    *,
    csca_name: str = "TEST ONLY CSCA",
    ds_not_before: datetime | None = None,
    ds_not_after: datetime | None = None,
    rsa_ds: bool = False,
    years: int = 5,
) -> Pki:
    """A fresh CSCA and a DS it issued (valid from yesterday for ``years`` unless given)."""
    now = datetime.now(UTC)
    csca_key = ec.generate_private_key(ec.SECP256R1())
    csca = _certificate(
        csca_name,
        csca_name,
        csca_key.public_key(),
        csca_key,
        now - timedelta(days=1),
        now + timedelta(days=365 * (years + 10)),
        ca=True,
    )
    ds_key: PrivateKey = (
        rsa.generate_private_key(65537, 2048) if rsa_ds else ec.generate_private_key(ec.SECP256R1())
    )
    ds = _certificate(
        "TEST ONLY Document Signer",
        csca_name,
        ds_key.public_key(),
        csca_key,
        ds_not_before or now - timedelta(days=1),
        ds_not_after or now + timedelta(days=365 * years),
        ca=False,
    )
    return Pki(csca_key, csca, ds_key, ds)


@functools.cache
def default_pki() -> Pki:
    """The PKI the virtual card signs with unless told otherwise (one per test process)."""
    return make_pki()


def make_sod(
    groups: dict[int, bytes],
    pki: Pki | None = None,
    *,
    hashes_override: dict[int, bytes] | None = None,
    include_certificate: bool = True,
) -> bytes:
    """EF.SOD (tag 77) over ``groups`` (DG number -> file bytes), signed by ``pki``'s DS."""
    pki = pki or default_pki()
    listed = {n: hashes_hash(data) for n, data in groups.items()}
    listed.update(hashes_override or {})
    lds = LdsSecurityObject(
        {
            "version": 0,
            "hash_algorithm": {"algorithm": "sha256"},
            "data_group_hash_values": [
                {"data_group_number": n, "data_group_hash_value": h}
                for n, h in sorted(listed.items())
            ],
        }
    )
    econtent = lds.dump()
    attrs = cms.CMSAttributes(
        [
            {"type": "content_type", "values": [LDS_SECURITY_OBJECT_OID]},
            {"type": "message_digest", "values": [hashes_hash(econtent)]},
        ]
    )
    to_sign = attrs.dump()
    if isinstance(pki.ds_key, rsa.RSAPrivateKey):
        signature = pki.ds_key.sign(to_sign, padding.PKCS1v15(), hashes.SHA256())
        algorithm = "sha256_rsa"
    else:
        signature = pki.ds_key.sign(to_sign, ec.ECDSA(hashes.SHA256()))
        algorithm = "sha256_ecdsa"
    ds = asn1_x509.Certificate.load(pki.ds.public_bytes(serialization.Encoding.DER))
    signer = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {
                    "issuer_and_serial_number": {
                        "issuer": ds.issuer,
                        "serial_number": ds.serial_number,
                    }
                }
            ),
            "digest_algorithm": {"algorithm": "sha256"},
            "signed_attrs": attrs,
            "signature_algorithm": {"algorithm": algorithm},
            "signature": signature,
        }
    )
    signed = cms.SignedData(
        {
            "version": "v3",
            "digest_algorithms": [{"algorithm": "sha256"}],
            "encap_content_info": {"content_type": LDS_SECURITY_OBJECT_OID, "content": econtent},
            "certificates": [ds] if include_certificate else [],
            "signer_infos": [signer],
        }
    )
    info = cms.ContentInfo({"content_type": "signed_data", "content": signed})
    return encode_tlv(0x77, info.dump())


def hashes_hash(data: bytes) -> bytes:
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    return digest.finalize()


def sod_for_mrz(mrz: str, pki: Pki | None = None) -> bytes:
    return make_sod({1: encode_dg1(mrz)}, pki)


def _write_demo(folder: Path) -> None:
    from kiosk.identity import DEMO_RESIDENTS

    # Valid long enough for the demo to keep working for decades.
    start = datetime(2025, 1, 1, tzinfo=UTC)
    pki = make_pki(ds_not_before=start, ds_not_after=datetime(2055, 12, 31, tzinfo=UTC), years=30)
    (folder / "test-only-csca.pem").write_bytes(pki.csca_pem())
    chips = {
        key: base64.b64encode(sod_for_mrz(resident.mrz, pki)).decode("ascii")
        for key, resident in DEMO_RESIDENTS.items()
    }
    note = (
        "TEST ONLY: EF.SOD of the demo's fictional mock chips, signed under "
        "test-only-csca.pem (its private key was discarded). Regenerate with "
        "python -m tests.support.chip_pki --write-demo."
    )
    (folder / "test-only-demo-chips.json").write_text(
        json.dumps({"_note": note, "sod": chips}, indent=1) + "\n", encoding="utf-8"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write-demo", action="store_true")
    args = parser.parse_args()
    if args.write_demo:
        _write_demo(Path(__file__).resolve().parents[2] / "kiosk" / "data")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            print(default_pki().write_csca(Path(tmp)).read_text())


if __name__ == "__main__":
    main()
