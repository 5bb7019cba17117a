"""One computation of the dates that wait ("Frister" on Oversikt and "Neste
frist" in the case list agree), the stafettholder as a named person with a
history of handovers (domain, storage, the v1 fixture), and the phase the case
list shows after an event."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from desktop.domain.agreements import AgreementStatus, Signature
from desktop.domain.due_dates import (
    EVALUATION,
    MEETING,
    MEETING_TASK,
    NEXT_STEP,
    due_dates,
    earliest,
)
from desktop.domain.evaluations import Outcome, Referral
from desktop.domain.follow_up import Contact, Handover, current_holder
from desktop.domain.meetings import Meeting, MeetingTask
from desktop.domain.timeline import HANDOVER, build_timeline
from desktop.services import agreement_service
from desktop.services.absence_register import AbsenceRegister
from desktop.services.agreement_service import AgreementService
from desktop.services.meeting_service import MeetingService
from tests.agreements.examples import tonje
from tests.casefile.conftest import V1_PASSPHRASE, copy_v1_fixture, new_service

TODAY = date(2026, 3, 10)


def contact(day: int, next_date: date | None = None, step: str = "") -> Contact:
    return Contact(day, datetime(2026, 3, day, 9, 0), "Mor", next_step=step, next_date=next_date)


# --- due dates (domain) ------------------------------------------------------------------
def test_every_kind_of_date_is_listed_earliest_first():
    waiting = replace(tonje(), id=1, status=AgreementStatus.SIGNED,
                      evaluation_on=date(2026, 3, 20))
    evaluated = replace(tonje(), id=2, number=2, status=AgreementStatus.EVALUATED,
                        evaluation_on=date(2026, 3, 12))
    meeting = Meeting(1, datetime(2026, 3, 2, 14), tasks=(
        MeetingTask("Ringe PPT", "Siv", date(2026, 3, 8)),  # overdue, still open
        MeetingTask("Sende referat", "Siv", date(2026, 3, 9), done=True),
        MeetingTask("Uten dato", "Siv")), next_meeting=datetime(2026, 3, 24, 14))
    dates = due_dates([waiting, evaluated], [meeting],
                      [contact(3, date(2026, 3, 13), "Ringe mor")], TODAY)
    assert [(d.kind, d.when, d.overdue) for d in dates] == [
        (MEETING_TASK, date(2026, 3, 8), True), (NEXT_STEP, date(2026, 3, 13), False),
        (EVALUATION, date(2026, 3, 20), False), (MEETING, date(2026, 3, 24), False)]
    assert (dates[0].text, dates[0].who) == ("Ringe PPT", "Siv")
    assert (dates[1].text, dates[1].who) == ("Ringe mor", "Mor")
    assert earliest(dates) == date(2026, 3, 8)
    assert earliest([]) is None


def test_a_past_next_step_waits_until_a_later_contact_is_logged():
    step = contact(2, date(2026, 3, 5), "Ringe igjen")
    [late] = due_dates([], [], [step], TODAY)
    assert (late.kind, late.when, late.overdue) == (NEXT_STEP, date(2026, 3, 5), True)
    assert due_dates([], [], [step, contact(6)], TODAY) == []  # taken on 6 March


# --- due dates: Oversikt and the case list agree ------------------------------------------
def test_frister_and_neste_frist_agree_in_the_session_and_the_case_list(service, data_dir):
    session = service.create_case("Jens")
    today = date.today()
    register = AbsenceRegister(session)
    register.add_contact(Contact(None, datetime.now().replace(microsecond=0), "Far",
                                 next_step="Ringe far", next_date=today + timedelta(days=6)))
    agreements = AgreementService(session)
    first = agreements.new_draft()
    agreements.write(replace(tonje(held_on=today), id=first.id,
                             evaluation_on=today + timedelta(days=9)))
    agreements.freeze(first.id)
    meetings = MeetingService(session)
    meeting = meetings.new_meeting()
    meetings.write(replace(meeting, tasks=(MeetingTask("Ringe PPT", "Siv",
                                                       today + timedelta(days=4)),)))
    listed = agreement_service.due_dates(session, today)
    assert [d.kind for d in listed] == [MEETING_TASK, NEXT_STEP, EVALUATION]
    assert session.summary().next_due == listed[0].when == today + timedelta(days=4)
    # The task is done: both move on to the log's next step.
    meetings.write(replace(meetings.meetings()[0], tasks=(MeetingTask(
        "Ringe PPT", "Siv", today + timedelta(days=4), done=True),)))
    listed = agreement_service.due_dates(session, today)
    assert session.summary().next_due == listed[0].when == today + timedelta(days=6)
    case_id = session.case_id
    service.close_case(session)
    summary = {e.case_id: e.summary for e in new_service(data_dir).list_cases()}[case_id]
    assert summary.next_due == today + timedelta(days=6)


# --- the stafettholder ---------------------------------------------------------------------
def test_the_holder_is_the_latest_handover():
    first = Handover(1, date(2026, 3, 2), "Siv Lund", "Kontaktlærer")
    second = Handover(2, date(2026, 3, 20), "Ola Šára", "Rektor", "Siv Lund", "Fase 3")
    same_day = Handover(3, date(2026, 3, 20), "Kari Ánde", "Mor", "Ola Šára")
    assert current_holder([]) is None
    assert current_holder([second, first]) == second
    assert current_holder([same_day, first, second]) == same_day


def test_handovers_are_stored_in_the_timeline_and_survive_reopen(service, data_dir):
    session = service.create_case("Sárá")
    register = AbsenceRegister(session)
    assert register.stafettholder() is None
    first = register.hand_over("Siv Lund", "Kontaktlærer", date(2026, 3, 2))
    second = register.hand_over(" Ola Šára ", "Rektor", date(2026, 3, 20),
                                "Saken går til fase 3 ŋ")
    assert (first.from_name, second.from_name, second.to_name) == ("", "Siv Lund", "Ola Šára")
    register.remove_handover(second.id)
    assert register.stafettholder() == first
    register.restore_handover(second)
    entries = build_timeline(None, [], [], register.handovers())
    assert [(e.kind, e.title, e.detail) for e in entries] == [
        (HANDOVER, "Ola Šára", "Saken går til fase 3 ŋ"), (HANDOVER, "Siv Lund", "")]
    case_id = session.case_id
    service.close_case(session)

    again = AbsenceRegister(new_service(data_dir).open_case(case_id))
    assert again.handovers() == [first, second]
    assert again.stafettholder().to_name == "Ola Šára"


def test_the_v1_fixture_gets_an_empty_handover_history(tmp_path):
    service = new_service(copy_v1_fixture(tmp_path), V1_PASSPHRASE)
    try:
        [entry] = service.list_cases()
        register = AbsenceRegister(service.open_case(entry.case_id))
        assert register.handovers() == [] and register.stafettholder() is None
        register.hand_over("Siv Lund", "Kontaktlærer", date(2026, 3, 2))
        assert register.stafettholder().to_name == "Siv Lund"
    finally:
        service.lock()


# --- the case list follows the events ------------------------------------------------------
def test_an_evaluation_proposes_a_phase_the_case_list_marks_until_decided(service, data_dir):
    session = service.create_case("Tonje")
    register = AbsenceRegister(session)
    register.decide("fase3", date.today() - timedelta(days=30), "Siv Lund")
    agreements = AgreementService(session)
    first = agreements.new_draft()
    agreements.write(replace(tonje(held_on=date.today() - timedelta(days=25)), id=first.id))
    agreements.freeze(first.id)
    agreements.sign(first.id, [Signature("Siv Lund", signed_on=date.today()
                                         - timedelta(days=25))])
    evaluation = agreements.start_evaluation(first.id, lambda m: "")
    agreements.finish_evaluation(replace(evaluation, outcome=Outcome.NO_FURTHER,
                                          referral=Referral.NOT_NEEDED))
    # The decision stands; the evaluation only proposes.
    assert session.summary().phase == "Fase 3 – Kartlegging, tiltak og evaluering"
    assert register.proposal().phase.id == "fase1"
    evaluate = register.rule_set().phase("fase3").tasks[-1]
    assert evaluate.text == "Evaluer etter tre uker" and evaluate.id in register.done_tasks()
    register.decide("fase1", date.today(), "Siv Lund")
    assert register.proposal() is None
    case_id = session.case_id
    service.close_case(session)
    summary = {e.case_id: e.summary for e in new_service(data_dir).list_cases()}[case_id]
    assert summary.phase == "Fase 1 – Forebygging"


def test_a_proposal_without_a_decision_reaches_the_case_list_at_the_next_save(service,
                                                                                data_dir):
    session = service.create_case("Jens")
    AbsenceRegister(session)  # the case page always has one
    agreements = AgreementService(session)
    first = agreements.new_draft()
    agreements.write(replace(tonje(), id=first.id))
    agreements.freeze(first.id)
    present = [p.name for p in agreements.agreement(first.id).participants]
    agreements.sign(first.id, [Signature(present[0], signed_on=date(2026, 3, 2))])
    assert AbsenceRegister(session).proposal() is None  # partly signed: no event yet
    agreements.sign(first.id, [Signature(name, signed_on=date(2026, 3, 2)) for name in present])
    case_id = session.case_id
    service.close_case(session)
    summary = {e.case_id: e.summary for e in new_service(data_dir).list_cases()}[case_id]
    assert summary.phase == "Fase 3 – Kartlegging, tiltak og evaluering (forslag)"


def test_a_failing_summary_refresh_never_stops_a_save(service, data_dir):
    session = service.create_case("Jens")
    session.before_save("broken", lambda: 1 / 0)
    session.set_pupil_field("school", "Nordlys skole")
    case_id = session.case_id
    service.close_case(session)  # saves
    summary = {e.case_id: e.summary for e in new_service(data_dir).list_cases()}[case_id]
    assert summary.school == "Nordlys skole"
