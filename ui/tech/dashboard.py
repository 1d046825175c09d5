"""The technician dashboard: every device's state, the database and the application at a glance.

Refreshes itself every few seconds while visible. The printer is asked on
the device worker (it owns the printer), card readers and the database file
on a background thread; the UI thread only draws what comes back.
"""

from __future__ import annotations

import logging
from datetime import datetime
from importlib import metadata
from typing import Any

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from kiosk.storage.database import default_sqlite_path
from kiosk.storage.urls import hide_url_secrets
from ui.common.i18n import tr
from ui.common.timers import make_timer
from ui.tech.controller import TechController
from ui.tech.widgets import button, label, left_row

log = logging.getLogger(__name__)

REFRESH_MS = 3000
TEST_PHRASE = "안녕하세요. 음성 안내 시험입니다."


def _yes_no(value: bool | None) -> str:
    if value is None:
        return tr("tech", "unknown")
    return tr("tech", "yes") if value else tr("tech", "no")


def _version() -> str:
    try:
        return metadata.version("community-kiosk")
    except metadata.PackageNotFoundError:
        return "dev"


def _duration(seconds: float) -> str:
    total = int(seconds)
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return tr("tech", "{d} d {h} h {m} min", d=days, h=hours, m=minutes)
    return tr("tech", "{h} h {m} min", h=hours, m=minutes)


