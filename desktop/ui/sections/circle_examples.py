"""Ideas for a box: the example bank from the form (Vedlegg 1:2) and the
measure suggestions noted in conversations. An example is inserted with one
click on "Sett inn" (or double-click/Enter, or dragged onto a list) and can
then be edited; a suggestion is accepted as a measure or dropped."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.measure_circle import EntryKind
from desktop.domain.suggestions import MeasureSuggestion
from desktop.forms.circle_form import BoxSpec
from desktop.ui.sections.circle_lists import EXAMPLE_MIME, make_eliding

_KIND_ROLE = Qt.ItemDataRole.UserRole
_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
_KEYS = {EntryKind.RESOURCE: "resources", EntryKind.RISK: "risks",
         EntryKind.MEASURE: "measures"}


class _ExampleList(QListWidget):
    def mimeData(self, items) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        if items:
            mime.setText(items[0].data(_TEXT_ROLE))
            mime.setData(EXAMPLE_MIME, items[0].data(_KIND_ROLE).encode())
        return mime


class ExampleBank(QGroupBox):
    insert_requested = Signal(str, str)  # kind value, text

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Eksempler å hente fra"), parent)
        self.setObjectName("exampleBank")
        self.list = _ExampleList()
        self.list.setObjectName("exampleList")
        self.list.setAccessibleName(self.tr("Eksempler"))
        make_eliding(self.list)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setMinimumHeight(120)
        self.insert = QPushButton(self.tr("Sett &inn"))
        self.insert.setObjectName("insertExample")
        self.insert.setAccessibleName(self.tr("Sett inn valgt eksempel"))
        hint = QLabel(self.tr("Velg et eksempel og sett det inn, eller dra det til en liste. "
                              "Tilpass teksten etterpå."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        row = QHBoxLayout()
        row.addWidget(self.insert)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.insert.clicked.connect(self._insert_current)
        self.list.itemActivated.connect(lambda item: self._insert(item))
        self.list.currentItemChanged.connect(lambda *_: self._update())

    def load(self, spec: BoxSpec, titles: dict[EntryKind, str], read_only: bool) -> None:
        self.list.clear()
        for kind, key in _KEYS.items():
            marker = {EntryKind.RESOURCE: "+", EntryKind.RISK: "−", EntryKind.MEASURE: "•"}[kind]
            for text in spec.examples.get(key, ()):
                item = QListWidgetItem(f"{marker} {text}")
                item.setData(_KIND_ROLE, kind.value)
                item.setData(_TEXT_ROLE, text)
                item.setToolTip(f"{titles[kind]}: {text}")
                self.list.addItem(item)
        self._read_only = read_only
        self.list.setDragEnabled(not read_only)
        self._update()

    def _update(self) -> None:
        self.insert.setEnabled(not getattr(self, "_read_only", False)
                               and self.list.currentItem() is not None)

    def _insert_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._insert(item)

    def _insert(self, item: QListWidgetItem) -> None:
        if not getattr(self, "_read_only", False):
            self.insert_requested.emit(item.data(_KIND_ROLE), item.data(_TEXT_ROLE))


class SuggestionPanel(QGroupBox):
    accept_requested = Signal(int)
    drop_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Forslag fra samtaler"), parent)
        self.setObjectName("suggestionPanel")
        self.list = QListWidget()
        self.list.setObjectName("suggestionList")
        self.list.setAccessibleName(self.tr("Forslag til tiltak fra samtaler"))
        make_eliding(self.list)
        self.list.setMaximumHeight(120)
        self.accept = QPushButton(self.tr("&Godta som tiltak"))
        self.accept.setObjectName("acceptSuggestion")
        self.accept.setAccessibleName(self.tr("Godta forslaget som tiltak"))
        self.drop = QPushButton(self.tr("&Forkast"))
        self.drop.setObjectName("dropSuggestion")
        self.drop.setAccessibleName(self.tr("Forkast forslaget"))
        row = QHBoxLayout()
        row.addWidget(self.accept)
        row.addWidget(self.drop)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.accept.clicked.connect(lambda: self._emit(self.accept_requested))
        self.drop.clicked.connect(lambda: self._emit(self.drop_requested))
        self.list.currentRowChanged.connect(lambda _: self._update())
        self._read_only = False

    def load(self, suggestions: list[MeasureSuggestion], read_only: bool) -> None:
        self._read_only = read_only
        self.list.clear()
        for s in suggestions:
            text = f"{s.text} — {s.source_label}" if s.source_label else s.text
            item = QListWidgetItem(text)
            item.setData(_KIND_ROLE, s.id)
            item.setToolTip(text)
            self.list.addItem(item)
        if suggestions:
            self.list.setCurrentRow(0)
        self.setVisible(bool(suggestions))
        self._update()

    def _update(self) -> None:
        enabled = not self._read_only and self.list.currentItem() is not None
        self.accept.setEnabled(enabled)
        self.drop.setEnabled(enabled)

    def _emit(self, signal) -> None:
        item = self.list.currentItem()
        if item is not None:
            signal.emit(item.data(_KIND_ROLE))
