"""One form renderer for the case page: a list of field specs becomes labelled,
accessible editors whose every change goes through the undo stack.

Used for the pupil (scope "pupil") and for the detail side of the guardian and
team editors (scope "guardian"/"team" plus the selected item's id).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.domain.validation import DateProblem, birth_date_problem, format_date, parse_date
from desktop.ui.common import message_label, show_message
from desktop.ui.messages import date_problem_text
from desktop.ui.undo import CaseEditing, EditorEvents, FieldRef

Choices = Callable[[], list[tuple[Any, str]]]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One editor on a form. kind: text | multiline | bool | choice | date."""

    key: str  # attribute of the domain object
    label: str  # Norwegian, already translated
    kind: str
    object_name: str
    choices: Choices | None = None
    lines: int = 3  # visible lines for multiline
    enabled_by: str | None = None  # key of a bool field that must be on
    placeholder: str = ""


def today() -> date:
    """Seam for tests; the service module holds the shared one."""
    from desktop.services import app_service as service
    return service.today()


class FieldForm(QWidget):
    """Editors for `specs`, bound to (scope, item_id) on a CaseEditing."""

    def __init__(self, specs: list[FieldSpec], editing: CaseEditing, scope: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._specs = specs
        self._editing = editing
        self._scope = scope
        self.item_id: int | None = None
        self._read_only = False
        self._has_item = True
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._events = EditorEvents(editing, self)
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for spec in specs:
            self._add_row(layout, spec)
        editing.field_changed.connect(self._on_field_changed)

    # --- building ----------------------------------------------------------------
    def _add_row(self, layout: QFormLayout, spec: FieldSpec) -> None:
        editor = _make_editor(spec)
        editor.setObjectName(spec.object_name)
        editor.setAccessibleName(spec.label)
        self._editors[spec.key] = editor
        self._events.watch(editor)
        _connect(editor, spec.kind, lambda *_, spec=spec: self._edited(spec))
        if spec.kind == "bool":
            layout.addRow("", editor)
            return
        label = QLabel(spec.label)
        label.setBuddy(editor)
        if spec.kind == "date":
            error = message_label(spec.object_name + "Error")
            self._errors[spec.key] = error
            editor.editingFinished.connect(lambda *_, spec=spec: self._date_finished(spec))
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(editor)
            row.addWidget(error, 1)
            layout.addRow(label, row)
        else:
            layout.addRow(label, editor)

    # --- public ------------------------------------------------------------------
    def editor(self, key: str) -> QWidget:
        return self._editors[key]

    def label_for(self, key: str) -> QWidget | None:
        """The label beside a field (None for a check box or a date row)."""
        return self.layout().labelForField(self._editors[key])

    def first_editor(self) -> QWidget:
        return self._editors[self._specs[0].key]

    def load(self, obj: Any | None, item_id: int | None = None) -> None:
        """Show `obj`'s values (None: an empty, disabled form)."""
        self.item_id = item_id
        for spec in self._specs:
            editor = self._editors[spec.key]
            _set_value(editor, spec.kind, getattr(obj, spec.key) if obj is not None else None)
            if spec.key in self._errors:
                self._show_error(spec, "")
        self._update_enabled(obj is not None)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for spec in self._specs:
            editor = self._editors[spec.key]
            if isinstance(editor, (QLineEdit, QPlainTextEdit)):
                editor.setReadOnly(read_only)
        self._update_enabled(self._has_item)

    # --- editing -------------------------------------------------------------------
    def _ref(self, key: str) -> FieldRef:
        return FieldRef(self._scope, key, self.item_id)

    def _edited(self, spec: FieldSpec) -> None:
        editor = self._editors[spec.key]
        if spec.kind == "date":
            self._date_edited(spec, editor)
            return
        value = _value(editor, spec.kind)
        self._editing.edit(self._ref(spec.key), value, spec.label,
                           merge=spec.kind in ("text", "multiline"))
        if spec.kind == "bool":
            self._update_enabled(True)

    def _date_edited(self, spec: FieldSpec, editor: QLineEdit) -> None:
        text = editor.text()
        problem = birth_date_problem(text, today())
        if problem is None:
            self._show_error(spec, "")
            self._editing.edit(self._ref(spec.key), parse_date(text), spec.label)
        elif problem is DateProblem.INVALID:
            self._show_error(spec, "")  # still typing: judged when the field is left
        else:
            self._show_error(spec, date_problem_text(problem))

    def _date_finished(self, spec: FieldSpec) -> None:
        problem = birth_date_problem(self._editors[spec.key].text(), today())
        if problem is not None:
            self._show_error(spec, date_problem_text(problem))

    def _show_error(self, spec: FieldSpec, text: str) -> None:
        show_message(self._errors[spec.key], text)
        self._editors[spec.key].setAccessibleDescription(text)

    def _on_field_changed(self, ref: FieldRef) -> None:
        if ref.scope != self._scope or ref.item_id != self.item_id:
            return
        spec = next((s for s in self._specs if s.key == ref.key), None)
        if spec is None:
            return
        value = self._editing.value(ref)
        editor = self._editors[spec.key]
        if _value_or_none(editor, spec.kind) != value:
            _set_value(editor, spec.kind, value)
            if spec.key in self._errors:
                self._show_error(spec, "")
        self._update_enabled(True)

    def _update_enabled(self, has_item: bool) -> None:
        """Empty form: all off. Read-only: text stays selectable, the rest is off.
        A field with `enabled_by` is on only while its switch is on."""
        self._has_item = has_item
        for spec in self._specs:
            enabled = has_item
            if self._read_only and not isinstance(self._editors[spec.key],
                                                  (QLineEdit, QPlainTextEdit)):
                enabled = False
            if enabled and spec.enabled_by:
                enabled = _value(self._editors[spec.enabled_by], "bool")
            self._editors[spec.key].setEnabled(enabled)


class ChoiceBox(QComboBox):
    """A combo box over Python values (enums stay enums; no QVariant round trip)."""

    def __init__(self, choices: list[tuple[Any, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._values = [value for value, _ in choices]
        for _, label in choices:
            self.addItem(label)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # Scrolling the page over a combo box must not change the pupil's grade.
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(self._values.index(value) if value in self._values else 0)


# --- editors by kind --------------------------------------------------------------------
def _make_editor(spec: FieldSpec) -> QWidget:
    if spec.kind == "multiline":
        editor = QPlainTextEdit()
        editor.setTabChangesFocus(True)  # Tab must leave the field (keyboard users)
        # Lines of text + document margins + frame + the stylesheet's padding.
        height = (editor.fontMetrics().lineSpacing() * spec.lines
                  + 2 * int(editor.document().documentMargin()) + 2 * editor.frameWidth() + 16)
        editor.setMinimumHeight(height)
        if spec.lines <= 3:
            editor.setMaximumHeight(height)
        if spec.placeholder:
            editor.setPlaceholderText(spec.placeholder)
        return editor
    if spec.kind == "bool":
        return QCheckBox(spec.label)
    if spec.kind == "choice":
        return ChoiceBox(spec.choices() if spec.choices else [])
    editor = QLineEdit()
    if spec.placeholder:
        editor.setPlaceholderText(spec.placeholder)
    if spec.kind == "date":
        editor.ensurePolished()  # measured in the stylesheet's font (larger with Tekststørrelse)
        editor.setFixedWidth(max(140, editor.fontMetrics().horizontalAdvance("00.00.00000") + 40))
        editor.setToolTip(QCoreApplication.translate("FieldForm", "Skriv datoen som dd.mm.åååå"))
    return editor


def _connect(editor: QWidget, kind: str, slot: Callable[[], None]) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.textChanged.connect(slot)
    elif isinstance(editor, QCheckBox):
        editor.toggled.connect(slot)
    elif isinstance(editor, ChoiceBox):
        editor.currentIndexChanged.connect(slot)
    else:
        editor.textChanged.connect(slot)


def _value(editor: QWidget, kind: str) -> Any:
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, ChoiceBox):
        return editor.value()
    return editor.text()


def _value_or_none(editor: QWidget, kind: str) -> Any:
    """The value the editor shows, as stored (dates parsed; unreadable text → a marker)."""
    if kind == "date":
        try:
            return parse_date(editor.text())
        except ValueError:
            return ...
    return _value(editor, kind)


def _set_value(editor: QWidget, kind: str, value: Any) -> None:
    blocked = editor.blockSignals(True)
    try:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, ChoiceBox):
            editor.set_value(value)
        elif kind == "date":
            editor.setText(format_date(value))
        else:
            editor.setText(value or "")
    finally:
        editor.blockSignals(blocked)
