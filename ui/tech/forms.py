"""Settings forms generated from the config schema, not written per field, and the
settings page that holds one per section.

``SchemaForm`` walks a pydantic model's fields (``kiosk.config.edit.field_specs``)
and builds one editor per field from its type: a ``Literal`` becomes a
choice list, ``bool`` a toggle, ``int``/``float`` a numeric entry with its
bounds shown and +/- steps, ``str`` a text entry; lists and pairs are typed
as TOML values (``[1, 2]``); a list of tables (the courses, the polls) is
written out as TOML array-of-tables text (``[[courses]]``) in a box with a
Save button; nested tables become groups. Titles and
descriptions are translated in the ``config`` context. Every change goes
through ``TechController.apply`` (schema validation, atomic save, live
apply); a refused value shows the schema's message next to the field, and
the field shows the saved value again (a list of tables keeps its text to be
corrected). Where a table takes only one of two optional fields (a service's
prefix or number band), setting one clears the other in the same change.
"""

from __future__ import annotations

import dataclasses
import logging
import typing
from typing import Any

import tomli_w
from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import ConfigError, ConfigProblem, DevicesConfig, KioskConfig, loads_toml
from kiosk.config.edit import (
    FieldSpec,
    field_specs,
    get_value,
    is_secret_name,
    parse_value,
    problems_at,
    set_value,
    strip_none,
)
from kiosk.i18n import N_
from kiosk.storage.urls import hide_url_secrets, restore_url_secrets
from ui.common.i18n import tr
from ui.tech.controller import TableUpdate, TechController
from ui.tech.widgets import (
    button,
    label,
    left_row,
    no_squeeze,
    problems_text,
    scrolled,
    set_role,
)

log = logging.getLogger(__name__)


def config_text(source: str) -> str:
    """A schema title or description in the current language."""
    return QCoreApplication.translate("config", source)


def _current(config: KioskConfig, key: str) -> Any:
    try:
        return get_value(config, key)
    except ConfigError:
        return None  # inside an optional table that is not set yet


def _format(value: Any, spec: FieldSpec) -> str:
    if value is None:
        return ""
    if spec.kind == "value":
        # Unset optional keys inside (a survey option's cost) are left out, as on saving.
        return tomli_w.dumps({"v": strip_none(value)}).partition("=")[2].strip()
    if spec.secret_in_url and isinstance(value, str):
        return hide_url_secrets(value)
    if spec.kind == "float" and isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _holds_tables(model: type[BaseModel], name: str) -> bool:
    """Whether field ``name`` of ``model`` is a list of tables (``list[CourseConfig]``)."""
    annotation = model.model_fields[name].annotation
    if typing.get_origin(annotation) is not list:
        return False
    (item,) = typing.get_args(annotation)
    return isinstance(item, type) and issubclass(item, BaseModel)


def _tables_text(value: Any, spec: FieldSpec) -> str:
    # On one line (as ``_format`` writes values) a course would be cut short at
    # its first "=": written as the file writes it, every table shows in full.
    return tomli_w.dumps({spec.name: strip_none(value or [])})


def _parse_tables(text: str, spec: FieldSpec) -> Any:
    """The list ``_tables_text`` wrote, as edited; ``ConfigError`` if the text cannot be it.

    The text is rooted at the field's table, so its problems are given the
    key paths they would have in the config file.
    """
    parent = spec.key.rpartition(".")[0]

    def path(inner: str) -> str:
        return ".".join(p for p in (parent, inner) if p) if inner else spec.key

    try:
        data = loads_toml(text, spec.key)
    except ConfigError as exc:
        moved = [dataclasses.replace(p, path=path(p.path)) for p in exc.problems]
        raise ConfigError(spec.key, moved) from None
    # Anything else (a misspelt [[course]]) would be dropped without a word.
    only = N_("tech", "only [[{name}]] tables go in this field", name=spec.name)
    stray = [ConfigProblem.of(path(key), only) for key in data if key != spec.name]
    if stray:
        raise ConfigError(spec.key, stray)
    return data.get(spec.name, [])


def _bounds_text(spec: FieldSpec) -> str:
    def fmt(v: float) -> str:
        return str(int(v)) if float(v).is_integer() else f"{v:g}"

    low = None if spec.minimum is None else ("> " if spec.exclusive_min else "") + fmt(spec.minimum)
    high = (
        None if spec.maximum is None else ("< " if spec.exclusive_max else "") + fmt(spec.maximum)
    )
    if low and high:
        return tr("tech", "from {low} to {high}", low=low, high=high)
    if low:
        return tr("tech", "at least {low}", low=low)
    if high:
        return tr("tech", "at most {high}", high=high)
    return ""


