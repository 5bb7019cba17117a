"""Absence per school week as bars (documented dark, undocumented light), weeks
entirely off in grey, and a line with a letter where a measure, an agreement
or a plan step started. Painted directly. Keyboard: Left/Right (Home/End)
choose a week; the chosen week is read out through the accessible description
and shown in words under the chart (`week_changed`)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.services.absence_insight import Marker, MarkerKind, Trend
from desktop.ui.crash_guard import guarded
from desktop.ui.keyboard_access import ROLE
from desktop.ui.widgets.absence_insight_texts import marker_letter, week_text

DOCUMENTED = QColor("#3f6e8c")
UNDOCUMENTED = QColor("#e0a458")
OFF = QColor("#e4e4e4")
MARKER_COLORS = {MarkerKind.MEASURE: QColor("#2e7d32"), MarkerKind.AGREEMENT: QColor("#6a1b9a"),
                 MarkerKind.STEP: QColor("#b23c17")}
LEFT, BOTTOM, TOP = 52.0, 22.0, 18.0


class TrendChart(QWidget):
    week_changed = Signal(str)  # the chosen week in words

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("absenceTrend")
        self.setAccessibleName(self.tr("Fravær per skoleuke"))
        self.setProperty(ROLE, "Chart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 170)
        self.setMaximumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.trend = Trend([], [])
        self.current = -1

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(800, 200)

    def set_trend(self, trend: Trend) -> None:
        keep = self.trend.weeks[self.current].monday if 0 <= self.current < len(
            self.trend.weeks) else None
        self.trend = trend
        mondays = [w.monday for w in trend.weeks]
        self.current = mondays.index(keep) if keep in mondays else len(mondays) - 1
        self._announce()
        self.update()

    def markers_in(self, index: int) -> list[Marker]:
        monday = self.trend.weeks[index].monday
        return [m for m in self.trend.markers if monday <= m.day < monday + timedelta(days=7)]

    def current_text(self) -> str:
        if not 0 <= self.current < len(self.trend.weeks):
            return ""
        return week_text(self.trend.weeks[self.current], self.markers_in(self.current))

    def choose(self, index: int) -> None:
        if self.trend.weeks:
            self.current = max(0, min(index, len(self.trend.weeks) - 1))
            self._announce()
            self.update()

    def _announce(self) -> None:
        text = self.current_text()
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.week_changed.emit(text)

    # --- input ----------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        moves = {Qt.Key.Key_Left: self.current - 1, Qt.Key.Key_Right: self.current + 1,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(self.trend.weeks) - 1}
        if event.key() in moves:
            self.choose(moves[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        width = self._bar_width()
        if width > 0:
            self.choose(int((event.position().x() - LEFT) // width))
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    # --- painting ------------------------------------------------------------------------
    def _bar_width(self) -> float:
        return (self.width() - LEFT - 4) / len(self.trend.weeks) if self.trend.weeks else 0.0

    def _scale(self) -> float:
        """The top of the axis: 20, 40, 60, 80 or 100 %, so the lines fall on whole fives."""
        top = max((w.absence.share for w in self.trend.weeks), default=0.0)
        return min(100.0, max(20.0, 20.0 * -(-top // 20)))

    @guarded
    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        text = self.palette().windowText().color()
        plot = QRectF(LEFT, TOP, self.width() - LEFT - 4, self.height() - TOP - BOTTOM)
        scale = self._scale()
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        for step in range(0, int(scale) + 1, int(scale) // 4):
            y = plot.bottom() - plot.height() * step / scale
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - 8, LEFT - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{step} %")
            painter.setPen(QPen(QColor("#c8c8c8"), 1))
        width = self._bar_width()
        for index, week in enumerate(self.trend.weeks):
            x = plot.left() + index * width
            if week.off:
                painter.fillRect(QRectF(x + 1, plot.top(), width - 2, plot.height()), OFF)
            else:
                absence, lessons = week.absence, week.absence.school_lessons
                doc_h = plot.height() * 100.0 * absence.documented / lessons / scale
                undoc_h = plot.height() * 100.0 * absence.undocumented / lessons / scale
                painter.fillRect(QRectF(x + 1, plot.bottom() - doc_h, width - 2, doc_h), DOCUMENTED)
                painter.fillRect(QRectF(x + 1, plot.bottom() - doc_h - undoc_h, width - 2,
                                        undoc_h), UNDOCUMENTED)
            if index % max(1, int(40 // max(width, 1)) + 1) == 0:
                painter.setPen(text)
                painter.drawText(QRectF(x - 10, plot.bottom() + 2, width + 20, BOTTOM - 2),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 str(week.monday.isocalendar().week))
        self._paint_markers(painter, plot, width)
        if 0 <= self.current < len(self.trend.weeks):
            pen = QPen(text, 2 if self.hasFocus() else 1)
            pen.setStyle(Qt.PenStyle.SolidLine if self.hasFocus() else Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(QRectF(plot.left() + self.current * width, plot.top(), width,
                                    plot.height()))
        painter.end()

    def _paint_markers(self, painter: QPainter, plot: QRectF, width: float) -> None:
        if not self.trend.weeks:
            return
        first = self.trend.weeks[0].monday
        for marker in self.trend.markers:
            days = (marker.day - first).days
            x = plot.left() + width * (days // 7 + min(marker.day.weekday(), 4) / 5.0)
            color = MARKER_COLORS[marker.kind]
            pen = QPen(color, 2)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(color)
            painter.drawText(QRectF(x - 8, 0, 16, TOP), Qt.AlignmentFlag.AlignCenter,
                             marker_letter(marker.kind))
