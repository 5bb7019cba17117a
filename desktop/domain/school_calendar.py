"""The school calendar (skoleruta): the holidays and planning days of a school
year, entered once for every case on this laptop, not per case. A case adds its
own days off on top (SchoolWeek.days_off); plans, evaluation dates and the
shares of absence use both (`with_calendar`).

Also the arithmetic of school weeks that plans and agreements share: a period
of N weeks is N whole school weeks (weeks entirely off do not count), and a
week is named by its ISO number ("uke 50–51") beside the dates."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from desktop.domain.school_week import SchoolWeek, WeekInputError, parse_period_line

MAX_ENTRIES = 400  # a school year has some twenty; more is a pasted mistake


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One holiday or planning day (or a run of them), with its name."""

    first: date
    last: date
    name: str = ""

    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]


@dataclass(frozen=True, slots=True)
class SchoolCalendar:
    entries: tuple[CalendarEntry, ...] = ()
    name: str = ""  # e.g. the template it was made from: "Skolerute 2026–2027"

    @property
    def days_off(self) -> frozenset[date]:
        return frozenset(day for entry in self.entries for day in entry.days())

    def entry_on(self, day: date) -> CalendarEntry | None:
        return next((e for e in self.entries if e.first <= day <= e.last), None)


def with_calendar(week: SchoolWeek, calendar: SchoolCalendar | None) -> SchoolWeek:
    """The case's week with the school calendar's days off added."""
    if calendar is None or not calendar.entries:
        return week
    return replace(week, days_off=week.days_off | calendar.days_off)


def parse_calendar(text: str) -> tuple[CalendarEntry, ...]:
    """One date or period per line, then its name after two spaces or '#':
    `21.12.2026-01.01.2027  juleferie`. Raises WeekInputError (1-based line)."""
    entries = []
    for number, raw in enumerate(text.splitlines(), 1):
        found = parse_period_line(raw, number)
        if found is None:
            continue
        first, last, note = found
        entries.append(CalendarEntry(first, last, note))
        if len(entries) > MAX_ENTRIES:
            raise WeekInputError(number, raw)
    return tuple(sorted(entries, key=lambda e: (e.first, e.last)))


def format_calendar(entries: tuple[CalendarEntry, ...]) -> str:
    lines = []
    for entry in entries:
        text = entry.first.strftime("%d.%m.%Y")
        if entry.last != entry.first:
            text += "-" + entry.last.strftime("%d.%m.%Y")
        lines.append(f"{text}  {entry.name}".rstrip())
    return "\n".join(lines)


# --- school weeks ---------------------------------------------------------------------


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def next_school_day(after: date, week: SchoolWeek) -> date:
    """The first school day after `after` (a year of holidays is not searched past)."""
    day = after + timedelta(days=1)
    for _ in range(400):
        if week.is_school_day(day):
            return day
        day += timedelta(days=1)
    return after + timedelta(days=1)


def previous_school_day(before: date, week: SchoolWeek) -> date:
    """The last school day before `before` (a year of holidays is not searched past)."""
    day = before - timedelta(days=1)
    for _ in range(400):
        if week.is_school_day(day):
            return day
        day -= timedelta(days=1)
    return before - timedelta(days=1)


def school_day_on_or_after(day: date, week: SchoolWeek) -> date:
    return day if week.is_school_day(day) else next_school_day(day, week)


def last_school_day_before(day: date, week: SchoolWeek, not_before: date) -> date:
    """The last school day before `day`, but never earlier than `not_before`."""
    current = day - timedelta(days=1)
    while current > not_before and not week.is_school_day(current):
        current -= timedelta(days=1)
    return max(current, not_before)


def school_weeks_span(first: date, weeks: int, week: SchoolWeek) -> tuple[date, date]:
    """(first school day, last school day) of `weeks` whole school weeks from `first`.

    A week entirely off (vinterferie, juleferie) does not count. A span that starts
    on the first school day of its week ends on the last school day of its last
    week; one that starts later in a week (a Wednesday) runs on into the week after,
    to the day before that weekday, so it holds every weekday `weeks` times (two
    weeks from Wednesday 11.03 end Tuesday 24.03, not Friday 20.03)."""
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    start = school_day_on_or_after(first, week)
    if not week.is_school_day(start):  # no school day within a year: keep plain weeks
        return first, first + timedelta(days=7 * weeks - 1)
    whole_first_week = not week.school_days(monday(start), start - timedelta(days=1))
    school_weeks: list[list[date]] = []
    day = monday(start)
    guard = start + timedelta(days=7 * (weeks + 60))
    while len(school_weeks) < weeks + 1 and day <= guard:
        days = week.school_days(max(day, start), day + timedelta(days=6))
        if days:
            school_weeks.append(days)
        day += timedelta(days=7)
    if len(school_weeks) < weeks:
        return start, school_weeks[-1][-1]
    if whole_first_week or len(school_weeks) == weeks:
        return start, school_weeks[weeks - 1][-1]
    before = [d for d in school_weeks[weeks] if d.weekday() < start.weekday()]
    return start, before[-1] if before else school_weeks[weeks - 1][-1]


def period_dates(start: date, weeks: int, week: SchoolWeek) -> tuple[date, date]:
    """(last school day of the period, the evaluation day): a period of `weeks`
    school weeks from `start`, and the next school day after it. Three weeks
    from Wednesday 2 December with the Christmas holiday off end on Tuesday
    5 January; the evaluation is Wednesday 6 January, not 23 December."""
    _, end = school_weeks_span(start, weeks, week)
    return end, next_school_day(end, week)


def week_label(first: date, last: date | None = None, word: str = "uke") -> str:
    """ISO week numbers: "uke 50", "uke 50–51", across the year end "uke 52–2"
    (`word` is "veke" in nynorsk)."""
    a = first.isocalendar().week
    b = (last or first).isocalendar().week
    return f"{word} {a}" if a == b else f"{word} {a}–{b}"
