"""Absence per school week: the weekly trend on Fravær and the before/after
figures of a measure both count missed lessons as a share of the week's actual
school time (the case's week with the school calendar). A week entirely off
(a holiday) has no school time and counts for nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from desktop.domain.absence import AbsenceRecord
from desktop.domain.school_week import SchoolWeek

# day → (documented lessons missed, undocumented lessons missed)
DayAbsence = dict[date, tuple[int, int]]


def absence_by_day(records: Iterable[AbsenceRecord], week: SchoolWeek) -> DayAbsence:
    """Lessons missed per school day. A lesson both documented and undocumented
    counts once, as documented (as in the totals); lessons past the day's school
    time, and lines on a day off, count nothing."""
    lessons: dict[date, tuple[set[int], set[int]]] = {}
    for record in records:
        if not record.is_absence:
            continue
        count = week.lessons_on(record.day)
        if not count:
            continue
        documented, undocumented = lessons.setdefault(record.day, (set(), set()))
        missed = range(1, count + 1) if record.whole_day \
            else (n for n in record.lessons if 0 < n <= count)
        (documented if record.documented else undocumented).update(missed)
    return {day: (len(d), len(u - d)) for day, (d, u) in lessons.items()}


@dataclass(frozen=True, slots=True)
class PeriodAbsence:
    """School lessons in a period and how many of them were missed."""

    school_lessons: int
    documented: int
    undocumented: int

    @property
    def absent(self) -> int:
        return self.documented + self.undocumented

    @property
    def share(self) -> float:
        """Percent (0–100) of the school lessons missed; 0 for no school time."""
        return 100.0 * self.absent / self.school_lessons if self.school_lessons else 0.0

    def __add__(self, other: "PeriodAbsence") -> "PeriodAbsence":
        return PeriodAbsence(self.school_lessons + other.school_lessons,
                             self.documented + other.documented,
                             self.undocumented + other.undocumented)


NO_ABSENCE = PeriodAbsence(0, 0, 0)


def period_absence(by_day: DayAbsence, week: SchoolWeek, first: date, last: date
                   ) -> PeriodAbsence:
    """Absence from `first` to `last`, both included."""
    school = documented = undocumented = 0
    day = first
    while day <= last:
        school += week.lessons_on(day)
        doc, undoc = by_day.get(day, (0, 0))
        documented += doc
        undocumented += undoc
        day += timedelta(days=1)
    return PeriodAbsence(school, documented, undocumented)


@dataclass(frozen=True, slots=True)
class WeekAbsence:
    """One calendar week (Monday to Sunday) of school."""

    monday: date
    absence: PeriodAbsence
    last_school_day: date | None  # None: the week is entirely off

    @property
    def off(self) -> bool:
        return self.last_school_day is None

    def done_by(self, today: date) -> bool:
        """Every school day of the week is over (on or before `today`)."""
        return self.last_school_day is not None and self.last_school_day <= today


def school_week_of(by_day: DayAbsence, week: SchoolWeek, monday: date) -> WeekAbsence:
    days = week.school_days(monday, monday + timedelta(days=6))
    return WeekAbsence(monday, period_absence(by_day, week, monday, monday + timedelta(days=6)),
                       days[-1] if days else None)


def weekly_absence(by_day: DayAbsence, week: SchoolWeek, first: date, last: date
                   ) -> list[WeekAbsence]:
    """Every calendar week from the one holding `first` to the one holding `last`."""
    monday = first - timedelta(days=first.weekday())
    found = []
    while monday <= last:
        found.append(school_week_of(by_day, week, monday))
        monday += timedelta(days=7)
    return found
