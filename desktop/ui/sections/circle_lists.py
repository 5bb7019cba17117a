"""One list of a box (ressurser, risiko or tiltak): type + Enter adds, F2 or a
double-click edits in place, Alt+Up/Alt+Down or the arrow buttons reorder,
Delete removes. Long texts are elided, the full text is in the tooltip and
in `detail` below the list while an entry is current. Dropping a text (from
the example bank) adds it."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.measure_circle import CircleEntry, EntryKind

ID_ROLE = Qt.ItemDataRole.UserRole
EXAMPLE_MIME = "application/x-naervaer-example"

_PREFIX = {EntryKind.RESOURCE: "resource", EntryKind.RISK: "risk",
           EntryKind.MEASURE: "measure"}


class _ElidingDelegate(QStyledItemDelegate):
    """Items as wide as the list (not as their text), so long texts are elided
    instead of scrolling sideways."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        view = self.parent()
        size.setWidth(min(size.width(), max(40, view.viewport().width() - 2)))
        return size


def make_eliding(view: QListWidget) -> None:
    """One line per item, elided to the list's width; the full text is the tooltip."""
    view.setItemDelegate(_ElidingDelegate(view))
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setWordWrap(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)


class _EntryListWidget(QListWidget):
    """A QListWidget that accepts dropped text (examples) and reports it."""

    text_dropped = Signal(str, int)  # text, row to insert at

    def __init__(self, kind: EntryKind):
        super().__init__()
        self._kind = kind
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        make_eliding(self)

    def _accepts(self, event) -> bool:
        mime = event.mimeData()
        if mime.hasFormat(EXAMPLE_MIME):
            return bytes(mime.data(EXAMPLE_MIME)).decode() == self._kind.value
        return mime.hasText()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        if not self._accepts(event):
            event.ignore()
            return
        item = self.itemAt(event.position().toPoint())
        row = self.row(item) if item is not None else self.count()
        self.text_dropped.emit(event.mimeData().text(), row)
        event.acceptProposedAction()


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
        self.input.setPlaceholderText(add_hint)
        self.input.setClearButtonEnabled(True)
        self.title.setBuddy(self.input)

        self.list = _EntryListWidget(kind)
        self.list.setObjectName(prefix + "List")
        self.list.setAccessibleName(title)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setWordWrap(False)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setMinimumHeight(96)
        self.list.setMaximumHeight(180)

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
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.text_dropped.connect(lambda text, row: self.add_requested.emit(text, row))
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
        self._filling = True
        keep = self.current_id() if select_id is None else select_id
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(self._label_for(entry))
            item.setData(ID_ROLE, entry.id)
            item.setToolTip(entry.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
            if entry.id == keep:
                self.list.setCurrentItem(item)
        self._filling = False
        self._current_changed(self.list.currentItem(), None)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def texts(self) -> list[str]:
        return [self.list.item(i).toolTip() for i in range(self.list.count())]

    def set_read_only(self, read_only: bool) -> None:
        self.input.setReadOnly(read_only)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                  else QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self._read_only = read_only
        self._update_buttons()

    # --- reacting -------------------------------------------------------------------------
    def _add_typed(self) -> None:
        text = self.input.text().strip()
        if text:
            self.add_requested.emit(text, -1)
            self.input.clear()

    def _item_changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            # After the delegate has closed its editor: the rename rebuilds the list.
            entry_id, text = item.data(ID_ROLE), item.text()
            QTimer.singleShot(0, lambda: self.rename_requested.emit(entry_id, text))

    def _current_changed(self, item, _previous) -> None:
        if self._filling:
            return
        text = item.toolTip() if item is not None else ""
        self.detail.setText(text)
        self.detail.setVisible(bool(text) and self.list.hasFocus())
        self.list.setAccessibleDescription(text)
        self._update_buttons()
        current = self.current_id()
        self.current_changed.emit(-1 if current is None else current)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + step < self.list.count():
            return
        self.move_requested.emit(self.current_id(), row + step)

    def _remove_current(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.remove_requested.emit(entry_id)

    def _update_buttons(self) -> None:
        editable = not getattr(self, "_read_only", False)
        row, count = self.list.currentRow(), self.list.count()
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
