"""Every printed paper has the same header on every page (issue 15, "paper
that reads well"): the pupil, the school and the date, the marking and its
legal basis. The agreement, the evaluation, the minutes and the conversation
summary had it; the tiltakssirkel and the opptrappingsplan have it too."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from desktop.domain.escalation_plan import timeline
from desktop.export.circle_pdf import build_circle_pdf
from desktop.export.plan_pdf import build_plan_pdf
from tests.circle.test_circle_pdf import FORM, TITLES, filled_circle
from tests.plan.test_plan_pdf import HISTORY, WEEK, jens_plan


def pages(build, *args, **kwargs) -> list[str]:
    out = io.BytesIO()
    build(out, *args, **kwargs)
    return [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]


def test_the_circle_and_the_plan_carry_the_header_on_every_page():
    circle = pages(build_circle_pdf, filled_circle(4), TITLES, FORM.goal, "Ánde Sárá",
                   today=date(2026, 3, 20), school="Bommen skole")
    plan = jens_plan()
    steps = pages(build_plan_pdf, plan, timeline(plan, WEEK, HISTORY), HISTORY, WEEK,
                  "Ánde Sárá", today=date(2026, 4, 1), school="Bommen skole")
    for document, day in ((circle, "20.03.2026"), (steps, "01.04.2026")):
        assert len(document) >= 2
        for page in document:
            assert "Elev: Ánde Sárá" in page and "Skole: Bommen skole" in page
            assert f"Dato: {day}" in page and "offl. § 13 jf. fvl. § 13" in page
