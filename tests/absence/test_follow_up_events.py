"""Events move the follow-up (issue 13): events derived from what a case
stores, the tasks they tick, and the phase decision each one proposes in every
bundled rule set. Domain only, no Qt, no storage."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.domain.absence import AbsenceRecord
from desktop.domain.absence_rules import evaluate_records
from desktop.domain.agreements import AgreementStatus, Signature
from desktop.domain.conversations import Conversation, ConversationStatus
from desktop.domain.evaluations import Evaluation, Outcome
from desktop.domain.follow_up import Contact, PhaseDecision
from desktop.domain.follow_up_events import (
    AGREEMENT_SIGNED,
    CONTACT,
    CONVERSATION,
    EVALUATION,
    FollowUpEvent,
    events_of,
    proposal,
    ticked_by_events,
)
from desktop.domain.school_week import SchoolWeek
from desktop.forms.rule_sets import load_rule_sets, task_id
from tests.absence.test_rule_files import break_line, copy_bundled
from tests.agreements.examples import tonje

SETS, _ = load_rule_sets()
DAY = date(2026, 3, 2)


def quiet(rule_set_id: str):
    """A rule evaluation where nothing fired: the baseline is suggested."""
    return evaluate_records(SETS[rule_set_id], [], SchoolWeek(), DAY)


def noisy(rule_set_id: str):
    """One undocumented lesson: Bærum's first rule fires (fase 2)."""
    records = [AbsenceRecord(None, DAY, whole_day=False, lessons=(1,))]
    return evaluate_records(SETS[rule_set_id], records, SchoolWeek(), DAY)


def decided(rule_set_id: str, phase_id: str, on: date) -> PhaseDecision:
    return PhaseDecision(1, on, rule_set_id, 2, phase_id, phase_id, "Kari")


def evaluation_event(outcome: Outcome, on: date = date(2026, 3, 25)) -> FollowUpEvent:
    return FollowUpEvent(EVALUATION, on, 7, outcome.value, number=1)


# --- events from stored records --------------------------------------------------------------
def test_events_are_derived_from_what_the_case_stores():
    contact = Contact(3, datetime(2026, 3, 3, 8, 15), "Mor")
    held = Conversation(4, "kartlegging", 1, "Samtale", "2026-03-05",
                        status=ConversationStatus.FINISHED)
    paused = replace(held, id=5, status=ConversationStatus.PAUSED)
    ready = replace(tonje(), id=10, status=AgreementStatus.READY, frozen_on=date(2026, 3, 6))
    signed = replace(ready, id=11, number=2, status=AgreementStatus.SIGNED,
                     signatures=(Signature("Siv", signed_on=date(2026, 3, 9)),))
    evaluated_unsigned = replace(ready, id=12, number=3, status=AgreementStatus.EVALUATED)
    # Evaluated after only one of five signed: never fully signed, so no event.
    evaluated_partly = replace(evaluated_unsigned, id=13, number=4,
                               signatures=(Signature("Siv Lund", signed_on=DAY),))
    evaluated_signed = replace(evaluated_unsigned, id=14, number=5, signatures=tuple(
        Signature(p.name, signed_on=date(2026, 3, 10)) for p in ready.participants))
    finished = Evaluation(20, 11, date(2026, 3, 30), outcome=Outcome.NEW_AGREEMENT,
                          finished=True)
    open_one = Evaluation(21, 10, date(2026, 3, 31), outcome=Outcome.REFERRAL)

    events = events_of([contact], [held, paused],
                       [ready, signed, evaluated_unsigned, evaluated_partly, evaluated_signed],
                       [finished, open_one])

    assert [(e.kind, e.on, e.ref_id) for e in events] == [
        (CONTACT, date(2026, 3, 3), 3), (CONVERSATION, date(2026, 3, 5), 4),
        (AGREEMENT_SIGNED, date(2026, 3, 9), 11), (AGREEMENT_SIGNED, date(2026, 3, 10), 14),
        (EVALUATION, date(2026, 3, 30), 20)]
    assert events[0].label == "Mor"
    assert events[-1].key == "evaluation.ny_avtale" and events[-1].number == 2


