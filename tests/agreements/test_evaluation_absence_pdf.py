"""The evaluation PDF and its preview carry the before/after line from the
absence register when the dialog gives one, under its own heading, and leave
the heading out when there is none."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.domain.agreements import freeze
from desktop.domain.evaluations import start_evaluation
from desktop.export.document_html import evaluation_html
from desktop.export.evaluation_pdf import ABSENCE_HEADING, build_evaluation_pdf
from tests.agreements.examples import tonje
from tests.agreements.test_pdf import HEADER, TEMPLATES, flat, pages_of

LINE = "Fra avtaledatoen 02.03.2026: fravær før: 20 %, etter: 5 % (3 uker hver)."


def evaluation_of_tonje():
    agreement = replace(freeze(tonje(), date(2026, 3, 2)), id=1)
    return start_evaluation(agreement, date(2026, 3, 23), lambda m: "Skolen"), agreement


def test_the_line_is_printed_under_its_heading():
    evaluation, agreement = evaluation_of_tonje()
    text = flat(" ".join(pages_of(build_evaluation_pdf, evaluation, agreement,
                                  TEMPLATES.evaluation, HEADER, LINE)))
    assert f"{ABSENCE_HEADING} {LINE}" in text
    html = evaluation_html(evaluation, agreement, TEMPLATES.evaluation, HEADER, LINE)
    assert ABSENCE_HEADING in html and "fravær før: 20 %, etter: 5 %" in html


def test_without_a_line_there_is_no_heading():
    evaluation, agreement = evaluation_of_tonje()
    text = flat(" ".join(pages_of(build_evaluation_pdf, evaluation, agreement,
                                  TEMPLATES.evaluation, HEADER)))
    assert ABSENCE_HEADING not in text
    assert ABSENCE_HEADING not in evaluation_html(evaluation, agreement, TEMPLATES.evaluation,
                                                  HEADER)
