"""The plan drawn as a staircase (QGraphicsScene): one stair per run of a step,
its height the attendance target, with dates and the target under it. The
current step is highlighted; completed, repeated and stepped-back runs look
different (fill, pattern, border and a word, so colour is not the only cue)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from desktop.domain.escalation_plan import RunStatus, StepRun
from desktop.domain.school_calendar import week_label
from desktop.ui.crash_guard import guarded
from desktop.ui.keyboard_access import ROLE

STAIR_W, MAX_H, GAP = 160.0, 200.0, 6.0
STYLE = {  # fill, border, pattern, dashed
    RunStatus.PLANNED: ("#ffffff", "#8a8a8a", Qt.BrushStyle.SolidPattern, True),
    RunStatus.CURRENT: ("#1f5fa8", "#0d2f57", Qt.BrushStyle.SolidPattern, False),
    RunStatus.COMPLETED: ("#c8e6c9", "#2e7d32", Qt.BrushStyle.SolidPattern, False),
    RunStatus.REPEATED: ("#ffe0b2", "#b26a00", Qt.BrushStyle.BDiagPattern, False),
    RunStatus.STEPPED_BACK: ("#ffcdd2", "#b3261e", Qt.BrushStyle.Dense5Pattern, True),
}


def status_words(view) -> dict[RunStatus, str]:
    return {RunStatus.PLANNED: view.tr("planlagt"), RunStatus.CURRENT: view.tr("nå"),
            RunStatus.COMPLETED: view.tr("fullført"), RunStatus.REPEATED: view.tr("gjentatt"),
            RunStatus.STEPPED_BACK: view.tr("tatt tilbake")}


class StaircaseView(QGraphicsView):
    """`step_chosen(step_id)`: a stair was clicked, or chosen with ←/→ and Enter."""

    step_chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("planStaircase")
        self.setAccessibleName(self.tr("Trappen: stegene i planen"))
        self.setProperty(ROLE, "Chart")  # a figure, chosen in by arrow keys
        self.setScene(QGraphicsScene(self))
        self.viewport().setObjectName("planStaircaseViewport")
        self.viewport().setAccessibleName(self.accessibleName())
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(110)  # scaled to fit; 1366×768 at 125 % has little height
        self.runs: list[StepRun] = []
        self.stairs = []  # (run, rect item) for tests and hit testing
        self.chosen = -1  # index of the stair chosen with the keyboard
        self._outline = None

    def set_runs(self, runs: list[StepRun], registered: dict[int, float] | None = None) -> None:
        """Redraws everything; `registered[i]` is the registered attendance of run i."""
        registered = registered or {}
        scene = self.scene()
        scene.clear()
        self.runs, self.stairs, self._outline = list(runs), [], None
        self.chosen = min(self.chosen, len(runs) - 1)
        words = status_words(self)
        small, bold = QFont(), QFont()
        small.setPointSizeF(10.5)
        bold.setPointSizeF(11.5)
        bold.setBold(True)
        small_metrics = QFontMetricsF(small)
        if not runs:
            self._text(self.tr("Ingen steg ennå."), bold, QColor("#1d1d1d"), 0, 0)
            return
        base = MAX_H + 20
        scene.addLine(-10, base, len(runs) * (STAIR_W + GAP), base, QPen(QColor("#6b6b6b"), 1.5))
        for i, run in enumerate(runs):
            fill, border, pattern, dashed = STYLE[run.status]
            height = max(18.0, MAX_H * run.target / 100)
            x = i * (STAIR_W + GAP)
            rect = QRectF(x, base - height, STAIR_W, height)
            pen = QPen(QColor(border), 4 if run.status is RunStatus.CURRENT else 1.5)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            brush = QBrush(QColor(fill), pattern)
            item = scene.addRect(rect, pen, brush)
            item.setToolTip(f"{run.step.title} ({words[run.status]})")
            self.stairs.append((run, item))
            ink = QColor("white") if run.status is RunStatus.CURRENT else QColor("#1d1d1d")
            inside = height > 40
            self._text(self.tr("Steg %1").replace("%1", str(run.number)), bold,
                       ink if inside else QColor("#1d1d1d"),
                       x + 6, base - height + 5 if inside else base - height - 22)
            self._text(f"{run.target:.0f} %", bold, QColor("#1d1d1d"),
                       x + 6, base - height - (44 if not inside else 22))
            y = base + 5
            for line in wrapped(run.step.title, small_metrics, STAIR_W - 6)[:2]:
                self._text(line, small, QColor("#1d1d1d"), x + 2, y)
                y += small_metrics.height()
            self._text(f"{run.start:%d.%m.%y}–{run.end:%d.%m.%y}", small, QColor("#1d1d1d"),
                       x + 2, base + 44)
            self._text(f"{words[run.status]} · "
                       f"{week_label(run.start, run.end, self.tr('uke'))}",
                       bold if run.status is RunStatus.CURRENT else small,
                       QColor(border), x + 2, base + 62)
            if i in registered:
                share = registered[i]
                y = base - MAX_H * share / 100
                scene.addLine(x + 8, y, x + STAIR_W - 8, y, QPen(QColor("#6a1b9a"), 3))
                self._text(self.tr("registrert %1 %").replace("%1", f"{share:.0f}"), small,
                           QColor("#6a1b9a"), x + 2, base + 80)
        self.setSceneRect(scene.itemsBoundingRect().adjusted(-8, -8, 8, 8))
        self._mark_chosen()
        self.fit()

    def _mark_chosen(self) -> None:
        if self._outline is not None:
            self.scene().removeItem(self._outline)
            self._outline = None
        if 0 <= self.chosen < len(self.stairs):
            rect = self.stairs[self.chosen][1].rect().adjusted(-4, -4, 4, 4)
            pen = QPen(QColor("#1d1d1d"), 2, Qt.PenStyle.DotLine)
            self._outline = self.scene().addRect(rect, pen)

    def centre_of(self, index: int):
        """Viewport point of a stair (for tests that click like a person)."""
        return self.mapFromScene(self.stairs[index][1].rect().center())

    def mousePressEvent(self, event) -> None:  # noqa: N802
        point = self.mapToScene(event.position().toPoint())
        for index, (run, item) in enumerate(self.stairs):
            if item.rect().contains(point):
                self.chosen = index
                self._mark_chosen()
                self.step_chosen.emit(run.step.id)
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.stairs:
            step = -1 if key == Qt.Key.Key_Left else 1
            self.chosen = max(0, min(len(self.stairs) - 1, self.chosen + step))
            self._mark_chosen()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and 0 <= self.chosen < len(self.stairs):
            self.step_chosen.emit(self.stairs[self.chosen][0].step.id)
            return
        super().keyPressEvent(event)

    def _text(self, text: str, font: QFont, colour: QColor, x: float, y: float) -> None:
        # Simple text items: a rich-text item per label costs ~10× as much to redraw.
        item = self.scene().addSimpleText(text, font)
        item.setBrush(colour)
        item.setPos(x, y)

    def texts(self) -> list[str]:
        """Every text the staircase shows (for tests and screen readers)."""
        return [item.text() for item in self.scene().items() if hasattr(item, "text")]

    def fit(self) -> None:
        if self.scene().items():
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    @guarded
    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()


def wrapped(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > 2:
        lines[1] = metrics.elidedText(" ".join(lines[1:]), Qt.TextElideMode.ElideRight, width)
    return lines
