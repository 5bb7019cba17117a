"""The evaluation PDF in the layout of seed 001 Vedlegg 4, and paper that reads
well for the evaluation and the minutes, read back with pypdf.

Vedlegg 4 ("Evaluering av samarbeidsavtale"): "Sted, Dato: Tilstede ved
evalueringen: … EVALUERING AV MÅL og DELMÅL: … EVALUERING AV TILTAK: Vurder
hvorvidt tiltakene har vært effektive i arbeidet med å nå delmålene.
EVALUERING AV PLAN B: Evaluering av hvorvidt plan B har fungert som ønsket.
Basert på evalueringen er det avtalt følgende (kryss av): … Signaturer på
evaluering: De som er tilstede på evalueringsmøtet signerer." """

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.domain.absence import AbsenceRecord
from desktop.domain.absence_totals import span_totals
from desktop.domain.agreements import Participant, freeze
from desktop.domain.evaluations import Outcome, Rating, Referral, start_evaluation
from desktop.domain.measure_circle import Party
from desktop.domain.meetings import Interpreter, Meeting, MeetingKind, MeetingTask
from desktop.domain.school_week import default_week
from desktop.export.document_base import Styles
from desktop.export.evaluation_pdf import (
    DEFAULTS,
    RATING_NAMES,
    build_evaluation_pdf,
    column_widths,
)
from desktop.export.minutes_pdf import build_minutes_pdf
from desktop.export.pdf_common import BOLD, FONT
from tests.agreements.examples import tonje
from tests.agreements.test_pdf import HEADER, TEMPLATES, flat, pages_of

EVAL = {**DEFAULTS, **TEMPLATES.evaluation}
MARKS = ("Elev: ", "Unntatt offentlighet", "offl. §", "side ")


def content_lines(page: str) -> list[str]:
    """A page's text without the header and footer the canvas draws."""
    return [line.strip() for line in page.splitlines()
            if line.strip() and not any(line.strip().startswith(m) for m in MARKS)]


def evaluated_tonje(words: int = 0, people: int = 5):
    """Tonje's agreement evaluated, every sub-goal, measure and plan B rated; `words`
    makes each note longer (to move the page breaks); `people` present."""
    a = tonje()
    extra = tuple(Participant(f"Person {n}", "Miljøterapeut", Party.OTHER) for n in range(10))
    a = replace(a, participants=(a.participants + extra)[:people],
                measures=tuple(replace(m, sub_goal=0 if i < 2 else None)
                               for i, m in enumerate(a.measures)))
    agreement = replace(freeze(a, date(2026, 3, 2)), id=1)
    e = start_evaluation(agreement, date(2026, 3, 23), lambda m: "Kontaktlærer")
    note = " ".join(["merknad"] * words)
    ratings = [Rating.WORKED, Rating.PARTLY, Rating.NOT]
    e = replace(e, goal_note="Tonje var på skolen fire av fem dager. " + note,
                sub_goals=tuple(replace(g, rating=ratings[i % 3], note=note)
                                for i, g in enumerate(e.sub_goals)),
                measures=tuple(replace(m, rating=ratings[i % 3], note=note)
                               for i, m in enumerate(e.measures)),
                plan_b_rating=Rating.PARTLY, plan_b_note="Far ringte én gang. " + note,
                outcome=Outcome.NEW_AGREEMENT, referral=Referral.NOT_NEEDED)
    return e, agreement


def period_of(agreement):
    week = default_week()
    records = [AbsenceRecord(None, date(2026, 3, 4)),  # a whole day, undocumented
               AbsenceRecord(None, date(2026, 3, 10), False, (1, 2), documented=True),
               AbsenceRecord(None, date(2026, 3, 12), False, (), late_minutes=10),
               AbsenceRecord(None, date(2026, 2, 20))]  # before the period: not counted
    return span_totals("agreement", agreement.held_on, agreement.period_end(), records, week)


def test_the_evaluation_follows_vedlegg_4_in_order():
    e, agreement = evaluated_tonje()
    e = replace(e, participants=e.participants + (
        Participant("Hodan Nur", "Mor", Party.GUARDIANS, "somali"),))
    period = period_of(agreement)
    text = flat(" ".join(pages_of(build_evaluation_pdf, e, agreement, TEMPLATES.evaluation,
                                  HEADER, "Fravær før: 20 %, etter: 5 %.", period)))
    order = ["Sted og dato", "Bommen skole, møterom 2, 23.03.2026",
             "Til stede ved evalueringen", "Tolk: somali, for mor",
             "Evaluering av mål og delmål", "Mål for samarbeidet",
             "Tonje skal være på skolen hele dagen og trives.",
             "Vurdering av målet: Tonje var på skolen fire av fem dager.",
             "Delmål 1 (1 uke)", "Vurdering: Fungert", "Tiltak for delmålet:",
             "A: Møte Tonje i skoleporten den første uken – fungert",
             "Delmål 2", "Vurdering: Delvis",
             "Fravær i avtaleperioden", "Periode 02.03.2026–20.03.2026",
             "Skoletimer i perioden 90", "Fravær 8 timer (9 %)", "dokumentert 2 timer (2 %)",
             "udokumentert 6 timer (7 %)", "Hele dager borte 1", "Forsentkomminger 1",
             "Registrert fravær før og etter avtalen", "Fravær før: 20 %, etter: 5 %.",
             "Evaluering av tiltak", "Delmål 1 – tiltak A: Møte Tonje i skoleporten",
             "Evaluering av plan B", "Hvis Tonje ikke kommer", "Vurdering: Delvis",
             "Merknad: Far ringte én gang.",
             "Basert på evalueringen er det avtalt", "Det lages en ny samarbeidsavtale.",
             "er vurdert: ikke behov for henvisning nå.", "Underskrifter", "Hodan Nur – mor"]
    at = 0
    for piece in order:
        found = text.find(piece, at)
        assert found >= 0, f"{piece!r} not after position {at}: {text[at:at + 200]!r}"
        at = found + len(piece)


