"""A flat list model of text rows for the circle's lists (entries, examples,
suggestions). Rebuilding a list is one model reset instead of a call per item
and per attribute (cheaper, and on PySide6 6.12.0 with Python 3.11 every
void Qt call made from Python also drops a reference to None)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QSize, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate

EXAMPLE_MIME = "application/x-naervaer-example"


@dataclass(frozen=True, slots=True)
class Row:
    key: int  # entry id, suggestion id, or index
    label: str  # what the list shows (elided)
    full: str  # full text: tooltip, focus detail, and the text edited in place
    kind: str = ""  # for examples: the EntryKind value


class RowModel(QAbstractListModel):
    """`on_edit(key, text)` is called (after the editor has closed) when a row
    is edited in place; rows are editable only when it is given. `drag_kind`
    rows can be dragged as examples."""

    def __init__(self, on_edit: Callable[[int, str], None] | None = None,
                 draggable: bool = False, parent=None):
        super().__init__(parent)
        self.rows: list[Row] = []
        self._on_edit = on_edit
        self._draggable = draggable
        self.editable = on_edit is not None

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.AccessibleDescriptionRole):
            return row.full
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid():
            if self.editable:
                flags |= Qt.ItemFlag.ItemIsEditable
            if self._draggable:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._on_edit is None:
            return False
        key, text = self.rows[index.row()].key, str(value)
        # After the delegate has closed its editor: the edit rebuilds the list.
        QTimer.singleShot(0, lambda: self._on_edit(key, text))
        return True

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [EXAMPLE_MIME, "text/plain"]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        if indexes:
            row = self.rows[indexes[0].row()]
            mime.setText(row.full)
            mime.setData(EXAMPLE_MIME, row.kind.encode())
        return mime


class _ElidingDelegate(QStyledItemDelegate):
    """Items as wide as the list (not as their text), so long texts are elided
    instead of scrolling sideways."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        size.setWidth(min(size.width(), max(40, self.parent().viewport().width() - 2)))
        return size


class RowList(QListView):
    """A one-line-per-row list over a RowModel, with helpers that read like a
    list widget's. Optionally accepts dropped texts (examples) of one kind."""

    def __init__(self, model: RowModel, accept_kind: str = ""):
        super().__init__()
        self.setModel(model)
        self.rows_model = model
        self._accept_kind = accept_kind
        self.setItemDelegate(_ElidingDelegate(self))
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        if accept_kind:
            self.setAcceptDrops(True)
            self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.drop_handler: Callable[[str, int], None] | None = None
        self._rows_shown = (3, 8)
        model.modelReset.connect(self._fit)
        self._fit()

    def show_rows(self, least: int, most: int) -> None:
        """Grow with the content from `least` to `most` rows, then scroll."""
        self._rows_shown = (least, most)
        self._fit()

    def _fit(self) -> None:
        least, most = self._rows_shown
        rows = max(least, min(most, self.count() + 1))
        row_height = self.fontMetrics().height() + 4
        if self.count():
            row_height = max(row_height, self.sizeHintForRow(0))
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 2)

    # --- list-widget-like helpers ---------------------------------------------------
    def count(self) -> int:
        return self.rows_model.rowCount()

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def set_current_row(self, row: int) -> None:
        if 0 <= row < self.count():
            self.setCurrentIndex(self.rows_model.index(row))

    def current(self) -> Row | None:
        row = self.current_row()
        return self.rows_model.rows[row] if row >= 0 else None

    def labels(self) -> list[str]:
        return [r.label for r in self.rows_model.rows]

    def full_texts(self) -> list[str]:
        return [r.full for r in self.rows_model.rows]

    # --- dropping examples -------------------------------------------------------------
    def _accepts(self, event) -> bool:
        mime = event.mimeData()
        if mime.hasFormat(EXAMPLE_MIME):
            return bytes(mime.data(EXAMPLE_MIME)).decode() == self._accept_kind
        return mime.hasText()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._accept_kind and self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        if not (self._accept_kind and self._accepts(event)) or self.drop_handler is None:
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        row = index.row() if index.isValid() else self.count()
        self.drop_handler(event.mimeData().text(), row)
        event.acceptProposedAction()