def test_a_contact_ticks_the_log_task_of_baerum():
    """Seed 001, fase 2: "Denne kontakten må dokumenteres." """
    rule_set = SETS["baerum"]
    event = FollowUpEvent(CONTACT, DAY, 3, label="Mor")
    ticked = ticked_by_events(rule_set, [event])
    log_task = task_id("fase2", "Skriv ned kontakten i loggen")
    assert ticked == {log_task: event}
    assert log_task in {t.id for t in rule_set.phase("fase2").tasks}


@pytest.mark.parametrize("rule_set_id, task_text", [
    ("orland", "Ta kontakt med de foresatte og spør om årsaken og behovet for oppfølging"),
    ("oslo", "Kontakt de foresatte på telefon eller i møte og undersøk årsaken"),
    ("kearney", "Kontakt hjemmet og del konkrete tall for fraværet"),
])
def test_every_rule_set_ticks_its_contact_task(rule_set_id, task_text):
    ticked = ticked_by_events(SETS[rule_set_id], [FollowUpEvent(CONTACT, DAY, 1)])
    assert [task.text for phase in SETS[rule_set_id].phases for task in phase.tasks
            if task.id in ticked] == [task_text]


def test_the_first_event_is_the_one_that_ticked():
    first = FollowUpEvent(CONTACT, DAY, 1)
    later = FollowUpEvent(CONTACT, date(2026, 3, 9), 2)
    assert set(ticked_by_events(SETS["baerum"], [first, later]).values()) == {first}


# --- proposals -------------------------------------------------------------------------------
@pytest.mark.parametrize("rule_set_id, outcome, expected", [
    # Seed 001: "Problemet er løst …" / "fase 3 gjentas" / "gå til fase 4".
    ("baerum", Outcome.NO_FURTHER, "fase1"),
    ("baerum", Outcome.NEW_AGREEMENT, "fase3"),
    ("baerum", Outcome.REFERRAL, "fase4"),
    # Seed 004: trinn 3 "inntil normalt skolenærvær"; a new plan takes the next trinn.
    ("orland", Outcome.NO_FURTHER, "ordinaer"),
    ("orland", Outcome.NEW_AGREEMENT, "trinn2"),
    ("orland", Outcome.REFERRAL, "trinn3"),
    # Seed 002: Oslo's ladder ends at the meeting.
    ("oslo", Outcome.NO_FURTHER, "ordinaer"),
    ("oslo", Outcome.NEW_AGREEMENT, "mote"),
    ("oslo", Outcome.REFERRAL, "mote"),
    ("kearney", Outcome.NO_FURTHER, "ingen"),
    ("kearney", Outcome.NEW_AGREEMENT, "problematisk"),
    ("kearney", Outcome.REFERRAL, "problematisk"),
])
def test_an_evaluation_outcome_proposes_the_next_decision(rule_set_id, outcome, expected):
    rule_set = SETS[rule_set_id]
    current = {"baerum": "fase3", "orland": "trinn1", "oslo": "mote",
               "kearney": "problematisk"}[rule_set_id]
    decisions = [decided(rule_set_id, current, date(2026, 3, 4))]
    found = proposal(rule_set, quiet(rule_set_id), [evaluation_event(outcome)], decisions)
    assert found is not None
    assert (found.phase.id, found.event.key) == (expected, f"evaluation.{outcome.value}")


@pytest.mark.parametrize("rule_set_id, expected", [
    ("baerum", "fase3"), ("orland", "trinn1"), ("oslo", "mote"), ("kearney", "problematisk")])
def test_a_held_conversation_and_a_signed_agreement_propose_the_mapping_phase(rule_set_id,
                                                                              expected):
    for kind in (CONVERSATION, AGREEMENT_SIGNED):
        event = FollowUpEvent(kind, date(2026, 3, 5), 1)
        found = proposal(SETS[rule_set_id], quiet(rule_set_id), [event], [])
        assert (found.phase.id, found.event) == (expected, event)