class FieldEditor(QWidget):
    """One field: title, description, the editor and the field's validation message."""

    committed = Signal(str)

    def __init__(
        self, spec: FieldSpec, controller: TechController, *, tables: bool = False
    ) -> None:
        super().__init__()
        self.spec = spec
        self.controller = controller
        #: The optional fields beside this one in its table (``SchemaForm`` sets them).
        self.rivals: list[FieldSpec] = []
        #: Of the change being saved: the rival it clears, and the config before it.
        self._cleared: FieldSpec | None = None
        self._before: KioskConfig = controller.config
        self.save_button: QPushButton | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        no_squeeze(root)
        self.title = label(config_text(spec.title))
        self.title.setProperty("role", "")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        hint = config_text(spec.description)
        bounds = _bounds_text(spec)
        if bounds:
            hint = f"{hint} ({bounds})" if hint else bounds
        self.description = label(hint, "muted")
        self.message = label("", "error")
        self.message.hide()
        root.addWidget(self.title)
        root.addWidget(self.description)
        row = QHBoxLayout()
        self.editor: QWidget
        if spec.kind == "bool":
            box = QCheckBox(config_text(spec.title))
            box.toggled.connect(lambda checked: self.commit(checked))
            self.editor = box
        elif spec.kind == "choice":
            combo = QComboBox()
            if spec.optional:
                combo.addItem("—", None)
            for choice in spec.choices:
                combo.addItem(str(choice), choice)
            combo.activated.connect(lambda _i: self.commit(combo.currentData()))
            self.editor = combo
        elif tables:
            text_box = QPlainTextEdit()
            text_box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            # Tab moves on (to Save) as in every other field; TOML needs no tabs.
            text_box.setTabChangesFocus(True)
            # Several tables in sight at once; the box scrolls to the rest.
            text_box.setMinimumHeight(text_box.fontMetrics().lineSpacing() * 16)
            self.editor = text_box
        else:
            edit = QLineEdit()
            edit.setPlaceholderText(tr("tech", "(not set)") if spec.optional else "")
            edit.editingFinished.connect(self._commit_text)
            self.editor = edit
        self.editor.setAccessibleName(config_text(spec.title))
        self.editor.setAccessibleDescription(hint)
        row.addWidget(self.editor, 1)
        if spec.kind in ("int", "float"):
            minus = button(
                "−",
                variant="secondary",
                description=tr("tech", "Decrease"),
                clicked=lambda: self.step(-1),
            )
            plus = button(
                "+",
                variant="secondary",
                description=tr("tech", "Increase"),
                clicked=lambda: self.step(1),
            )
            row.addWidget(minus)
            row.addWidget(plus)
        root.addLayout(row)
        if tables:
            # Return adds a line here, so the text is saved only when asked.
            self.save_button = button(
                tr("tech", "Save"), description=config_text(spec.title), clicked=self._commit_text
            )
            root.addLayout(left_row(self.save_button))
        root.addWidget(self.message)
        self.load(controller.config)

    # -- values --------------------------------------------------------------------
    def load(self, config: KioskConfig) -> None:
        value = _current(config, self.spec.key)
        self.editor.blockSignals(True)
        try:
            if isinstance(self.editor, QCheckBox):
                self.editor.setChecked(bool(value))
            elif isinstance(self.editor, QComboBox):
                index = self.editor.findData(value)
                self.editor.setCurrentIndex(max(index, 0))
            elif isinstance(self.editor, QLineEdit):
                self.editor.setText(_format(value, self.spec))
            elif isinstance(self.editor, QPlainTextEdit):
                self.editor.setPlainText(_tables_text(value, self.spec))
        finally:
            self.editor.blockSignals(False)

    def text_value(self) -> Any:
        if isinstance(self.editor, QPlainTextEdit):
            return _parse_tables(self.editor.toPlainText(), self.spec)
        assert isinstance(self.editor, QLineEdit)
        text = self.editor.text().strip()
        if text == "" and self.spec.optional:
            return None
        if self.spec.kind == "int":
            try:
                return int(text)
            except ValueError:
                return text  # the schema says what is wrong with it
        if self.spec.kind == "float":
            try:
                return float(text)
            except ValueError:
                return text
        if self.spec.kind == "value":
            return parse_value(text)
        if self.spec.secret_in_url:
            # The field shows the password as ***: left so, the stored one is kept.
            stored = _current(self.controller.config, self.spec.key)
            return restore_url_secrets(
                self.editor.text(), stored if isinstance(stored, str) else ""
            )
        return self.editor.text()

    def _commit_text(self) -> None:
        try:
            value = self.text_value()
        except ConfigError as exc:
            self.show_problems(exc.problems)
            self._show_saved_value()
            return
        # Unset optional keys (a survey option's cost) never reach the text.
        if value == strip_none(_current(self.controller.config, self.spec.key)):
            return
        self.commit(value)

    def step(self, direction: int) -> None:
        value = _current(self.controller.config, self.spec.key)
        if not isinstance(value, int | float):
            value = self.spec.minimum or 0
        size: float = 1 if self.spec.kind == "int" else _float_step(value)
        new = value + direction * size
        if self.spec.minimum is not None:
            new = max(new, self.spec.minimum)
        if self.spec.maximum is not None:
            new = min(new, self.spec.maximum)
        self.commit(int(new) if self.spec.kind == "int" else round(new, 4))

    def commit(self, value: Any) -> None:
        """Save ``value`` (``TechController.apply``). A change the queue must
        answer first (a service renamed or turned off) shows that today's
        tickets are being checked, and the field waits for the answer."""
        self._cleared = self._rival_to_clear(value)
        self._before = self.controller.config
        # One change of the whole table when a rival must be cleared: each step
        # of a longer change must validate by itself, and neither field may be
        # changed alone.
        key, new = (
            (self.spec.key, value)
            if self._cleared is None
            else _table_change(self.spec, value, self._cleared)
        )
        if self.controller.apply(key, new, done=self._saved) is None:
            self._set_waiting(True)
            self.message.setText(tr("tech", "Checking today's tickets before saving…"))
            set_role(self.message, "")
            self.message.show()

    def _set_waiting(self, waiting: bool) -> None:
        for widget in (self.editor, *self.findChildren(QPushButton)):
            widget.setEnabled(not waiting)

    def _saved(self, problems: list[ConfigProblem]) -> None:
        """What became of ``commit``'s change: the problems, or what is still to do."""
        self._set_waiting(False)
        if problems:
            mine = [p for p in problems if p.path == self.spec.key] or problems
            self.show_problems(mine)
            self._show_saved_value()
            return
        self.show_problems([])
        notes = []
        if self._cleared is not None:
            notes.append(
                tr(
                    "tech",
                    "{field} was cleared: only one of the two can be set.",
                    field=config_text(self._cleared.title),
                )
            )
        later = self.controller.when_applied(self.spec.key, self._before)
        if later is not None:
            notes.append(later)
        if notes:
            self.message.setText(" ".join(notes))
            set_role(self.message, "")
            self.message.show()
        self.committed.emit(self.spec.key)

    def _rival_to_clear(self, value: Any) -> FieldSpec | None:
        """For a refused ``value``: the one set optional field beside this one
        whose clearing lets it in.

        Some tables take only one of two optional fields (a service's ticket
        prefix or its number band). The schema then refuses the table as a
        whole, not the field; as one editor saves one field, the technician
        could neither set the other field first nor clear this one first.
        None when the value itself is refused, or when no single other field,
        cleared, would make the change valid.
        """
        if value is None:
            return None
        config = self.controller.config
        try:
            set_value(config, self.spec.key, value)
            return None  # refused for another reason than the table's rule
        except ConfigError as exc:
            if problems_at(exc, self.spec.key):
                return None
        fits = []
        for rival in self.rivals:
            if _current(config, rival.key) is None:
                continue
            table, update = _table_change(self.spec, value, rival)
            try:
                set_value(config, table, update.on(config, table))
            except ConfigError:
                continue
            fits.append(rival)
        return fits[0] if len(fits) == 1 else None

    def _show_saved_value(self) -> None:
        """After a refused change, the editor shows what is saved again (the
        message says what was wrong). A list of tables keeps its text: it may
        be many lines of editing, saved only with its Save button."""
        if self.save_button is None:
            self.load(self.controller.config)

    def show_problems(self, problems: list[ConfigProblem]) -> None:
        if problems:
            self.message.setText(problems_text(problems))
            set_role(self.message, "error")
            self.message.show()
        else:
            self.message.setText("")
            self.message.hide()


