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


class WeekInputError(ValueError):
    """A line of days off we cannot read; `line` is 1-based."""

    def __init__(self, line: int, text: str):
        super().__init__(line, text)
        self.line = line
        self.text = text


def parse_period_line(raw: str, number: int) -> tuple[date, date, str] | None:
    """One line of days off: a date or a period (dd.mm.åååå or dd.mm.åååå-dd.mm.åååå),
    then an optional note after '#' or two spaces ('vinterferie'). None for an empty
    line; WeekInputError (with the 1-based `number`) for one we cannot read."""
    from desktop.domain.validation import parse_date

    text, _, comment = raw.partition("#")
    stripped = text.strip()
    line, _, note = stripped.partition("  ")
    line = line.strip()
    if not line:
        return None
    parts = [p.strip() for p in line.replace("–", "-").split("-")] \
        if line.count("-") == 1 and "." in line else [line]
    try:
        days = [parse_date(p) for p in parts]
    except ValueError:
        raise WeekInputError(number, raw) from None
    if None in days or len(days) > 2 or (len(days) == 2 and days[0] > days[1]) \
            or (len(days) == 2 and (days[1] - days[0]).days > 366):
        raise WeekInputError(number, raw)
    return days[0], days[-1], (note.strip() or comment.strip())


def parse_days_off(text: str) -> frozenset[date]:
    """One date or period per line (dd.mm.åååå or dd.mm.åååå-dd.mm.åååå);
    anything after '#' or two spaces is a note ('vinterferie')."""
    found: set[date] = set()
    for number, raw in enumerate(text.splitlines(), 1):
        period = parse_period_line(raw, number)
        if period is None:
            continue
        first, last, _note = period
        while first <= last:
            found.add(first)
            first += timedelta(days=1)
    return frozenset(found)


def format_days_off(days: frozenset[date]) -> str:
    """Runs of consecutive days as periods, one per line."""
    lines, ordered = [], sorted(days)
    start = previous = None
    for day in ordered + [None]:
        if start is not None and (day is None or day != previous + timedelta(days=1)):
            text = start.strftime("%d.%m.%Y")
            if previous != start:
                text += "-" + previous.strftime("%d.%m.%Y")
            lines.append(text)
            start = None
        if day is not None and start is None:
            start = day
        previous = day
    return "\n".join(lines)
