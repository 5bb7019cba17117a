"""The tiltakssirkel as a ReportLab vector drawing: the goal in the centre,
the eight boxes around it with their counts (same layout as the screen)."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.domain.language import translate
from desktop.domain.measure_circle import MeasureCircle

BLUE = colors.HexColor("#1f5fa8")
GREEN = colors.HexColor("#2e7d32")
RED = colors.HexColor("#b3261e")
GREY = colors.HexColor("#6b6b6b")


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def circle_drawing(circle: MeasureCircle, titles: dict[str, str], goal: str, texts: dict,
                   width: float, font: str, bold: str) -> Drawing:
    """A drawing `width` wide (points). `texts`: goal caption, measures word,
    discussed / not discussed, and "none" (no resources or risks yet), already
    in the document's language."""
    height = width * 0.72
    scale = width / 1200.0
    drawing = Drawing(width, height)
    cx, cy = width / 2, height / 2
    box_w, box_h = 270 * scale, 150 * scale
    ring_x, ring_y = 440 * scale, 320 * scale
    ids = list(titles)
    for index, box_id in enumerate(ids):
        angle = math.radians(-90 + index * 360 / len(ids))
        x = cx + ring_x * math.cos(angle)
        y = cy - ring_y * math.sin(angle)  # PDF y grows upwards
        drawing.add(Line(cx, cy, x, y, strokeColor=colors.HexColor("#c9c9c2"),
                         strokeWidth=1))
    goal_r = 150 * scale
    drawing.add(Circle(cx, cy, goal_r, fillColor=colors.HexColor("#e8f0fa"), strokeColor=BLUE,
                       strokeWidth=1.5))
    drawing.add(String(cx, cy + goal_r * 0.35, texts["goal_caption"], fontName=bold,
                       fontSize=11, fillColor=BLUE, textAnchor="middle"))
    for n, line in enumerate(wrap(goal, bold, 11, goal_r * 1.6)):
        drawing.add(String(cx, cy - n * 13, line, fontName=bold, fontSize=11,
                           textAnchor="middle"))
    for index, box_id in enumerate(ids):
        box = circle.boxes.get(box_id)
        angle = math.radians(-90 + index * 360 / len(ids))
        x = cx + ring_x * math.cos(angle) - box_w / 2
        y = cy - ring_y * math.sin(angle) - box_h / 2
        discussed = bool(box and box.discussed)
        drawing.add(Rect(x, y, box_w, box_h, rx=6, ry=6,
                         fillColor=colors.white if discussed else colors.HexColor("#f4f4f1"),
                         strokeColor=colors.HexColor("#9a9a94"), strokeWidth=1,
                         strokeDashArray=None if discussed else [3, 2]))
        pad = 6
        top = y + box_h - pad - 10
        for n, line in enumerate(wrap(titles[box_id], bold, 10, box_w - 2 * pad)[:2]):
            drawing.add(String(x + pad, top - n * 12, line, fontName=bold, fontSize=10))
        resources, risks, measures = box.counts() if box else (0, 0, 0)
        row = y + box_h * 0.32
        if resources or risks:
            drawing.add(String(x + pad, row, f"+{resources}", fontName=bold, fontSize=10,
                               fillColor=GREEN))
            drawing.add(String(x + pad + 30, row, f"−{risks}", fontName=bold, fontSize=10,
                               fillColor=RED))
        else:  # nothing found yet: "ingen", not "+0 −0"
            drawing.add(String(x + pad, row, texts.get("none") or translate("export", "ingen"),
                               fontName=font,
                               fontSize=10, fillColor=GREY))
        drawing.add(String(x + pad + 60, row, f"{measures} {texts['measures']}", fontName=bold,
                           fontSize=10, fillColor=BLUE))
        drawing.add(String(x + pad, y + pad, texts["discussed" if discussed else "not_discussed"],
                           fontName=font, fontSize=8, fillColor=GREEN if discussed else GREY))
    return drawing
