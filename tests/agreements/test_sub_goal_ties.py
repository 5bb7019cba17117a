"""Measures tied to sub-goals without Qt: the labels, removing a sub-goal, the
stored document (and old documents without ties), the evaluation, the PDF.

Seed 001 Vedlegg 3 (Bærum's samarbeidsavtale): "DELMÅL 1: … TILTAK A: Her
skriver du hvordan delmålene skal oppnås. … DELMÅL 1; TILTAK A: Spesifiser
ansvar for tiltak for kontaktlærer, ledelse, foresatte, elev og andre
involverte parter." """

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

from desktop.casefile.agreements_repo import (
    agreement_doc,
    agreement_from,
    evaluation_doc,
    evaluation_from,
)
from desktop.domain.agreements import freeze, without_sub_goal
from desktop.domain.evaluations import start_evaluation
from desktop.export.agreement_pdf import build_agreement_pdf
from tests.agreements.examples import tonje
from tests.agreements.test_pdf import HEADER, TEMPLATES, flat, pages_of


def tied_tonje():
    """Tonje's agreement with the contact teacher's two measures serving sub-goal 1
    and the pupil's serving sub-goal 2; the rest untied."""
    a = tonje()
    ties = {0: 0, 1: 0, 5: 1}
    return replace(a, measures=tuple(replace(m, sub_goal=ties.get(i))
                                     for i, m in enumerate(a.measures)))


def test_each_sub_goals_measures_are_lettered_in_order():
    a = tied_tonje()
    assert a.measure_labels() == ["Delmål 1 – tiltak A", "Delmål 1 – tiltak B", "", "", "",
                                  "Delmål 2 – tiltak A"]
    assert [(letter, m.text[:12]) for letter, m in a.measures_of(0)] == [
        ("A", "Møte Tonje i"), ("B", "Spise lunsj ")]
    # A tie to a sub-goal that is gone counts as none (a plan's steps taken again).
    fewer = replace(a, sub_goals=a.sub_goals[:1])
    assert fewer.measure_labels()[5] == ""


def test_removing_a_sub_goal_unties_its_measures_and_moves_the_later_ties_up():
    a = tied_tonje()
    goals, measures = without_sub_goal(a.sub_goals, a.measures, 0)
    assert goals == a.sub_goals[1:]
    assert [m.sub_goal for m in measures] == [None, None, None, None, None, 0]
    assert [m.text for m in measures] == [m.text for m in a.measures]  # nothing lost


def test_ties_are_stored_and_old_agreements_without_them_stay_valid():
    a = replace(tied_tonje(), interpreter="somali, for mor")
    row = {"id": 1, "number": 1, "version": 1, "status": "utkast",
           "data": json.dumps(agreement_doc(a)), "scan_name": "", "created_at": ""}
    back = agreement_from(row)
    assert back.measures == a.measures and back.interpreter == "somali, for mor"
    # A document written before ties (and before interpreters) reads with none.
    old = agreement_doc(tonje())
    for m in old["measures"]:
        m.pop("sub_goal", None)
    old.pop("interpreter")
    back = agreement_from({**row, "data": json.dumps(old)})
    assert all(m.sub_goal is None for m in back.measures) and back.interpreter == ""
    assert back.measure_labels() == [""] * 6
    # A damaged tie (text, negative) is no tie rather than a failure.
    old["measures"][0]["sub_goal"] = "1"
    old["measures"][1]["sub_goal"] = -2
    assert [m.sub_goal for m in agreement_from({**row, "data": json.dumps(old)}).measures
            ][:2] == [None, None]


def test_the_evaluation_keeps_each_measure_with_its_sub_goal():
    agreement = replace(freeze(tied_tonje(), date(2026, 3, 2)), id=1)
    e = start_evaluation(agreement, date(2026, 3, 23), lambda m: m.party.value)
    assert [m.text[:12] for m in e.measures_of(0)] == ["Møte Tonje i", "Spise lunsj "]
    assert [m.label for m in e.measures_of(1)] == ["Delmål 2 – tiltak A"]
    assert len(e.untied_measures()) == 3
    assert e.place == "Bommen skole, møterom 2"  # Vedlegg 4: "Sted, Dato"
    row = {"id": 1, "agreement_id": 1, "data": json.dumps(evaluation_doc(e))}
    assert evaluation_from(row).measures == e.measures
    old = evaluation_doc(start_evaluation(replace(freeze(tonje(), date(2026, 3, 2)), id=1),
                                          date(2026, 3, 23), lambda m: ""))
    old.pop("plan_b_rating"), old.pop("place")
    back = evaluation_from({**row, "data": json.dumps(old)})
    assert back.measures_of(0) == [] and back.plan_b_rating.value == "" and back.place == ""


def test_the_agreement_pdf_names_each_measures_sub_goal():
    a = freeze(tied_tonje(), date(2026, 3, 2))
    text = flat(" ".join(pages_of(build_agreement_pdf, a, TEMPLATES.agreement, HEADER)))
    text = re.sub(r"[^\w():,.–% -]", "", text).replace("  ", " ")  # the bullets go
    assert ("Delmål 1 (1 uke): Tonje kommer til skolen og får ekstra voksenstøtte ved oppmøte "
            "og i overganger Tiltak A: Møte Tonje i skoleporten den første uken Tiltak B: "
            "Spise lunsj") in text
    assert "Kontaktlærer har ansvar for: Delmål 1 – tiltak A: Møte Tonje i skoleporten" in text
    assert "Eleven har ansvar for: Delmål 2 – tiltak A: Øve på å dra hjemmefra" in text
    # An untied measure prints as before.
    assert "Far har ansvar for: Tonje er hos far de tre første dagene" in text


def test_the_preview_shows_the_same_ties_and_the_evaluation_in_vedlegg_4s_order():
    from desktop.domain.absence_totals import span_totals
    from desktop.domain.school_week import default_week
    from desktop.export.document_html import agreement_html, evaluation_html

    agreement = replace(freeze(tied_tonje(), date(2026, 3, 2)), id=1)
    html = agreement_html(agreement, TEMPLATES.agreement, HEADER)
    assert "Delmål 1 – tiltak A: Møte Tonje i skoleporten" in html
    assert "<li>Tiltak B: Spise lunsj" in html
    e = start_evaluation(agreement, date(2026, 3, 23), lambda m: "Kontaktlærer")
    period = span_totals("agreement", date(2026, 3, 2), date(2026, 3, 20), [], default_week())
    html = evaluation_html(e, agreement, TEMPLATES.evaluation, HEADER, "", period)
    order = ["Sted og dato", "Til stede ved evalueringen", "Evaluering av mål og delmål",
             "Delmål 1", "A: Møte Tonje", "Fravær i avtaleperioden", "Skoletimer i perioden",
             "Evaluering av tiltak", "Evaluering av plan B", "Basert på evalueringen"]
    positions = [html.index(piece) for piece in order]
    assert positions == sorted(positions)
