"""The term report (Qt-free): periods at their boundaries, medians, shares,
and 30 generated cases checked field by field against figures computed here."""

from __future__ import annotations

import random
from datetime import date, timedelta
from statistics import median

import pytest

from desktop.domain.school_overview import CaseFigures
from desktop.domain.term_report import (
    Period,
    previous_term,
    school_year_of,
    term_of,
    term_report,
)

AUTUMN = Period(date(2026, 8, 1), date(2026, 12, 31), "Høsten 2026")


# --- periods -------------------------------------------------------------------------------
@pytest.mark.parametrize("day, start, end, label", [
    (date(2026, 8, 1), date(2026, 8, 1), date(2026, 12, 31), "Høsten 2026"),
    (date(2026, 12, 31), date(2026, 8, 1), date(2026, 12, 31), "Høsten 2026"),
    (date(2027, 1, 1), date(2027, 1, 1), date(2027, 7, 31), "Våren 2027"),
    (date(2027, 7, 31), date(2027, 1, 1), date(2027, 7, 31), "Våren 2027"),
])
def test_a_term_runs_from_1_august_or_1_january(day, start, end, label):
    assert term_of(day) == Period(start, end, label)


def test_previous_term_and_school_year():
    assert previous_term(term_of(date(2027, 1, 1))) == AUTUMN
    assert previous_term(AUTUMN).label == "Våren 2026"
    year = school_year_of(date(2027, 7, 31))
    assert (year.start, year.end, year.label) == (date(2026, 8, 1), date(2027, 7, 31),
                                                 "Skoleåret 2026–2027")
    assert school_year_of(date(2026, 8, 1)) == year


def test_the_first_and_last_day_of_the_period_count_the_days_around_do_not():
    cases = [CaseFigures(first_firing=date(2026, 7, 31)),  # the day before: not new
             CaseFigures(first_firing=date(2026, 8, 1)),  # first day: new
             CaseFigures(first_activity=date(2026, 12, 31)),  # last day: new
             CaseFigures(first_firing=date(2027, 1, 1)),  # the day after: not new
             CaseFigures(first_firing=date(2027, 1, 5), first_activity=date(2026, 12, 1))]
    assert term_report(cases, AUTUMN).new_cases == 3


# --- medians, closed cases, shares -----------------------------------------------------------
def test_median_days_from_the_first_firing_to_the_first_meeting_after_it():
    f = date(2026, 9, 1)
    cases = [
        CaseFigures(first_firing=f, meetings=(f + timedelta(days=4),)),  # 4
        # A meeting before the firing does not count; the first after it (10) does.
        CaseFigures(first_firing=f, meetings=(f - timedelta(days=3), f + timedelta(days=10),
                                              f + timedelta(days=20))),
        CaseFigures(first_firing=f, meetings=(f,)),  # the same day: 0
        CaseFigures(first_firing=f, meetings=(date(2027, 1, 4),)),  # after the period
        CaseFigures(first_firing=None, meetings=(f,)),  # no firing: not counted
        CaseFigures(first_firing=f),  # no meeting yet
    ]
    report = term_report(cases, AUTUMN)
    assert (report.to_first_meeting.days, report.to_first_meeting.cases) == (4.0, 3)
    two = term_report(cases[:2], AUTUMN).to_first_meeting
    assert (two.days, two.cases) == (7.0, 2)  # (4 + 10) / 2
    signed = term_report([CaseFigures(first_firing=f, signed=(f + timedelta(days=21),))],
                         AUTUMN).to_signed_agreement
    assert (signed.days, signed.cases) == (21.0, 1)
    assert term_report([], AUTUMN).to_first_meeting.days is None


def test_closed_means_the_latest_evaluation_in_the_period_said_no_further_follow_up():
    ev = lambda day, outcome, referred=False: (day, outcome, referred)  # noqa: E731
    cases = [
        CaseFigures(evaluations=(ev(date(2026, 10, 1), "ny_avtale"),
                                 ev(date(2026, 11, 1), "ingen_videre"))),  # closed
        CaseFigures(evaluations=(ev(date(2026, 10, 1), "ingen_videre"),
                                 ev(date(2026, 11, 1), "ny_avtale"))),  # open again
        CaseFigures(evaluations=(ev(date(2026, 7, 31), "ingen_videre"),)),  # before
        CaseFigures(evaluations=(ev(date(2026, 12, 31), "videre", True),)),
    ]
    report = term_report(cases, AUTUMN)
    assert report.closed_cases == 1
    assert dict(report.outcomes) == {"ingen_videre": 2, "ny_avtale": 2, "videre": 1}
    assert report.referrals == 1


def test_share_of_measures_rated_as_working_counts_only_rated_ones_in_the_period():
    day = date(2026, 10, 1)
    case = CaseFigures(ratings=((day, "fungert"), (day, "fungert"), (day, "delvis"),
                                (day, "ikke"), (date(2026, 6, 1), "fungert")))
    report = term_report([case], AUTUMN)
    assert dict(report.ratings) == {"fungert": 2, "delvis": 1, "ikke": 1}
    assert report.rated == 4 and report.worked_share == 0.5
    assert term_report([CaseFigures()], AUTUMN).worked_share is None


