"""Absence per weekday and lesson: what the heat map on Fravær shows."""

from __future__ import annotations

from desktop.domain.absence import AbsenceRecord
from desktop.domain.school_week import SchoolWeek


def heat_counts(records: list[AbsenceRecord], week: SchoolWeek) -> list[list[int]]:
    """counts[weekday][lesson-1] over all records (whole days count every lesson)."""
    width = max(week.max_lessons(), 1)
    counts = [[0] * width for _ in range(7)]
    for record in records:
        row = counts[record.day.weekday()]
        lessons = range(1, week.lessons_on(record.day) + 1) if record.whole_day \
            else record.lessons
        for lesson in lessons:
            if 0 < lesson <= width:
                row[lesson - 1] += 1
    return counts
