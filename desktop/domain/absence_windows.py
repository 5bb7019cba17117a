"""The periods a rule counts over, ending at the day evaluated: N days, weeks,
months or school days, the calendar month or quarter, the school term or year,
or all records. Plain values, no Qt."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.school_calendar import previous_school_day
from desktop.domain.school_week import SchoolWeek

WINDOW_KINDS = frozenset({"days", "weeks", "months", "school_days", "calendar_month",
                          "quarter", "term", "school_year", "all"})


@dataclass(frozen=True, slots=True)
class Window:
    kind: str  # one of WINDOW_KINDS
    amount: int = 0

    def bounds(self, end: date, week: SchoolWeek | None = None) -> tuple[date, date]:
        if self.kind == "school_days":  # the last N school days up to `end` (end counts
            start = end                   # when it is one)
            counted = int(week is None or week.is_school_day(end))
            while counted < self.amount:
                start = previous_school_day(start, week) if week else start - timedelta(days=1)
                counted += 1
            return start, end
        if self.kind == "days":
            return end - timedelta(days=self.amount - 1), end
        if self.kind == "weeks":
            return end - timedelta(days=7 * self.amount - 1), end
        if self.kind == "months":
            return months_before(end, self.amount) + timedelta(days=1), end
        if self.kind == "calendar_month":
            return end.replace(day=1), end
        if self.kind == "term":
            return term_start(end), end
        if self.kind == "quarter":
            return date(end.year, 3 * ((end.month - 1) // 3) + 1, 1), end
        if self.kind == "school_year":  # from 1 August
            return date(end.year if end.month >= 8 else end.year - 1, 8, 1), end
        return date.min, end


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def term_start(day: date) -> date:
    """Autumn term from 1 August, spring term from 1 January."""
    return date(day.year, 8, 1) if day.month >= 8 else date(day.year, 1, 1)