def test_no_column_heading_is_broken_at_the_real_font():
    """Issue 15: "no broken column heading ("Vurderin g")"."""
    Styles()  # registers the fonts
    heads = ["Tiltak", "Ansvarlig", EVAL["assessment"], EVAL["note"]]
    widths = column_widths(heads, [[], [], list(RATING_NAMES.values()), []], [6, 1, 0, 3])
    for head, width in zip(heads, widths):
        assert stringWidth(head, BOLD, 10) + 12 <= width, head
    assert stringWidth("Ikke fungert", FONT, 10) + 12 <= widths[2]
    e, agreement = evaluated_tonje()
    text = " ".join(pages_of(build_evaluation_pdf, e, agreement, TEMPLATES.evaluation,
                             HEADER))
    assert re.search(r"Tiltak\s+Ansvarlig\s+Vurdering\s+Merknad", text)
    assert "Vurderin g" not in text and "Ansvarli g" not in text


def _headings_of_evaluation(e) -> set[str]:
    fixed = {EVAL[k] for k in ("place_date", "present", "goal_and_sub_goals", "goal",
                               "absence", "measures", "plan_b", "outcome", "signatures")}
    fixed |= {"Registrert fravær før og etter avtalen", "Tiltak Ansvarlig Vurdering Merknad"}
    return fixed | {f"Delmål {n}" for n in range(1, len(e.sub_goals) + 1)} | {
        "Delmål 1 (1 uke)"}


@pytest.mark.parametrize("words", range(0, 120, 11))
def test_a_heading_is_never_the_last_text_on_an_evaluation_page(words):
    e, agreement = evaluated_tonje(words)
    # More sub-goals move every heading over many positions on the page.
    e = replace(e, sub_goals=e.sub_goals + tuple(
        replace(e.sub_goals[1], text=f"Delmål med mer tekst {n} " * (1 + words % 5))
        for n in range(words % 4)))
    pages = pages_of(build_evaluation_pdf, e, agreement, TEMPLATES.evaluation, HEADER,
                     "Fravær før: 20 %, etter: 5 %.", period_of(agreement))
    assert len(pages) >= 2
    headings = _headings_of_evaluation(e)
    for number, page in enumerate(pages[:-1], 1):
        last = content_lines(page)[-1]
        assert last not in headings, f"page {number} ends with the heading {last!r}"


@pytest.mark.parametrize("people", (1, 2, 3, 5, 6, 8, 11))
def test_a_signature_row_never_stands_alone_on_a_page(people):
    """Vedlegg 4: "De som er tilstede på evalueringsmøtet signerer." — the lines
    to sign stay on the page with what was agreed."""
    for words in range(0, 140, 45):
        e, agreement = evaluated_tonje(words, people)
        pages = pages_of(build_evaluation_pdf, e, agreement, TEMPLATES.evaluation, HEADER)
        signing = [n for n, page in enumerate(pages) if EVAL["signatures"] in page]
        assert len(signing) == 1
        page = flat(pages[signing[0]])
        assert EVAL["outcome"] in page, (people, words)
        captions = [flat(f"{x.name} – {x.role.lower()}") for x in e.participants]
        assert all(c in flat(" ".join(pages[signing[0]:])) for c in captions)
        for later in pages[signing[0] + 1:]:  # a page of signature lines only has two rows
            assert sum(c in flat(later) for c in captions) >= 3, (people, words)


def long_meeting(words: int) -> Meeting:
    text = " ".join(["Vi snakket om morgenene og om hva som hjelper."] * words)
    return Meeting(
        id=1, held_at=datetime(2026, 3, 2, 8, 30), kind=MeetingKind.COOPERATION,
        participants=(Participant("Tonje Ánde", "Elev"), Participant("Hodan Nur", "Mor"),
                      Participant("Siv Lund", "Kontaktlærer"),
                      Participant("Ola Šára", "Rektor")),
        absent=(Participant("Per Ŋ. Hansen", "PPT"),),
        interpreter=Interpreter("somali", "Hodan Nur", "Ayaan Ali"), place="Møterom 2",
        agenda="1. Velkommen\n2. Fraværet\n3. Avtalen", notes=text,
        decisions=text[: len(text) // 2],
        tasks=tuple(MeetingTask(f"Oppgave {n} " * (1 + words % 3), "Siv Lund", date(2026, 3, 9))
                    for n in range(words % 6 + 1)),
        next_meeting=datetime(2026, 3, 23, 14, 0))


@pytest.mark.parametrize("words", range(4, 200, 15))
def test_a_heading_is_never_the_last_text_on_a_minutes_page(words):
    texts = TEMPLATES.minutes
    pages = pages_of(build_minutes_pdf, long_meeting(words), texts, HEADER)
    headings = {texts[k] for k in ("present", "agenda", "notes", "decisions", "tasks",
                                   "next_meeting")} | {"Meldt forfall", "Tolk",
                                                       "Oppgave Ansvarlig Frist"}
    for number, page in enumerate(pages[:-1], 1):
        last = content_lines(page)[-1]
        assert last not in headings, f"page {number} ends with the heading {last!r}"
    text = flat(" ".join(pages))
    assert "Tolk somali, for mor, Ayaan Ali" in text  # "Tolk: somali, for mor"
