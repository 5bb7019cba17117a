"""Patterns in one case's register, on hand-made registers: what is found, where
the thresholds (forms/monstre.toml) start and stop finding it, and that a
register with no pattern gives nothing. Today is Friday 27 March 2026; eight
weeks back start on Saturday 31 January."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.absence import AbsenceRecord, Reason
from desktop.domain.absence_patterns import (
    PatternKind,
    PatternSettings,
    Threshold,
    find_patterns,
)
from desktop.domain.school_week import SchoolWeek

TODAY = date(2026, 3, 27)
WEEK = SchoolWeek()
MONDAYS = [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16), date(2026, 3, 23)]


def day(d: date, **fields) -> AbsenceRecord:
    return AbsenceRecord(None, d, **fields)


def numbered(records: list[AbsenceRecord]) -> list[AbsenceRecord]:
    return [AbsenceRecord(i + 1, *[getattr(r, f) for f in r.__slots__[1:]])
            for i, r in enumerate(records)]


def of_kind(records, kind, week=WEEK, on=TODAY, patterns=PatternSettings()):
    return [p for p in find_patterns(records, week, on, patterns) if p.kind is kind]


# --- weekdays -----------------------------------------------------------------------------
def test_most_days_with_absence_on_mondays_is_a_pattern_with_its_records():
    records = numbered([day(m) for m in MONDAYS] + [day(date(2026, 3, 11))])
    [found] = of_kind(records, PatternKind.WEEKDAY)
    assert (found.weekday, found.count, found.total, found.weeks) == (0, 4, 5, 8)
    assert found.record_ids == (1, 2, 3, 4)  # the Wednesday is not behind it


def test_two_mondays_are_too_few_and_three_of_seven_too_small_a_share():
    two = [day(m) for m in MONDAYS[:2]] + [day(date(2026, 3, 11))]
    assert of_kind(two, PatternKind.WEEKDAY) == []
    others = [date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 12), date(2026, 3, 19)]
    spread = [day(m) for m in MONDAYS[:3]] + [day(d) for d in others]
    assert of_kind(spread, PatternKind.WEEKDAY) == []  # 3 of 7 = 43 % < 50 %


def test_exactly_the_share_counts_for_mondays_and_fridays_alike():
    fridays = [date(2026, 3, 6), date(2026, 3, 13), date(2026, 3, 20)]
    records = [day(m) for m in MONDAYS[:3]] + [day(f) for f in fridays]
    found = of_kind(records, PatternKind.WEEKDAY)
    assert [(p.weekday, p.count, p.total) for p in found] == [(0, 3, 6), (4, 3, 6)]


def test_a_monday_before_the_window_and_settled_absence_do_not_count():
    records = [day(date(2026, 1, 26)), *[day(m) for m in MONDAYS[:2]],
               day(MONDAYS[2], settled=True)]
    assert of_kind(records, PatternKind.WEEKDAY) == []
    assert of_kind(records, PatternKind.WEEKDAY, on=date(2026, 3, 27),
                   patterns=PatternSettings({PatternKind.WEEKDAY: Threshold(9, 3, 50)})) != []


def test_a_late_arrival_is_not_a_day_with_absence():
    records = [day(m, whole_day=False, late_minutes=10) for m in MONDAYS]
    assert of_kind(records, PatternKind.WEEKDAY) == []


# --- the day after a holiday -------------------------------------------------------------
HOLIDAYS = SchoolWeek(days_off=frozenset(
    [date(2025, 10, 6) + timedelta(days=n) for n in range(5)]
    + [date(2025, 12, 22) + timedelta(days=n) for n in range(12)]
    + [date(2026, 2, 23) + timedelta(days=n) for n in range(5)]))


def test_absence_right_after_holidays():
    # First school days after a holiday in 26 weeks: 13.10, 05.01 (Monday) and 02.03.
    records = numbered([day(date(2026, 1, 5)), day(date(2026, 3, 2)), day(date(2026, 3, 3))])
    [found] = of_kind(records, PatternKind.AFTER_HOLIDAY, week=HOLIDAYS)
    assert (found.count, found.total, found.record_ids) == (2, 3, (1, 2))
    assert of_kind(records[1:], PatternKind.AFTER_HOLIDAY, week=HOLIDAYS) == []  # 1 < 2


def test_weekends_are_not_holidays():
    records = [day(m) for m in MONDAYS]
    assert of_kind(records, PatternKind.AFTER_HOLIDAY) == []


# --- lessons and subjects ------------------------------------------------------------------
def test_first_lesson():
    lessons = [(1,), (1, 2), (1,), (4,)]
    days = [date(2026, 3, 3), date(2026, 3, 5), date(2026, 3, 10), date(2026, 3, 12)]
    records = numbered([day(d, whole_day=False, lessons=l) for d, l in zip(days, lessons)])
    [found] = of_kind(records, PatternKind.FIRST_LESSON)
    assert (found.count, found.total, found.record_ids) == (3, 4, (1, 2, 3))
    assert of_kind(records[1:], PatternKind.FIRST_LESSON) == []  # 2 < 3


def test_one_subject_from_the_school_week():
    subjects = ("norsk", "matte", "engelsk", "naturfag", "musikk", "kunst")
    timetable = SchoolWeek({0: subjects, 1: ("matte", "norsk", "Gym", "engelsk", "", ""),
                            2: subjects, 3: ("norsk", "matte", "engelsk", "kunst", "gym", ""),
                            4: subjects})
    records = numbered([
        day(date(2026, 3, 3), whole_day=False, lessons=(3,)),  # tue: Gym
        day(date(2026, 3, 5), whole_day=False, lessons=(5,)),  # thu: gym
        day(date(2026, 3, 10), whole_day=False, lessons=(3, 4)),  # Gym + engelsk
        day(date(2026, 3, 11), whole_day=False, lessons=(6,)),  # kunst
        day(date(2026, 3, 16)),  # a whole day singles out no subject
    ])
    [found] = of_kind(records, PatternKind.SUBJECT, week=timetable)
    assert (found.subject, found.count, found.total) == ("Gym", 3, 5)
    assert found.record_ids == (1, 2, 3)


# --- late arrivals, leave, settled absence ---------------------------------------------------
def test_late_arrivals_on_one_weekday_and_spread_out():
    mondays = [day(m, whole_day=False, late_minutes=15) for m in MONDAYS[:3]]
    tuesday = day(date(2026, 3, 17), whole_day=False, late_minutes=5)
    [found] = of_kind(mondays + [tuesday], PatternKind.LATE)
    assert (found.weekday, found.count, found.total) == (0, 3, 4)
    spread = [day(d, whole_day=False, late_minutes=5)
              for d in (date(2026, 3, 3), date(2026, 3, 11), date(2026, 3, 19))]
    [found] = of_kind(spread, PatternKind.LATE)
    assert (found.weekday, found.count, found.total) == (None, 3, 3)
    assert of_kind(spread[:2], PatternKind.LATE) == []


def test_repeated_leave_counts_occasions_not_days():
    leave = dict(documented=True, reason=Reason.LEAVE)
    run = [day(date(2026, 3, 5), **leave), day(date(2026, 3, 6), **leave),
           day(date(2026, 3, 9), **leave)]  # Thursday to Monday: one occasion
    assert of_kind(run, PatternKind.LEAVE) == []
    [found] = of_kind(run + [day(date(2026, 3, 20), **leave)], PatternKind.LEAVE)
    assert (found.count, found.total) == (2, 4)


def test_settled_absence_is_its_own_pattern():
    records = [day(MONDAYS[0], settled=True), day(MONDAYS[2], settled=True)]
    [found] = of_kind(records, PatternKind.SETTLED)
    assert (found.count, found.total) == (2, 2)
    assert find_patterns(records, WEEK, TODAY) == [found]


# --- rising ------------------------------------------------------------------------------
def test_absence_rising_over_the_last_four_weeks_against_the_term():
    # Spring term from Thursday 1 January: 62 school days = 372 lessons. The last
    # four weeks (2.–27. March): 20 days = 120 lessons, six of them missed whole.
    days = [date(2026, 3, d) for d in (3, 5, 10, 12, 18, 25)]
    [found] = of_kind([day(d) for d in days], PatternKind.RISING)
    assert (found.count, found.total, found.weeks) == (36, 120, 4)
    assert round(found.recent_share, 2) == 30.0
    assert round(found.term_share, 2) == round(100 * 36 / 372, 2)


def test_absence_as_high_as_all_term_is_not_rising():
    days = [date(2026, 1, 7) + timedelta(weeks=n) for n in range(12)]
    assert of_kind([day(d) for d in days], PatternKind.RISING) == []
    # Early in the term there is nothing to compare with.
    assert of_kind([day(date(2026, 1, 7))], PatternKind.RISING, on=date(2026, 1, 20)) == []


def test_a_register_with_no_pattern_finds_nothing():
    # One whole day a month, on different weekdays: nothing stands out, nothing rises.
    records = [day(date(2026, 1, 20)), day(date(2026, 2, 11)), day(date(2026, 3, 12)),
               day(date(2026, 2, 5), whole_day=False, lessons=(2,)),
               day(date(2026, 2, 13), whole_day=False, late_minutes=5),
               day(date(2026, 1, 15), documented=True, reason=Reason.LEAVE)]
    assert find_patterns(records, WEEK, TODAY) == []
    assert find_patterns([], WEEK, TODAY) == []


def test_records_after_today_are_left_out():
    records = [day(m) for m in MONDAYS]
    assert of_kind(records, PatternKind.WEEKDAY, on=date(2026, 3, 13)) == []


# --- order ---------------------------------------------------------------------------------
def record_strategy():
    return st.builds(
        lambda offset, whole, lessons, documented, reason, late, settled: AbsenceRecord(
            None, date(2026, 1, 5) + timedelta(days=offset), whole,
            () if whole else tuple(sorted(lessons)), documented, reason, "", late, False, settled),
        st.integers(0, 81), st.booleans(), st.sets(st.integers(1, 6), min_size=1, max_size=3),
        st.booleans(), st.sampled_from(list(Reason)), st.sampled_from([0, 0, 10]),
        st.booleans())


@settings(max_examples=60, deadline=None)
@given(st.lists(record_strategy(), max_size=40), st.randoms(use_true_random=False))
def test_the_order_of_the_records_does_not_change_what_is_found(records, rnd):
    records = numbered(records)
    shuffled = list(records)
    rnd.shuffle(shuffled)
    assert find_patterns(shuffled, HOLIDAYS, TODAY) == find_patterns(records, HOLIDAYS, TODAY)
