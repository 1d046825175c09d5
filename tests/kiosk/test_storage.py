"""Opening databases: clear messages for unusable files, WAL mode for SQLite."""

from __future__ import annotations

import os
import socket
import struct
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, insert, make_url, text

from kiosk.storage.database import (
    StorageError,
    StorageUnreachableError,
    _worth_waiting,
    events,
    open_database,
)


def test_sqlite_uses_wal_and_creates_the_schema(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'sub' / 'k.sqlite3'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert conn.execute(text("SELECT count(*) FROM tickets")).scalar_one() == 0
    engine.dispose()


def test_sqlite_commits_survive_a_power_cut(tmp_path: Path) -> None:
    # NORMAL (1) in WAL mode may lose the last commits (an audit row of a
    # charged certificate) when the power goes; FULL (2) syncs every commit.
    engine = open_database(f"sqlite:///{tmp_path / 'k.sqlite3'}")
    engine.dispose()  # the next connection is a fresh one
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2
    finally:
        engine.dispose()


def test_erased_rows_leave_nothing_readable_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    marker = "erase-me-01098765432"
    try:
        with engine.begin() as conn:
            conn.execute(
                insert(events).values(at=datetime.now(UTC), kiosk_id="k", kind="x", detail=marker)
            )
            conn.execute(
                insert(events).values(at=datetime.now(UTC), kiosk_id="k", kind="y", detail="kept")
            )
        with engine.begin() as conn:
            conn.execute(delete(events).where(events.c.kind == "x"))
    finally:
        engine.dispose()  # the last connection closing writes the WAL into the file
    on_disk = b"".join(p.read_bytes() for p in tmp_path.glob("k.sqlite3*"))
    assert b"kept" in on_disk and marker.encode() not in on_disk


def test_corrupt_database_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError) as info:
        open_database(f"sqlite:///{path}")
    assert str(path) in str(info.value)
    assert "database" in str(info.value)
    # A damaged file does not mend by itself: not an error to wait out.
    assert not isinstance(info.value, StorageUnreachableError)


