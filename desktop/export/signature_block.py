"""The signature lines at the end of an agreement or an evaluation PDF: one
box per person present, two to a row — the drawn signature (when there is
one) on the line, the printed name and role below it, and under that the day
that person signed, or why they do not sign. Above the lines, while signing
is under way, who is still missing. No Qt."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Spacer, Table, TableStyle

from desktop.domain.signing import status_of
from desktop.export.document_base import WIDTH, Styles, p, person_in_print
from desktop.export.status_words import line_words, signing_note


def _mark(drawing: bytes | None):
    if drawing:
        try:
            return Image(io.BytesIO(drawing), width=60 * mm, height=15 * mm,
                         kind="proportional")
        except Exception:  # noqa: BLE001 - a broken drawing leaves the line empty
            pass
    return Spacer(1, 15 * mm)


def signature_block(document, styles: Styles, lead: list | None = None) -> list:
    """`document`: an Agreement or an Evaluation (its participants, signatures
    and declines). `lead` (the heading) is kept on the same page as the first row."""
    status = status_of(document)
    lead = list(lead or [])
    note = signing_note(status)
    if note:
        lead.append(p(note, styles.note))
    cells = []
    for person in document.participants:
        if not person.name.strip():
            continue
        signed = status.signature_of(person.name)
        caption = person_in_print(person.name, person.role, " – {}")
        cells.append([_mark(signed.drawing if signed else None), p(caption, styles.normal),
                      p(line_words(status, person.name), styles.small)])
    rows = []
    blank = [Spacer(1, 1), Spacer(1, 1), Spacer(1, 1)]
    for i in range(0, len(cells), 2):
        pair = cells[i:i + 2]
        left, right = pair[0], (pair[1] if len(pair) == 2 else blank)
        table = Table([[left[r], "", right[r]] for r in range(3)],
                      colWidths=[WIDTH * 0.46, WIDTH * 0.08, WIDTH * 0.46],
                      rowHeights=[17 * mm, None, None])
        style = [("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 1),
                 ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
                 ("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black)]
        if len(pair) == 2:
            style.append(("LINEBELOW", (2, 0), (2, 0), 0.8, colors.black))
        table.setStyle(TableStyle(style))
        rows.append(KeepTogether(([] if rows else lead) + [table, Spacer(1, 5 * mm)]))
    if not rows and lead:
        rows.append(KeepTogether(lead))
    return rows
