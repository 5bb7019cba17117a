"""Heat map of absence: weekdays (rows) × lessons (columns); the darker the
cell, the more often that lesson was missed. Painted directly (cheap redraw)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.absence import AbsenceRecord
from desktop.domain.absence_heat import heat_counts
from desktop.domain.school_week import SchoolWeek
from desktop.ui.crash_guard import guarded
from desktop.ui.widgets.absence_texts import WEEKDAYS_SHORT


class HeatMap(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("absenceHeatMap")
        self.setAccessibleName(self.tr("Fravær per ukedag og time"))
        self.setMinimumSize(260, 150)
        self.setMaximumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.counts: list[list[int]] = []
        self.days: list[int] = list(range(5))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 200)

    def set_data(self, records: list[AbsenceRecord], week: SchoolWeek) -> None:
        self.set_counts(heat_counts(records, week), week)

    def set_counts(self, counts: list[list[int]], week: SchoolWeek) -> None:
        """Counts computed elsewhere (on a worker, for a long register)."""
        self.counts = counts
        self.days = sorted(d for d, subjects in week.lessons.items() if subjects) or [0]
        top = max((max(self.counts[d]) for d in self.days), default=0)
        self.setAccessibleDescription(self.tr("Mest fravær: %1 ganger").replace("%1", str(top)))
        self.update()

    @guarded
    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        columns = len(self.counts[0]) if self.counts else 6
        label_w, header_h = 40.0, 20.0
        cell_w = (self.width() - label_w - 2) / max(columns, 1)
        cell_h = (self.height() - header_h - 2) / max(len(self.days), 1)
        top = max((max(self.counts[d]) for d in self.days), default=0) if self.counts else 0
        text = self.palette().windowText().color()
        painter.setPen(text)
        for column in range(columns):
            painter.drawText(QRectF(label_w + column * cell_w, 0, cell_w, header_h),
                             Qt.AlignmentFlag.AlignCenter, str(column + 1))
        for row, day in enumerate(self.days):
            y = header_h + row * cell_h
            painter.setPen(text)
            painter.drawText(QRectF(0, y, label_w - 4, cell_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             WEEKDAYS_SHORT[day])
            for column in range(columns):
                value = self.counts[day][column] if self.counts else 0
                strength = value / top if top else 0.0
                color = QColor.fromRgbF(1.0 - 0.15 * strength, 1.0 - 0.6 * strength,
                                        1.0 - 0.75 * strength)
                rect = QRectF(label_w + column * cell_w + 1, y + 1, cell_w - 2, cell_h - 2)
                painter.fillRect(rect, color)
                if value:
                    painter.setPen(QColor("#1f1f1f"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))
        painter.end()
