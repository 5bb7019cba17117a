"""One school calendar for every case (issue: "an evaluation three weeks after 2 December
lands on 23 December, inside the Christmas holiday, and a plan step runs through it").
No Qt."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.domain.agreements import Agreement
from desktop.domain.escalation_plan import EscalationPlan, Step, empty_grid, planned_dates
from desktop.domain.school_calendar import (
    CalendarEntry,
    SchoolCalendar,
    format_calendar,
    parse_calendar,
    period_dates,
    school_weeks_span,
    week_label,
    with_calendar,
)
from desktop.domain.school_week import SchoolWeek, WeekInputError, default_week
from desktop.forms.school_calendars import load_calendar_templates
from desktop.services.absence_register import AbsenceRegister
from desktop.services.school_calendar import (
    CalendarUnreadable,
    calendar_path,
    load_calendar,
    save_calendar,
)
from tests.casefile.conftest import new_service

CHRISTMAS = CalendarEntry(date(2026, 12, 21), date(2027, 1, 1), "juleferie")
CALENDAR = SchoolCalendar((CHRISTMAS,), "test")
WEEK = with_calendar(default_week(), CALENDAR)


def test_the_calendar_text_keeps_periods_and_names():
    text = "21.12.2026-01.01.2027  juleferie\n\n22.02.2027-26.02.2027 # vinterferie\n01.05.2027"
    entries = parse_calendar(text)
    assert entries == (CHRISTMAS, CalendarEntry(date(2027, 2, 22), date(2027, 2, 26),
                                                "vinterferie"),
                       CalendarEntry(date(2027, 5, 1), date(2027, 5, 1), ""))
    assert parse_calendar(format_calendar(entries)) == entries


def test_an_unreadable_line_is_named_by_its_number():
    with pytest.raises(WeekInputError) as refused:
        parse_calendar("21.12.2026-01.01.2027  juleferie\n31.02.2027  feil")
    assert refused.value.line == 2


def test_the_calendar_adds_its_days_off_to_the_cases_own():
    own = SchoolWeek(days_off=frozenset({date(2026, 12, 4)}))
    merged = with_calendar(own, CALENDAR)
    assert date(2026, 12, 4) in merged.days_off and date(2026, 12, 24) in merged.days_off
    assert with_calendar(own, None) is own and with_calendar(own, SchoolCalendar()) is own


def test_three_weeks_from_2_december_skip_the_christmas_holiday():
    assert period_dates(date(2026, 12, 2), 3, WEEK) == (date(2027, 1, 5), date(2027, 1, 6))
    # Without a calendar the period is plain weeks: Tuesday 22.12, evaluation Wednesday 23.12.
    assert period_dates(date(2026, 12, 2), 3, default_week()) == (date(2026, 12, 22),
                                                                 date(2026, 12, 23))


def test_an_agreements_evaluation_date_is_a_school_day_after_the_holiday():
    draft = Agreement(number=1).with_default_dates(date(2026, 12, 2), WEEK)
    assert draft.evaluation_on == date(2027, 1, 6)
    assert draft.period_end() == date(2027, 1, 5)
    moved = draft.edited(WEEK, held_on=date(2026, 11, 25))
    assert moved.evaluation_on == date(2026, 12, 16)  # follows the period (no holiday)
    by_hand = draft.edited(WEEK, evaluation_on=date(2027, 1, 8)).edited(
        WEEK, held_on=date(2026, 11, 25))
    assert by_hand.evaluation_on == date(2027, 1, 8)  # set by hand: stays


def test_an_old_agreement_without_a_stored_period_end_still_has_one():
    old = Agreement(number=1, held_on=date(2026, 3, 2), evaluation_on=date(2026, 3, 23))
    assert old.period_end() == date(2026, 3, 20)
    assert old.edited(WEEK, held_on=date(2026, 3, 9)).evaluation_on == date(2026, 3, 30)


def test_a_plan_step_does_not_run_through_the_christmas_holiday():
    step = Step(1, "To timer", 2, empty_grid(default_week()))
    plan = EscalationPlan(1, "Mål", date(2026, 12, 14), (step, Step(2, "Tre timer", 2,
                                                                    empty_grid(default_week()))))
    first, second = planned_dates(plan, WEEK)
    assert first == (date(2026, 12, 14), date(2027, 1, 8))  # week 51, then week 1
    assert second == (date(2027, 1, 11), date(2027, 1, 22))
    assert week_label(*first) == "uke 51–1"


def test_a_span_from_a_holiday_starts_on_the_first_school_day():
    assert school_weeks_span(date(2026, 12, 23), 1, WEEK) == (date(2027, 1, 4), date(2027, 1, 8))


def test_week_labels():
    assert week_label(date(2026, 12, 7)) == "uke 50"
    assert week_label(date(2026, 12, 7), date(2026, 12, 18)) == "uke 50–51"
    assert week_label(date(2026, 12, 7), word="veke") == "veke 50"


def test_the_bundled_templates_load_and_put_christmas_off():
    templates, problems = load_calendar_templates()
    assert problems == []
    ids = [t.id for t in templates]
    assert ids == ["eksempel_2026_2027", "eksempel_2027_2028"]
    days = templates[0].calendar.days_off
    assert date(2026, 12, 24) in days and date(2027, 2, 24) in days
    assert date(2027, 3, 29) in days  # 2. påskedag 2027
    assert date(2026, 12, 18) not in days  # the last school day before Christmas


def test_a_broken_local_template_is_named_with_file_and_line(tmp_path):
    folder = tmp_path / "skoleruta"
    folder.mkdir()
    (folder / "feil.toml").write_text(
        'id = "feil"\nversion = 1\nkind = "school_calendar"\nname = "Feil"\n\n'
        "[[entry]]\nfirst = 2027-01-10\nlast = 2027-01-01\n", encoding="utf-8")
    templates, problems = load_calendar_templates(tmp_path)
    assert [t.id for t in templates] == ["eksempel_2026_2027", "eksempel_2027_2028"]
    assert len(problems) == 1 and problems[0].path.name == "feil.toml" and problems[0].line


def test_the_calendar_file_round_trips(tmp_path):
    path = calendar_path(tmp_path)
    assert load_calendar(path) == SchoolCalendar()
    save_calendar(path, CALENDAR)
    assert load_calendar(path) == CALENDAR
    assert "juleferie" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("content", [
    b"{", b"[]", b'{"format": 2, "entries": []}', b'{"format": 1, "entries": {}}',
    b'{"format": 1, "entries": [{"first": "2027-01-10", "last": "2027-01-01"}]}',
    b'{"format": 1, "entries": [{"first": 5, "last": "2027-01-01"}]}',
    b'{"format": 1, "entries": [1]}', b"[" * 100_000 + b"]" * 100_000,
    b'{"format": 1, "entries": [], "x": "' + b"a" * 300_000 + b'"}',
    "ø".encode("latin-1"),
])
def test_a_damaged_calendar_file_is_refused_with_a_reason(tmp_path, content):
    path = calendar_path(tmp_path)
    path.write_bytes(content)
    with pytest.raises(CalendarUnreadable):
        load_calendar(path)


def test_every_case_counts_the_calendar_and_a_damaged_file_leaves_it_empty(service):
    session = service.create_case("Kalender Kari")
    assert service.school_calendar() == SchoolCalendar()
    assert date(2026, 12, 24) not in session.school_week().days_off
    service.set_school_calendar(CALENDAR)
    assert date(2026, 12, 24) in session.school_week().days_off
    # The case's own days off stay its own: the calendar is not copied into the case.
    assert date(2026, 12, 24) not in AbsenceRegister(session).own_week().days_off
    assert date(2026, 12, 24) in AbsenceRegister(session).week().days_off
    reopened = new_service(service.paths.data_dir)
    assert reopened.school_calendar() == CALENDAR
    calendar_path(service.paths.data_dir).write_text(json.dumps({"format": 9}), "utf-8")
    service._calendar = None
    assert service.school_calendar() == SchoolCalendar()
    assert service.calendar_problem