def test_directory_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="is a directory"):
        open_database(f"sqlite:///{tmp_path}")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_location(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(StorageError) as info:
            open_database(f"sqlite:///{locked / 'k.sqlite3'}")
        assert str(locked / "k.sqlite3") in str(info.value)
    finally:
        locked.chmod(0o700)


@pytest.mark.parametrize("url", ["this is not a url", "postgresql+psycopg://k:pw@db:port/kiosk"])
def test_bad_url(url: str) -> None:
    with pytest.raises(StorageError, match="not a valid database URL") as refused:
        open_database(url)
    assert "pw" not in str(refused.value)


def test_a_database_password_never_reaches_a_storage_message() -> None:
    # psycopg takes the password in the query as well as before the host.
    with pytest.raises(StorageUnreachableError) as info:
        open_database("postgresql+psycopg://kiosk:S3cret@127.0.0.1:1/kiosk?password=S3cret")
    message = str(info.value)
    assert message.startswith(
        "postgresql+psycopg://kiosk:***@127.0.0.1:1/kiosk?password=***: cannot reach"
    )
    assert "S3cret" not in message


def test_a_server_that_refuses_the_connection_is_worth_waiting_for() -> None:
    # Port 1 on this machine: nothing listens, the connection is refused at once.
    with pytest.raises(StorageUnreachableError) as info:
        open_database("postgresql+psycopg://kiosk@127.0.0.1:1/kiosk")
    message = str(info.value)
    assert message.startswith("postgresql+psycopg://kiosk@127.0.0.1:1/kiosk: cannot reach")
    assert "Connection refused" in message
    assert "\n" not in message  # the driver's hint lines stay out of the one-line message


@pytest.mark.postgres
def test_a_server_that_answers_no_such_role_needs_the_settings_fixed(pg_server: Any) -> None:
    url = make_url(pg_server.url).set(username="no_such_kiosk_role", password=None)
    with pytest.raises(StorageError) as info:
        open_database(url.render_as_string(hide_password=False))
    # The server answered: waiting will not help, so `kiosk run` exits with this message.
    assert not isinstance(info.value, StorageUnreachableError)
    assert 'role "no_such_kiosk_role" does not exist' in str(info.value)


@pytest.mark.parametrize(
    ("reason", "wait"),
    [
        ('connection to server at "10.0.0.5", port 5432 failed: Connection refused', True),
        ('connection to server at "10.0.0.5", port 5432 failed: timeout expired', True),
        ('could not translate host name "db.center.local" to address', True),
        ("connection failed: FATAL:  the database system is starting up", True),
        ("connection failed: FATAL:  sorry, too many clients already", True),
        ('connection failed: FATAL:  password authentication failed for user "kiosk"', False),
        ('connection failed: FATAL:  database "kiosk" does not exist', False),
        ("connection failed: FATAL:  no pg_hba.conf entry for host", False),
    ],
)
def test_which_server_answers_are_worth_waiting_for(reason: str, wait: bool) -> None:
    assert _worth_waiting(reason) is wait


class _KoreanServer:
    """A PostgreSQL server, as far as a connecting client can tell, set up in Korean.

    It speaks the wire protocol's start-up exchange and answers every
    connection with one FATAL error in Korean, with its real SQLSTATE: what a
    center's server whose ``lc_messages`` is Korean sends a kiosk. It runs on
    a thread of the test process, so a ping that held the GIL while waiting
    would never get its answer.
    """

    def __init__(self, sqlstate: str, message: str) -> None:
        self._answer = self._error(sqlstate, message)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    @staticmethod
    def _error(sqlstate: str, message: str) -> bytes:
        fields = b"".join(
            kind + value.encode() + b"\0"
            for kind, value in (
                (b"S", "치명적오류"),
                (b"V", "FATAL"),
                (b"C", sqlstate),
                (b"M", message),
            )
        )
        body = fields + b"\0"
        return b"E" + struct.pack("!i", len(body) + 4) + body

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with conn:
                while True:
                    header = conn.recv(8)
                    if len(header) < 8:
                        break
                    length, code = struct.unpack("!ii", header)
                    if code in (80877103, 80877104):  # SSLRequest, GSSENCRequest: "no"
                        conn.sendall(b"N")
                        continue
                    conn.recv(length - 8)  # the start-up packet's parameters
                    conn.sendall(self._answer)
                    break

    def close(self) -> None:
        self._listener.close()


@pytest.mark.parametrize(
    ("sqlstate", "message", "waits"),
    [
        # A server that is still starting after a power cut: wait for it.
        ("57P03", "데이터베이스 시스템이 새로 가동 중입니다.", True),
        # A server that is up and turned the kiosk away: the settings are wrong.
        ("28P01", '"kiosk" 사용자의 password 인증을 실패했습니다', False),
        ("3D000", '"kiosk" 데이터베이스 없음', False),
    ],
)
def test_a_server_answering_in_korean_is_judged_by_its_state_not_its_words(
    sqlstate: str, message: str, waits: bool
) -> None:
    server = _KoreanServer(sqlstate, message)
    try:
        with pytest.raises(StorageError) as info:
            open_database(f"postgresql+psycopg://kiosk:pw@127.0.0.1:{server.port}/kiosk")
    finally:
        server.close()
    assert isinstance(info.value, StorageUnreachableError) is waits
    assert message in str(info.value)  # the technician reads the server's own words


@pytest.mark.parametrize(
    ("state", "wait"),
    [("accepting", False), ("rejecting", True), ("silent", True), (None, True)],
)
def test_an_answer_in_another_language_asks_the_server_how_it_is(
    state: str | None, wait: bool
) -> None:
    reason = 'connection failed: 치명적오류:  "kiosk" 롤 없음'
    assert _worth_waiting(reason, lambda: state) is wait  # type: ignore[arg-type,return-value]
    # A Japanese server keeps the English severity, but its words say nothing to
    # us either: the ping decides. Without one, an English "FATAL" that names no
    # busy state counts as a settings problem.
    starting = "connection failed: FATAL:  データベースシステムは起動処理中です"
    expected = wait if state is not None else False
    assert _worth_waiting(starting, lambda: state) is expected  # type: ignore[arg-type,return-value]
    # Without an answer from the server in the text, nobody is asked.
    assert _worth_waiting("connection failed: 연결이 거부되었습니다", lambda: "accepting")
