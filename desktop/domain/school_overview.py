"""The school's overview across cases (issue 17): what is due this week in
every case, and the cases where a rule fired and nothing has been logged
since. Plain values built from one read of each case (services/
school_overview.py); no Qt, no storage.

Seed 004: "Enhetsleder skole skal ha oversikt over antall elever med
bekymringsfullt skolefravær og følge opp hvordan skolene jobber med
problematikken." Seed 002 (Kearney 2001) calls absence that improves by itself
"innen to uker" self-correcting; absence that has not, with nothing done two
school weeks after a rule fired, is a case left lying: hence the default of
10 school days for "Ingen oppfølging" (Settings.no_follow_up_school_days)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop.domain.due_dates import DueDate
from desktop.domain.school_calendar import monday
from desktop.domain.school_week import SchoolWeek


@dataclass(frozen=True, slots=True)
class CaseFigures:
    """What the term report counts about one case. Holds no name, no birth
    date and no free text of the case: only dates, codes, the grade and the
    phase's name from the rule set."""

    grade: str = ""
    phase: str = ""  # the phase or trinn now: decided, or else proposed
    archived: bool = False
    first_firing: date | None = None  # the first day any rule of the case's set fired
    first_activity: date | None = None  # the earliest contact, meeting, conversation …
    meetings: tuple[date, ...] = ()  # the days meetings were held
    signed: tuple[date, ...] = ()  # the days agreements were signed
    # Finished evaluations: (held on, Outcome value, referred to another service).
    evaluations: tuple[tuple[date, str, bool], ...] = ()
    measures_in_use: tuple[str, ...] = ()  # one circle box title per measure in use
    # Each measure rated in a finished evaluation: (evaluation day, Rating value).
    ratings: tuple[tuple[date, str], ...] = ()

    @property
    def started(self) -> date | None:
        """When the case began: the first rule firing or the first thing
        logged, whichever came first."""
        found = [d for d in (self.first_firing, self.first_activity) if d is not None]
        return min(found) if found else None


@dataclass(frozen=True, slots=True)
class Unfollowed:
    """A rule fired and nothing was logged on or after that day."""

    rule_text: str
    fired_on: date
    school_days: int  # school days after `fired_on` up to and including today
    last_logged: date | None  # the last thing logged before it, if any


@dataclass(frozen=True, slots=True)
class CaseOverview:
    """One case as the overview sees it. The name is shown in the overview
    (on this laptop, to its users); the term report reads only `figures`."""

    case_id: str
    name: str
    due: tuple[DueDate, ...] = ()
    unfollowed: Unfollowed | None = None
    figures: CaseFigures = field(default_factory=CaseFigures)
    holder: str = ""  # the stafettholder now (seed 004: the one who holds the baton)


@dataclass(frozen=True, slots=True)
class DueItem:
    case_id: str
    name: str
    due: DueDate


def week_end(today: date) -> date:
    """The Sunday of today's week."""
    return monday(today) + timedelta(days=6)


def due_this_week(cases: list[CaseOverview], today: date) -> list[DueItem]:
    """Every due date up to the end of this week, in every case, earliest
    first: what is overdue (still waiting) and what falls due by Sunday."""
    last = week_end(today)
    items = [DueItem(c.case_id, c.name, d) for c in cases for d in c.due if d.when <= last]
    return sorted(items, key=lambda i: (i.due.when, i.due.at or datetime.min, i.name,
                                        i.case_id))


def school_days_after(first: date, last: date, week: SchoolWeek) -> int:
    """School days after `first` up to and including `last`."""
    if last <= first:
        return 0
    return len(week.school_days(first + timedelta(days=1), last))


def unfollowed(firings: list[tuple[date, str]], logged: list[date], week: SchoolWeek,
               today: date) -> Unfollowed | None:
    """The earliest rule firing after the last thing logged (a contact, a
    meeting, a conversation, an agreement, an evaluation, a phase decision).
    Something logged on the firing's own day counts as follow-up."""
    last = max((d for d in logged if d <= today), default=None)
    waiting = sorted((on, text) for on, text in firings
                     if on <= today and (last is None or on > last))
    if not waiting:
        return None
    on, text = waiting[0]
    return Unfollowed(text, on, school_days_after(on, today, week), last)


def without_follow_up(cases: list[CaseOverview], more_than: int) -> list[CaseOverview]:
    """The cases where a rule fired more than `more_than` school days ago and
    nothing has been logged since, longest waiting first."""
    found = [c for c in cases if c.unfollowed is not None
             and c.unfollowed.school_days > more_than]
    return sorted(found, key=lambda c: (c.unfollowed.fired_on, c.name, c.case_id))
