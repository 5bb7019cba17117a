"""The school's week for one case (which weekdays are school days, how many
lessons each has and their subjects) and the days off (holidays, planned
leave). Percentages of absence are shares of this actual school time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

WEEKDAY_NAMES = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
DEFAULT_LESSONS = 6


@dataclass(frozen=True, slots=True)
class SchoolWeek:
    """lessons[weekday] = subjects of that day's lessons, in order (weekday 0 =
    Monday). A weekday missing from `lessons` (or with no lessons) is no school
    day. A subject may be "" when the school has not named it."""

    lessons: dict[int, tuple[str, ...]] = field(default_factory=lambda: {
        day: ("",) * DEFAULT_LESSONS for day in range(5)})
    days_off: frozenset[date] = frozenset()

    def lessons_on(self, day: date) -> int:
        if day in self.days_off:
            return 0
        return len(self.lessons.get(day.weekday(), ()))

    def is_school_day(self, day: date) -> bool:
        return self.lessons_on(day) > 0

    def subject(self, day: date, lesson: int) -> str:
        subjects = self.lessons.get(day.weekday(), ())
        return subjects[lesson - 1] if 0 < lesson <= len(subjects) else ""

    def max_lessons(self) -> int:
        return max((len(s) for s in self.lessons.values()), default=0)

    def school_days(self, first: date, last: date) -> list[date]:
        days, current = [], first
        while current <= last:
            if self.is_school_day(current):
                days.append(current)
            current += timedelta(days=1)
        return days


def default_week() -> SchoolWeek:
    """Monday–Friday, six lessons a day, no days off."""
    return SchoolWeek()
