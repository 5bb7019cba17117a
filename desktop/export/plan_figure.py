"""The opptrappingsplan's staircase as a ReportLab vector drawing (the same
picture as the screen: one stair per run, height = attendance target)."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from desktop.domain.escalation_plan import RunStatus, StepRun
from desktop.export.circle_figure import wrap

STYLE = {  # fill, border, dashed
    RunStatus.PLANNED: ("#ffffff", "#8a8a8a", True),
    RunStatus.CURRENT: ("#1f5fa8", "#0d2f57", False),
    RunStatus.COMPLETED: ("#c8e6c9", "#2e7d32", False),
    RunStatus.REPEATED: ("#ffe0b2", "#b26a00", False),
    RunStatus.STEPPED_BACK: ("#ffcdd2", "#b3261e", True),
}


def staircase_drawing(runs: list[StepRun], words: dict[RunStatus, str], step_word: str,
                      width: float, font: str, bold: str) -> Drawing:
    height = 200.0
    drawing = Drawing(width, height)
    if not runs:
        return drawing
    gap = 3.0
    stair_w = (width - gap * (len(runs) - 1)) / len(runs)
    base, top = 62.0, height - 22
    drawing.add(Line(0, base, width, base, strokeColor=colors.HexColor("#6b6b6b")))
    for i, run in enumerate(runs):
        fill, border, dashed = STYLE[run.status]
        h = max(8.0, (top - base) * run.target / 100)
        x = i * (stair_w + gap)
        rect = Rect(x, base, stair_w, h, fillColor=colors.HexColor(fill),
                    strokeColor=colors.HexColor(border),
                    strokeWidth=2.5 if run.status is RunStatus.CURRENT else 1)
        if dashed:
            rect.strokeDashArray = [3, 2]
        drawing.add(rect)
        size = 7 if stair_w > 60 else 5.5
        drawing.add(String(x + 2, base + h + 3, f"{step_word} {run.number}: {run.target:.0f} %",
                           fontName=bold, fontSize=size))
        y = base - 9
        for line in wrap(run.step.title, font, size, stair_w - 2)[:2]:
            drawing.add(String(x + 1, y, line, fontName=font, fontSize=size))
            y -= size + 2
        drawing.add(String(x + 1, y, f"{run.start:%d.%m}–{run.end:%d.%m.%y}", fontName=font,
                           fontSize=size))
        drawing.add(String(x + 1, y - size - 2, words[run.status],
                           fontName=bold if run.status is RunStatus.CURRENT else font,
                           fontSize=size, fillColor=colors.HexColor(border)))
    return drawing
