"""What the agreement, evaluation and minutes PDFs share: A4, the DejaVu
fonts (Sámi letters print on any machine), a header with pupil, school and
date on every page, "Unntatt offentlighet", "side x av y", the paragraph
styles (the signature block is signature_block.py). The header's words are
translated when the page is drawn, in the document's language
(domain/language.py), so a header made before the language is chosen still
prints in it. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
)

from desktop.domain.agreements import role_in_print
from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.domain.school_calendar import week_label
from desktop.export.pdf_common import (
    BOLD,
    FONT,
    MARK_RED,
    PAGE,
    RESTRICTED,
    marked_canvas,
    paragraph,
    register_fonts,
)

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN


@dataclass(frozen=True)
class DocumentHeader:
    """The top line of every page. The words (marking, legal basis, labels) are
    kept as given — bokmål by default — and translated where they are printed:
    `top_parts`, `marking`, `legal_basis`."""

    pupil: str
    school: str = ""
    on: date | None = None
    restricted: str = RESTRICTED
    legal: str = QT_TRANSLATE_NOOP("export", "offl. § 13 jf. fvl. § 13")
    page: str = PAGE
    pupil_label: str = QT_TRANSLATE_NOOP("export", "Elev")
    school_label: str = QT_TRANSLATE_NOOP("export", "Skole")
    date_label: str = QT_TRANSLATE_NOOP("export", "Dato")

    def top_parts(self) -> list[str]:
        """ "Elev: …", "Skole: …" (when there is one), "Dato: …" in the current language."""
        parts = [f"{translate('export', self.pupil_label)}: {self.pupil}"]
        if self.school:
            parts.append(f"{translate('export', self.school_label)}: {self.school}")
        parts.append(f"{translate('export', self.date_label)}: {fmt(self.on)}")
        return parts

    def marking(self) -> str:
        """ "Unntatt offentlighet" in the current language."""
        return translate("export", self.restricted)

    def legal_basis(self) -> str:
        return translate("export", self.legal)


def person_in_print(name: str, role: str, joiner: str = " ({})") -> str:
    """ "Kari Ånde (mor)": the name and, when there is one, the role in print."""
    role = role_in_print(role)
    return name + (joiner.format(role) if role else "")


def fmt(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def when_words(moment: datetime | None) -> str:
    """ "06.03.2026 kl. 14:00" ("" without a time)."""
    if moment is None:
        return ""
    return translate("export", "%1 kl. %2").replace("%1", moment.strftime("%d.%m.%Y")).replace(
        "%2", moment.strftime("%H:%M"))


def fmt_week(day: date | None, word: str | None = None) -> str:
    """A date with its week number, as school plans are read: "06.01.2027 (uke 1)"
    (the word in the current language unless given)."""
    if not day:
        return ""
    word = word or translate("export", "uke")
    return f"{fmt(day)} ({week_label(day, word=word)})"


class Styles:
    def __init__(self):
        register_fonts()
        self.normal = ParagraphStyle("n", fontName=FONT, fontSize=10, leading=13.5)
        self.small = ParagraphStyle("s", parent=self.normal, fontSize=8.5, leading=11,
                                    textColor=colors.HexColor("#555555"))
        self.h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=17, leading=21, spaceAfter=2)
        self.h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12, leading=15, spaceBefore=9,
                                 spaceAfter=3, keepWithNext=1,
                                 textColor=colors.HexColor("#1f3b5c"))
        self.h3 = ParagraphStyle("h3", fontName=BOLD, fontSize=10, leading=13, spaceBefore=4,
                                 spaceAfter=1, keepWithNext=1)
        self.bullet = ParagraphStyle("b", parent=self.normal, leftIndent=12, bulletIndent=2)
        self.goal = ParagraphStyle("goal", parent=self.normal, spaceBefore=3)
        self.note = ParagraphStyle("note", parent=self.normal, fontSize=9, leading=12,
                                   backColor=colors.HexColor("#fff6d6"), borderPadding=4,
                                   borderColor=colors.HexColor("#e0c46c"), borderWidth=0.5,
                                   spaceBefore=4, spaceAfter=4)


p = paragraph  # the documents' short name for it


def bullet(text: str, styles: Styles) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), styles.bullet, bulletText="•")


class Kept(Flowable):
    """A heading (`lead`: the heading and maybe a hint under it) kept with the
    first lines of what follows: when the lead and the first lines of `body`
    do not fit at the foot of a page, all of it starts on the next page. Unlike
    KeepTogether, a long body (a table, a long note) is not moved whole: it
    starts under its heading and goes on over the page. Never drawn itself:
    it always splits into its parts."""

    def __init__(self, lead: list, body: list):
        super().__init__()
        self.lead, self.body = list(lead), list(body)

    def wrap(self, avail_width, avail_height):  # noqa: D102 (ReportLab API)
        return avail_width, 1e9  # never fits as one piece: split() places the parts

    def getSpaceBefore(self):  # noqa: N802 (ReportLab name)
        return self.lead[0].getSpaceBefore() if self.lead else 0

    def split(self, avail_width, avail_height):  # noqa: D102 (ReportLab API)
        frame = getattr(self, "_frame", None)
        return self.parts(avail_width, avail_height, bool(frame and frame._atTop))

    def parts(self, width: float, height: float, at_top: bool) -> list:
        everything = self.lead + self.body
        if not self.body:
            return everything if at_top or _height(self.lead, width) <= height else []
        used = _height(self.lead, width) - (self.lead[0].getSpaceBefore() if at_top else 0)
        first, rest = self.body[0], self.body[1:]
        room = height - used - first.getSpaceBefore()
        if isinstance(first, Kept):
            pieces = first.parts(width, room, False) if room > 0 else []
        elif room > 0 and first.wrap(width, room)[1] <= room:
            pieces = [first]
        elif isinstance(first, KeepTogether):  # kept whole: it goes over with its heading
            pieces = []
        else:
            pieces = first.split(width, room) if room > 0 else []
        if pieces:
            return self.lead + pieces + rest
        return everything if at_top else []


def _height(flowables: list, width: float) -> float:
    return sum(f.wrap(width, 1e9)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in flowables)


def kept(lead, *body) -> Kept:
    """`lead` (one flowable or a list) kept with the first lines of `body`."""
    return Kept(lead if isinstance(lead, list) else [lead], list(body))


def page_top(header: DocumentHeader):
    """The header of every page: pupil, school and date, the marking and its legal basis."""

    def draw(canvas, width: float, height: float) -> None:
        top = height - 11 * mm
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(colors.black)
        canvas.drawString(MARGIN, top, "   ·   ".join(header.top_parts()))
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(colors.HexColor(MARK_RED))
        canvas.drawRightString(width - MARGIN, top, header.marking())
        canvas.setFont(FONT, 7)
        canvas.drawRightString(width - MARGIN, top - 3.6 * mm, header.legal_basis())
        canvas.setStrokeColor(colors.HexColor("#9a9a94"))
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, top - 5.5 * mm, width - MARGIN, top - 5.5 * mm)

    return draw


def build(target: str | Path | BinaryIO, story: list, header: DocumentHeader, title: str) -> None:
    doc = SimpleDocTemplate(str(target) if isinstance(target, Path) else target, pagesize=A4,
                            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=24 * mm,
                            bottomMargin=18 * mm, title=title, author="Nærvær")
    doc.build(story, canvasmaker=marked_canvas(header.restricted, header.page, page_top(header)))
