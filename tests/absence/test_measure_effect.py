"""Before and after a measure starts, and a plan step against its target, on
hand-computed registers. Monday to Friday, six lessons a day (a week = 30
lessons); winter holiday 23–27 February 2026."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.absence import AbsenceRecord
from desktop.domain.absence_weeks import absence_by_day, period_absence, weekly_absence
from desktop.domain.measure_effect import (
    EffectSettings,
    EffectStatus,
    effect_of,
    step_effect,
)
from desktop.domain.school_week import SchoolWeek

WEEK = SchoolWeek()
WINTER = SchoolWeek(days_off=frozenset(date(2026, 2, 23) + timedelta(days=n)
                                       for n in range(5)))


def whole(*days: date) -> list[AbsenceRecord]:
    return [AbsenceRecord(None, d) for d in days]


def lessons(d: date, *numbers: int, documented=False) -> AbsenceRecord:
    return AbsenceRecord(None, d, False, numbers, documented)


def test_four_weeks_before_and_after_a_monday_start():
    # Before (2.2–27.2): six whole days = 36 of 120 lessons, 30 %.
    # After (2.3–27.3): two whole days = 12 of 120 lessons, 10 %.
    before = whole(date(2026, 2, 2), date(2026, 2, 3), date(2026, 2, 10), date(2026, 2, 16),
                   date(2026, 2, 23), date(2026, 2, 27))
    after = whole(date(2026, 3, 9), date(2026, 3, 23))
    by_day = absence_by_day(before + after, WEEK)
    effect = effect_of(date(2026, 3, 2), by_day, WEEK, date(2026, 3, 27))
    assert effect.status is EffectStatus.COMPARED and effect.weeks == 4
    assert (effect.before.absent, effect.before.school_lessons) == (36, 120)
    assert (effect.after.absent, effect.after.school_lessons) == (12, 120)
    assert (effect.before.share, effect.after.share) == (30.0, 10.0)
    assert effect.change == -20.0


def test_a_week_not_over_yet_does_not_count_after():
    by_day = absence_by_day(whole(date(2026, 3, 26)), WEEK)
    effect = effect_of(date(2026, 3, 2), by_day, WEEK, date(2026, 3, 26))  # Thursday
    assert effect.weeks == 3 and effect.after.absent == 0


def test_a_measure_started_in_the_holiday_counts_from_the_week_after():
    # Started Tuesday 24.02 (winter holiday): after = 2.3 … 23.3; before skips the
    # holiday week: 16.2, 9.2, 2.2, 26.1.
    records = whole(date(2026, 1, 26), date(2026, 1, 27), date(2026, 3, 4))
    by_day = absence_by_day(records, WINTER)
    effect = effect_of(date(2026, 2, 24), by_day, WINTER, date(2026, 3, 27))
    assert effect.status is EffectStatus.COMPARED and effect.weeks == 4
    assert (effect.before.absent, effect.before.school_lessons) == (12, 120)
    assert (effect.after.absent, effect.after.school_lessons) == (6, 120)


def test_a_holiday_week_is_skipped_not_counted_as_a_week_without_absence():
    # Started Monday 2.3; the two weeks before it are 16.2 and 9.2 (23.2 is off).
    by_day = absence_by_day(whole(date(2026, 2, 9)), WINTER)
    effect = effect_of(date(2026, 3, 2), by_day, WINTER, date(2026, 3, 13),
                       EffectSettings(max_weeks=2, min_weeks=2))
    assert effect.weeks == 2
    assert (effect.before.absent, effect.before.school_lessons) == (6, 60)


def test_a_measure_started_mid_week_leaves_that_week_out():
    # Started Wednesday 4.3: after = 9.3, 16.3, 23.3; before = 23.2, 16.2, 9.2.
    records = whole(date(2026, 3, 2), date(2026, 3, 5), date(2026, 2, 2)) + \
        [lessons(date(2026, 3, 10), 1, 2, 3)]
    effect = effect_of(date(2026, 3, 4), absence_by_day(records, WEEK), WEEK, date(2026, 3, 27))
    assert effect.weeks == 3 and effect.weeks_before == 4
    assert (effect.before.absent, effect.after.absent) == (0, 3)
    assert effect.after.share == 100 * 3 / 90


def test_too_little_data_after_the_start():
    by_day = absence_by_day(whole(date(2026, 3, 16)), WEEK)
    one = effect_of(date(2026, 3, 16), by_day, WEEK, date(2026, 3, 20))
    assert (one.status, one.weeks_after, one.before, one.after) == \
        (EffectStatus.TOO_FEW_AFTER, 1, None, None)
    none = effect_of(date(2026, 3, 16), by_day, WEEK, date(2026, 3, 19))
    assert (none.status, none.weeks_after) == (EffectStatus.TOO_FEW_AFTER, 0)
    ahead = effect_of(date(2026, 3, 30), by_day, WEEK, date(2026, 3, 27))
    assert ahead.status is EffectStatus.NOT_STARTED


def test_too_little_data_before_the_start():
    # No school from 1.11 to 8.3: more weeks off than a summer holiday, so the
    # search stops there rather than reaching back into October.
    march = SchoolWeek(days_off=frozenset(date(2025, 11, 1) + timedelta(days=n)
                                          for n in range(128)))
    effect = effect_of(date(2026, 3, 9), {}, march, date(2026, 3, 27))
    assert (effect.status, effect.weeks_before, effect.weeks_after) == \
        (EffectStatus.TOO_FEW_BEFORE, 0, 3)


def test_a_plan_step_against_its_target():
    # Step 2.3–13.3, target 50 %. Missed: 2.3 whole (6), 10.3 lessons 1–3 (3).
    records = whole(date(2026, 3, 2)) + [lessons(date(2026, 3, 10), 1, 2, 3, documented=True)]
    by_day = absence_by_day(records, WEEK)
    done = step_effect(date(2026, 3, 2), date(2026, 3, 13), 50.0, by_day, WEEK, date(2026, 3, 27))
    assert done.school_days == 10 and round(done.attendance, 6) == round(100 * 51 / 60, 6)
    running = step_effect(date(2026, 3, 2), date(2026, 3, 13), 50.0, by_day, WEEK,
                          date(2026, 3, 4))
    assert running.school_days == 3 and round(running.attendance, 6) == round(100 * 12 / 18, 6)
    ahead = step_effect(date(2026, 3, 2), date(2026, 3, 13), 50.0, by_day, WEEK,
                        date(2026, 3, 1))
    assert (ahead.school_days, ahead.attendance) == (0, None)


def test_weekly_absence_documented_and_undocumented_apart():
    records = [lessons(date(2026, 2, 24), 1, 2, documented=True),
               lessons(date(2026, 3, 3), 1, 2, documented=True), lessons(date(2026, 3, 3), 2, 3),
               AbsenceRecord(None, date(2026, 3, 4), False, (), late_minutes=10)]
    weeks = weekly_absence(absence_by_day(records, WINTER), WINTER, date(2026, 2, 18),
                           date(2026, 3, 4))
    assert [w.monday for w in weeks] == [date(2026, 2, 16), date(2026, 2, 23), date(2026, 3, 2)]
    holiday = weeks[1]
    assert holiday.off and holiday.absence.school_lessons == 0 and holiday.absence.share == 0
    march = weeks[2].absence
    assert (march.documented, march.undocumented, march.school_lessons) == (2, 1, 30)
    assert period_absence({}, WINTER, date(2026, 2, 23), date(2026, 2, 27)).school_lessons == 0


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 120), st.booleans()), max_size=40),
       st.integers(0, 120), st.integers(0, 140))
def test_compared_weeks_are_whole_school_weeks_on_both_sides(absent, start_offset, today_offset):
    """Whatever the register and the dates: a comparison has as many school weeks
    on each side, between min_weeks and max_weeks, never a holiday week (30 school
    lessons each), and shares between 0 and 100."""
    first = date(2026, 1, 5)
    records = [AbsenceRecord(None, first + timedelta(days=d), whole)
               if whole else lessons(first + timedelta(days=d), 2, 3) for d, whole in absent]
    by_day = absence_by_day(records, WINTER)
    effect = effect_of(first + timedelta(days=start_offset), by_day, WINTER,
                       first + timedelta(days=today_offset))
    if effect.status is EffectStatus.COMPARED:
        assert 2 <= effect.weeks <= 4
        for side in (effect.before, effect.after):
            assert side.school_lessons == 30 * effect.weeks
            assert 0 <= side.share <= 100
    else:
        assert effect.before is None and effect.after is None
