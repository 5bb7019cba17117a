"""Ideas for a box: the example bank from the form (Vedlegg 1:2) and the
measure suggestions noted in conversations. An example is inserted with one
click on it (or Enter / "Sett inn" from the keyboard, or dragged onto a list)
and can then be edited — Ctrl+Z takes an unwanted one back; a suggestion is
accepted as a measure or dropped."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.measure_circle import EntryKind
from desktop.domain.suggestions import MeasureSuggestion
from desktop.forms.circle_form import BoxSpec
from desktop.ui.sections.circle.model import Row, RowList, RowModel

_KEYS = {EntryKind.RESOURCE: "resources", EntryKind.RISK: "risks",
         EntryKind.MEASURE: "measures"}
_MARKERS = {EntryKind.RESOURCE: "+", EntryKind.RISK: "−", EntryKind.MEASURE: "•"}


class ExampleBank(QGroupBox):
    insert_requested = Signal(str, str)  # kind value, text

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Eksempler å hente fra"), parent)
        self.setObjectName("exampleBank")
        self.model = RowModel(draggable=True, parent=self)
        self.list = RowList(self.model)
        self.list.setObjectName("exampleList")
        self.list.setAccessibleName(self.tr("Eksempler"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.show_rows(6, 12)
        self.insert = QPushButton(self.tr("Sett &inn"))
        self.insert.setObjectName("insertExample")
        self.insert.setAccessibleName(self.tr("Sett inn valgt eksempel"))
        hint = QLabel(self.tr("Klikk på et eksempel for å sette det inn, eller dra det til en "
                              "liste. Tilpass teksten etterpå."))
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
        self.list.activated.connect(lambda _index: self._insert_current())
        # One click inserts (issue 5); `activated` may also fire for that click
        # where the style activates on single click, so only one of them acts.
        self.list.clicked.connect(self._clicked)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update())

    def load(self, spec: BoxSpec, titles: dict[EntryKind, str], read_only: bool) -> None:
        rows = [Row(n, f"{_MARKERS[kind]} {text}", text, kind.value)
                for kind, key in _KEYS.items()
                for n, text in enumerate(spec.examples.get(key, ()))]
        self.model.set_rows(rows)
        self._read_only = read_only
        self.list.setDragEnabled(not read_only)
        self._update()

    def _update(self) -> None:
        self.insert.setEnabled(not getattr(self, "_read_only", False)
                               and self.list.current() is not None)

    def _clicked(self, index) -> None:
        if not self.list.style().styleHint(
                self.list.style().StyleHint.SH_ItemView_ActivateItemOnSingleClick,
                None, self.list):
            self.list.setCurrentIndex(index)
            self._insert_current()

    def _insert_current(self) -> None:
        row = self.list.current()
        if row is not None and not getattr(self, "_read_only", False):
            self.insert_requested.emit(row.kind, row.full)


class SuggestionPanel(QGroupBox):
    accept_requested = Signal(int)
    drop_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Forslag fra samtaler"), parent)
        self.setObjectName("suggestionPanel")
        self.model = RowModel(parent=self)
        self.list = RowList(self.model)
        self.list.setObjectName("suggestionList")
        self.list.setAccessibleName(self.tr("Forslag til tiltak fra samtaler"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.show_rows(1, 4)
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
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update())
        self._read_only = False

    def load(self, suggestions: list[MeasureSuggestion], read_only: bool) -> None:
        self._read_only = read_only
        rows = []
        for s in suggestions:
            text = f"{s.text} — {s.source_label}" if s.source_label else s.text
            rows.append(Row(s.id, text, text))
        self.model.set_rows(rows)
        if suggestions:
            self.list.set_current_row(0)
        self.setVisible(bool(suggestions))
        self._update()

    def _update(self) -> None:
        enabled = not self._read_only and self.list.current() is not None
        self.accept.setEnabled(enabled)
        self.drop.setEnabled(enabled)

    def _emit(self, signal) -> None:
        row = self.list.current()
        if row is not None:
            signal.emit(row.key)
