"""Agreement, evaluation and meeting rules (no storage, no Qt)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.domain import agreements as rules
from desktop.domain.agreements import (
    Agreement,
    AgreementMeasure,
    AgreementStatus,
    Decline,
    FrozenAgreement,
    NotReady,
    NotReadyProblem,
    Participant,
    Signature,
)
from desktop.domain.evaluations import (
    Outcome,
    Rating,
    ReferralKind,
    draft_after,
    finish,
    start_evaluation,
)
from desktop.domain.measure_circle import EntryKind, MeasureCircle, MeasureStatus, Party
from desktop.domain.meetings import Meeting, MeetingTask, next_meeting
from tests.agreements.examples import tonje

TODAY = date(2026, 3, 2)


def test_a_draft_has_three_weeks_and_an_evaluation_date_by_default():
    draft = Agreement().with_default_dates(TODAY)
    assert draft.period_weeks == 3
    assert draft.evaluation_on == date(2026, 3, 23)
    later = draft.edited(held_on=date(2026, 3, 9))
    assert later.evaluation_on == date(2026, 3, 30)  # follows the period
    by_hand = later.edited(evaluation_on=date(2026, 3, 13)).edited(period_weeks=2)
    assert by_hand.evaluation_on == date(2026, 3, 13)  # a date set by hand stays


def test_measures_are_grouped_by_party_with_each_guardian_separately():
    groups = tonje().measures_by_party()
    assert list(groups) == [(Party.CONTACT_TEACHER, ""), (Party.LEADERSHIP, ""),
                            (Party.GUARDIANS, "Far"), (Party.GUARDIANS, "Mor"),
                            (Party.PUPIL, "")]
    assert len(groups[(Party.CONTACT_TEACHER, "")]) == 2
    assert groups[(Party.GUARDIANS, "Mor")][0].text.startswith("Mor følger")


def test_an_agreement_without_measures_or_participants_is_refused_for_signing():
    with pytest.raises(NotReady) as refused:
        rules.freeze(Agreement(measures=(AgreementMeasure("  "),)), TODAY)
    assert refused.value.problems == (NotReadyProblem.NO_PARTICIPANTS,
                                      NotReadyProblem.NO_MEASURES)
    with pytest.raises(NotReady) as refused:
        rules.freeze(replace(tonje(), measures=()), TODAY)
    assert refused.value.problems == (NotReadyProblem.NO_MEASURES,)
    with pytest.raises(NotReady) as refused:
        rules.freeze(replace(tonje(), participants=()), TODAY)
    assert refused.value.problems == (NotReadyProblem.NO_PARTICIPANTS,)


def test_a_frozen_version_cannot_change_and_editing_it_makes_a_new_draft():
    frozen = rules.freeze(tonje(), TODAY)
    assert frozen.status is AgreementStatus.READY and frozen.frozen_on == TODAY
    with pytest.raises(FrozenAgreement):
        frozen.edited(plan_b="noe annet")
    with pytest.raises(FrozenAgreement):
        rules.freeze(frozen, TODAY)
    one = rules.sign(frozen, (Signature("Tonje Ánde", "Elev", TODAY, b"\x89PNG"),))
    assert one.status is AgreementStatus.READY  # one of five: still being signed
    signed = rules.sign(frozen, tuple(Signature(x.name, x.role, TODAY)
                                      for x in frozen.participants))
    assert signed.status is AgreementStatus.SIGNED
    declined = rules.sign(frozen, (), (Decline("Tonje Ánde"),))
    draft = rules.new_version(replace(declined, id=7), 2)
    assert (draft.id, draft.version, draft.status, draft.signatures, draft.declines) == (
        None, 2, AgreementStatus.DRAFT, (), ())
    assert draft.measures == signed.measures and draft.plan_b == signed.plan_b
    assert draft.edited(plan_b="Ny plan B").plan_b == "Ny plan B"


def test_a_draft_cannot_be_signed():
    with pytest.raises(rules.AgreementError):
        rules.sign(tonje(), (Signature("Tonje"),))


def test_evaluation_outcomes():
    agreement = replace(rules.freeze(tonje(), TODAY), id=3)
    with pytest.raises(rules.AgreementError):
        start_evaluation(tonje(), TODAY, lambda m: "")  # a draft is not evaluated
    evaluation = start_evaluation(agreement, date(2026, 3, 6), lambda m: m.party.value)
    assert [i.text for i in evaluation.sub_goals] == [g.text for g in agreement.sub_goals]
    assert len(evaluation.measures) == 6 and evaluation.participants == agreement.participants
    with pytest.raises(rules.AgreementError):
        finish(evaluation)  # no outcome yet
    with pytest.raises(rules.AgreementError):
        finish(evaluation.edited(outcome=Outcome.REFERRAL))  # no kind
    referral = finish(evaluation.edited(outcome=Outcome.REFERRAL,
                                        referral_kind=ReferralKind.BUP, referral_note="Angst"))
    assert referral.finished
    with pytest.raises(rules.AgreementError):
        referral.edited(goal_note="endret")
    assert finish(evaluation.edited(outcome=Outcome.NO_FURTHER)).finished

    rated = list(evaluation.measures)
    rated[1] = replace(rated[1], rating=Rating.NOT, note="Venninnene ville ikke")
    rated[0] = replace(rated[0], rating=Rating.WORKED)
    done = finish(evaluation.edited(measures=tuple(rated), outcome=Outcome.NEW_AGREEMENT))
    draft = draft_after(agreement, done, 2, date(2026, 3, 6))
    assert draft.status is AgreementStatus.DRAFT and draft.version == 2 and draft.id is None
    assert len(draft.measures) == 5  # the one that did not work is left out
    assert "Spise lunsj" not in " ".join(m.text for m in draft.measures)
    assert draft.long_term_goal == agreement.long_term_goal
    assert draft.evaluation_on == date(2026, 3, 27)


def test_measures_are_taken_from_the_circles_agreed_measures():
    circle = MeasureCircle.empty(["relasjon_voksne", "fritid"])
    risk = circle.add("relasjon_voksne", EntryKind.RISK, "Gruer seg til mattetimene")
    circle.add("relasjon_voksne", EntryKind.MEASURE, "Fast samtale hver mandag",
               party=Party.CONTACT_TEACHER, person="Siv", status=MeasureStatus.AGREED,
               link_id=risk.id)
    circle.add("fritid", EntryKind.MEASURE, "Bare et forslag", status=MeasureStatus.PROPOSED)
    circle.add("fritid", EntryKind.MEASURE, "Fotball tirsdag", party=Party.GUARDIANS,
               person="Mor", status=MeasureStatus.IN_PROGRESS)
    taken = rules.measures_from_circle(circle)
    assert taken[0].why == "Gruer seg til mattetimene" and taken[1].why == ""
    assert [(m.text, m.party, m.person) for m in taken] == [
        ("Fast samtale hver mandag", Party.CONTACT_TEACHER, "Siv"),
        ("Fotball tirsdag", Party.GUARDIANS, "Mor")]


def test_the_upcoming_evaluation_is_the_earliest_waiting_one():
    a = rules.freeze(replace(tonje(), evaluation_on=date(2026, 3, 20)), TODAY)
    b = rules.freeze(replace(tonje(), evaluation_on=date(2026, 3, 6)), TODAY)
    assert rules.upcoming_evaluation([a, b, tonje()]) == date(2026, 3, 6)
    assert rules.upcoming_evaluation([a, rules.evaluated(b)]) == date(2026, 3, 20)
    assert rules.upcoming_evaluation([tonje()]) is None


def test_the_next_meeting_is_the_earliest_from_today():
    past = Meeting(held_at=datetime(2026, 3, 1, 9), next_meeting=datetime(2026, 3, 20, 14),
                   tasks=(MeetingTask("Ringe BUP", "Siv", date(2026, 3, 10)),
                          MeetingTask("Ferdig", done=True)))
    planned = Meeting(held_at=datetime(2026, 3, 12, 8))
    today = Meeting(held_at=datetime(2026, 3, 2, 8))  # being held now
    assert next_meeting([past, planned, today], TODAY) == datetime(2026, 3, 12, 8)
    assert next_meeting([past], date(2026, 3, 21)) is None
    assert [t.text for t in past.open_tasks()] == ["Ringe BUP"]


def test_participants_from_the_case_people():
    people = rules.party_participants("Tonje", [("Per", "Far"), ("", "Mor")],
                                      [("Siv", "Kontaktlærer", Party.CONTACT_TEACHER)])
    assert people == [Participant("Tonje", "Elev", Party.PUPIL),
                      Participant("Per", "Far", Party.GUARDIANS),
                      Participant("Siv", "Kontaktlærer", Party.CONTACT_TEACHER)]
