"""The anonymous consultation (Anonym drøfting) as a PDF and as HTML for the
preview and for printing. Drawn from the anonymised report only: the original
names never reach this module. The page header says "Anonymisert" instead of
the pupil and school, and no date is printed. No Qt."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from desktop.domain.anonymise import Piece
from desktop.domain.consultation import AnonLine, AnonymousReport, Style
from desktop.domain.language import translate
from desktop.export.document_base import MARGIN, Styles
from desktop.export.pdf_common import marked_canvas, paragraph

HIGHLIGHT = "#fde68a"


def _plain(pieces: tuple[Piece, ...]) -> str:
    return "".join(p.text for p in pieces)


def build_anonymous_pdf(target: str | Path | BinaryIO, report: AnonymousReport) -> None:
    styles = Styles()
    story: list = [Paragraph(escape(report.title), styles.h1), Spacer(1, 2 * mm)]
    for part in report.parts:
        body = [_flowable(line, styles) for line in part.lines]
        title = part.title_text
        if title:
            story.append(KeepTogether([paragraph(title, styles.h2), *body[:1]]))
            story += body[1:]
        else:
            story += body
    doc = SimpleDocTemplate(str(target) if isinstance(target, Path) else target, pagesize=A4,
                            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=22 * mm,
                            bottomMargin=18 * mm, title=report.title, author="Nærvær",
                            subject="", creator="Nærvær")
    doc.build(story, canvasmaker=marked_canvas())


def _flowable(line: AnonLine, styles: Styles):
    text = line.text
    if line.style is Style.SUBHEADING:
        return paragraph(text, styles.h3)
    if line.style is Style.NOTE:
        return paragraph(text, styles.note)
    if line.style is Style.BULLET:
        return Paragraph(escape(text).replace("\n", "<br/>"), styles.bullet, bulletText="•")
    return paragraph(text, styles.normal)


def _html_pieces(pieces: tuple[Piece, ...], highlight: bool) -> str:
    out = []
    for index, piece in enumerate(pieces):
        text = escape(piece.text).replace("\n", "<br/>")
        if piece.kind is None or not highlight:
            out.append(text)
        else:
            # An anchor, so the preview can name the kind in a tooltip.
            out.append(f"<a href='kind:{piece.kind.value}' style='background-color:{HIGHLIGHT};"
                       f" color:#000000; text-decoration:none'>{text}</a>")
    return "".join(out)


def report_html(report: AnonymousReport, highlight: bool = False) -> str:
    """The report as simple HTML; `highlight` marks each replacement (preview)."""
    marking = escape(translate("export", "Unntatt offentlighet"))
    out = [f"<p align='right' style='color:#b3261e; font-weight:bold'>{marking}</p>",
           f"<h1>{escape(report.title)}</h1>"]
    for part in report.parts:
        if part.title:
            out.append(f"<h2 style='color:#1f3b5c'>{_html_pieces(part.title, highlight)}</h2>")
        bullets: list[str] = []
        for line in part.lines:
            body = _html_pieces(line.pieces, highlight)
            if line.style is Style.BULLET:
                bullets.append(f"<li>{body}</li>")
                continue
            if bullets:
                out.append("<ul>" + "".join(bullets) + "</ul>")
                bullets = []
            if line.style is Style.SUBHEADING:
                out.append(f"<h3>{body}</h3>")
            elif line.style is Style.NOTE:
                out.append(f"<p style='background-color:#fff6d6'>{body}</p>")
            else:
                out.append(f"<p>{body}</p>")
        if bullets:
            out.append("<ul>" + "".join(bullets) + "</ul>")
    return "".join(out)
