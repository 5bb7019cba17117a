"""Issue 16: very long text in a PDF. A 100 000-character note took 4 s, 200 000
took 14 s and 1 MB without a space never finished: ReportLab laid the whole
paragraph out again for every page. Long text is now a run of short paragraphs,
each laid out once (desktop/export/pdf_common.py)."""

from __future__ import annotations

import io
import re
from datetime import datetime

import pypdf
import pytest

from desktop.domain.meetings import Meeting
from desktop.export.document_base import DocumentHeader
from desktop.export.minutes_pdf import build_minutes_pdf
from desktop.export.pdf_common import CHUNK_CHARS, TextRun, paragraph, text_pieces
from desktop.forms.agreement_templates import load_templates

HEADER = DocumentHeader("Jens Hansen", "Nordlys skole", datetime(2026, 3, 6).date())


def _pdf_text(note: str) -> tuple[int, str]:
    meeting = Meeting(held_at=datetime(2026, 3, 6, 14), notes=note)
    buffer = io.BytesIO()
    build_minutes_pdf(buffer, meeting, load_templates()[0].minutes, HEADER)
    reader = pypdf.PdfReader(io.BytesIO(buffer.getvalue()))
    return len(reader.pages), "".join(page.extract_text() for page in reader.pages)


def test_pieces_give_the_text_back_and_prefer_line_breaks_then_spaces():
    text = ("Mor sier at morgenene er vanskelige. " * 40 + "\n") * 30
    pieces = text_pieces(text)
    assert "".join(pieces) == text
    assert all(len(p) <= CHUNK_CHARS for p in pieces)
    assert all(p.endswith("\n") for p in pieces[:-1])
    words = "ord " * 3000
    assert all(p.endswith(" ") for p in text_pieces(words)[:-1])
    one_word = "x" * (CHUNK_CHARS * 3 + 5)
    assert [len(p) for p in text_pieces(one_word)] == [CHUNK_CHARS] * 3 + [5]


def test_a_long_text_is_laid_out_in_pieces():
    assert not isinstance(paragraph("kort", _style()), TextRun)
    run = paragraph("ord " * 25_000, _style())
    assert isinstance(run, TextRun) and len(run.parts) == 50


def _style():
    from reportlab.lib.styles import ParagraphStyle

    from desktop.export.pdf_common import FONT, register_fonts
    register_fonts()
    return ParagraphStyle("t", fontName=FONT, fontSize=10, leading=13)


def test_a_100_000_character_note_prints_whole_in_order():
    words = [f"ord{i}" for i in range(14_000)]
    note = "START " + " ".join(words) + " SLUTT"
    assert len(note) >= 100_000
    pages, text = _pdf_text(note)
    assert pages > 20
    flat = re.sub(r"\s+", " ", text)
    assert flat.index("START") < flat.index("ord7000 ") < flat.index("SLUTT")
    found = [int(n) for n in re.findall(r"ord(\d+)", flat)]
    assert found == list(range(14_000))  # nothing lost, nothing twice, in order


@pytest.mark.parametrize("size", [5_000, 200_000])
def test_a_word_without_spaces_is_broken_and_kept(size):
    pages, text = _pdf_text("Før " + "ŋ" * size + " etter")
    letters = text.count("ŋ")
    assert letters == size
    assert "etter" in text
