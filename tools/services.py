"""Where the test services of this checkout are: the one answer for tests, bench and fault matrix.

``scripts/test-services.sh`` starts a private PostgreSQL server for each
checkout. It listens on ``KIOSK_TEST_PG_PORT`` when that is set; otherwise
on 54329, or on the next free port when another checkout (or anything
else) already listens there, so two checkouts can run ``make test`` on one
machine at once. The script writes the URL it serves to
``.test-services/pg.url``; everything that needs the test database asks
``pg_test_url()``, never a hard-coded port.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Where the vpcd port locks live: /tmp, not a checkout's .test-services,
#: since the machine's one pcscd listens on the vpcd ports for every checkout.
VPCD_LOCK_DIR = Path("/tmp")
#: Written by scripts/test-services.sh when it starts PostgreSQL.
URL_FILE = ROOT / ".test-services" / "pg.url"
DEFAULT_PORT = 54329


def pg_url_for_port(port: int | str) -> str:
    return f"postgresql+psycopg://kiosk@127.0.0.1:{port}/kiosk_test"


def pg_test_url() -> str:
    """``KIOSK_TEST_PG_URL``; else the server on ``KIOSK_TEST_PG_PORT``; else the one
    this checkout's services script started; else the default port."""
    url = os.environ.get("KIOSK_TEST_PG_URL")
    if url:
        return url
    port = os.environ.get("KIOSK_TEST_PG_PORT")
    if port:
        return pg_url_for_port(port)
    try:
        written = URL_FILE.read_text(encoding="utf-8").strip()
    except OSError:
        written = ""
    return written or pg_url_for_port(DEFAULT_PORT)


def pg_url_is_ours(url: str) -> bool:
    """Whether ``url`` is the server the services script manages (so tests may
    stop and start it), rather than one given by ``KIOSK_TEST_PG_URL``."""
    return not os.environ.get("KIOSK_TEST_PG_URL") and url == pg_test_url()


@contextlib.contextmanager
def vpcd_port_lock(port: int) -> Iterator[None]:
    """Hold the machine-wide lock on vsmartcard's ``port`` while a test card is on it.

    One virtual card per vpcd port at a time, across pytest processes, the
    fault matrix and other checkouts. The lock file may belong to another
    user (it is never removed), so it is opened read-only, which ``flock``
    allows, and created only when missing.
    """
    import fcntl  # POSIX only, like pcscd and vsmartcard

    path = VPCD_LOCK_DIR / f"kiosk-vpcd-{port}.lock"
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    while True:
        try:
            fd = os.open(path, os.O_RDONLY | nofollow)
            break
        except FileNotFoundError:
            with contextlib.suppress(FileExistsError):
                fd = os.open(path, os.O_RDONLY | os.O_CREAT | os.O_EXCL | nofollow, 0o644)
                break
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
