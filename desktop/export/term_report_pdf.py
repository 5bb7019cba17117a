"""The term report for the leadership as a PDF: the same rows as the CSV and
the preview (term_report_table.py), one table per part, with the same page
marks as every Nærvær document. No names. No Qt."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.domain.term_report import TermReport
from desktop.export.document_base import WIDTH, DocumentHeader, Styles, build, p
from desktop.export.pdf_common import FONT
from desktop.export.term_report_table import DEFINITIONS, parts, report_rows

TITLE = "Skolefravær – rapport til ledelsen"


def build_term_report(target: str | Path | BinaryIO, report: TermReport,
                      made_on: date) -> None:
    styles = Styles()
    story: list = [Paragraph(TITLE, styles.h1),
                   p(f"{report.period.label}. Laget {made_on.strftime('%d.%m.%Y')} fra "
                     f"{report.covered} saker på denne maskinen"
                     + (f" ({report.unreadable} kunne ikke leses og er ikke med)"
                        if report.unreadable else "") + ".", styles.normal),
                   Spacer(1, 2 * mm), p(DEFINITIONS, styles.note)]
    for part, rows in parts(report_rows(report, made_on)):
        story.append(Paragraph(part, styles.h2))
        data = [[p(r.what, styles.normal), p(r.value, styles.normal), p(r.note, styles.small)]
                for r in rows]
        table = Table(data, colWidths=[WIDTH * 0.50, WIDTH * 0.22, WIDTH * 0.28])
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 10),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c8c8c2")),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        story.append(table)
    header = DocumentHeader(pupil=f"Skolefravær, {report.period.label} (uten navn)",
                            on=made_on, pupil_label="Rapport")
    build(target, story, header, TITLE)