def test_phases_grades_and_measures_count_cases_not_archived_in_box_order():
    cases = [CaseFigures(grade="7", phase="Fase 2", measures_in_use=("Skole", "Skole")),
             CaseFigures(grade="10", phase="Fase 2", measures_in_use=("Hjem",)),
             CaseFigures(grade="vg1", phase="Trinn 1"),
             CaseFigures(grade="", phase="Fase 3"),
             CaseFigures(grade="7", phase="Fase 3", archived=True, measures_in_use=("Hjem",))]
    report = term_report(cases, AUTUMN, unreadable=2, box_order=("Hjem", "Skole", "Fritid"))
    assert (report.covered, report.unreadable, report.active) == (5, 2, 4)
    assert report.by_phase == (("Fase 2", 2), ("Fase 3", 1), ("Trinn 1", 1))
    assert report.by_grade == (("7", 1), ("10", 1), ("vg1", 1), ("", 1))
    assert report.measures_by_box == (("Hjem", 1, 1), ("Skole", 2, 1), ("Fritid", 0, 0))


# --- 30 generated cases, every field against figures computed here ------------------------------
def _generated(seed: int = 17) -> list[CaseFigures]:
    rnd = random.Random(seed)
    base = date(2026, 6, 1)
    phases = ["Fase 1 – Forebygging", "Fase 2 – Identifisering og kontakt",
              "Fase 3 – Kartlegging, tiltak og evaluering", "Trinn 1"]
    boxes = ["Hjemmeforhold", "Relasjon til voksne på skolen", "Mestring på skolen"]
    cases = []
    for _ in range(30):
        day = lambda: base + timedelta(days=rnd.randint(0, 260))  # noqa: E731
        firing = day() if rnd.random() < 0.8 else None
        cases.append(CaseFigures(
            grade=rnd.choice(["1", "4", "7", "9", "10", "vg2", ""]),
            phase=rnd.choice(phases),
            archived=rnd.random() < 0.2,
            first_firing=firing,
            first_activity=day() if rnd.random() < 0.7 else None,
            meetings=tuple(sorted(day() for _ in range(rnd.randint(0, 3)))),
            signed=tuple(sorted(day() for _ in range(rnd.randint(0, 2)))),
            evaluations=tuple((day(), rnd.choice(["ingen_videre", "ny_avtale", "videre"]),
                               rnd.random() < 0.3) for _ in range(rnd.randint(0, 2))),
            measures_in_use=tuple(rnd.choice(boxes) for _ in range(rnd.randint(0, 4))),
            ratings=tuple((day(), rnd.choice(["fungert", "delvis", "ikke"]))
                          for _ in range(rnd.randint(0, 4)))))
    return cases


def test_thirty_generated_cases_field_by_field():
    cases = _generated()
    report = term_report(cases, AUTUMN, unreadable=1)
    inside = lambda d: d is not None and date(2026, 8, 1) <= d <= date(2026, 12, 31)  # noqa
    active = [c for c in cases if not c.archived]
    assert report.covered == 30 and report.unreadable == 1 and report.active == len(active)
    for phase, n in report.by_phase:
        assert n == sum(1 for c in active if c.phase == phase)
    assert sum(n for _, n in report.by_phase) == len(active)
    for grade, n in report.by_grade:
        assert n == sum(1 for c in active if c.grade == grade)
    assert [g for g, _ in report.by_grade] == \
        [g for g in ["1", "4", "7", "9", "10", "vg2", ""] if any(c.grade == g for c in active)]
    starts = [min(d for d in (c.first_firing, c.first_activity) if d) for c in cases
              if c.first_firing or c.first_activity]
    assert report.new_cases == sum(1 for s in starts if inside(s))
    closed = 0
    for c in cases:
        if c.evaluations:
            last = max(c.evaluations)
            closed += last[1] == "ingen_videre" and inside(last[0])
    assert report.closed_cases == closed
    held = [e for c in cases for e in c.evaluations if inside(e[0])]
    for outcome, n in report.outcomes:
        assert n == sum(1 for e in held if e[1] == outcome)
    assert report.referrals == sum(1 for e in held if e[2])
    for field, dates in (("to_first_meeting", "meetings"), ("to_signed_agreement", "signed")):
        waits = []
        for c in cases:
            after = [d for d in getattr(c, dates) if c.first_firing and d >= c.first_firing]
            if after and inside(min(after)):
                waits.append((min(after) - c.first_firing).days)
        found = getattr(report, field)
        assert found.cases == len(waits) and found.cases > 0
        assert found.days == median(waits)
    for title, measures, n_cases in report.measures_by_box:
        assert measures == sum(c.measures_in_use.count(title) for c in active)
        assert n_cases == sum(1 for c in active if title in c.measures_in_use)
    rated = [r[1] for c in cases for r in c.ratings if inside(r[0])]
    assert dict(report.ratings) == {k: rated.count(k) for k in ("fungert", "delvis", "ikke")}
    assert report.worked_share == rated.count("fungert") / len(rated)
