"""Absence records (fravær): whole days or single lessons, documented or not,
with a reason; late arrivals (forsentkomming) and leaving school during the day
are recorded on the same line. Seeds 001 and 004 (definitions of documented /
undocumented absence)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from desktop.domain.school_week import SchoolWeek


class Reason(str, Enum):
    ILLNESS = "sykdom"
    LEAVE = "permisjon"
    UNKNOWN = "ukjent"
    OTHER = "annet"


@dataclass(frozen=True, slots=True)
class AbsenceRecord:
    """One line of the register. `whole_day` False with no `lessons` is a line
    that only records a late arrival or leaving school. `settled` marks
    absence agreed with the school in advance (avklart fravær, seed 004)."""

    id: int | None
    day: date
    whole_day: bool = True
    lessons: tuple[int, ...] = ()
    documented: bool = False
    reason: Reason = Reason.UNKNOWN
    reason_text: str = ""
    late_minutes: int = 0
    left_school: bool = False
    settled: bool = False

    def absent_lessons(self, week: SchoolWeek) -> int:
        if self.whole_day:
            return week.lessons_on(self.day)
        return len(self.lessons)

    @property
    def is_absence(self) -> bool:
        return self.whole_day or bool(self.lessons)

    def key(self) -> tuple:
        """What makes two lines the same entry (for duplicate detection)."""
        return (self.day, self.whole_day, tuple(sorted(self.lessons)), self.late_minutes > 0,
                self.left_school)


class AbsenceInputError(ValueError):
    """Input that cannot become a record; `code` picks the Norwegian message."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


def parse_lessons(text: str, week: SchoolWeek, day: date | None = None) -> tuple[int, ...]:
    """'1,2, 5-6' or subject names ('matte, norsk' — matched against the day's
    subjects, or any day's when `day` is None) → sorted lesson numbers."""
    result: set[int] = set()
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        if "-" in part and all(s.strip().isdigit() for s in part.split("-", 1)):
            low, high = (int(s) for s in part.split("-", 1))
            if low > high:
                raise AbsenceInputError("lessons", part)
            result.update(range(low, high + 1))
        elif part.isdigit():
            result.add(int(part))
        else:
            numbers = _lessons_by_subject(part, week, day)
            if not numbers:
                raise AbsenceInputError("subject", part)
            result.update(numbers)
    limit = week.lessons_on(day) if day is not None else week.max_lessons()
    if any(n < 1 or n > max(limit, 1) for n in result):
        raise AbsenceInputError("lesson_range", str(limit))
    return tuple(sorted(result))


def _lessons_by_subject(name: str, week: SchoolWeek, day: date | None) -> set[int]:
    wanted = name.casefold()
    days = [day.weekday()] if day is not None else list(week.lessons)
    return {index + 1 for weekday in days
            for index, subject in enumerate(week.lessons.get(weekday, ()))
            if subject and subject.casefold() == wanted}


_SHORT_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.?\s*$")


def _parse_date(text: str, today: date | None) -> date | None:
    """dd.mm.åååå, ISO, or — with `today` — the quick dd.mm (the nearest such
    day not more than two months ahead: in January, 15.12 is last December)."""
    from desktop.domain.validation import parse_date

    short = _SHORT_DATE.match(text)
    if short and today is not None:
        day, month = int(short.group(1)), int(short.group(2))
        found = date(today.year, month, day)  # ValueError for 31.02
        if (found - today).days > 61:
            found = date(today.year - 1, month, day)
        return found
    return parse_date(text)


def parse_days(text: str, week: SchoolWeek, today: date | None = None) -> list[date]:
    """'02.03.2026' or a range '02.03.2026-06.03.2026' (also '–' or ' til ');
    dd.mm.åååå, ISO, or dd.mm when `today` is given. A range keeps only school
    days; a single day must be one."""
    parse_date = lambda part: _parse_date(part, today)  # noqa: E731

    cleaned = text.strip().replace("–", " til ").replace("—", " til ")
    parts = [p.strip() for p in cleaned.split(" til ")] if " til " in cleaned else None
    if parts is None and cleaned.count("-") == 1 and "." in cleaned:
        parts = [p.strip() for p in cleaned.split("-")]
    if parts is not None and len(parts) != 2:
        raise AbsenceInputError("date", text)
    try:
        if parts is None:
            day = parse_date(cleaned)
        else:
            first, last = parse_date(parts[0]), parse_date(parts[1])
    except ValueError:
        raise AbsenceInputError("date", text) from None
    if parts is None:
        if day is None:
            raise AbsenceInputError("no_date")
        if not week.is_school_day(day):
            raise AbsenceInputError("not_school_day", day.isoformat())
        return [day]
    if first is None or last is None or first > last:
        raise AbsenceInputError("range", text)
    if (last - first).days > 366:
        raise AbsenceInputError("range_too_long", text)
    found = week.school_days(first, last)
    if not found:
        raise AbsenceInputError("no_school_days", text)
    return found


def records_from_entry(days_text: str, lessons_text: str, week: SchoolWeek, *,
                       documented: bool, reason: Reason, reason_text: str = "",
                       late_minutes: int = 0, left_school: bool = False,
                       settled: bool = False, today: date | None = None
                       ) -> list[AbsenceRecord]:
    """One typed line → one record per school day. Empty lessons = whole day,
    unless the line only records a late arrival or leaving school."""
    days = parse_days(days_text, week, today)
    only_event = not lessons_text.strip() and (late_minutes > 0 or left_school)
    records = []
    for day in days:
        if lessons_text.strip():
            lessons = parse_lessons(lessons_text, week, day)
            whole = False
        else:
            lessons, whole = (), not only_event
        records.append(AbsenceRecord(None, day, whole, lessons, documented, reason,
                                     reason_text.strip(), max(0, int(late_minutes)),
                                     left_school, settled))
    return records
