"""The school overview without Qt: due dates this week across cases, the cases
without follow-up (school days, boundaries), the scan reading cases read-only
(no lock file, nothing written), and the canary: no name or birth date of any
case in the term report's PDF or CSV."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from desktop.casefile.lockfile import lock_path
from desktop.domain.absence import AbsenceRecord
from desktop.domain.due_dates import EVALUATION, MEETING_TASK, DueDate
from desktop.domain.evaluations import Outcome, Rating, Referral
from desktop.domain.follow_up import Contact
from desktop.domain.measure_circle import EntryKind, MeasureStatus
from desktop.domain.meetings import MeetingTask
from desktop.domain.school_overview import (
    CaseOverview,
    due_this_week,
    school_days_after,
    unfollowed,
    without_follow_up,
)
from desktop.domain.school_week import SchoolWeek
from desktop.domain.term_report import term_of
from desktop.export.term_report_pdf import build_term_report
from desktop.export.term_report_table import csv_bytes, report_rows
from desktop.services import app_service, school_overview
from desktop.services.absence_register import AbsenceRegister
from desktop.services.agreement_service import AgreementService
from desktop.services.circle_service import MeasureCircleService, circle_form
from desktop.services.meeting_service import MeetingService
from tests.agreements.examples import tonje

WED = date(2026, 11, 18)  # a Wednesday; the week runs Mon 16 – Sun 22 November
WEEK = SchoolWeek()


def due(day: date, kind: str = EVALUATION) -> DueDate:
    return DueDate(kind, day, overdue=day < WED)


def test_due_this_week_takes_what_is_overdue_and_what_falls_due_by_sunday_sorted():
    cases = [CaseOverview("a", "Åse", (due(date(2026, 11, 22)), due(date(2026, 11, 23)))),
             CaseOverview("b", "Bjørn", (due(date(2026, 11, 2), MEETING_TASK),
                                         due(date(2026, 11, 18)))),
             CaseOverview("c", "Cato", ())]
    found = [(i.name, i.due.when) for i in due_this_week(cases, WED)]
    assert found == [("Bjørn", date(2026, 11, 2)), ("Bjørn", date(2026, 11, 18)),
                     ("Åse", date(2026, 11, 22))]  # Sunday in, Monday 23 out


def test_school_days_after_a_firing_skip_weekends_and_days_off():
    assert school_days_after(date(2026, 11, 13), date(2026, 11, 16), WEEK) == 1  # Fri → Mon
    off = SchoolWeek(days_off=frozenset({date(2026, 11, 17)}))
    assert school_days_after(date(2026, 11, 13), date(2026, 11, 18), off) == 2
    assert school_days_after(WED, WED, WEEK) == 0


def test_a_firing_is_followed_up_by_anything_logged_on_or_after_its_day():
    fired = [(date(2026, 11, 2), "Mer enn 3 dager"), (date(2026, 11, 9), "Mer enn 6 dager")]
    waiting = unfollowed(fired, [], WEEK, WED)
    assert (waiting.fired_on, waiting.rule_text, waiting.school_days) == \
        (date(2026, 11, 2), "Mer enn 3 dager", 12)
    # A contact on the day of the first firing: the second one still waits.
    waiting = unfollowed(fired, [date(2026, 11, 2)], WEEK, WED)
    assert (waiting.fired_on, waiting.school_days, waiting.last_logged) == \
        (date(2026, 11, 9), 7, date(2026, 11, 2))
    assert unfollowed(fired, [date(2026, 11, 9)], WEEK, WED) is None


def test_without_follow_up_takes_more_than_n_school_days_not_n():
    fired = [(date(2026, 11, 4), "r")]  # 10 school days before Wednesday 18
    case = CaseOverview("a", "Åse", (), unfollowed(fired, [], WEEK, WED))
    assert case.unfollowed.school_days == 10
    assert without_follow_up([case], 10) == []
    assert without_follow_up([case], 9) == [case]


# --- the scan over real case files -------------------------------------------------------------
def _cases(service, today: date):
    """Three cases: one with an evaluation due this week and one evaluated measure,
    one where a rule fired three weeks ago and nothing was logged, one archived."""
    due_case = service.create_case("Tonje Ánde")
    due_case.set_pupil_field("grade", "7")
    due_case.set_pupil_field("birth_date", date(2014, 5, 17))
    agreements = AgreementService(due_case)
    first = agreements.new_draft()
    held = today - timedelta(days=30)
    agreements.write(replace(tonje(held_on=held), id=first.id,
                             evaluation_on=today + timedelta(days=1)))
    agreements.freeze(first.id)
    evaluation = agreements.start_evaluation(first.id, lambda m: "")
    measures = tuple(replace(m, rating=Rating.WORKED if i % 2 else Rating.NOT)
                     for i, m in enumerate(evaluation.measures))
    agreements.finish_evaluation(replace(evaluation, measures=measures,
                                          outcome=Outcome.NEW_AGREEMENT,
                                          referral=Referral.NOT_NEEDED, held_on=today))
    second = agreements.new_draft()
    agreements.write(replace(tonje(held_on=today), id=second.id, number=2,
                             evaluation_on=today + timedelta(days=2)))
    agreements.freeze(second.id)
    circle = MeasureCircleService(due_case, circle_form(None)[0])
    box = circle.box(circle.form.box_ids[0])
    entries = (circle.new_entry(EntryKind.MEASURE, "Møte i porten",
                                status=MeasureStatus.IN_PROGRESS),)
    entries += (circle.new_entry(EntryKind.MEASURE, "Bare foreslått"),
                circle.new_entry(EntryKind.RESOURCE, "Liker gym"))
    circle.write_box(replace(box, entries=entries))
    meetings = MeetingService(due_case)
    meeting = meetings.new_meeting()
    meetings.write(replace(meeting, tasks=(MeetingTask("Ringe PPT", "Siv",
                                                       today - timedelta(days=1)),)))
    quiet = service.create_case("Jens Šára")
    quiet.set_pupil_field("grade", "9")
    quiet.set_pupil_field("birth_date", date(2012, 1, 3))
    register = AbsenceRegister(quiet)
    register.hand_over("Siv Lund", "Kontaktlærer", today - timedelta(days=60))
    start = today - timedelta(days=28)
    register.add_records([AbsenceRecord(None, start + timedelta(days=n)) for n in range(8)
                          if (start + timedelta(days=n)).weekday() < 5])
    archived = service.create_case("Åsa Nilsen")
    AbsenceRegister(archived).add_contact(Contact(None, datetime(2026, 9, 1, 10), "Mor"))
    ids = [s.case_id for s in (due_case, quiet, archived)]
    for session in (due_case, quiet, archived):
        service.close_case(session)
    service.set_archived(ids[2], True)
    return ids


def test_the_scan_reads_every_case_read_only_and_finds_due_and_waiting_cases(service,
                                                                            monkeypatch):
    today = date.today()
    monkeypatch.setattr(app_service, "today", lambda: today)
    due_id, quiet_id, archived_id = _cases(service, today)
    entries = service.list_cases(include_archived=True)
    before = {e.path: (e.path.stat().st_mtime_ns, e.path.read_bytes()) for e in entries}
    seen: list[tuple[int, int]] = []
    form = school_overview.prepare(service)
    scan = school_overview.scan(service, entries, today, form,
                                progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    # Nothing written, no lock file taken.
    for entry in entries:
        assert (entry.path.stat().st_mtime_ns, entry.path.read_bytes()) == before[entry.path]
        assert not lock_path(entry.path).exists()
    assert scan.unreadable == 0 and len(scan.cases) == 3
    by_id = {c.case_id: c for c in scan.cases}
    items = due_this_week(scan.active(), today)
    kinds = [(i.case_id, i.due.kind) for i in items]
    assert (due_id, MEETING_TASK) in kinds  # overdue since yesterday
    assert by_id[archived_id].due == ()  # an archived case waits for nothing
    waiting = by_id[quiet_id].unfollowed
    assert waiting is not None and waiting.last_logged is None
    assert by_id[quiet_id].holder == "Siv Lund" and by_id[due_id].holder == ""
    assert waiting.school_days >= 10
    assert [c.case_id for c in without_follow_up(scan.active(), 10)] == [quiet_id]
    figures = by_id[due_id].figures
    assert figures.grade == "7" and figures.evaluations[0][1] == "ny_avtale"
    assert sorted(r for _, r in figures.ratings) == sorted(
        ["fungert" if i % 2 else "ikke" for i in range(6)])
    assert by_id[archived_id].figures.archived
    # One measure under way in the first box; the proposed one and the resource are not.
    first_box = form.boxes[0].title
    assert figures.measures_in_use == (first_box,)
    report = scan.report(term_of(today), school_overview.box_order(form))
    assert report.measures_by_box[0] == (first_box, 1, 1)
    assert [n for _, n, _ in report.measures_by_box[1:]] == [0] * (len(form.boxes) - 1)


def test_a_cancelled_scan_stops_and_keeps_nothing(service):
    _cases(service, date.today())
    entries = service.list_cases(include_archived=True)
    calls = []
    with pytest.raises(school_overview.Cancelled):
        school_overview.scan(service, entries, date.today(),
                             progress=lambda d, t: calls.append(d),
                             cancelled=lambda: len(calls) >= 1)
    assert calls == [0]


def test_an_unreadable_case_is_counted_not_fatal(service):
    _cases(service, date.today())
    entries = service.list_cases(include_archived=True)
    entries[0].path.write_bytes(entries[0].path.read_bytes()[:-40])  # damaged after listing
    scan = school_overview.scan(service, entries, date.today())
    assert (len(scan.cases), scan.unreadable) == (2, 1)


def test_canary_no_name_or_birth_date_in_the_report_pdf_or_csv(service):
    today = date.today()
    _cases(service, today)
    entries = service.list_cases(include_archived=True)
    form = school_overview.prepare(service)
    scan = school_overview.scan(service, entries, today, form)
    report = scan.report(term_of(today), school_overview.box_order(form))
    assert report.covered == 3 and report.ratings
    pdf = io.BytesIO()
    build_term_report(pdf, report, today)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.getvalue())).pages)
    data = csv_bytes(report_rows(report, today))
    assert data.startswith("\ufeff".encode("utf-8"))
    csv_text = data.decode("utf-8-sig")
    assert csv_text.splitlines()[0] == "Del;Hva;Verdi;Merknad"
    assert "Saker lest på denne maskinen;3" in csv_text
    assert "Saker lest på denne maskinen" in text
    secrets = ["Tonje", "Ánde", "Jens", "Šára", "Åsa", "Nilsen", "Siv", "Lund", "Ringe PPT",
               "17.05.2014", "2014-05-17", "03.01.2012", "2012-01-03"]
    # Names of the people in the agreement too (tonje(): Per, Kari, Ola).
    secrets += ["Per Ánde", "Kari", "Ola"]
    for secret in secrets:
        assert secret not in text, secret
        assert secret not in csv_text, secret


# --- properties ---------------------------------------------------------------------------------

DAYS = st.integers(-30, 30).map(lambda n: WED + timedelta(days=n))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(DAYS, max_size=5), max_size=6), st.randoms())
def test_due_this_week_is_every_date_up_to_sunday_sorted_whatever_the_order(cases, rnd):
    overviews = [CaseOverview(str(i), f"Elev {i}", tuple(due(d) for d in days))
                 for i, days in enumerate(cases)]
    found = due_this_week(overviews, WED)
    shuffled = [replace(c, due=tuple(rnd.sample(c.due, len(c.due)))) for c in overviews]
    rnd.shuffle(shuffled)
    assert found == due_this_week(shuffled, WED)
    expected = sorted(d for days in cases for d in days if d <= date(2026, 11, 22))
    assert [i.due.when for i in found] == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(DAYS, max_size=4), st.lists(DAYS, max_size=4))
def test_a_firing_waits_exactly_when_nothing_was_logged_on_or_after_it(fired, logged):
    waiting = unfollowed([(d, "r") for d in fired], logged, WEEK, WED)
    past_logs = [d for d in logged if d <= WED]
    open_firings = [d for d in fired if d <= WED and all(log < d for log in past_logs)]
    if not open_firings:
        assert waiting is None
    else:
        assert waiting.fired_on == min(open_firings)
        assert waiting.school_days == school_days_after(min(open_firings), WED, WEEK)
