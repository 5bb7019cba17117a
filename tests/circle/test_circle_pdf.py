"""The tiltakssirkel PDF: every box title and every entry in the text, every
page marked, and a visible figure when the first page is rendered."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.domain.measure_circle import EntryKind, MeasureCircle, MeasureStatus, Party
from desktop.export.circle_pdf import build_circle_pdf
from desktop.forms.circle_form import load_circle_form

FORM, _ = load_circle_form(None)
TITLES = {b.id: b.title for b in FORM.boxes}


def filled_circle(per_box: int = 3) -> MeasureCircle:
    circle = MeasureCircle.empty(FORM.box_ids)
    for n, box in enumerate(FORM.boxes):
        for i in range(per_box):
            circle.add(box.id, EntryKind.RESOURCE, f"Ressurs {n}.{i} – Máret")
            circle.add(box.id, EntryKind.RISK, f"Risiko {n}.{i} ŋ")
            circle.add(box.id, EntryKind.MEASURE, f"Tiltak {n}.{i} {box.examples['measures'][i]}",
                       party=list(Party)[i % len(Party)], person="Kari" if i else "",
                       status=MeasureStatus.AGREED, start=date(2026, 3, 2 + i))
        if n % 2:
            circle.set_discussed(box.id)
    return circle


def normalised(text: str) -> str:
    return " ".join(text.split())


def test_pdf_holds_every_title_and_entry_and_marks_every_page(tmp_path):
    circle = filled_circle(per_box=6)
    path = tmp_path / "sirkel.pdf"
    build_circle_pdf(path, circle, TITLES, FORM.goal, "Ánde Sárá", today=date(2026, 3, 20))
    reader = PdfReader(str(path))
    pages = [page.extract_text() for page in reader.pages]
    text = normalised(" ".join(pages))
    assert len(pages) > 1
    for title in TITLES.values():
        assert title in text
    for box in circle.boxes.values():
        for entry in box.entries:
            assert normalised(entry.text) in text, entry.text
    for number, page in enumerate(pages, 1):
        assert "Unntatt offentlighet" in page
        assert f"side {number} av {len(pages)}" in page
    assert "Kontaktlærer Kari" in text and "avtalt" in text and "02.03.2026" in text
    assert "ikke tatt opp ennå" in text
    fonts = {f.get_object()["/BaseFont"] for f in reader.pages[0]["/Resources"]["/Font"].values()}
    # The text is set in the embedded DejaVu fonts (ReportLab also lists its
    # default Helvetica as a page resource, unused).
    assert {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"} <= fonts


def read_ppm(path):
    """(width, height, rgb bytes) of a binary PPM (what pdftoppm writes by default)."""
    data = path.read_bytes()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P6"
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos + 1:]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_the_figure_is_visible_when_rendered(tmp_path):
    path = tmp_path / "sirkel.pdf"
    build_circle_pdf(path, filled_circle(), TITLES, FORM.goal, "Ánde")
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "p")], check=True)
    [ppm] = tmp_path.glob("p*.ppm")
    width, height, rgb = read_ppm(ppm)
    pixels = [tuple(rgb[i:i + 3]) for i in range(0, width * (height // 2) * 3, 3)]
    # The goal circle's light blue fill and the green/red counts are on page 1's upper half.
    assert sum(1 for p in pixels if p == (232, 240, 250)) > 300
    assert any(p[0] > 150 and p[1] < 80 and p[2] < 80 for p in pixels)  # red "−n"


def test_ten_thousand_characters_in_one_entry_flow_over_pages(tmp_path):
    circle = filled_circle(per_box=1)
    long_measure = ("Alle bekkene små, avtalt med Máret – ŋ " * 270).strip()
    long_resource = ("Liker å tegne og bygge med lego " * 320).strip()
    circle.add("fritid", EntryKind.MEASURE, long_measure, party=Party.PUPIL)
    circle.add("fritid", EntryKind.RESOURCE, long_resource)
    assert len(long_measure) > 10_000 and len(long_resource) > 10_000
    path = tmp_path / "lang.pdf"
    build_circle_pdf(path, circle, TITLES, FORM.goal, "Ánde")
    text = normalised(" ".join(p.extract_text() for p in PdfReader(str(path)).pages))
    # Split over pages (with headers and the other columns in between): every
    # word is there.
    assert text.count("bekkene") == 270
    assert text.count("lego") == 320
