"""One list of a box (ressurser, risiko or tiltak): type + Enter adds, F2 or a
double-click edits in place, Alt+Up/Alt+Down or the arrow buttons reorder,
Delete removes. Long texts are elided, the full text is in the tooltip and
in `detail` below the list while an entry is current. Dropping a text (from
the example bank) adds it."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.measure_circle import CircleEntry, EntryKind
from desktop.ui.sections.circle.model import Row, RowList, RowModel
from desktop.ui.widgets.inputs import fitting_placeholder

_PREFIX = {EntryKind.RESOURCE: "resource", EntryKind.RISK: "risk",
           EntryKind.MEASURE: "measure"}


class EntryList(QWidget):
    """Signals carry entry ids; the box editor turns them into undoable edits."""

    # Ids and indexes are ints, -1 for "none"/"at the end": None sent through an
    # `object` signal upsets PySide6 6.12's reference counts (none_dealloc).
    add_requested = Signal(str, int)  # text, index within the kind (-1: at the end)
    rename_requested = Signal(int, str)
    remove_requested = Signal(int)
    move_requested = Signal(int, int)  # id, new index
    current_changed = Signal(int)  # entry id or -1

    def __init__(self, kind: EntryKind, title: str, add_hint: str,
                 label_for: Callable[[CircleEntry], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self._label_for = label_for
        self._filling = False
        prefix = _PREFIX[kind]

        self.title = QLabel(title)
        self.title.setObjectName(prefix + "Title")
        self.title.setProperty("role", "subheading")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.input = QLineEdit()
        self.input.setObjectName(prefix + "Input")
        self.input.setAccessibleName(self.tr("Ny: %1").replace("%1", title))
        # "Hva hjelper? Skriv og trykk Enter", or only "Hva hjelper?" when the
        # column is narrow (larger text).
        fitting_placeholder(self.input, add_hint, add_hint.rsplit(" Skriv", 1)[0])
        self.input.setClearButtonEnabled(True)
        self.title.setBuddy(self.input)

        self.model = RowModel(on_edit=lambda key, text: self.rename_requested.emit(key, text),
                              parent=self)
        self.list = RowList(self.model, accept_kind=kind.value)
        self.list.setObjectName(prefix + "List")
        self.list.setAccessibleName(title)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.show_rows(3, 10 if kind is EntryKind.MEASURE else 7)
        self.list.drop_handler = lambda text, row: self.add_requested.emit(text, row)

        self.up = self._button("▲", prefix + "Up", self.tr("Flytt opp (Alt+Pil opp)"))
        self.down = self._button("▼", prefix + "Down", self.tr("Flytt ned (Alt+Pil ned)"))
        self.remove = self._button("✕", prefix + "Remove", self.tr("Slett (Delete)"))
        self.detail = QLabel()
        self.detail.setObjectName(prefix + "Detail")
        self.detail.setWordWrap(True)
        self.detail.setProperty("role", "hint")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()

        buttons = QVBoxLayout()
        for b in (self.up, self.down, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.input)
        layout.addLayout(row)
        layout.addWidget(self.detail)

        self.input.returnPressed.connect(self._add_typed)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.remove.clicked.connect(self._remove_current)
        self.list.installEventFilter(self)
        self._update_buttons()

    def _button(self, text: str, name: str, accessible: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do the same in the list
        return button

    # --- public -----------------------------------------------------------------------
    def fill(self, entries: list[CircleEntry], select_id: int | None = None) -> None:
        keep = self.current_id() if select_id is None else select_id
        self._filling = True
        self.model.set_rows([Row(e.id, self._label_for(e), e.text) for e in entries])
        rows = [e.id for e in entries]
        if keep in rows:
            self.list.set_current_row(rows.index(keep))
        self._filling = False
        self._current_changed()

    def current_id(self) -> int | None:
        row = self.list.current()
        return row.key if row is not None else None

    def texts(self) -> list[str]:
        return self.list.full_texts()

    def set_read_only(self, read_only: bool) -> None:
        self.input.setReadOnly(read_only)
        self.model.editable = not read_only
        self._read_only = read_only
        self._update_buttons()

    # --- reacting -------------------------------------------------------------------------
    def _add_typed(self) -> None:
        text = self.input.text().strip()
        if text:
            self.add_requested.emit(text, -1)
            self.input.clear()

    def _current_changed(self, *_args) -> None:
        if self._filling:
            return
        row = self.list.current()
        text = row.full if row is not None else ""
        self.detail.setText(text)
        self.detail.setVisible(bool(text) and self.list.hasFocus())
        self.list.setAccessibleDescription(text)
        self._update_buttons()
        self.current_changed.emit(row.key if row is not None else -1)

    def _move(self, step: int) -> None:
        row = self.list.current_row()
        if row < 0 or not 0 <= row + step < self.list.count():
            return
        self.move_requested.emit(self.current_id(), row + step)

    def _remove_current(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.remove_requested.emit(entry_id)

    def _update_buttons(self) -> None:
        editable = not getattr(self, "_read_only", False)
        row, count = self.list.current_row(), self.list.count()
        self.up.setEnabled(editable and row > 0)
        self.down.setEnabled(editable and 0 <= row < count - 1)
        self.remove.setEnabled(editable and row >= 0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.list:
            if event.type() == QEvent.Type.KeyPress and self.list.state() != \
                    QAbstractItemView.State.EditingState:
                alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
                if alt and event.key() == Qt.Key.Key_Up:
                    self._move(-1)
                    return True
                if alt and event.key() == Qt.Key.Key_Down:
                    self._move(+1)
                    return True
                if event.key() == Qt.Key.Key_Delete and self.remove.isEnabled():
                    self._remove_current()
                    return True
            elif event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
                self.detail.setVisible(bool(self.detail.text())
                                       and event.type() == QEvent.Type.FocusIn)
        return False
