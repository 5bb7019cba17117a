"""Agreements, evaluations and meetings in the case file: every version, the
signatures with their drawings, the scan, and the dates the case list shows,
all there after closing and reopening with a new AppService."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from desktop.casefile.migrations import LATEST_SCHEMA, schema_version
from desktop.domain.agreements import AgreementStatus, NotReady, Signature, SubGoal
from desktop.domain.evaluations import Outcome, Rating, Referral
from desktop.domain.follow_up import Contact
from desktop.domain.meetings import MeetingKind, MeetingTask
from desktop.domain.signing import Decline, DeclineReason
from desktop.services import agreement_service as agreements_module
from desktop.services.absence_register import AbsenceRegister
from desktop.services.agreement_service import AgreementService, due_dates
from desktop.services.meeting_service import MeetingService
from tests.agreements.examples import tonje
from tests.casefile.conftest import new_service

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))


def fill(service: AgreementService, **changes):
    draft = service.new_draft()
    value = replace(tonje(), id=draft.id, number=draft.number, version=draft.version,
                    created_at=draft.created_at, **changes)
    service.write(value)
    return value


def test_agreement_lifecycle_round_trip(service, data_dir):
    session = service.create_case("Tonje Ánde")
    agreements = AgreementService(session, today=lambda: date(2026, 3, 2))
    empty = agreements.new_draft()
    with pytest.raises(NotReady):
        agreements.freeze(empty.id)
    agreements.remove_draft(empty.id)
    first = fill(agreements)
    frozen = agreements.freeze(first.id)
    assert frozen.status is AgreementStatus.READY
    two = [Signature("Tonje Ánde", "Elev", date(2026, 3, 2), PNG),
           Signature("Per Ánde", "Far", date(2026, 3, 4))]
    assert agreements.sign(first.id, two).status is AgreementStatus.READY  # 2 of 5
    later = [Decline("Kari Ánde", DeclineReason.LATER, "", date(2026, 3, 2)),
             Decline("Siv Lund", DeclineReason.UNWILLING, "", date(2026, 3, 2)),
             Decline("Ola Šára", DeclineReason.OTHER, "på kurs – ŧ", date(2026, 3, 4))]
    signed = agreements.sign(first.id, two, later)
    assert signed.status is AgreementStatus.SIGNED
    agreements.attach_scan(first.id, "avtale.jpg", b"\xff\xd8scan")
    second = agreements.edit_frozen(first.id)
    assert (second.number, second.version, second.status) == (first.number, 2,
                                                             AgreementStatus.DRAFT)
    agreements.write(second.edited(plan_b="Plan B, versjon 2 – ŧ"))
    case_id = session.case_id
    assert schema_version(session._case._conn) == LATEST_SCHEMA
    service.close_case(session)

    other = new_service(data_dir)
    session = other.open_case(case_id)
    agreements = AgreementService(session)
    stored = agreements.agreements()
    assert [(a.version, a.status) for a in stored] == [(1, AgreementStatus.SIGNED),
                                                        (2, AgreementStatus.DRAFT)]
    assert stored[0] == replace(signed, has_scan=True)
    assert stored[0].signatures[0].drawing == PNG
    assert [s.signed_on for s in stored[0].signatures] == [date(2026, 3, 2), date(2026, 3, 4)]
    assert stored[0].declines == tuple(later)
    assert agreements.scan(first.id) == ("avtale.jpg", b"\xff\xd8scan")
    assert stored[1].plan_b == "Plan B, versjon 2 – ŧ"
    agreements.freeze(stored[1].id)
    assert agreements.agreement(first.id).status is AgreementStatus.SUPERSEDED
    other.close_case(session)


def test_evaluation_with_new_agreement_and_the_case_list_date(service, data_dir):
    session = service.create_case("Tonje")
    today = date.today()
    agreements = AgreementService(session)
    first = fill(agreements, held_on=today, evaluation_on=today + timedelta(days=4))
    agreements.freeze(first.id)
    assert session.summary().next_due == today + timedelta(days=4)
    evaluation = agreements.start_evaluation(first.id, lambda m: m.person or m.party.value)
    assert agreements.start_evaluation(first.id, lambda m: "") == evaluation  # no second one
    rated = list(evaluation.measures)
    rated[5] = replace(rated[5], rating=Rating.NOT, note="For tidlig")
    evaluation = evaluation.edited(measures=tuple(rated), outcome=Outcome.NEW_AGREEMENT,
                                   referral=Referral.NOT_NEEDED, goal_note="Bedre enn før")
    agreements.write_evaluation(evaluation)
    draft = agreements.finish_evaluation(evaluation)
    assert draft.status is AgreementStatus.DRAFT and len(draft.measures) == 5
    assert agreements.agreement(first.id).status is AgreementStatus.EVALUATED
    assert session.summary().next_due is None  # nothing waits any more
    meetings = MeetingService(session)
    meeting = meetings.new_meeting()
    meetings.write(replace(meeting, kind=MeetingKind.EVALUATION, notes="Notat š",
                           tasks=(MeetingTask("Ringe PPT", "Siv", today + timedelta(days=3)),),
                           next_meeting=datetime.combine(today + timedelta(days=9),
                                                         datetime.min.time())))
    # The meeting's task (in 3 days) waits before the next meeting (in 9).
    assert session.summary().next_due == today + timedelta(days=3)
    assert [(d.kind, d.when) for d in due_dates(session)] == [
        ("task", today + timedelta(days=3)), ("meeting", today + timedelta(days=9))]
    case_id = session.case_id
    service.close_case(session)

    other = new_service(data_dir)
    summary = {e.case_id: e.summary for e in other.list_cases()}[case_id]
    assert summary.next_due == today + timedelta(days=3)  # the case list, without opening
    session = other.open_case(case_id)
    assert session.summary().next_due == today + timedelta(days=3)
    stored = AgreementService(session).evaluations(first.id)[0]
    assert stored.finished and stored.goal_note == "Bedre enn før"
    assert stored.measures[5].rating is Rating.NOT
    [meeting] = MeetingService(session).meetings()
    assert meeting.notes == "Notat š" and meeting.tasks[0].responsible == "Siv"
    other.close_case(session)


def test_the_logs_next_step_counts_with_the_evaluations(service):
    session = service.create_case("Jens")
    soon = date.today() + timedelta(days=2)
    AbsenceRegister(session).add_contact(Contact(
        None, datetime.now().replace(microsecond=0), "Mor", next_step="Ringe igjen",
        next_date=soon))
    agreements = AgreementService(session)
    first = fill(agreements, evaluation_on=date.today() + timedelta(days=10))
    agreements.freeze(first.id)
    assert session.summary().next_due == soon
    overdue = date.today() - timedelta(days=3)
    agreements.write(replace(agreements.agreement(first.id), evaluation_on=overdue))
    assert session.summary().next_due == overdue  # an overdue evaluation shows first
    due, step = due_dates(session)
    assert (due.kind, due.when, due.overdue, due.agreement_number) == (
        "evaluation", overdue, True, 1)
    assert (step.kind, step.when, step.text, step.who) == ("next_step", soon, "Ringe igjen", "Mor")
    service.close_case(session)


def test_the_plan_hook(service, monkeypatch):
    session = service.create_case("Jens")
    agreements = AgreementService(session)
    assert agreements.plan_steps() is None
    monkeypatch.setattr(agreements_module, "plan_steps_provider",
                        lambda s: [SubGoal("Trinn 1", "2 uker")])
    assert agreements.plan_steps() == [SubGoal("Trinn 1", "2 uker")]
    service.close_case(session)


def test_sub_goals_come_from_the_cases_current_opptrappingsplan(service):
    from dataclasses import replace as copy

    from desktop.domain.escalation_plan import EscalationPlan
    from desktop.services.plan_service import PlanService

    session = service.create_case("Jens")
    agreements = AgreementService(session)
    assert agreements.plan_steps() is None  # no plan yet: the editor says so
    plans = PlanService(session)
    first = copy(plans.new_step(None, "To timer én-til-én"), weeks=2)
    plan = plans.write_plan(EscalationPlan(None, "Hele skoledagen", date(2026, 3, 2), (first,)))
    second = copy(plans.new_step(plan, "Halve dager i klassen"), weeks=2)
    plans.write_plan(copy(plan, steps=plan.steps + (second,)))
    goals = agreements.plan_steps()
    assert [g.text.split(":")[0] for g in goals] == ["To timer én-til-én", "Halve dager i klassen"]
    assert goals[0].period == "02.03.2026–13.03.2026 (uke 10–11)"
    assert goals[1].period.startswith("16.03.2026")
    service.close_case(session)


def test_an_evaluation_stored_with_the_old_third_choice_reads_as_vedlegg_4(service):
    """Before the referral assessment stood apart, "Henvisning vurderes" was a third
    outcome. Such an evaluation reads as "more is needed" with a referral made."""
    import json

    from desktop.casefile.agreements_repo import evaluation_from

    row = {"id": 1, "agreement_id": 2, "data": json.dumps(
        {"outcome": "henvisning", "referral_kind": "bup", "referral_note": "Angst",
         "finished": True})}
    old = evaluation_from(row)
    assert (old.outcome, old.referral, old.referral_kind.value) == (
        Outcome.FURTHER, Referral.REFER, "bup")
    assert old.referral_note == "Angst" and old.finished


def test_the_default_period_comes_from_the_cases_rule_set(service):
    """Seed 002 (appendiks 5): evaluated "innen to uker"; seed 001: "innen tre uker"."""
    from desktop.services.absence_register import AbsenceRegister

    session = service.create_case("Periode Pål")
    agreements = AgreementService(session, today=lambda: date(2026, 3, 2))
    assert agreements.new_draft().period_weeks == 3  # Bærum, the default
    AbsenceRegister(session).set_rule_set_override("oslo")
    oslo = agreements.new_draft()
    assert oslo.period_weeks == 2 and oslo.evaluation_on == date(2026, 3, 16)
    assert [c.id for c in agreements.outcome_choices()] == ["ingen_videre", "ny_avtale"]


def test_sub_goals_from_the_plan_read_as_sentences(service):
    """Issue 15: "Uke 50–51: mandag, onsdag og fredag med fast voksen …, på grupperom.
    Mål: 20 % av timene." — not a field dump."""
    from dataclasses import replace as copy

    from desktop.domain.escalation_plan import Cell, EscalationPlan, empty_grid
    from desktop.services.plan_service import PlanService

    session = service.create_case("Setning Siri")
    plans = PlanService(session)
    step = plans.new_step(None, "To timer én-til-én")
    grid = empty_grid(plans.week())
    for day in (0, 2, 4):
        grid[day] = (Cell.SUPPORTED,) * 2 + (Cell.NONE,) * 4
    step = copy(step, grid=grid, place="grupperom", support="en fast voksen tar imot henne")
    plans.write_plan(EscalationPlan(None, "Hele skoledagen", date(2026, 3, 2), (step,)))
    [goal] = AgreementService(session).plan_steps()
    assert goal.text == ("To timer én-til-én: mandag, onsdag og fredag, 2 timer hver dag, "
                         "på grupperom. En fast voksen tar imot henne. Mål: 20 % av timene.")
    assert goal.period == "02.03.2026–13.03.2026 (uke 10–11)"


def test_without_a_today_of_its_own_the_service_follows_the_application_clock(service,
                                                                             monkeypatch):
    """The agreements section makes its AgreementService without `today`: it must
    take the application's one seam (app_service.today), so that an evaluation
    held three weeks later is dated that day, not the day the section was built."""
    from desktop.services import app_service
    session = service.create_case("Tonje Ánde")
    agreements = AgreementService(session)
    day = [date(2026, 3, 2)]
    monkeypatch.setattr(app_service, "today", lambda: day[0])
    first = fill(agreements)
    agreements.freeze(first.id)
    agreements.sign(first.id, [Signature("Siv Lund", signed_on=date(2026, 3, 2))])
    day[0] = date(2026, 3, 23)
    assert agreements.start_evaluation(first.id, lambda m: "").held_on == date(2026, 3, 23)
