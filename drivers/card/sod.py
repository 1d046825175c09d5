"""Passive Authentication of an eMRTD chip: EF.SOD against a CSCA trust store (ICAO 9303-11 5.1).

A chip proves nothing by answering BAC: anyone can program a blank chip to
accept a resident's MRZ details. What the issuing state vouches for is the
document security object, EF.SOD: a CMS SignedData (RFC 5652) whose content
is the LDS security object (9303-10 4.6.2), the hashes of the data groups,
signed by a Document Signer (DS) whose certificate a Country Signing CA
(CSCA) issued. Here:

1. EF.SOD (tag 77) is parsed with asn1crypto into SignedData and the LDS
   security object (``LdsSecurityObject`` below, after pymrtd's layout);
2. every data group read (at least DG1) must hash to the value listed;
3. the signed attributes must carry the content type and the digest of
   the security object, and the DS signature over them must verify;
4. the DS certificate must be issued (signature checked) by a CSCA of the
   trust store, both within their validity dates, and not on a CRL of that
   CSCA when CRLs are configured.

Signatures are checked with ``cryptography`` (RSA PKCS#1 v1.5, RSA-PSS,
ECDSA). The outcome is a ``kiosk.ports.card.ChipVerdict``; ``ChipVerifier``
turns a failed verdict into ``ChipNotGenuine`` unless the kiosk is set to
accept unverified chips. Nothing here ever sees or logs personal data
beyond the data group bytes it hashes.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from asn1crypto import algos, cms, core
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from kiosk.config import PassiveAuthOptions
from kiosk.ports.card import ChipCheck, ChipNotGenuine, ChipVerdict

log = logging.getLogger(__name__)

#: id-icao-mrtd-security-ldsSecurityObject (9303-10 4.6.2).
LDS_SECURITY_OBJECT_OID = "2.23.136.1.1.1"
#: Where the trust store is configured (named in technicians' messages).
CONFIG_KEY = "devices.card_reader.passive_auth"
#: The test-only CSCA shipped for the demo's mock chips (its private key was not kept).
TEST_CSCA_RESOURCE = "test-only-csca.pem"

_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


# --- the LDS security object (9303-10 4.6.2) ---------------------------------------------


class DataGroupHash(core.Sequence):  # type: ignore[misc]
    _fields: ClassVar[list[tuple[Any, ...]]] = [
        ("data_group_number", core.Integer),
        ("data_group_hash_value", core.OctetString),
    ]


class DataGroupHashValues(core.SequenceOf):  # type: ignore[misc]
    _child_spec = DataGroupHash


class LdsVersionInfo(core.Sequence):  # type: ignore[misc]
    _fields: ClassVar[list[tuple[Any, ...]]] = [
        ("lds_version", core.PrintableString),
        ("unicode_version", core.PrintableString),
    ]


class LdsSecurityObject(core.Sequence):  # type: ignore[misc]
    _fields: ClassVar[list[tuple[Any, ...]]] = [
        ("version", core.Integer),
        ("hash_algorithm", algos.DigestAlgorithm),
        ("data_group_hash_values", DataGroupHashValues),
        ("lds_version_info", LdsVersionInfo, {"optional": True}),
    ]


class _Refused(Exception):
    """Internal: one verification step failed with this verdict."""

    def __init__(self, check: ChipCheck, detail: str) -> None:
        super().__init__(detail)
        self.verdict = ChipVerdict(check, detail)


# --- the trust store ------------------------------------------------------------------


@dataclass
class TrustStore:
    """CSCA certificates and (optional) CRLs chips are verified against."""

    cscas: list[x509.Certificate] = field(default_factory=list)
    crls: list[x509.CertificateRevocationList] = field(default_factory=list)
    #: Files that could not be read, for the technician (key path and reason).
    problems: list[str] = field(default_factory=list)

    @classmethod
    def from_options(cls, options: PassiveAuthOptions) -> TrustStore:
        store = cls()
        if options.test_cards:
            pem = resources.files("kiosk.data").joinpath(TEST_CSCA_RESOURCE).read_bytes()
            store.cscas.append(x509.load_pem_x509_certificate(pem))
        for i, name in enumerate(options.csca_files):
            store._load(f"{CONFIG_KEY}.csca_files[{i}]", Path(name), crl=False)
        for i, name in enumerate(options.crl_files):
            store._load(f"{CONFIG_KEY}.crl_files[{i}]", Path(name), crl=True)
        for problem in store.problems:
            log.warning("card reader trust store: %s", problem)
        return store

    def _load(self, key: str, path: Path, *, crl: bool) -> None:
        try:
            files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
        except OSError as exc:
            self.problems.append(f"{key}: {path}: {type(exc).__name__}: {exc}")
            return
        for file in files:
            try:
                data = file.read_bytes()
                if crl:
                    self.crls.extend(_load_crls(data))
                else:
                    self.cscas.extend(_load_certificates(data))
            except (OSError, ValueError) as exc:
                self.problems.append(f"{key}: {file}: {type(exc).__name__}: {exc}")


def _load_certificates(data: bytes) -> list[x509.Certificate]:
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificates(data)
    return [x509.load_der_x509_certificate(data)]


def _load_crls(data: bytes) -> list[x509.CertificateRevocationList]:
    if b"-----BEGIN" in data:
        return [
            x509.load_pem_x509_crl(b"-----BEGIN X509 CRL-----" + part)
            for part in data.split(b"-----BEGIN X509 CRL-----")[1:]
        ]
    return [x509.load_der_x509_crl(data)]


# --- verification -----------------------------------------------------------------------


def _hash(name: str, data: bytes) -> bytes:
    if name not in _HASHES:
        raise _Refused(ChipCheck.MALFORMED_SOD, f"unsupported hash algorithm {name}")
    digest = hashes.Hash(_HASHES[name]())
    digest.update(data)
    return digest.finalize()


def _signed_data(sod: bytes) -> Any:
    try:
        if not sod or sod[0] != 0x77:
            raise ValueError("EF.SOD does not start with tag 77")
        outer = core.Asn1Value.load(sod, strict=True)
        info = cms.ContentInfo.load(outer.contents, strict=True)
        if info["content_type"].native != "signed_data":
            raise ValueError(f"content type {info['content_type'].dotted}, not signedData")
        signed = info["content"]
        signed.native  # noqa: B018 - parses every field now, so bad DER fails here
        return signed
    except (ValueError, TypeError, KeyError) as exc:
        raise _Refused(ChipCheck.MALFORMED_SOD, f"EF.SOD: {exc}") from None


def _security_object(signed: Any) -> tuple[bytes, Any]:
    encap = signed["encap_content_info"]
    if encap["content_type"].dotted != LDS_SECURITY_OBJECT_OID:
        raise _Refused(
            ChipCheck.MALFORMED_SOD,
            f"content type {encap['content_type'].dotted}, not ldsSecurityObject",
        )
    content = encap["content"]
    if content is None or isinstance(content, core.Void):
        raise _Refused(ChipCheck.MALFORMED_SOD, "security object content is missing")
    raw = bytes(content.contents)  # the octets the message digest covers
    try:
        lds = LdsSecurityObject.load(raw, strict=True)
        lds.native  # noqa: B018 - parse now
    except (ValueError, TypeError, KeyError) as exc:
        raise _Refused(ChipCheck.MALFORMED_SOD, f"LDS security object: {exc}") from None
    return raw, lds


def _check_group_hashes(lds: Any, groups: Mapping[int, bytes]) -> None:
    algorithm = lds["hash_algorithm"]["algorithm"].native
    listed = {
        int(item["data_group_number"].native): bytes(item["data_group_hash_value"].native)
        for item in lds["data_group_hash_values"]
    }
    if 1 not in groups:
        raise _Refused(ChipCheck.HASH_MISMATCH, "DG1 was not read")
    for number, data in sorted(groups.items()):
        expected = listed.get(number)
        if expected is None:
            raise _Refused(ChipCheck.HASH_MISMATCH, f"DG{number} is not in the security object")
        if not hmac.compare_digest(_hash(algorithm, data), expected):
            raise _Refused(ChipCheck.HASH_MISMATCH, f"DG{number} hash differs ({algorithm})")


def _signer_certificate(signed: Any, signer: Any) -> x509.Certificate:
    sid = signer["sid"]
    for choice in signed["certificates"] or []:
        if choice.name != "certificate":
            continue
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            match = (
                cert.issuer == sid.chosen["issuer"]
                and cert.serial_number == sid.chosen["serial_number"].native
            )
        else:
            match = cert.key_identifier == sid.chosen.native
        if match:
            try:
                return x509.load_der_x509_certificate(cert.dump())
            except ValueError as exc:
                raise _Refused(ChipCheck.MALFORMED_SOD, f"DS certificate: {exc}") from None
    raise _Refused(ChipCheck.UNTRUSTED_SIGNER, "EF.SOD carries no Document Signer certificate")


def _verify_signature(
    public_key: Any, signature: bytes, data: bytes, algorithm: Any, digest_name: str
) -> None:
    hash_cls = _HASHES.get(digest_name)
    if hash_cls is None:
        raise _Refused(ChipCheck.MALFORMED_SOD, f"unsupported digest {digest_name}")
    scheme = algorithm.signature_algo
    try:
        if scheme == "rsassa_pkcs1v15" and isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signature, data, padding.PKCS1v15(), hash_cls())
        elif scheme == "rsassa_pss" and isinstance(public_key, rsa.RSAPublicKey):
            params = algorithm["parameters"]
            pss_hash = _HASHES.get(params["hash_algorithm"]["algorithm"].native, hash_cls)
            pss = padding.PSS(padding.MGF1(pss_hash()), int(params["salt_length"].native))
            public_key.verify(signature, data, pss, pss_hash())
        elif scheme == "ecdsa" and isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signature, data, ec.ECDSA(hash_cls()))
        else:
            raise _Refused(
                ChipCheck.BAD_SIGNATURE,
                f"signature scheme {scheme} does not fit the {type(public_key).__name__}",
            )
    except InvalidSignature:
        raise _Refused(ChipCheck.BAD_SIGNATURE, "SOD signature does not verify") from None
    except (UnsupportedAlgorithm, ValueError) as exc:
        raise _Refused(ChipCheck.BAD_SIGNATURE, f"SOD signature: {exc}") from None


def _check_signer_info(signed: Any, econtent: bytes) -> x509.Certificate:
    infos = list(signed["signer_infos"])
    if len(infos) != 1:
        raise _Refused(ChipCheck.MALFORMED_SOD, f"{len(infos)} signer infos, expected 1")
    signer = infos[0]
    digest_name = signer["digest_algorithm"]["algorithm"].native
    attrs = signer["signed_attrs"]
    if not attrs or isinstance(attrs, core.Void):
        raise _Refused(ChipCheck.MALFORMED_SOD, "no signed attributes")
    values = {attr["type"].native: attr["values"] for attr in attrs}
    content_type = values.get("content_type")
    if content_type is None or content_type[0].dotted != LDS_SECURITY_OBJECT_OID:
        raise _Refused(ChipCheck.MALFORMED_SOD, "signed content-type attribute is wrong")
    message_digest = values.get("message_digest")
    if message_digest is None or not hmac.compare_digest(
        bytes(message_digest[0].native), _hash(digest_name, econtent)
    ):
        raise _Refused(ChipCheck.HASH_MISMATCH, "message digest of the security object differs")
    ds = _signer_certificate(signed, signer)
    # The signature covers the DER of the attributes as a SET OF (RFC 5652 5.4),
    # not their [0] IMPLICIT form in SignerInfo.
    signed_bytes = b"\x31" + attrs.dump()[1:]
    _verify_signature(
        ds.public_key(),
        bytes(signer["signature"].native),
        signed_bytes,
        signer["signature_algorithm"],
        digest_name,
    )
    return ds


def _within(cert: x509.Certificate, now: datetime, what: str) -> None:
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise _Refused(
            ChipCheck.SIGNER_EXPIRED,
            f"{what} certificate valid {cert.not_valid_before_utc:%Y-%m-%d} to "
            f"{cert.not_valid_after_utc:%Y-%m-%d}",
        )


def _check_chain(ds: x509.Certificate, trust: TrustStore, now: datetime) -> None:
    issuers = [c for c in trust.cscas if c.subject == ds.issuer]
    if not issuers:
        raise _Refused(ChipCheck.UNTRUSTED_SIGNER, "no trusted CSCA issued the DS certificate")
    failure = "DS certificate signature does not verify with the CSCA"
    for csca in issuers:
        try:
            ds.verify_directly_issued_by(csca)
        except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm) as exc:
            failure = f"DS certificate not issued by the trusted CSCA: {type(exc).__name__}"
            continue
        _within(csca, now, "CSCA")
        _within(ds, now, "DS")
        key = csca.public_key()
        for crl in trust.crls:
            if not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
                break  # CRLs of other key types are not checked
            if crl.issuer != csca.subject or not crl.is_signature_valid(key):
                continue
            if crl.get_revoked_certificate_by_serial_number(ds.serial_number) is not None:
                raise _Refused(ChipCheck.SIGNER_REVOKED, "DS certificate is revoked")
        return
    raise _Refused(ChipCheck.UNTRUSTED_SIGNER, failure)


def verify_sod(
    sod: bytes | None,
    groups: Mapping[int, bytes],
    trust: TrustStore,
    now: datetime | None = None,
) -> ChipVerdict:
    """Passive Authentication of ``groups`` (data group number -> file bytes) by ``sod``.

    Never raises for untrusted input: every problem is a verdict.
    """
    if not sod:
        return ChipVerdict(ChipCheck.NO_SOD, "the chip has no EF.SOD")
    when = now or datetime.now(UTC)
    try:
        signed = _signed_data(sod)
        econtent, lds = _security_object(signed)
        _check_group_hashes(lds, groups)
        ds = _check_signer_info(signed, econtent)
        _check_chain(ds, trust, when)
    except _Refused as refused:
        return refused.verdict
    except Exception as exc:  # any other parser surprise is a malformed SOD, never a crash
        return ChipVerdict(ChipCheck.MALFORMED_SOD, f"EF.SOD: {type(exc).__name__}")
    return ChipVerdict(ChipCheck.VERIFIED, "DS certificate chains to a trusted CSCA")


@dataclass
class ChipVerifier:
    """Passive Authentication with the kiosk's trust store and policy (any thread)."""

    trust: TrustStore
    allow_unverified: bool = False
    #: The verdict of the last chip checked, for technicians and the benchmark.
    last_verdict: ChipVerdict | None = None

    @classmethod
    def from_options(cls, options: PassiveAuthOptions) -> ChipVerifier:
        return cls(TrustStore.from_options(options), options.allow_unverified)

    def check(
        self, sod: bytes | None, groups: Mapping[int, bytes], now: datetime | None = None
    ) -> ChipVerdict:
        """The verdict; raises ``ChipNotGenuine`` when it fails and unverified chips are refused."""
        verdict = verify_sod(sod, groups, self.trust, now)
        self.last_verdict = verdict
        if verdict.verified:
            return verdict
        log.warning(
            "passive authentication failed: %s: %s (trust store: %s)",
            verdict.check.value,
            verdict.detail,
            CONFIG_KEY,
        )
        if not self.allow_unverified:
            raise ChipNotGenuine(verdict)
        return verdict
