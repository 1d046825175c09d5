"""A demo resident's certificate as the kiosk prints it, for the tests that read or verify one.

The order holds the demo resident's identity (as their ID chip gives it) and
record (as the demo records provider answers); the certificate is built and
signed as ``issue_order`` builds each copy, at the fake clock's time.
"""

from __future__ import annotations

from pathlib import Path

from drivers.records.contract import parse_record
from drivers.records.demo import DEMO_RECORDS
from kiosk.certificates.issuing import CertificateOrder, CertOptions, build_certificate
from kiosk.certificates.signing import KioskSigner
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.i18n import identity_translate
from kiosk.identity import DEMO_RESIDENTS
from kiosk.printing.document import Document


def demo_order(
    document_id: str, key: str = "demo-kim", language: str = "ko", **options: object
) -> CertificateOrder:
    """One copy of ``document_id`` (200 won) for the demo resident ``key``, in ``language``."""
    return CertificateOrder(
        document_id,
        CertOptions(**options),  # type: ignore[arg-type]
        200,
        language,
        DEMO_RESIDENTS[key].identity(),
        parse_record(DEMO_RECORDS[key]),
    )


def printed_certificate(
    config: KioskConfig, signer_dir: Path, order: CertificateOrder, number: str
) -> tuple[Document, KioskSigner]:
    """The first copy of ``order`` with issuance number ``number``, signed with the
    kiosk key in ``signer_dir`` (made there if missing): it, and that signer."""
    signer = KioskSigner.load_or_create(signer_dir)
    document = build_certificate(
        config,
        order,
        number=number,
        issued_at=FakeClock().now(),
        copy=1,
        signer=signer,
        translate=identity_translate,
    )
    return document, signer
