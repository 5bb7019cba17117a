"""The shape Avtaler and Møter share: a list of records on the left (heading,
"new" button, the list, "delete"), the chosen record in a scroll area on the
right, a hint line for messages, and a splitter between them; RecordSelection
keeps which record is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common import heading
from desktop.ui.keyboard_access import ROLE

ID_ROLE = Qt.ItemDataRole.UserRole  # a record list item's id


def record_list(name: str, accessible: str) -> QListWidget:
    records = QListWidget()
    records.setObjectName(name)
    records.setAccessibleName(accessible)
    records.setWordWrap(True)  # "Avtale 2, versjon 3 – klar til signering" in full
    records.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return records


def fill_record_list(records: QListWidget, rows: list[tuple[int, str]], wanted: int | None,
                     fallback: int | None) -> int | None:
    """Shows (id, label) rows and selects `wanted` (or `fallback` when it is gone)
    without emitting selection signals; returns the id now selected."""
    ids = [record_id for record_id, _ in rows]
    if wanted not in ids:
        wanted = fallback
    records.blockSignals(True)
    records.clear()
    for record_id, label in rows:
        item = QListWidgetItem(label)
        item.setData(ID_ROLE, record_id)
        records.addItem(item)
        if record_id == wanted:
            records.setCurrentItem(item)
    records.blockSignals(False)
    return wanted


def left_column(title: str, heading_name: str, new_button: QPushButton,
                records: QListWidget, delete_button: QPushButton) -> QWidget:
    left = QWidget()
    layout = QVBoxLayout(left)
    layout.addWidget(heading(title, 14, heading_name))
    layout.addWidget(new_button)
    layout.addWidget(records, 1)
    layout.addWidget(delete_button)
    for made in (new_button, delete_button):
        made.ensurePolished()  # measured in the stylesheet's font (larger with Tekststørrelse)
    left.setMinimumWidth(max(160, new_button.sizeHint().width() + 24,
                             delete_button.sizeHint().width() + 24))
    return left


def scrolled(widget: QWidget, name: str, accessible: str, focus: bool = True) -> QScrollArea:
    """`focus=False`: Tab goes through the frame to what is inside (a frame that
    only keeps a screen small needs no stop of its own)."""
    scroll = QScrollArea()
    if not focus:
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setObjectName(name)
    scroll.setAccessibleName(accessible)
    scroll.setProperty(ROLE, "Pane")  # a named region a reader can announce
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


def wrapped_label(name: str, text: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


def master_detail(owner: QWidget, left: QWidget, right: QWidget) -> None:
    """Lays out `owner` as the list beside the record."""
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([200, 800])
    layout = QVBoxLayout(owner)
    layout.addWidget(splitter)


class RecordSelection:
    """Which record of a master–detail section is shown. The section sets
    `current_id`, names how to `fetch` a record by id (KeyError when it is gone)
    and how to `_show` it; `_generation` starts a new undo merge group whenever
    another record is chosen, so typing in two records never merges."""

    current_id: int | None = None
    _generation: int = 0

    def fetch(self, record_id: int):
        raise NotImplementedError

    def _show(self) -> None:
        raise NotImplementedError

    @property
    def current(self):
        if self.current_id is None:
            return None
        try:
            return self.fetch(self.current_id)
        except KeyError:
            return None

    def _selected(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.current_id = item.data(ID_ROLE) if item is not None else None
        self._generation += 1
        self._show()
