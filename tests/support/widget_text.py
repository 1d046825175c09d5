"""Every piece of text a window's widgets still hold, hidden screens included.

Used to prove that nothing a resident typed or was shown about themselves
survives the end of their session: not a label, a button, a field's
contents or its placeholder, an accessible name or description, a tooltip,
and not a line edit's undo history (``QLineEdit`` keeps what was typed for
Ctrl+Z even after ``clear()``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(widget description, text) for every text-bearing property under ``root``.

    Walking a line edit's undo history undoes it: call this at the end of a test.
    """
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        for kind, value in (
            ("accessibleName", widget.accessibleName()),
            ("accessibleDescription", widget.accessibleDescription()),
            ("toolTip", widget.toolTip()),
            ("statusTip", widget.statusTip()),
            ("whatsThis", widget.whatsThis()),
            ("windowTitle", widget.windowTitle()),
        ):
            if value:
                yield f"{where} {kind}", value
        if isinstance(widget, QLabel | QAbstractButton):
            yield f"{where} text", widget.text()
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            yield f"{where} text", widget.toPlainText()
        elif isinstance(widget, QLineEdit):
            yield f"{where} text", widget.text()
            yield f"{where} placeholder", widget.placeholderText()
            steps = 0
            while widget.isUndoAvailable() and steps < 1000:
                widget.undo()
                steps += 1
                yield f"{where} undo history", widget.text()


def leftovers(root: QWidget, secrets: Iterable[str]) -> list[str]:
    """Where under ``root`` any of ``secrets`` can still be read (empty if nowhere)."""
    wanted = [s for s in secrets if s]
    return [
        f"{where}: {secret!r}"
        for where, text in widget_texts(root)
        for secret in wanted
        if secret in text
    ]
