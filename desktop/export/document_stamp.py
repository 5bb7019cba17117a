"""The document id and check value in the footer of a PDF that leaves the
laptop (issue 14): "Dok. 2026-0041 · kontroll 7F3A-91C2". No Qt.

How a PDF is stamped. While `stamping(document_id)` is active (the save path,
ui/widgets/export_job.py, sets it on the worker thread around the build), every
canvas made by `pdf_common.marked_canvas` draws the footer stamp once, into one
form XObject that every page shows. That form is written uncompressed, and
its content has a fixed shape:

    BT … (Dok. 2026-0041 · kontroll ) Tj
    % naervaer-kontroll 2026-0041
     (####-####) Tj … ET

so the nine bytes of the check value lie at one known place in the file
(ReportLab writes ASCII in the embedded DejaVu subset as itself, and the
subset holds every ASCII glyph whatever is drawn, so the file does not depend
on which digits fill the slot).

What is hashed, exactly: the bytes of the whole PDF file with the slot
holding ``####-####``. The check value is the first 32 bits of
HMAC-SHA-256(case key, b"naervaer-dok-v1\\0" + those bytes), written
"XXXX-XXXX" in upper-case hex; `seal` then writes it into the slot (same
length, nothing else moves). To verify a file: find the one slot, put
``####-####`` back, compute the HMAC and compare it with what the slot holds.
Any changed byte anywhere — in a page, a font, the metadata, the cross-reference
table or the slot itself — gives another value. The case also stores the
SHA-256 of the whole file as written (services/disclosure.py).
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Iterator

from desktop.domain.disclosure import keyed_check
from desktop.domain.language import translate

SLOT = b"####-####"
MARK = "% naervaer-kontroll"
FORM_NAME = "NaervaerDokumentKontroll"
SIZE = 8
_SLOT_AT = re.compile(rb"% naervaer-kontroll (\d{4}-\d{4})\r?\n *\("
                      rb"(####-####|[0-9A-F]{4}-[0-9A-F]{4})\) Tj")
_ID_ANYWHERE = re.compile(rb"(?:Dok\.|naervaer-kontroll) (\d{4}-\d{4})")
_CHECK_ANYWHERE = re.compile(rb"(?<![0-9A-F])([0-9A-F]{4}-[0-9A-F]{4})(?![0-9A-F])")

_document_id: ContextVar[str] = ContextVar("naervaer_document_id", default="")


class StampError(ValueError):
    """The built PDF does not hold exactly one stamp slot (a builder that
    does not draw through marked_canvas)."""


@contextmanager
def stamping(document_id: str) -> Iterator[None]:
    """PDFs built inside carry this document id and a check slot in the footer."""
    token = _document_id.set(document_id)
    try:
        yield
    finally:
        _document_id.reset(token)


def add_stamp_form(canvas, font: str) -> float | None:
    """Defines the stamp form on a canvas about to be saved, when a document id
    is set; returns its width (None: no stamp)."""
    document_id = _document_id.get()
    if not document_id:
        return None
    # The words in the current language ("Dok." and "kontroll" are the same in
    # nynorsk); the mark and the slot below, which readers look for, never change.
    head = translate("export", "Dok. %1 · kontroll ").replace("%1", document_id)
    from reportlab.pdfbase.pdfmetrics import stringWidth  # only when a PDF is drawn

    width = stringWidth(head, font, SIZE) + stringWidth(SLOT.decode(), font, SIZE)
    canvas.beginForm(FORM_NAME, lowerx=-1, lowery=-3, upperx=width + 1, uppery=SIZE + 1)
    text = canvas.beginText(0, 0)
    text.setFont(font, SIZE)
    text.textOut(head)
    text._code.append(f"\n{MARK} {document_id}\n")  # a comment runs to the line's end
    text.textOut(SLOT.decode())
    canvas.drawText(text)  # one text object: read as one line
    compression = canvas._pageCompression
    canvas._pageCompression = 0  # this one stream stays readable: the slot must be found
    try:
        canvas.endForm()
    finally:
        canvas._pageCompression = compression
    return width


def place_stamp(canvas, x: float, y: float) -> None:
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(FORM_NAME)
    canvas.restoreState()


@dataclass(frozen=True, slots=True)
class Found:
    document_id: str
    check_value: str  # what the slot holds
    valid: bool  # the check value matches the file under the key


def _slot(data: bytes) -> re.Match | None:
    matches = list(_SLOT_AT.finditer(data))
    return matches[0] if len(matches) == 1 else None


def seal(data: bytes, key: bytes) -> tuple[bytes, str]:
    """The built PDF (slot holding ####-####) with its check value in the slot."""
    match = _slot(data)
    if match is None or match.group(2) != SLOT:
        raise StampError("no single empty stamp slot in the PDF")
    check = keyed_check(key, data)
    start, end = match.span(2)
    return data[:start] + check.encode("ascii") + data[end:], check


def read_stamp(data: bytes, key: bytes) -> Found | None:
    """The stamp a PDF carries and whether its check value holds; None when the
    file carries no stamp slot that can be read."""
    match = _slot(data)
    if match is None:
        return None
    start, end = match.span(2)
    check = match.group(2).decode("ascii")
    canonical = data[:start] + SLOT + data[end:]
    return Found(match.group(1).decode("ascii"), check,
                 check != SLOT.decode() and keyed_check(key, canonical) == check)


def claimed_document_ids(data: bytes) -> list[str]:
    """Document ids written anywhere in the file's readable bytes, in the
    visible stamp or in its mark (a stamp whose slot was damaged still names
    its document)."""
    return sorted({m.group(1).decode("ascii") for m in _ID_ANYWHERE.finditer(data)})


def check_values(data: bytes, limit: int = 1000) -> set[str]:
    """Anything shaped like a check value in the file's bytes (at most `limit`):
    with a damaged slot, the value may still be there beside it."""
    found: set[str] = set()
    for match in _CHECK_ANYWHERE.finditer(data):
        found.add(match.group(1).decode("ascii"))
        if len(found) >= limit:
            break
    return found
