"""What every Nærvær PDF shares: the embedded DejaVu fonts (Sámi letters print
on any machine) and the page marks — "Unntatt offentlighet" at the top and the
bottom of every page and "side x av y" — drawn once the page count is known —
and, for a document that leaves the laptop, its id and check value in the
middle of the footer (document_stamp.py). No Qt."""

from __future__ import annotations

from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, Paragraph

from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.export.document_stamp import add_stamp_form, place_stamp
from desktop.export.pdfa import embedded_font_defaults, make_archival
from desktop.paths import resources_dir

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
# Translated when a document is made (marked_canvas), in the document's language.
RESTRICTED = QT_TRANSLATE_NOOP("export", "Unntatt offentlighet")
PAGE = QT_TRANSLATE_NOOP("export", "side {x} av {y}")
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
    embedded_font_defaults(FONT, BOLD)  # PDF/A: no default may fall back to Helvetica


# ReportLab lays a paragraph out again for every page it is split over, and
# breaks a word longer than the line one character at a time: a 100 000-character
# note took 4 s, a 200 000-character one 14 s and 1 MB without a space never
# finished. Text longer than CHUNK_CHARS is therefore laid out as a run of
# paragraphs of at most CHUNK_CHARS each, cut at a line break or a space where
# there is one, and each word is broken (by ReportLab) within its own piece.
CHUNK_CHARS = 2_000


def _markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def text_pieces(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """`text` cut into pieces of at most `size` characters: after the last line
    break in the second half of a piece, else after the last space there, else
    (one very long word) at `size`. Joined, the pieces give `text` back."""
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = window.rfind("\n", size // 2)
        if cut < 0:
            cut = window.rfind(" ", size // 2)
        end = start + (cut + 1 if cut >= 0 else size)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def paragraph(text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of the user's plain text: markup escaped, line breaks kept,
    long words broken; very long text stays fast (see CHUNK_CHARS)."""
    if len(text) <= CHUNK_CHARS:
        return Paragraph(_markup(text), style)
    parts = []
    for piece in text_pieces(text):
        # A piece cut at a line break: the break is where the piece ends.
        parts.append(Paragraph(_markup(piece[:-1] if piece.endswith("\n") else piece),
                               style))
    return TextRun(parts)


class TextRun(Flowable):
    """Paragraphs that read as one text and split across pages between (or
    inside) them. Each paragraph is laid out once per width, not once per page:
    its height is remembered on it (`_run_height`, and `_run_laid_out`: the
    layout it holds now)."""

    def __init__(self, parts: list[Paragraph]):
        super().__init__()
        self.parts = parts

    @staticmethod
    def _height(part: Paragraph, width: float) -> float:
        known = getattr(part, "_run_height", None)
        if known is None or known[0] != width:
            known = (width, part.wrap(width, 1e9)[1])
            part._run_height = part._run_laid_out = known
        return known[1]

    def wrap(self, avail_width, avail_height):  # noqa: D102 (ReportLab API)
        self.width = avail_width
        self.height = sum(self._height(p, avail_width) for p in self.parts)
        return avail_width, self.height

    def split(self, avail_width, avail_height):  # noqa: D102 (ReportLab API)
        used = 0.0
        for index, part in enumerate(self.parts):
            height = self._height(part, avail_width)
            if used + height <= avail_height:
                used += height
                continue
            halves = part.split(avail_width, avail_height - used)
            for half in [part, *halves]:  # split() drops the layout; halves are new
                half.__dict__.pop("_run_height", None)
                half.__dict__.pop("_run_laid_out", None)
            first = self.parts[:index] + halves[:1]
            rest = halves[1:] + self.parts[index + 1:] if halves else self.parts[index:]
            if not first:
                return []
            return [TextRun(first), TextRun(rest)]
        return [self]

    def draw(self) -> None:
        y = self.height
        for part in self.parts:
            height = self._height(part, self.width)
            if (getattr(part, "_run_laid_out", None) != part._run_height  # laid out elsewhere
                    or not hasattr(part, "blPara")):
                part.wrap(self.width, 1e9)
                part._run_laid_out = part._run_height
            y -= height
            part.drawOn(self.canv, 0, y)


def marked_canvas(restricted: str = RESTRICTED, page: str = PAGE,
                  top: TopDrawer | None = None) -> type[pdf_canvas.Canvas]:
    """A canvas class for `doc.build(canvasmaker=…)`. `top` draws a document's
    own header; without one the marking stands alone at the top right. The
    marking and the page words are looked up in the current language (a text
    the catalogue does not hold, or one already translated, prints as given)."""
    restricted, page = translate("export", restricted), translate("export", page)

    def default_top(canvas: pdf_canvas.Canvas, width: float, height: float) -> None:
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(colors.HexColor(MARK_RED))
        canvas.drawRightString(width - SIDE, height - 12 * mm, restricted)

    draw_top = top or default_top

    class MarkedCanvas(pdf_canvas.Canvas):
        """Holds the pages back to print "side x av y" once y is known."""

        def __init__(self, *args, **kwargs):
            register_fonts()
            # ReportLab's first font is Helvetica, never embedded (PDF/A wants every font in).
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            stamp_width = add_stamp_form(self, FONT)  # "Dok. … · kontroll …" (issue 14)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                width, height = self._pagesize
                draw_top(self, width, height)
                self.setFont(FONT, 8)
                self.setFillColor(colors.black)
                self.drawString(SIDE, 10 * mm, restricted)
                self.drawRightString(width - SIDE, 10 * mm, page.format(x=number, y=total))
                if stamp_width is not None:
                    place_stamp(self, (width - stamp_width) / 2, 10 * mm)
                super().showPage()
            make_archival(self)  # PDF/A-2b (pdfa.py)
            super().save()

    return MarkedCanvas
