"""The opptrappingsplan PDF: every step's title, dates and target in the text,
every page marked, and the staircase visible when the first page is rendered."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.domain.escalation_plan import (
    Cell,
    Decision,
    EscalationPlan,
    HistoryEntry,
    Step,
    WeekResult,
    empty_grid,
    timeline,
)
from desktop.domain.school_week import default_week
from desktop.export.plan_pdf import build_plan_pdf
from tests.circle.test_circle_pdf import normalised, read_ppm

WEEK = default_week()


def jens_plan(note: str = "") -> EscalationPlan:
    steps = []
    for n, lessons in enumerate((2, 3, 4, 5, 6), 1):
        grid = empty_grid(WEEK)
        for day in (range(0, 5, 2) if n == 1 else range(5)):
            grid[day] = (Cell.SUPPORTED,) * lessons + (Cell.NONE,) * (6 - lessons)
        steps.append(Step(n, f"Steg nummer {n} – Jens ŋ", 2, grid, "08.30", "grupperom",
                          "Ressurslærer Ánne tar imot", "Pause på grupperommet",
                          {"foresatte": "Kjører til skolen", "kontaktlaerer": "Ringer fredag"},
                          note))
    return EscalationPlan(1, "Jens er på skolen hele dagen", date(2026, 3, 2), tuple(steps),
                baseline="Hjemme en måned")


HISTORY = [HistoryEntry(1, 1, date(2026, 3, 9), result=WeekResult.REACHED, text="Bra uke"),
           HistoryEntry(2, 1, date(2026, 3, 16), decision=Decision.ADVANCE, text="Nådd"),
           HistoryEntry(3, 2, date(2026, 3, 30), decision=Decision.REPEAT,
                        text="Ressurslæreren ble syk")]


def test_pdf_holds_every_steps_title_dates_and_target_and_marks_every_page(tmp_path):
    plan = jens_plan()
    runs = timeline(plan, WEEK, HISTORY)
    path = tmp_path / "plan.pdf"
    build_plan_pdf(path, plan, runs, HISTORY, WEEK, "Jens Nilsen", today=date(2026, 4, 1))
    reader = PdfReader(str(path))
    pages = [page.extract_text() for page in reader.pages]
    text = normalised(" ".join(pages))
    assert "Jens er på skolen hele dagen" in text and "Hjemme en måned" in text
    for run in runs:
        assert f"Steg {run.number}: {run.step.title}" in text
        assert f"{run.start:%d.%m.%Y} – {run.end:%d.%m.%Y}" in text
        assert f"{run.target:.0f} %" in text
    assert "mandag: 1, 2. time (med støtte)" in text
    assert "Pause på grupperommet" in text and "Foresatte: Kjører til skolen" in text
    assert "gjentatt" in text and "Ressurslæreren ble syk" in text
    for number, page in enumerate(pages, 1):
        assert "Unntatt offentlighet" in page
        assert f"side {number} av {len(pages)}" in page


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_the_staircase_is_visible_when_rendered(tmp_path):
    plan = jens_plan()
    path = tmp_path / "plan.pdf"
    build_plan_pdf(path, plan, timeline(plan, WEEK, HISTORY), HISTORY, WEEK, "Jens")
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "p")], check=True)
    [ppm] = tmp_path.glob("p*.ppm")
    width, height, rgb = read_ppm(ppm)
    pixels = [tuple(rgb[i:i + 3]) for i in range(0, width * (height // 2) * 3, 3)]
    # The current stair's blue and the completed stair's green fill the upper half.
    assert sum(1 for p in pixels if p == (31, 95, 168)) > 100
    assert sum(1 for p in pixels if p == (200, 230, 201)) > 50


def test_a_ten_thousand_character_note_flows_over_pages(tmp_path):
    note = ("Jens liker å tegne, og det hjelper å starte dagen rolig – ŧ " * 180).strip()
    assert len(note) > 10_000
    plan = replace(jens_plan(), steps=(replace(jens_plan().steps[0], note=note),))
    path = tmp_path / "lang.pdf"
    build_plan_pdf(path, plan, timeline(plan, WEEK, []), [], WEEK, "Jens")
    text = normalised(" ".join(p.extract_text() for p in PdfReader(str(path)).pages))
    assert normalised(note)[:200] in text and normalised(note)[-200:] in text


def test_a_step_at_home_prints_why_it_is_best_for_the_pupil(tmp_path):
    plan = jens_plan()
    home = replace(plan.steps[1], place="hjemme", best_interest="Kort overgang etter sykdom ŋ")
    cut = replace(plan.steps[3], grid=plan.steps[0].grid)  # fewer lessons than step 3
    plan = plan.with_step(home).with_step(cut)
    path = tmp_path / "plan.pdf"
    build_plan_pdf(path, plan, timeline(plan, WEEK, []), [], WEEK, "Jens")
    text = normalised(" ".join(p.extract_text() for p in PdfReader(str(path)).pages))
    assert text.count("Til elevens beste") == 2
    assert "Kort overgang etter sykdom ŋ" in text
    assert "Ikke begrunnet ennå" in text  # step 4 cuts hours without a note
