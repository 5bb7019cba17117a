"""What every Nærvær PDF shares: the embedded DejaVu fonts (Sámi letters print
on any machine) and the page marks — "Unntatt offentlighet" at the top and the
bottom of every page and "side x av y" — drawn once the page count is known.
No Qt."""

from __future__ import annotations

from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Paragraph

from desktop.paths import resources_dir

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
RESTRICTED = "Unntatt offentlighet"
PAGE = "side {x} av {y}"
MARK_RED = "#b3261e"
SIDE = 18 * mm

# Draws a page's top (header) on the canvas: (canvas, width, height).
TopDrawer = Callable[[pdf_canvas.Canvas, float, float], None]


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(fonts / "DejaVuSans-Bold.ttf")))


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of the user's plain text: markup escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def marked_canvas(restricted: str = RESTRICTED, page: str = PAGE,
                  top: TopDrawer | None = None) -> type[pdf_canvas.Canvas]:
    """A canvas class for `doc.build(canvasmaker=…)`. `top` draws a document's
    own header; without one the marking stands alone at the top right."""

    def default_top(canvas: pdf_canvas.Canvas, width: float, height: float) -> None:
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(colors.HexColor(MARK_RED))
        canvas.drawRightString(width - SIDE, height - 12 * mm, restricted)

    draw_top = top or default_top

    class MarkedCanvas(pdf_canvas.Canvas):
        """Holds the pages back to print "side x av y" once y is known."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                width, height = self._pagesize
                draw_top(self, width, height)
                self.setFont(FONT, 8)
                self.setFillColor(colors.black)
                self.drawString(SIDE, 10 * mm, restricted)
                self.drawRightString(width - SIDE, 10 * mm, page.format(x=number, y=total))
                super().showPage()
            super().save()

    return MarkedCanvas
