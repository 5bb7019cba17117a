"""The week grid of one step: school days as rows, lessons as columns. A click
on a cell moves it to the next state (deltar → med støtte → alternativ arena →
ikke); with the keyboard the arrows move and Space does the same, or 1–4 set
a state directly. Every change is signalled; the section stores it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)

from desktop.domain.escalation_plan import CELL_CYCLE, Cell, Grid
from desktop.domain.school_week import WEEKDAY_NAMES

CELL_COLOURS = {
    Cell.ATTEND: QColor("#2e7d32"),
    Cell.SUPPORTED: QColor("#1f5fa8"),
    Cell.ALTERNATIVE: QColor("#b26a00"),
    Cell.NONE: QColor("#f2f2f2"),
}
_KEYS = {Qt.Key.Key_1: Cell.ATTEND, Qt.Key.Key_2: Cell.SUPPORTED,
         Qt.Key.Key_3: Cell.ALTERNATIVE, Qt.Key.Key_4: Cell.NONE}


class WeekGrid(QTableWidget):
    """`cell_changed(day, lesson, cell_value)`: a person changed one cell."""

    cell_changed = Signal(int, int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("planGrid")
        self.setAccessibleName(self.tr("Ukeplan for steget"))
        self.setAccessibleDescription(self.tr(
            "Klikk eller trykk mellomrom for å bytte: deltar, deltar med støtte, "
            "alternativ arena, ikke. Tastene 1 til 4 velger direkte."))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._days: list[int] = []
        self._grid: Grid = {}
        self.cellClicked.connect(lambda row, col: self._cycle(row, col))

    def labels(self) -> dict[Cell, str]:
        return {Cell.ATTEND: self.tr("Deltar"), Cell.SUPPORTED: self.tr("Med støtte"),
                Cell.ALTERNATIVE: self.tr("Alternativ arena"), Cell.NONE: self.tr("Ikke")}

    def set_grid(self, grid: Grid) -> None:
        days = sorted(grid)
        lessons = max((len(c) for c in grid.values()), default=0)
        row, col = self.currentRow(), self.currentColumn()
        self.blockSignals(True)
        if days != self._days or lessons != self.columnCount():
            self.setRowCount(len(days))
            self.setColumnCount(lessons)
            self.setVerticalHeaderLabels([WEEKDAY_NAMES[d].capitalize() for d in days])
            self.setHorizontalHeaderLabels([self.tr("%1. time").replace("%1", str(n + 1))
                                            for n in range(lessons)])
            self.setFixedHeight(self.horizontalHeader().sizeHint().height()
                                + 30 * len(days) + 2 * self.frameWidth() + 2)
        self._days, self._grid = days, dict(grid)
        labels = self.labels()
        for r, day in enumerate(days):
            cells = grid[day]
            for c in range(lessons):
                if c >= len(cells):
                    item = QTableWidgetItem("")
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                else:
                    cell = cells[c]
                    item = QTableWidgetItem(labels[cell] if cell.present else "–")
                    item.setData(Qt.ItemDataRole.UserRole, cell.value)
                    item.setBackground(QBrush(CELL_COLOURS[cell]))
                    item.setForeground(QBrush(QColor("white") if cell.present
                                              else QColor("#6b6b6b")))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setToolTip(f"{WEEKDAY_NAMES[day]}, {c + 1}. time: {labels[cell]}")
                self.setItem(r, c, item)
        if 0 <= row < self.rowCount() and 0 <= col < self.columnCount():
            self.setCurrentCell(row, col)
        self.blockSignals(False)

    def cell_at(self, day: int, lesson: int) -> Cell:
        return self._grid[day][lesson]

    def cell_rect_centre(self, day: int, lesson: int):
        """Viewport point of a cell (for tests that click like a person)."""
        row = self._days.index(day)
        return self.visualRect(self.model().index(row, lesson)).center()

    def _cycle(self, row: int, col: int) -> None:
        if not (0 <= row < len(self._days)):
            return
        day = self._days[row]
        if col >= len(self._grid[day]):
            return
        current = self._grid[day][col]
        following = CELL_CYCLE[(CELL_CYCLE.index(current) + 1) % len(CELL_CYCLE)]
        self.cell_changed.emit(day, col, following.value)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        row, col = self.currentRow(), self.currentColumn()
        if event.key() == Qt.Key.Key_Space and row >= 0:
            self._cycle(row, col)
            return
        if event.key() in _KEYS and row >= 0 and col < len(self._grid[self._days[row]]):
            self.cell_changed.emit(self._days[row], col, _KEYS[event.key()].value)
            return
        super().keyPressEvent(event)
