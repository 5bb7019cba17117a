"""The opptrappingsplan's rules: dates across weekends, holidays and the year
end; targets from grids; history that is never overwritten; refusals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.absence import AbsenceRecord
from desktop.domain.escalation_plan import (
    Cell,
    Decision,
    EscalationPlan,
    HistoryEntry,
    PlanError,
    RunStatus,
    Step,
    WeekResult,
    current_step,
    empty_grid,
    planned_dates,
    registered_attendance,
    school_weeks_span,
    stepped_up,
    target_share,
    timeline,
    validate,
)
from desktop.domain.school_week import SchoolWeek, default_week

S, A, ALT, N = Cell.SUPPORTED, Cell.ATTEND, Cell.ALTERNATIVE, Cell.NONE


def days(first: date, last: date) -> frozenset[date]:
    return frozenset(first + timedelta(days=n) for n in range((last - first).days + 1))


def two_lessons_three_days(step_id: int = 1, weeks: int = 2) -> Step:
    grid = empty_grid(default_week())
    for day in (0, 2, 4):
        grid[day] = (S, S, N, N, N, N)
    return Step(step_id, "To timer én-til-én", weeks, grid)


def test_a_step_of_two_weeks_starting_on_a_saturday_begins_monday():
    start, end = school_weeks_span(date(2026, 3, 7), 2, default_week())  # a Saturday
    assert (start, end) == (date(2026, 3, 9), date(2026, 3, 20))


def test_a_step_starting_midweek_counts_whole_weeks():
    # Two weeks from a Wednesday hold every weekday twice: Wednesday 11.03 to Tuesday 24.03.
    start, end = school_weeks_span(date(2026, 3, 11), 2, default_week())  # Wednesday
    assert (start, end) == (date(2026, 3, 11), date(2026, 3, 24))
    assert len(default_week().school_days(start, end)) == 10


def test_a_holiday_week_does_not_count_as_a_step_week():
    winter = days(date(2026, 2, 23), date(2026, 2, 27))  # vinterferie, uke 9
    week = SchoolWeek(days_off=winter)
    start, end = school_weeks_span(date(2026, 2, 16), 2, week)
    assert (start, end) == (date(2026, 2, 16), date(2026, 3, 6))


def test_steps_run_across_the_christmas_holiday_and_the_year_end():
    christmas = days(date(2025, 12, 19), date(2026, 1, 2))
    week = SchoolWeek(days_off=christmas)
    plan = EscalationPlan(1, "Full deltakelse", date(2025, 12, 8),
                (two_lessons_three_days(1), two_lessons_three_days(2)))
    first, second = planned_dates(plan, week)
    # Week 50 and the short week 51 (Mon–Thu), then the holiday is skipped.
    assert first == (date(2025, 12, 8), date(2025, 12, 18))
    assert second == (date(2026, 1, 5), date(2026, 1, 16))


def test_a_friday_off_ends_the_step_on_the_thursday():
    week = SchoolWeek(days_off=frozenset({date(2026, 3, 20)}))  # a Friday off
    start, end = school_weeks_span(date(2026, 3, 9), 2, week)
    assert end == date(2026, 3, 19)


def test_five_steps_follow_each_other_without_gaps_or_overlaps():
    steps = tuple(two_lessons_three_days(n) for n in range(1, 6))
    plan = EscalationPlan(1, "Full deltakelse", date(2026, 3, 2), steps)
    dates = planned_dates(plan, default_week())
    assert dates[0] == (date(2026, 3, 2), date(2026, 3, 13))
    assert dates[4] == (date(2026, 4, 27), date(2026, 5, 8))
    for (_, end), (start, _) in zip(dates, dates[1:]):
        assert start == end + timedelta(days=3)  # Friday → Monday


def test_target_is_the_share_of_the_weeks_lessons():
    assert target_share(two_lessons_three_days(), default_week()) == pytest.approx(20.0)
    full = Step(1, "Full", 2, empty_grid(default_week(), A))
    assert target_share(full, default_week()) == 100.0
    mixed = two_lessons_three_days().with_cell(1, 0, ALT)
    assert target_share(mixed, default_week()) == pytest.approx(7 / 30 * 100)


def test_target_follows_the_schools_own_week():
    week = SchoolWeek(lessons={0: ("",) * 4, 1: ("",) * 4, 2: ("",) * 2})  # 10 lessons
    step = Step(1, "x", 2, {0: (S, S, N, N), 2: (S, S)})
    assert target_share(step, week) == pytest.approx(40.0)


def test_duplicate_and_increase_adds_a_lesson_on_the_days_in_use():
    grown = stepped_up(two_lessons_three_days(), 2, default_week())
    assert grown.id == 2
    assert grown.grid[0] == (S, S, S, N, N, N)
    assert grown.grid[1] == (N,) * 6
    assert target_share(grown, default_week()) == pytest.approx(30.0)


def test_a_plan_with_no_steps_is_refused_with_a_clear_message():
    with pytest.raises(PlanError) as refused:
        validate(EscalationPlan(None, "Mål", date(2026, 3, 2), ()))
    assert refused.value.code == "no_steps"
    assert str(refused.value) == "Planen må ha minst ett steg."


def test_a_step_of_zero_weeks_is_refused_with_a_clear_message():
    plan = EscalationPlan(None, "Mål", date(2026, 3, 2), (two_lessons_three_days(1, weeks=0),))
    with pytest.raises(PlanError) as refused:
        validate(plan)
    assert refused.value.code == "zero_weeks"
    assert "minst én uke" in str(refused.value)
    with pytest.raises(PlanError):
        school_weeks_span(date(2026, 3, 2), 0, default_week())


def five_step_plan() -> EscalationPlan:
    return EscalationPlan(1, "Full deltakelse", date(2026, 3, 2),
                tuple(two_lessons_three_days(n) for n in range(1, 6)))


def test_repeat_and_step_back_keep_every_run_in_the_history():
    plan = five_step_plan()
    history = [
        HistoryEntry(1, 1, date(2026, 3, 9), result=WeekResult.REACHED, text="Bra uke"),
        HistoryEntry(2, 1, date(2026, 3, 16), decision=Decision.ADVANCE, text="Nådd"),
        HistoryEntry(3, 2, date(2026, 3, 30), decision=Decision.REPEAT, text="Syk ressurslærer"),
        HistoryEntry(4, 2, date(2026, 4, 6), decision=Decision.BACK, text="For mye"),
    ]
    runs = timeline(plan, default_week(), history)
    assert [(r.number, r.status) for r in runs] == [
        (1, RunStatus.COMPLETED), (2, RunStatus.REPEATED), (2, RunStatus.STEPPED_BACK),
        (1, RunStatus.CURRENT), (2, RunStatus.PLANNED), (3, RunStatus.PLANNED),
        (4, RunStatus.PLANNED), (5, RunStatus.PLANNED)]
    # A finished step ends on its last school day (Friday 13.03), not on the Sunday.
    assert (runs[0].start, runs[0].end) == (date(2026, 3, 2), date(2026, 3, 13))
    assert runs[1].start == date(2026, 3, 16)
    assert runs[3].start == date(2026, 4, 6)
    assert current_step(plan, default_week(), history).id == 1
    # Recording more history never changes what happened before.
    more = history + [HistoryEntry(5, 1, date(2026, 4, 20), decision=Decision.ADVANCE)]
    assert timeline(plan, default_week(), more)[:3] == runs[:3]


def test_step_back_from_the_first_step_stays_on_it():
    runs = timeline(five_step_plan(), default_week(),
                    [HistoryEntry(1, 1, date(2026, 3, 9), decision=Decision.BACK)])
    assert [r.number for r in runs[:2]] == [1, 1]
    assert runs[1].status is RunStatus.CURRENT


def test_registered_attendance_only_when_the_register_has_data():
    week = default_week()
    assert registered_attendance([], week, date(2026, 3, 2), date(2026, 3, 13)) is None
    records = [AbsenceRecord(1, date(2026, 3, 3)),  # a whole day: 6 lessons
               AbsenceRecord(2, date(2026, 3, 5), whole_day=False, lessons=(1, 2, 3))]
    share = registered_attendance(records, week, date(2026, 3, 2), date(2026, 3, 13))
    assert share == pytest.approx(100 * (60 - 9) / 60)


def test_an_absurd_start_year_is_refused():
    plan = EscalationPlan(None, "Mål", date(226, 3, 2), (two_lessons_three_days(),))
    with pytest.raises(PlanError) as refused:
        validate(plan)
    assert refused.value.code == "absurd_start"
    validate(replace_start(plan, date(2099, 12, 28)))  # fine, also across the year end
    runs = timeline(replace_start(plan, date(2099, 12, 28)), default_week(), [])
    assert runs[0].end == date(2100, 1, 8)


def replace_start(plan: EscalationPlan, start: date) -> EscalationPlan:
    from dataclasses import replace
    return replace(plan, start=start)


def test_a_step_back_on_a_friday_repeats_whole_weeks_from_monday():
    """Issue: a repeated two-week step from Friday 29.01 ended Friday 05.02 with six school
    days. The Friday follow-up decides about the next week: the step starts Monday 01.02."""
    plan = EscalationPlan(1, "Full deltakelse", date(2027, 1, 11),
                          (two_lessons_three_days(1), two_lessons_three_days(2)))
    history = [HistoryEntry(1, 1, date(2027, 1, 22), decision=Decision.ADVANCE),
               HistoryEntry(2, 2, date(2027, 1, 29), decision=Decision.BACK)]
    runs = timeline(plan, default_week(), history)
    assert (runs[0].start, runs[0].end) == (date(2027, 1, 11), date(2027, 1, 22))
    assert (runs[1].start, runs[1].end) == (date(2027, 1, 25), date(2027, 1, 29))
    assert runs[2].status is RunStatus.CURRENT and runs[2].number == 1
    assert (runs[2].start, runs[2].end) == (date(2027, 2, 1), date(2027, 2, 12))
    assert len(default_week().school_days(runs[2].start, runs[2].end)) == 10


def test_a_decision_midweek_starts_the_new_run_that_day():
    plan = EscalationPlan(1, "Mål", date(2026, 3, 2), (two_lessons_three_days(1),
                                                       two_lessons_three_days(2)))
    runs = timeline(plan, default_week(),
                    [HistoryEntry(1, 1, date(2026, 3, 11), decision=Decision.ADVANCE)])
    assert runs[0].end == date(2026, 3, 10)  # Tuesday, the last school day before
    assert (runs[1].start, runs[1].end) == (date(2026, 3, 11), date(2026, 3, 24))


def test_a_decision_on_a_sunday_ends_the_run_on_friday():
    plan = EscalationPlan(1, "Mål", date(2026, 3, 2), (two_lessons_three_days(1),
                                                       two_lessons_three_days(2)))
    runs = timeline(plan, default_week(),
                    [HistoryEntry(1, 1, date(2026, 3, 15), decision=Decision.ADVANCE)])
    assert runs[0].end == date(2026, 3, 13)
    assert runs[1].start == date(2026, 3, 16)


def test_a_step_at_home_or_with_fewer_lessons_asks_why_it_is_best_for_the_pupil():
    """Seed 002: "hjemmeundervisning i de aller fleste tilfeller ikke anbefales som tiltak ved
    skolevegring"; seed 000: decisions "skal ha elevens beste som grunnleggende hensyn"."""
    from dataclasses import replace as changed

    from desktop.domain.escalation_plan import BestInterest, best_interest_reasons

    first, second = two_lessons_three_days(1), two_lessons_three_days(2)
    plan = EscalationPlan(1, "Mål", date(2026, 3, 2), (first, second))
    assert best_interest_reasons(plan, first) == ()
    assert best_interest_reasons(plan, second) == ()  # the same lessons: no cut
    home = changed(second, place="hjemme")
    assert best_interest_reasons(plan.with_step(home), home) == (BestInterest.AT_HOME,)
    fewer = second.with_cell(0, 0, Cell.NONE)
    assert best_interest_reasons(plan.with_step(fewer), fewer) == (BestInterest.FEWER_LESSONS,)
    both = changed(fewer, place="hjemme")
    assert best_interest_reasons(plan.with_step(both), both) == (BestInterest.AT_HOME,
                                                                 BestInterest.FEWER_LESSONS)
