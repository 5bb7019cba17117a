"""Runs of absent school days: the rule condition "N dager på rad" (the metric
absent_days_in_a_row in domain/absence_rules.py). Plain values, no Qt.

Two days of whole-day absence are in one run when no school day lies between
them: a weekend, a holiday in the school calendar or the case's own day off
neither breaks a run nor counts in it (absence written on such a day is not
counted); a school day without whole-day absence (present, only some lessons
missed, or a day the rule excludes) breaks it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from desktop.domain.school_calendar import previous_school_day
from desktop.domain.school_week import SchoolWeek


@dataclass(frozen=True, slots=True)
class Runs:
    """The days of whole-day absence in order, each one's place in its run
    (1 = the first day), and the running best (length, index) from the first."""

    days: tuple[date, ...]
    places: tuple[int, ...]
    best: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, absent_days: Iterable[date], week: SchoolWeek) -> "Runs":
        days = sorted(d for d in set(absent_days) if week.is_school_day(d))
        places: list[int] = []
        best: list[tuple[int, int]] = []
        for k, day in enumerate(days):
            follows = k > 0 and previous_school_day(day, week) == days[k - 1]
            places.append(places[-1] + 1 if follows else 1)
            best.append(max(best[-1], (places[-1], k)) if best else (1, k))
        return cls(tuple(days), tuple(places), tuple(best))

    def longest(self, start: date, end: date) -> tuple[int, tuple[date, ...]]:
        """The longest run inside [start, end] (a run that began before `start`
        counts from `start`), and its days; the latest run on a tie."""
        i, j = bisect_left(self.days, start), bisect_right(self.days, end)
        if i >= j:
            return 0, ()
        if i == 0:  # the common case (window "all"): the running best
            length, at = self.best[j - 1]
        else:
            length, at = 0, -1
            for k in range(i, j):
                clipped = min(self.places[k], k - i + 1)
                if clipped >= length:
                    length, at = clipped, k
        return length, self.days[at - length + 1: at + 1]
