"""Technician log page: the last log lines and the diagnostics bundle export.

The lines come from the ring buffer the application installed
(``kiosk.tech.log_buffer``); they hold no personal data. The export writes a zip
(``kiosk.tech.diagnostics``) to a mounted USB stick or the data folder, on a
background thread.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.tech.diagnostics import export_bundle, removable_media
from ui.common.i18n import tr
from ui.tech.controller import TechController
from ui.tech.widgets import button, label, left_row, set_role

log = logging.getLogger(__name__)


class LogsPage(QWidget):
    def __init__(self, controller: TechController) -> None:
        super().__init__()
        self.controller = controller
        root = QVBoxLayout(self)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setAccessibleName(tr("tech", "Recent log lines"))
        root.addWidget(self.view, 1)
        self.refresh_button = button(
            tr("tech", "Refresh"), variant="secondary", clicked=self.refresh
        )
        root.addLayout(left_row(self.refresh_button))
        row = QHBoxLayout()
        self.target = QComboBox()
        self.target.setAccessibleName(tr("tech", "Where to save the bundle"))
        row.addWidget(self.target, 1)
        self.export_button = button(tr("tech", "Export diagnostics"), clicked=self.export)
        row.addWidget(self.export_button)
        root.addLayout(row)
        self.result = label("", "muted")
        root.addWidget(self.result)
        self.status: dict[str, Any] = {}
        controller.printer_status.connect(self._status)
        self.refresh()

    def _status(self, info: dict[str, Any]) -> None:
        self.status = {"printer": info}

    def refresh(self) -> None:
        buffer = self.controller.ctx.log_buffer
        lines = buffer.lines() if buffer is not None else [tr("tech", "No log buffer installed.")]
        self.view.setPlainText("\n".join(lines))
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().maximum())
        current = self.target.currentData()
        self.target.clear()
        for medium in removable_media():
            self.target.addItem(tr("tech", "USB: {label}", label=medium.label), str(medium.path))
        data_dir = self.controller.ctx.data_dir / "diagnostics"
        self.target.addItem(tr("tech", "Data folder: {path}", path=str(data_dir)), str(data_dir))
        if current is not None:
            index = self.target.findData(current)
            if index >= 0:
                self.target.setCurrentIndex(index)

    def export(self, folder: Path | None = None) -> None:
        target = folder or Path(str(self.target.currentData()))
        buffer = self.controller.ctx.log_buffer
        lines = buffer.lines() if buffer is not None else []
        config = self.controller.config
        status = dict(self.status)
        status["config_file"] = self.controller.ctx.store.location.describe()
        status["uptime_s"] = round(self.controller.uptime_s())
        self.export_button.setEnabled(False)
        self.result.setText(tr("tech", "Exporting…"))
        self.controller.background.submit(
            lambda: export_bundle(config, lines, status, target, datetime.now()),
            self._exported,
            self._failed,
        )

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        log.info("diagnostics bundle written: %s", path.name)
        self.result.setText(tr("tech", "Saved: {path}", path=str(path)))
        set_role(self.result, "ok")

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.result.setText(tr("tech", "Export failed: {error}", error=str(error)))
        set_role(self.result, "error")
