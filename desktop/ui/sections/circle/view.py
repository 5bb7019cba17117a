"""The circle drawn with QGraphicsView: the goal in the centre, eight boxes
around it. Scene coordinates are fixed; the view scales the whole figure to
its size, so it grows with the window and on a projector.

Keyboard: arrows move between boxes around the ring, Home goes to the start
box, Enter/Space opens the current box's editor (signal `activated`)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from desktop.ui.crash_guard import guarded
from desktop.ui.keyboard_access import ROLE

# A compact ring (the view is often about as tall as it is wide) so the text
# stays as large as possible.
BOX_W, BOX_H = 250.0, 150.0
RING_X, RING_Y = 380.0, 330.0
GOAL_R = 150.0
SCENE = QRectF(-520, -418, 1040, 836)

_BLUE = QColor("#1f5fa8")
_GREEN = QColor("#2e7d32")
_RED = QColor("#b3261e")
_GREY = QColor("#6b6b6b")
_INK = QColor("#1d1d1d")


@dataclass(frozen=True, slots=True)
class BoxView:
    """What one box shows."""

    id: str
    title: str
    resources: int = 0
    risks: int = 0
    measures: int = 0
    suggestions: int = 0
    discussed: bool = False
    start: bool = False  # the box the guide suggests starting with


def box_centre(index: int, count: int = 8) -> tuple[float, float]:
    angle = math.radians(-90 + index * 360 / count)
    return RING_X * math.cos(angle), RING_Y * math.sin(angle)


def _font(pixels: int, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setItalic(italic)
    return font


class _Ink:
    """Fonts and pens made once (QApplication must exist), not in every paint().
    Fewer calls per paint also matter for PySide6 6.12.0 on Python 3.11, where
    each call of a void Qt function from Python drops a reference to None."""

    _made = None

    @classmethod
    def get(cls) -> "_Ink":
        if cls._made is None:
            cls._made = cls()
        return cls._made

    def __init__(self):
        self.title = _font(22, bold=True)
        self.count = _font(22, bold=True)
        self.status = _font(17)
        self.status_open = _font(17, italic=True)
        self.goal = _font(24, bold=True)
        self.border = QPen(QColor("#9a9a94"), 2)
        self.border_open = QPen(QColor("#9a9a94"), 2, Qt.PenStyle.DashLine)
        self.border_selected = QPen(_BLUE, 6)
        self.fill = QBrush(QColor("#ffffff"))
        self.fill_open = QBrush(QColor("#f4f4f1"))


class BoxItem(QGraphicsItem):
    def __init__(self, index: int, data: BoxView, view: "CircleView"):
        super().__init__()
        self.index = index
        self.data = data
        self.selected = False
        self._view = view
        x, y = box_centre(index)
        self.setPos(x, y)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_data(data)
        # Painted again only when the box changes or the view is scaled.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-BOX_W / 2 - 4, -BOX_H / 2 - 4, BOX_W + 8, BOX_H + 8)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        d, ink = self.data, _Ink.get()
        rect = QRectF(-BOX_W / 2, -BOX_H / 2, BOX_W, BOX_H)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(ink.border_selected if self.selected
                       else ink.border if d.discussed else ink.border_open)
        painter.setBrush(ink.fill if d.discussed else ink.fill_open)
        painter.drawRoundedRect(rect, 14, 14)

        inner = rect.adjusted(14, 10, -14, -10)
        painter.setPen(_INK)
        painter.setFont(ink.title)
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), 58),
                         Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, d.title)
        y = inner.top() + 64
        # Counts side by side as wide as they are, in a smaller type when "+17 −17
        # 16 tiltak" would not fit; the status is cut at the box's edge (the tooltip
        # has it in full).
        # Nothing found yet reads "ingen", not "+0 −0".
        found = ((_GREEN, f"+{d.resources}"), (_RED, f"−{d.risks}")) \
            if d.resources or d.risks else ((_GREY, QCoreApplication.translate("circle", "ingen")),)
        counts = found + ((_BLUE, self._view.measures_text(d.measures)),)
        painter.setFont(ink.count)
        gap = 14
        needed = sum(painter.fontMetrics().horizontalAdvance(t) for _, t in counts) + 2 * gap
        if needed > inner.width():
            smaller = QFont(ink.count)
            smaller.setPixelSize(max(12, int(ink.count.pixelSize() * inner.width() / needed)))
            painter.setFont(smaller)
        x = inner.left()
        for colour, text in counts:
            painter.setPen(colour)
            painter.drawText(QRectF(x, y, inner.right() - x, 30), Qt.AlignmentFlag.AlignLeft,
                             text)
            x += painter.fontMetrics().horizontalAdvance(text) + gap
        painter.setFont(ink.status if d.discussed else ink.status_open)
        painter.setPen(_GREEN if d.discussed else _GREY)
        painter.drawText(QRectF(inner.left(), inner.bottom() - 24, inner.width(), 24),
                         Qt.AlignmentFlag.AlignLeft, painter.fontMetrics().elidedText(
                             self._view.status_text(d), Qt.TextElideMode.ElideRight,
                             int(inner.width())))

    def set_data(self, data: BoxView) -> None:
        self.data = data
        self.setToolTip(f"{data.title}\n{self._view.status_text(data)}")
        self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._view.choose(self.index, activate=True)
        event.accept()


class GoalItem(QGraphicsItem):
    def __init__(self, goal: str, caption: str):
        super().__init__()
        self.goal = goal
        self.caption = caption
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-GOAL_R, -GOAL_R, 2 * GOAL_R, 2 * GOAL_R)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_BLUE, 3))
        painter.setBrush(QBrush(QColor("#e8f0fa")))
        painter.drawEllipse(self.boundingRect())
        painter.setPen(_BLUE)
        painter.setFont(_Ink.get().title)
        painter.drawText(QRectF(-GOAL_R, -70, 2 * GOAL_R, 34), Qt.AlignmentFlag.AlignCenter,
                         self.caption)
        painter.setPen(_INK)
        painter.setFont(_Ink.get().goal)
        painter.drawText(QRectF(-GOAL_R + 25, -34, 2 * GOAL_R - 50, 100),
                         Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, self.goal)


class CircleView(QGraphicsView):
    """The whole figure; `current_changed(box_id)` on selection, `activated(box_id)`
    when the user opens a box (click, Enter)."""

    current_changed = Signal(str)
    activated = Signal(str)

    def __init__(self, goal: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("circleView")
        self.setAccessibleName(self.tr("Tiltakssirkelen"))
        self.setProperty(ROLE, "Chart")  # a figure, chosen in by arrow keys
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setObjectName("circleViewport")
        self.viewport().setAccessibleName(self.tr("Tiltakssirkelen"))
        self.setMinimumSize(360, 260)
        self.setBackgroundBrush(QColor("#fbfbf9"))
        self._scene = QGraphicsScene(SCENE, self)
        self.setScene(self._scene)
        self._goal = GoalItem(goal, self.tr("MÅL"))
        self._scene.addItem(self._goal)
        self._lines = []
        self.items_: list[BoxItem] = []
        self._current = -1

    # --- texts (tr needs a QObject) ----------------------------------------------------
    def measures_text(self, count: int) -> str:
        return self.tr("%n tiltak", "", count)

    def status_text(self, data: BoxView) -> str:
        parts = [self.tr("tatt opp") if data.discussed else self.tr("ikke tatt opp ennå")]
        if data.suggestions:
            parts.append(self.tr("%n forslag", "", data.suggestions))
        if data.start and not data.discussed:
            parts.append(self.tr("start her"))
        return " · ".join(parts)

    # --- content -----------------------------------------------------------------------
    def set_boxes(self, boxes: list[BoxView]) -> None:
        """Builds the boxes once (the form's order)."""
        for item in self.items_ + self._lines:
            self._scene.removeItem(item)
        self._lines = []
        for index in range(len(boxes)):
            x, y = box_centre(index, len(boxes))
            line = self._scene.addLine(0, 0, x, y, QPen(QColor("#c9c9c2"), 2))
            line.setZValue(-1)
            self._lines.append(line)
        self.items_ = [BoxItem(i, b, self) for i, b in enumerate(boxes)]
        for item in self.items_:
            self._scene.addItem(item)
        self._current = -1

    def update_box(self, data: BoxView) -> None:
        for item in self.items_:
            if item.data.id == data.id:
                item.set_data(data)
        if self.current_id() == data.id:
            self._describe()

    def box_data(self, box_id: str) -> BoxView:
        return next(i.data for i in self.items_ if i.data.id == box_id)

    def current_id(self) -> str | None:
        return self.items_[self._current].data.id if self._current >= 0 else None

    def select(self, box_id: str) -> None:
        for item in self.items_:
            if item.data.id == box_id:
                self.choose(item.index)

    def choose(self, index: int, activate: bool = False) -> None:
        if index != self._current:
            if self._current >= 0:
                self.items_[self._current].selected = False
                self.items_[self._current].update()
            self._current = index
            self.items_[index].selected = True
            self.items_[index].update()
            self._describe()
            self.current_changed.emit(self.items_[index].data.id)
        if activate:
            self.activated.emit(self.items_[index].data.id)

    def _describe(self) -> None:
        d = self.items_[self._current].data
        self.setAccessibleDescription(self.tr("%1: %2 ressurser, %3 risiko, %4. %5")
                                      .replace("%1", d.title).replace("%2", str(d.resources))
                                      .replace("%3", str(d.risks))
                                      .replace("%4", self.measures_text(d.measures))
                                      .replace("%5", self.status_text(d)))

    # --- Qt -------------------------------------------------------------------------------
    @guarded
    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fitInView(SCENE, Qt.AspectRatioMode.KeepAspectRatio)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        count = len(self.items_)
        key = event.key()
        if count and key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.choose((self._current + 1) % count)
        elif count and key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.choose((self._current - 1) % count if self._current >= 0 else count - 1)
        elif count and key == Qt.Key.Key_Home:
            start = next((i.index for i in self.items_ if i.data.start), 0)
            self.choose(start)
        elif count and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.choose(max(self._current, 0), activate=True)
        else:
            super().keyPressEvent(event)
