"""The figures Fravær and Oversikt draw from the whole absence register (rule
evaluation, totals, heat map, trend, patterns, before/after), computed from a
copy of the case so a worker thread can do it (issue 16: after a 100 000-line
import they took seconds on the UI thread).

The open case's SQLite connection is the UI thread's: a worker never touches
it, nor the case file. `take_snapshot()` copies the database image on the UI
thread (a memory copy, as a save does); `compute_figures()` opens that copy as
a private read-only session and runs the same service code over it, so the
figures are the ones the UI thread would have computed. No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.casefile.absence_repo import AbsenceRepository
from desktop.domain.absence import AbsenceRecord
from desktop.domain.absence_heat import heat_counts
from desktop.domain.absence_patterns import Pattern
from desktop.domain.absence_rules import Evaluation, RuleSet
from desktop.domain.absence_totals import WindowTotals
from desktop.domain.school_week import SchoolWeek
from desktop.services.absence_insight import AbsenceInsight, MarkerEffect, Trend, insight_settings
from desktop.services.absence_register import AbsenceRegister, today
from desktop.services.case_session import CaseSession

if TYPE_CHECKING:
    from desktop.domain.school_calendar import SchoolCalendar

# From this many records a change of the register is drawn from figures computed
# on a worker (about 30 µs of work per record: 1 000 records ≈ 30 ms); below it
# the sections draw at once, as they always did.
BACKGROUND_FROM = 1_000


def newest_first(records: list[AbsenceRecord]) -> list[AbsenceRecord]:
    """The register table's order."""
    return sorted(records, key=lambda r: (r.day, r.id or 0), reverse=True)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a worker needs, taken on the UI thread: the database image, the
    school calendar, the day the figures are for and the case's generation."""

    case_id: str
    image: bytes
    calendar: SchoolCalendar | None
    on: date
    generation: int


@dataclass(frozen=True, slots=True)
class Figures:
    """Everything drawn from the whole register, for the case as it was at
    `generation`. `memo` holds the session memos computed on the way (name →
    args, value), for the open session to keep if it has not changed since."""

    generation: int
    on: date
    records: list[AbsenceRecord]  # newest first (the register table's order)
    week: SchoolWeek
    rule_set: RuleSet
    evaluation: Evaluation
    totals: list[WindowTotals]
    heat: list[list[int]]
    trend: Trend
    patterns: list[Pattern]
    effects: list[MarkerEffect]
    memo: dict[str, tuple[Any, Any]] = field(default_factory=dict, repr=False)
    stored_records: tuple[AbsenceRecord, ...] = field(default=(), repr=False)  # day order


def take_snapshot(session: CaseSession, on: date | None = None) -> Snapshot:
    """UI thread: a consistent copy of the case to compute from."""
    image = session.image()
    return Snapshot(session.case_id, image, session.calendar_source(), on or today(),
                    session.generation())


class _CopyOfCase:
    """The part of OpenCase a CaseSession reads through, over a private copy."""

    read_only = True
    closed = False

    def __init__(self, snapshot: Snapshot):
        from desktop.casefile.repository import CaseRepository
        from desktop.casefile.store import load_sqlite_utils, memory_database

        self.case_id = snapshot.case_id
        self.conn = memory_database(snapshot.image)
        self.repo = CaseRepository(load_sqlite_utils().Database(self.conn))


def compute_figures(snapshot: Snapshot) -> Figures:
    """Any thread: the figures for the case in `snapshot`."""
    case = _CopyOfCase(snapshot)
    try:
        session = CaseSession(case)
        session.calendar_source = lambda: snapshot.calendar
        return figures_of(AbsenceRegister(session), snapshot.on, snapshot.generation)
    finally:
        case.conn.close()


def figures_of(register: AbsenceRegister, on: date, generation: int) -> Figures:
    """The figures of one register (of the private copy on a worker, or of the
    open case itself when the register is short)."""
    session = register.session
    insight = AbsenceInsight(session, insight_settings())
    stored = tuple(register.records())
    week = register.week()
    evaluation = register.evaluation(on)
    return Figures(
        generation=generation, on=on, records=newest_first(list(stored)), week=week,
        rule_set=evaluation.rule_set, evaluation=evaluation,
        totals=register.totals(on), heat=heat_counts(list(stored), week),
        trend=insight.trend(on), patterns=insight.patterns(on), effects=insight.effects(on),
        memo=session.memos(), stored_records=stored)


def adopt(session: CaseSession, figures: Figures) -> bool:
    """UI thread: the open session keeps what the worker computed (the rule
    evaluation, the register as read) when it has not changed since the
    snapshot, so the next save, Oversikt and Logg need not compute it again.
    Returns whether it did."""
    if session.closed or session.generation() != figures.generation:
        return False
    session.remember(figures.generation, figures.memo)
    session.repository(AbsenceRepository).remember(figures.generation, figures.stored_records)
    return True
