"""The half-year / term report for the school's leadership. Seed 004: "Rektor
og tiltaksleder rapporterer til enhetsleder hvert halvår"; seed 002 (appendiks
5): "Ledelsen går gjennom fraværsføringen og skolens samlede elevfravær tre
ganger i året". Counts only: no name, no birth date, no free text. Computed
from CaseFigures (domain/school_overview.py).

Definitions (the report prints them too):
- a case is *new* in the period when it started in it (its first rule firing
  or the first thing logged, whichever came first);
- a case is *closed* in the period when its latest finished evaluation, held
  in the period, concluded that no further systematic follow-up is needed;
- *days to the first meeting*: calendar days from the case's first rule firing
  to the first meeting held on or after it, over the cases whose such meeting
  was held in the period; the same for the first signed agreement;
- cases per phase and grade, and measures in use, are counted over the cases
  not archived, as they stand today;
- outcomes and ratings are those of evaluations held in the period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from desktop.domain.school_overview import CaseFigures

OUTCOME_ORDER = ("ingen_videre", "ny_avtale", "videre")
RATINGS = ("fungert", "delvis", "ikke")  # evaluations.Rating values, UNSET left out


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date
    label: str  # "Høsten 2026", "Skoleåret 2026–2027"

    def holds(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end


def term_of(day: date) -> Period:
    """The school term `day` falls in: autumn from 1 August to 31 December,
    spring from 1 January to 31 July (the rule language's "term")."""
    if day.month >= 8:
        return Period(date(day.year, 8, 1), date(day.year, 12, 31), f"Høsten {day.year}")
    return Period(date(day.year, 1, 1), date(day.year, 7, 31), f"Våren {day.year}")


def previous_term(period: Period) -> Period:
    return term_of(period.start - timedelta(days=1))


def school_year_of(day: date) -> Period:
    first = day.year if day.month >= 8 else day.year - 1
    return Period(date(first, 8, 1), date(first + 1, 7, 31), f"Skoleåret {first}–{first + 1}")


@dataclass(frozen=True, slots=True)
class Median:
    days: float | None  # None: no case to count
    cases: int


@dataclass(frozen=True, slots=True)
class TermReport:
    period: Period
    covered: int  # cases read
    unreadable: int  # case files that could not be read
    active: int  # of the covered, not archived
    by_phase: tuple[tuple[str, int], ...]
    by_grade: tuple[tuple[str, int], ...]
    new_cases: int
    closed_cases: int
    outcomes: tuple[tuple[str, int], ...]  # (Outcome value, count) in OUTCOME_ORDER
    referrals: int  # evaluations in the period that referred to another service
    to_first_meeting: Median
    to_signed_agreement: Median
    measures_by_box: tuple[tuple[str, int, int], ...]  # (box title, measures, cases)
    ratings: tuple[tuple[str, int], ...]  # (Rating value, count) in RATINGS order

    @property
    def rated(self) -> int:
        return sum(n for _, n in self.ratings)

    @property
    def worked_share(self) -> float | None:
        """The share of rated measures rated as working (None: none rated)."""
        worked = dict(self.ratings).get("fungert", 0)
        return worked / self.rated if self.rated else None


def _grade_key(grade: str) -> tuple:
    """1, 2, … 10, then vg1–vg3, then anything else, then "not given"."""
    text = grade.strip().casefold()
    if not text:
        return (3, 0, "")
    number = re.fullmatch(r"(\d+)\.?( ?trinn)?", text)
    if number:
        return (0, int(number.group(1)), text)
    vg = re.fullmatch(r"vg ?(\d)", text)
    if vg:
        return (1, int(vg.group(1)), text)
    return (2, 0, text)


def _counted(values: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for value in values:
        found[value] = found.get(value, 0) + 1
    return found


def _median_to(cases: list[CaseFigures], targets, period: Period) -> Median:
    days = []
    for case in cases:
        if case.first_firing is None:
            continue
        after = sorted(d for d in targets(case) if d >= case.first_firing)
        if after and period.holds(after[0]):
            days.append((after[0] - case.first_firing).days)
    return Median(float(median(days)) if days else None, len(days))


def _closed(case: CaseFigures, period: Period) -> bool:
    if not case.evaluations:
        return False
    latest = max(case.evaluations, key=lambda e: e[0])
    return latest[1] == "ingen_videre" and period.holds(latest[0])


def term_report(cases: list[CaseFigures], period: Period, unreadable: int = 0,
                box_order: tuple[str, ...] = ()) -> TermReport:
    """The report over `cases` for `period`. `box_order`: the circle's box
    titles in the form's order (boxes with no measure are listed with 0)."""
    active = [c for c in cases if not c.archived]
    phases = _counted([c.phase.strip() for c in active])
    grades = _counted([c.grade.strip() for c in active])
    evaluations = [e for c in cases for e in c.evaluations if period.holds(e[0])]
    outcome_counts = _counted([e[1] for e in evaluations])
    measures: dict[str, list[int]] = {title: [0, 0] for title in box_order}
    for case in active:
        for title, count in _counted(list(case.measures_in_use)).items():
            entry = measures.setdefault(title, [0, 0])
            entry[0] += count
            entry[1] += 1
    ordered_boxes = list(box_order) + sorted(t for t in measures if t not in box_order)
    rated = _counted([r[1] for c in cases for r in c.ratings if period.holds(r[0])])
    return TermReport(
        period=period, covered=len(cases), unreadable=unreadable, active=len(active),
        by_phase=tuple(sorted(phases.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_grade=tuple(sorted(grades.items(), key=lambda kv: _grade_key(kv[0]))),
        new_cases=sum(1 for c in cases if period.holds(c.started)),
        closed_cases=sum(1 for c in cases if _closed(c, period)),
        outcomes=tuple((o, outcome_counts.get(o, 0)) for o in OUTCOME_ORDER),
        referrals=sum(1 for e in evaluations if e[2]),
        to_first_meeting=_median_to(cases, lambda c: c.meetings, period),
        to_signed_agreement=_median_to(cases, lambda c: c.signed, period),
        measures_by_box=tuple((t, *measures[t]) for t in ordered_boxes),
        ratings=tuple((r, rated.get(r, 0)) for r in RATINGS),
    )
