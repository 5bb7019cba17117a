"""Closing and reopening a case (issue 14): the delete-by computation, the
history stored in the case, and what the case list reads from the encrypted
summary block without opening the case. No Qt."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.casefile.errors import ReadOnlyCase
from desktop.domain.case_closing import (
    ClosingKind,
    ClosingProblem,
    ClosingReason,
    DeleteRule,
    add_months,
    delete_by_date,
    end_of_school_year_after,
    is_past,
)
from desktop.services.case_closing import CaseClosing, past_delete_by, proposed_delete_by
from desktop.services.settings import Settings

from .conftest import new_service

CLOCK = lambda: datetime(2027, 3, 1, 10, 30)  # noqa: E731


# --- the delete-by date: boundaries ------------------------------------------------------
@pytest.mark.parametrize("closed, expected", [
    (date(2027, 3, 1), date(2027, 7, 31)),
    (date(2027, 7, 30), date(2027, 7, 31)),
    (date(2027, 7, 31), date(2028, 7, 31)),  # closed on the last day: kept to the next
    (date(2027, 8, 1), date(2028, 7, 31)),
    (date(2026, 12, 31), date(2027, 7, 31)),
    (date(2027, 1, 1), date(2027, 7, 31)),
])
def test_end_of_school_year_after(closed, expected):
    assert end_of_school_year_after(closed) == expected
    assert delete_by_date(closed, DeleteRule.SCHOOL_YEAR) == expected


@pytest.mark.parametrize("closed, months, expected", [
    (date(2027, 1, 31), 1, date(2027, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
    (date(2027, 11, 15), 2, date(2028, 1, 15)),  # over the new year
    (date(2027, 3, 1), 12, date(2028, 3, 1)),
    (date(2027, 3, 1), 120, date(2037, 3, 1)),
])
def test_months_after(closed, months, expected):
    assert add_months(closed, months) == expected
    assert delete_by_date(closed, DeleteRule.MONTHS, months) == expected


def test_months_rule_takes_at_least_one_month():
    assert delete_by_date(date(2027, 3, 1), DeleteRule.MONTHS, 0) == date(2027, 4, 1)


def test_past_from_the_date_itself():
    assert not is_past(date(2027, 7, 31), date(2027, 7, 30))
    assert is_past(date(2027, 7, 31), date(2027, 7, 31))
    assert is_past(date(2027, 7, 31), date(2027, 8, 1))
    assert not is_past(None, date(2099, 1, 1))


def test_setting_chooses_the_rule():
    settings = Settings()
    assert proposed_delete_by(settings, date(2027, 3, 1)) == date(2027, 7, 31)
    settings.delete_rule, settings.delete_months = "months", 6
    assert proposed_delete_by(settings, date(2027, 3, 1)) == date(2027, 9, 1)


def test_settings_file_with_unknown_rule_falls_back(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"delete_rule": "never", "delete_months": 999}', encoding="utf-8")
    settings, notice = Settings.load_with_notice(path)
    assert (settings.delete_rule, settings.delete_months) == ("school_year", 120)
    assert notice is not None


# --- storage and service -----------------------------------------------------------------
def test_close_archives_and_the_list_shows_dates_without_opening(service, data_dir):
    session = service.create_case("Ánne Ŋuolas")
    closing = CaseClosing(session, CLOCK)
    event = closing.close(ClosingReason.MOVED_SCHOOL, date(2027, 3, 1), "Kari Lærer",
                          date(2027, 7, 31))
    assert event.id is not None and event.kind is ClosingKind.CLOSED
    assert closing.closed
    service.close_case(session)

    other = new_service(data_dir)  # a fresh program: only the summary block is read
    entry = next(e for e in other.list_cases(include_archived=True)
                 if e.case_id == session.case_id)
    assert entry.summary.archived
    assert entry.summary.closed_on == date(2027, 3, 1)
    assert entry.summary.delete_by == date(2027, 7, 31)
    assert session.case_id not in {e.case_id for e in other.list_cases()}  # hidden by default
    assert past_delete_by(other.list_cases(include_archived=True), date(2027, 7, 30)) == []
    assert [e.case_id for e in past_delete_by(other.list_cases(include_archived=True),
                                              date(2027, 7, 31))] == [session.case_id]

    reopened = other.open_case(session.case_id)
    history = CaseClosing(reopened).history()
    assert [(h.kind, h.reason, h.by) for h in history] == [
        (ClosingKind.CLOSED, ClosingReason.MOVED_SCHOOL, "Kari Lærer")]
    assert history[0].recorded_at == datetime(2027, 3, 1, 10, 30)
    other.lock()


def test_reopen_needs_a_reason_and_is_recorded(service, data_dir):
    session = service.create_case("Per")
    closing = CaseClosing(session, CLOCK)
    with pytest.raises(ClosingProblem) as problem:
        closing.reopen(date(2027, 3, 2), "Kari", "Saken tas opp igjen")
    assert problem.value.code == "not_closed"
    closing.close(ClosingReason.NO_FOLLOW_UP, date(2027, 3, 1), "Kari", date(2027, 7, 31))
    with pytest.raises(ClosingProblem) as problem:
        closing.close(ClosingReason.NO_FOLLOW_UP, date(2027, 3, 1), "Kari", date(2027, 7, 31))
    assert problem.value.code == "already_closed"
    with pytest.raises(ClosingProblem) as problem:
        closing.reopen(date(2027, 3, 2), "Kari", "   ")
    assert problem.value.code == "text_missing"
    closing.reopen(date(2027, 4, 10), "Kari", "Fraværet økte igjen etter påske")
    assert not closing.closed
    service.close_case(session)

    other = new_service(data_dir)
    entry = next(e for e in other.list_cases() if e.case_id == session.case_id)
    assert not entry.summary.archived and entry.summary.delete_by is None
    history = CaseClosing(other.open_case(session.case_id)).history()
    assert [h.kind for h in history] == [ClosingKind.CLOSED, ClosingKind.REOPENED]
    assert history[1].text == "Fraværet økte igjen etter påske"
    other.lock()


def test_other_needs_own_words_and_delete_by_not_before_closing(service):
    closing = CaseClosing(service.create_case("Per"))
    with pytest.raises(ClosingProblem) as problem:
        closing.close(ClosingReason.OTHER, date(2027, 3, 1), "Kari", date(2027, 7, 31), "")
    assert problem.value.code == "text_missing"
    with pytest.raises(ClosingProblem) as problem:
        closing.close(ClosingReason.NO_FOLLOW_UP, date(2027, 3, 1), "Kari", date(2027, 2, 1))
    assert problem.value.code == "delete_before_close"
    assert closing.history() == []
    closing.close(ClosingReason.OTHER, date(2027, 3, 1), "Kari", date(2027, 3, 1),
                  "Eleven har fått hjemmeundervisning")
    assert closing.current().text == "Eleven har fått hjemmeundervisning"


def test_read_only_case_refuses_closing(service, data_dir):
    session = service.create_case("Per")
    service.close_case(session)
    holder = service.open_case(session.case_id)
    other = new_service(data_dir)
    read_only = other.open_case(session.case_id)
    assert read_only.read_only
    with pytest.raises(ReadOnlyCase):
        CaseClosing(read_only).close(ClosingReason.NO_FOLLOW_UP, date(2027, 3, 1), "",
                                     date(2027, 7, 31))
    other.lock()
    service.close_case(holder)


# --- properties over every date ------------------------------------------------------------
DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


@given(DAYS)
def test_school_year_end_is_the_next_31_july(closed):
    end = end_of_school_year_after(closed)
    assert (end.month, end.day) == (7, 31)
    assert closed < end <= date(closed.year + 1, 7, 31)
    assert (end - closed).days <= 366


@given(DAYS, st.integers(min_value=1, max_value=120))
def test_months_after_keeps_the_day_or_the_month_end(closed, months):
    later = add_months(closed, months)
    assert (later.year * 12 + later.month) - (closed.year * 12 + closed.month) == months
    month_end = (later + timedelta(days=1)).month != later.month
    assert later.day == closed.day or (later.day < closed.day and month_end)
