"""Whether anything changed after a measure started: the pupil's absence in an
equal number of school weeks before and after the start (seed 001 Vedlegg 4,
the evaluation; seed 002: a measure is looked at again after about two weeks).

The figures describe the register, nothing more: the program says what the
absence was before and after, never that the measure caused the difference.
Weeks entirely off (holidays) are skipped, not counted as weeks without
absence. A week the measure started in the middle of belongs to neither side.
Only weeks whose school days are all over count as "after". Too few weeks on
either side gives no figures, and says how many there were."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from desktop.domain.absence_weeks import (
    NO_ABSENCE,
    DayAbsence,
    PeriodAbsence,
    period_absence,
    school_week_of,
)
from desktop.domain.school_calendar import monday, school_day_on_or_after
from desktop.domain.school_week import SchoolWeek

_HOLIDAY_WEEKS = 12  # weeks entirely off looked past on each side (a summer holiday)


@dataclass(frozen=True, slots=True)
class EffectSettings:
    """`max_weeks`: school weeks compared on each side; `min_weeks`: fewer than
    this on either side is too little data (forms/monstre.toml, [effect])."""

    max_weeks: int = 4
    min_weeks: int = 2


class EffectStatus(str, Enum):
    COMPARED = "compared"
    NOT_STARTED = "not_started"  # the start lies ahead
    TOO_FEW_AFTER = "too_few_after"
    TOO_FEW_BEFORE = "too_few_before"


@dataclass(frozen=True, slots=True)
class Effect:
    """`weeks` school weeks on each side when compared; otherwise how many
    there were (`weeks_before`, `weeks_after`) and no shares."""

    start: date
    status: EffectStatus
    weeks: int = 0
    before: PeriodAbsence | None = None
    after: PeriodAbsence | None = None
    weeks_before: int = 0
    weeks_after: int = 0

    @property
    def change(self) -> float | None:
        """Percentage points after minus before (negative: less absence)."""
        if self.before is None or self.after is None:
            return None
        return self.after.share - self.before.share


def effect_of(start: date, by_day: DayAbsence, week: SchoolWeek, today: date,
              settings: EffectSettings = EffectSettings()) -> Effect:
    """Absence in the school weeks before and after `start`, up to
    `settings.max_weeks` on each side, as many on both sides."""
    first = school_day_on_or_after(start, week)
    if first > today or not week.is_school_day(first):
        return Effect(start, EffectStatus.NOT_STARTED)
    start_monday = monday(first)
    mid_week = bool(week.school_days(start_monday, first - timedelta(days=1)))
    after_monday = start_monday + timedelta(days=7) if mid_week else start_monday
    after = _school_weeks(by_day, week, after_monday, 7, settings.max_weeks, today)
    before = _school_weeks(by_day, week, start_monday - timedelta(days=7), -7,
                           settings.max_weeks, today)
    if len(after) < settings.min_weeks:
        return Effect(start, EffectStatus.TOO_FEW_AFTER, weeks_before=len(before),
                      weeks_after=len(after))
    if len(before) < settings.min_weeks:
        return Effect(start, EffectStatus.TOO_FEW_BEFORE, weeks_before=len(before),
                      weeks_after=len(after))
    weeks = min(len(before), len(after))
    return Effect(start, EffectStatus.COMPARED, weeks, sum(before[:weeks], NO_ABSENCE),
                  sum(after[:weeks], NO_ABSENCE), len(before), len(after))


def _school_weeks(by_day: DayAbsence, week: SchoolWeek, first_monday: date, step: int,
                  wanted: int, today: date) -> list[PeriodAbsence]:
    """Up to `wanted` finished school weeks from `first_monday`, walking `step`
    days at a time (forward or back), skipping weeks entirely off."""
    found: list[PeriodAbsence] = []
    current = first_monday
    for _ in range(wanted + _HOLIDAY_WEEKS):
        if len(found) == wanted:
            break
        school = school_week_of(by_day, week, current)
        if step > 0 and not school.off and not school.done_by(today):
            break
        if not school.off:
            found.append(school.absence)
        current += timedelta(days=step)
    return found


@dataclass(frozen=True, slots=True)
class StepEffect:
    """Attendance during a plan step so far, against the step's target (both
    0–100). `attendance` is None before the step has begun."""

    start: date
    end: date
    target: float
    attendance: float | None
    school_days: int  # school days of the step counted so far


def step_effect(start: date, end: date, target: float, by_day: DayAbsence,
                week: SchoolWeek, today: date) -> StepEffect:
    last = min(end, today)
    days = len(week.school_days(start, last)) if last >= start else 0
    if not days:
        return StepEffect(start, end, target, None, 0)
    absence = period_absence(by_day, week, start, last)
    return StepEffect(start, end, target, 100.0 - absence.share, days)