def _table_change(spec: FieldSpec, value: Any, cleared: FieldSpec) -> tuple[str, TableUpdate]:
    """(key, value) setting the table that holds ``spec`` with ``spec`` set to
    ``value`` and ``cleared`` unset, its other fields as saved when it is saved."""
    table = spec.key.rpartition(".")[0]
    return table, TableUpdate({spec.name: value, cleared.name: None})


def _float_step(value: float) -> float:
    magnitude = abs(value)
    if magnitude >= 100:
        return 10.0
    if magnitude >= 10:
        return 1.0
    if magnitude >= 1:
        return 0.5
    return 0.05


class SchemaForm(QWidget):
    """Editors for every field of ``model`` under the key ``prefix``; nested tables as groups."""

    def __init__(
        self,
        controller: TechController,
        model: type[BaseModel],
        prefix: str,
        *,
        exclude: tuple[str, ...] = (),
        nested: bool = True,
    ) -> None:
        super().__init__()
        self.controller = controller
        self.prefix = prefix
        self.editors: dict[str, FieldEditor] = {}
        self.subforms: list[SchemaForm] = []
        root = QVBoxLayout(self)
        root.setAlignment(Qt.AlignmentFlag.AlignTop)
        no_squeeze(root)
        for spec in field_specs(model, prefix):
            # Secrets are never shown (docs/technician.md): they are set with
            # `kiosk tech set-pin` and `kiosk config set` over SSH.
            if spec.secret or is_secret_name(spec.name) or spec.name in exclude:
                continue
            if spec.kind == "table" and spec.model is not None:
                if not nested:
                    continue
                group = QGroupBox(config_text(spec.title))
                inner = QVBoxLayout(group)
                sub = SchemaForm(controller, spec.model, spec.key)
                inner.addWidget(sub)
                self.subforms.append(sub)
                root.addWidget(group)
                continue
            tables = spec.kind == "value" and _holds_tables(model, spec.name)
            editor = FieldEditor(spec, controller, tables=tables)
            self.editors[spec.key] = editor
            root.addWidget(editor)
        optional = [e.spec for e in self.editors.values() if e.spec.optional]
        for editor in self.editors.values():
            editor.rivals = [spec for spec in optional if spec is not editor.spec]
        controller.config_applied.connect(self.reload)

    def editor(self, key: str) -> FieldEditor:
        """The editor for ``key`` in this form or a nested one."""
        if key in self.editors:
            return self.editors[key]
        for sub in self.subforms:
            try:
                return sub.editor(key)
            except KeyError:
                continue
        raise KeyError(key)

    def reload(self, config: KioskConfig) -> None:
        for editor in self.editors.values():
            editor.load(config)