def test_a_whole_baerum_cycle_is_proposed_and_answered_step_by_step():
    rule_set, rules = SETS["baerum"], noisy("baerum")
    contact = FollowUpEvent(CONTACT, date(2026, 3, 3), 1)
    # Before anything is decided the rules' suggestion is the proposal.
    only_rules = proposal(rule_set, rules, [contact], [])
    assert (only_rules.phase.id, only_rules.event) == ("fase2", None)
    decisions = [decided("baerum", "fase2", date(2026, 3, 3))]
    assert proposal(rule_set, rules, [contact], decisions) is None  # answered
    held = FollowUpEvent(CONVERSATION, date(2026, 3, 10), 2)
    assert proposal(rule_set, rules, [contact, held], decisions).phase.id == "fase3"
    decisions.append(decided("baerum", "fase3", date(2026, 3, 10)))
    signed = FollowUpEvent(AGREEMENT_SIGNED, date(2026, 3, 11), 3, number=1)
    # Already in fase 3: signing says nothing new.
    assert proposal(rule_set, rules, [contact, held, signed], decisions) is None
    # "Bedring, men ikke helt i mål, fase 3 gjentas": still a decision to take.
    again = evaluation_event(Outcome.NEW_AGREEMENT, date(2026, 4, 1))
    assert proposal(rule_set, rules, [contact, held, signed, again], decisions).phase.id \
        == "fase3"
    decisions.append(decided("baerum", "fase3", date(2026, 4, 1)))
    solved = evaluation_event(Outcome.NO_FURTHER, date(2026, 4, 22))
    events = [contact, held, signed, again, solved]
    assert proposal(rule_set, rules, events, decisions).phase.id == "fase1"
    decisions.append(decided("baerum", "fase1", date(2026, 4, 22)))
    # Back to everyday life: the old firing does not propose fase 2 again.
    assert proposal(rule_set, rules, events, decisions) is None


def test_orland_next_stops_at_the_top_trinn():
    rule_set = SETS["orland"]
    decisions = [decided("orland", "trinn3", date(2026, 3, 4))]
    found = proposal(rule_set, quiet("orland"), [evaluation_event(Outcome.NEW_AGREEMENT)],
                     decisions)
    assert found.phase.id == "trinn3"


def test_a_contact_after_the_decision_does_not_hide_an_earlier_proposal():
    rule_set = SETS["baerum"]
    decisions = [decided("baerum", "fase3", date(2026, 3, 4))]
    events = [evaluation_event(Outcome.REFERRAL, date(2026, 3, 25)),
              FollowUpEvent(CONTACT, date(2026, 3, 26), 9)]
    assert proposal(rule_set, quiet("baerum"), events, decisions).phase.id == "fase4"


def test_decisions_of_another_rule_set_do_not_answer():
    rule_set = SETS["baerum"]
    other = [PhaseDecision(1, date(2026, 4, 1), "oslo", 2, "mote", "Møte", "Kari")]
    event = evaluation_event(Outcome.REFERRAL, date(2026, 3, 25))
    assert proposal(rule_set, quiet("baerum"), [event], other).phase.id == "fase4"


def test_no_event_and_no_rule_means_no_proposal():
    assert proposal(SETS["baerum"], quiet("baerum"), [], []) is None


# --- the rule files ----------------------------------------------------------------------
@pytest.mark.parametrize("old, new, message", [
    ('completes = ["Skriv ned kontakten i loggen"]', 'completes = ["Skriv ned kontakten"]',
     "is not a task of phase 'fase2'"),
    ('on = "conversation"', 'on = "samtale"', "unknown event 'samtale'"),
    ('propose = "fase4"', 'propose = "fase9"', "propose must be a phase id"),
])
def test_a_broken_events_table_names_file_and_line(tmp_path, old, new, message):
    bundled = copy_bundled(tmp_path)
    line = break_line(bundled / "rules" / "baerum.toml", old, new)
    sets, problems = load_rule_sets(bundled=bundled)
    assert "baerum" not in sets and "oslo" in sets
    [problem] = problems
    assert (problem.path.name, problem.line) == ("baerum.toml", line)
    assert message in problem.message
