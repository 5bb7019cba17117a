"""Totals and shares of absence over the usual windows (last 14 days, this
month, 3 months, 15 weeks, this term), as shares of actual school time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.absence import AbsenceRecord
from desktop.domain.absence_windows import Window
from desktop.domain.school_week import SchoolWeek

# (key, window); the UI gives each key its Norwegian label.
TOTAL_WINDOWS: tuple[tuple[str, Window], ...] = (
    ("days14", Window("days", 14)),
    ("month", Window("calendar_month")),
    ("months3", Window("months", 3)),
    ("weeks15", Window("weeks", 15)),
    ("term", Window("term")),
)


@dataclass(frozen=True, slots=True)
class WindowTotals:
    key: str
    start: date
    end: date
    school_lessons: int
    absent_lessons: int
    documented_lessons: int
    undocumented_lessons: int
    whole_days: int
    late_arrivals: int
    left_school: int

    @property
    def share(self) -> float:
        return 100.0 * self.absent_lessons / self.school_lessons if self.school_lessons else 0.0


def totals(records: list[AbsenceRecord], week: SchoolWeek, today: date) -> list[WindowTotals]:
    return [window_totals(key, window, records, week, today) for key, window in TOTAL_WINDOWS]


def window_totals(key: str, window: Window, records, week: SchoolWeek,
                  today: date) -> WindowTotals:
    start, end = window.bounds(today)
    return span_totals(key, start, end, records, week)


def span_totals(key: str, start: date, end: date, records, week: SchoolWeek) -> WindowTotals:
    """The totals between two days, both counted (an agreement's period, seed 001
    Vedlegg 4: the evaluation looks at the weeks the agreement covered)."""
    inside = [r for r in records if start <= r.day <= end]
    school = sum(week.lessons_on(start + timedelta(days=n))
                 for n in range((end - start).days + 1))
    by_day: dict[date, tuple[set[int], set[int]]] = {}
    for record in inside:
        documented, undocumented = by_day.setdefault(record.day, (set(), set()))
        lessons = set(range(1, week.lessons_on(record.day) + 1)) if record.whole_day \
            else set(record.lessons)
        (documented if record.documented else undocumented).update(lessons)
    doc = sum(len(d) for d, _ in by_day.values())
    undoc = sum(len(u - d) for d, u in by_day.values())
    return WindowTotals(
        key, start, end, school, doc + undoc, doc, undoc,
        len({r.day for r in inside if r.whole_day}),
        len({r.day for r in inside if r.late_minutes > 0}),
        len({r.day for r in inside if r.left_school}))
