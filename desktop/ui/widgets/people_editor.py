"""A master–detail editor for a list of people: a list on the left, a form on
the right. One widget, driven by field specs, for both the guardians and the
team around the pupil."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.undo import CaseEditing, FieldRef
from desktop.ui.widgets.field_form import FieldForm, FieldSpec

_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class PeopleTexts:
    """What differs between the guardian and team editors besides the fields."""

    object_prefix: str  # "guardian" → guardianList, addGuardian, removeGuardian
    list_name: str  # accessible name of the list
    add: str
    add_accessible: str
    remove: str
    remove_accessible: str
    empty: str  # shown when the list is empty


class PeopleEditor(QWidget):
    """List + form for one scope ("guardian" or "team") of a CaseEditing."""

    def __init__(self, specs: list[FieldSpec], editing: CaseEditing, scope: str,
                 texts: PeopleTexts, label_for: Callable[[Any], str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._editing = editing
        self._scope = scope
        self._texts = texts
        self._label_for = label_for
        prefix = texts.object_prefix
        capital = prefix[:1].upper() + prefix[1:]

        self.list = QListWidget()
        self.list.setObjectName(prefix + "List")
        self.list.setAccessibleName(texts.list_name)
        self.list.setMinimumWidth(200)
        self.list.setMaximumWidth(280)
        self.list.setWordWrap(True)  # "Sosiallærer/rådgiver – <a long name>" in full
        self.add_button = QPushButton(texts.add)
        self.add_button.setObjectName("add" + capital)
        self.add_button.setAccessibleName(texts.add_accessible)
        self.remove_button = QPushButton(texts.remove)
        self.remove_button.setObjectName("remove" + capital)
        self.remove_button.setAccessibleName(texts.remove_accessible)
        self.empty_hint = QLabel(texts.empty)
        self.empty_hint.setObjectName(prefix + "EmptyHint")
        self.empty_hint.setProperty("role", "hint")
        self.empty_hint.setWordWrap(True)
        self.form = FieldForm(specs, editing, scope)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.empty_hint)
        right.addWidget(self.form)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addLayout(right, 1)

        self.list.currentRowChanged.connect(self._show_current)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        editing.items_changed.connect(self._on_items_changed)
        editing.field_changed.connect(self._on_field_changed)
        self.refresh()
        self.set_read_only(editing.read_only)

    # --- public -----------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Rebuild the list from the store; keep (or move to) a sensible selection."""
        previous_row = self.list.currentRow()
        if select_id is None:
            select_id = self.current_id()
        items = self._editing.items(self._scope)
        blocked = self.list.blockSignals(True)
        self.list.clear()
        row_to_select = -1
        for row, item in enumerate(items):
            entry = QListWidgetItem(self._label_for(item))
            entry.setData(_ID_ROLE, item.id)
            self.list.addItem(entry)
            if item.id == select_id:
                row_to_select = row
        if row_to_select < 0 and items:
            row_to_select = min(max(previous_row, 0), len(items) - 1)
        self.list.setCurrentRow(row_to_select)
        self.list.blockSignals(blocked)
        self._show_current(row_to_select)

    def current_id(self) -> int | None:
        entry = self.list.currentItem()
        return entry.data(_ID_ROLE) if entry is not None else None

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only and self.current_id() is not None)
        self.form.set_read_only(read_only)

    # --- reacting ---------------------------------------------------------------------
    def _show_current(self, row: int) -> None:
        item_id = self.current_id()
        item = self._editing.item(self._scope, item_id) if item_id is not None else None
        self.form.load(item, item_id)
        self.form.setVisible(item is not None)
        self.empty_hint.setVisible(self.list.count() == 0)
        self.remove_button.setEnabled(item is not None and not self._editing.read_only)

    def _add(self) -> None:
        item_id = self._editing.add_item(self._scope)
        if item_id is not None:
            self.form.first_editor().setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove(self) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self._editing.remove_item(self._scope, item_id)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_items_changed(self, scope: str, select_id: int | None) -> None:
        if scope == self._scope:
            self.refresh(select_id)

    def _on_field_changed(self, ref: FieldRef) -> None:
        if ref.scope != self._scope:
            return
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.data(_ID_ROLE) == ref.item_id:
                item = self._editing.item(self._scope, ref.item_id)
                if item is not None:
                    entry.setText(self._label_for(item))
                if row != self.list.currentRow():
                    self.list.setCurrentRow(row)  # undo shows the person it changed
                break