def settings_sections() -> list[tuple[str, str, Any]]:
    """(key, title, model) for each settings section, read from the schema."""
    sections = []
    for spec in field_specs(KioskConfig):
        if spec.kind != "table" or spec.model is None:
            continue
        if spec.model is DevicesConfig:
            for sub in field_specs(DevicesConfig, "devices"):
                if sub.model is not None:
                    sections.append((sub.key, sub.title, sub.model))
        else:
            sections.append((spec.key, spec.title, spec.model))
    return sections


class SettingsPage(QWidget):
    """One button per settings section on the left, that section's ``SchemaForm`` beside it."""

    def __init__(self, controller: TechController) -> None:
        super().__init__()
        root = QHBoxLayout(self)
        menu = QVBoxLayout()
        self.stack = QStackedWidget()
        self.forms: dict[str, SchemaForm] = {}
        self._holders: dict[str, QWidget] = {}
        self.section_buttons: dict[str, QPushButton] = {}
        for key, title, model in settings_sections():
            form = SchemaForm(controller, model, key)
            self.forms[key] = form
            self._holders[key] = scrolled(form)
            self.stack.addWidget(self._holders[key])
            section = button(
                config_text(title),
                variant="secondary",
                clicked=lambda _=False, k=key: self.show_section(k),
            )
            self.section_buttons[key] = section
            menu.addWidget(section)
        menu.addStretch(1)
        root.addLayout(menu, 2)
        root.addWidget(self.stack, 5)

    def show_section(self, key: str) -> None:
        self.stack.setCurrentWidget(self._holders[key])