class DashboardPage(QWidget):
    def __init__(self, controller: TechController) -> None:
        super().__init__()
        self.controller = controller
        root = QVBoxLayout(self)
        self.printer = label()
        self.card = label()
        self.speech = label()
        self.database = label()
        self.app = label()
        for title, body in (
            (tr("tech", "Printer"), self.printer),
            (tr("tech", "Card reader"), self.card),
            (tr("tech", "Speech"), self.speech),
            (tr("tech", "Database"), self.database),
            (tr("tech", "Application"), self.app),
        ):
            group = QGroupBox(title)
            inner = QVBoxLayout(group)
            inner.addWidget(body)
            if body is self.speech:
                self.speak_button = button(
                    tr("tech", "Speak a test phrase"), variant="secondary", clicked=self.speak_test
                )
                inner.addLayout(left_row(self.speak_button))
            root.addWidget(group)
        self.refresh_button = button(
            tr("tech", "Refresh now"), variant="secondary", clicked=self.refresh
        )
        root.addLayout(left_row(self.refresh_button))
        root.addStretch(1)
        self._printer_info: dict[str, Any] = {}
        self._readers: Any = None
        self._db: dict[str, Any] = {}
        controller.printer_status.connect(self._printer_ready)
        # A method, not a lambda: Qt drops the connection when this page is deleted.
        controller.printer_replaced.connect(self._printer_replaced)
        self.timer = make_timer(self, self.refresh, REFRESH_MS)
        self._speaker: Any = None
        self._draw()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)

    # -- queries (never block the UI thread) ---------------------------------------------
    def refresh(self) -> None:
        self.controller.query_printer()
        config = self.controller.config
        data_dir = self.controller.ctx.data_dir

        def slow() -> dict[str, Any]:
            from drivers.card import create_card_reader

            out: dict[str, Any] = {}
            db_url = config.storage.database_url
            if db_url:
                out["db_location"] = hide_url_secrets(db_url)
                out["db_size"] = None
            else:
                path = default_sqlite_path(data_dir)
                out["db_location"] = str(path)
                out["db_size"] = path.stat().st_size if path.exists() else 0
            try:
                reader = create_card_reader(config.devices.card_reader)
                try:
                    reader.open(None)
                    out["readers"] = [(r.name, r.card_present) for r in reader.list_readers()]
                finally:
                    reader.close()
            except Exception as exc:
                detail = getattr(exc, "detail", "") or str(exc) or type(exc).__name__
                out["readers_error"] = detail
                out["readers_error_at"] = datetime.now()
            return out

        self.controller.background.submit(slow, self._slow_ready)

    def _printer_replaced(self, _name: str) -> None:
        self.refresh()

    def _printer_ready(self, info: dict[str, Any]) -> None:
        self._printer_info = info
        self._draw()

    def _slow_ready(self, info: dict[str, Any]) -> None:
        self._db = info
        self._draw()

    # -- drawing ---------------------------------------------------------------------------
    def _draw(self) -> None:
        config = self.controller.config
        c = self.controller
        p = self._printer_info
        lines = [
            tr(
                "tech",
                "Backend: {backend} ({name})",
                backend=config.devices.printer.backend,
                name=p.get("name", "…"),
            ),
        ]
        if "note" in p:
            lines.append(p["note"])  # not asked: the printer starts with the database
        elif "error" in p:
            lines.append(tr("tech", "Connection: error {error}", error=p["error"]))
        elif p:
            lines.append(
                tr(
                    "tech",
                    "Online: {online}   Paper: {paper}   Cover open: {cover}",
                    online=_yes_no(p.get("online")),
                    paper=p.get("paper", "unknown"),
                    cover=_yes_no(p.get("cover_open")),
                )
            )
        lines.append(
            tr(
                "tech",
                "Paper low flag: {low}   Jobs printed today: {jobs}",
                low=_yes_no(c.paper_low or p.get("paper") == "near_end"),
                jobs=c.jobs_today,
            )
        )
        if c.last_printer_error is not None:
            text, when = c.last_printer_error
            lines.append(
                tr(
                    "tech",
                    "Last error: {error} at {time}",
                    error=text,
                    time=when.strftime("%H:%M:%S"),
                )
            )
        self.printer.setText("\n".join(lines))

        db = self._db
        card_lines = [tr("tech", "Backend: {backend}", backend=config.devices.card_reader.backend)]
        if "readers" in db:
            if not db["readers"]:
                card_lines.append(tr("tech", "No reader found."))
            for name, present in db["readers"]:
                card_lines.append(
                    tr(
                        "tech",
                        "{reader}: card inserted: {present}",
                        reader=name,
                        present=_yes_no(present),
                    )
                )
        if "readers_error" in db:
            card_lines.append(
                tr(
                    "tech",
                    "Last error: {error} at {time}",
                    error=db["readers_error"],
                    time=db["readers_error_at"].strftime("%H:%M:%S"),
                )
            )
        reader = config.devices.card_reader
        if reader.backend == "pcsc" and reader.passive_auth.test_cards:
            # The demo chips' signed data ships with the kiosk: copied onto a blank
            # card, they pass as genuine on a real reader that trusts the test CSCA.
            card_lines.append(
                tr(
                    "tech",
                    "Chips signed by the test CSCA are trusted: turn off "
                    "devices.card_reader.passive_auth.test_cards on a kiosk that serves "
                    "real residents.",
                )
            )
        self.card.setText("\n".join(card_lines))

        speech = config.devices.speech
        voice = speech.qt_engine or "default" if speech.backend == "qt" else "ko"
        self.speech.setText(
            tr("tech", "Backend: {backend}   Voice: {voice}", backend=speech.backend, voice=voice)
            + "\n"
            + tr("tech", "Test phrase: {phrase}", phrase=TEST_PHRASE)
        )

        if db:
            size = db.get("db_size")
            size_text = tr("tech", "{mb:.1f} MB", mb=size / 1e6) if size is not None else "—"
            db_lines = [
                tr("tech", "Location: {where}", where=db.get("db_location", "")),
                tr("tech", "Size: {size}", size=size_text),
            ]
            problem = c.ctx.storage_problem
            if problem is not None:
                # What the resident screen cannot say: why nothing can be issued.
                db_lines.append(tr("tech", "Not reached, trying again: {reason}", reason=problem))
            else:
                db_lines.append(tr("tech", "Tickets today: {n}", n=p.get("tickets_today", "…")))
            self.database.setText("\n".join(db_lines))
        self.app.setText(
            tr("tech", "Version: {version}", version=_version())
            + "\n"
            + tr("tech", "Uptime: {uptime}", uptime=_duration(c.uptime_s()))
            + "\n"
            + tr("tech", "Config file: {where}", where=c.ctx.store.location.describe())
        )

    # -- speech test --------------------------------------------------------------------------
    def speak_test(self) -> None:
        from ui.common.speech import create_speaker

        config = self.controller.config.devices.speech
        try:
            if self._speaker is not None:
                self._speaker.close()
            self._speaker = create_speaker(config, self)
            self._speaker.say(TEST_PHRASE, "ko")
        except Exception as exc:
            self.controller.last_speech_error = (str(exc), datetime.now())  # type: ignore[attr-defined]
            self.speech.setText(self.speech.text() + "\n" + tr("tech", "Error: {e}", e=str(exc)))
            log.warning("speech test failed: %s", exc)

    def shutdown(self) -> None:
        self.timer.stop()
        if self._speaker is not None:
            self._speaker.close()
            self._speaker = None
