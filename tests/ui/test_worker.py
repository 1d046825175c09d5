"""The worker base: its own named thread, hooks first and last, requests in order."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QThread, Signal, Slot
from pytestqt.qtbot import QtBot

from ui.common.worker import Worker


class Recorder(Worker):
    thread_name = "recorder"

    request_note = Signal(str)
    noted = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.log: list[str] = []
        self.threads: set[str] = set()
        self.started_once = threading.Event()
        self.request_note.connect(self._note)

    def _here(self, what: str) -> None:
        self.log.append(what)
        self.threads.add(QThread.currentThread().objectName())

    def on_start(self) -> None:
        self._here("start")
        self.started_once.set()

    def on_stop(self) -> None:
        self._here("stop")

    @Slot(str)
    def _note(self, text: str) -> None:
        self._here(text)
        self.noted.emit(text)


class Sink(QObject):
    """A receiver on the UI thread: what it got, and on which thread."""

    def __init__(self) -> None:
        super().__init__()
        self.got: list[tuple[str, bool]] = []

    @Slot(str)
    def take(self, text: str) -> None:
        self.got.append((text, QThread.currentThread() is self.thread()))


@pytest.fixture
def worker() -> Iterator[Recorder]:
    w = Recorder()
    yield w
    w.stop()


def test_hooks_run_first_and_last_and_requests_in_order(qtbot: QtBot, worker: Recorder) -> None:
    sink = Sink()
    worker.noted.connect(sink.take)
    worker.start()
    worker.request_note.emit("a")
    worker.call(lambda: worker._here("b"))
    worker.request_note.emit("c")
    qtbot.waitUntil(lambda: len(sink.got) == 2, timeout=5000)
    worker.stop()
    assert worker.log == ["start", "a", "b", "c", "stop"]
    assert worker.threads == {"recorder"}
    assert sink.got == [("a", True), ("c", True)]  # results arrive on the UI thread


def test_a_failing_job_is_logged_and_the_next_one_runs(
    qtbot: QtBot, worker: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    sink = Sink()
    worker.noted.connect(sink.take)
    worker.start()
    with caplog.at_level(logging.ERROR, logger="ui.common.worker"):
        worker.call(lambda: 1 / 0)
        worker.request_note.emit("after")
        qtbot.waitUntil(lambda: bool(sink.got), timeout=5000)
    assert "recorder job failed: ZeroDivisionError" in caplog.text
    assert sink.got == [("after", True)]


def test_stop_is_safe_twice_and_before_start(worker: Recorder) -> None:
    worker.stop()  # never started: nothing to do, on_stop does not run
    assert worker.log == []
    worker.start()
    assert worker.started_once.wait(5)
    worker.stop()
    worker.stop()
    assert worker.log == ["start", "stop"]


def test_a_plain_worker_takes_its_name_from_the_caller() -> None:
    plain = Worker("jobs")
    names: list[str] = []
    plain.start()
    done = threading.Event()
    plain.call(lambda: (names.append(QThread.currentThread().objectName()), done.set()))
    try:
        assert done.wait(5)
    finally:
        plain.stop()
    assert names == ["jobs"]
