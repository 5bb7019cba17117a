"""Absence records (fravær): whole days or single lessons, documented or not,
with a reason; late arrivals (forsentkomming) and leaving school during the day
are recorded on the same line. Seeds 001 and 004 (definitions of documented /
undocumented absence)."""

from __future__ import annotations

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
