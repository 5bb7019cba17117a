"""Events move the follow-up (DESIGN §6): a contact with the home written in
the log, a kartleggingssamtale held, an agreement signed and an evaluation
closed with its outcome. They are derived from what the case already stores
(no second copy to keep in step); the rule set's [[events]] say which tasks
each one ticks and which phase decision it proposes. The program proposes; a
person confirms with date and name (PhaseDecision)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.absence_rules import NEXT_PHASE, Evaluation, Phase, RuleSet
from desktop.domain.agreements import Agreement, AgreementStatus
from desktop.domain.conversations import Conversation, ConversationStatus
from desktop.domain.evaluations import Evaluation as AgreementEvaluation
from desktop.domain.evaluations import Outcome
from desktop.domain.follow_up import Contact, PhaseDecision
from desktop.domain.signing import SigningState

CONTACT, CONVERSATION, AGREEMENT_SIGNED = "contact", "conversation", "agreement_signed"
EVALUATION = "evaluation"  # the rule set's key adds the outcome: "evaluation.ny_avtale"


@dataclass(frozen=True, slots=True)
class FollowUpEvent:
    """One event: what kind, on which day, and the stored thing behind it."""

    kind: str  # CONTACT | CONVERSATION | AGREEMENT_SIGNED | EVALUATION
    on: date
    ref_id: int | None  # the contact, conversation, agreement or evaluation
    outcome: str = ""  # an evaluation's Outcome value
    label: str = ""  # data, not UI words: who was contacted, the conversation's title
    number: int = 0  # the agreement's number (agreements and evaluations)

    @property
    def key(self) -> str:
        """The rule set's name for it ([[events]] on = …)."""
        return f"{EVALUATION}.{self.outcome}" if self.kind == EVALUATION else self.kind


def _signed_on(agreement: Agreement) -> date | None:
    days = [s.signed_on for s in agreement.signatures if s.signed_on]
    return max(days) if days else agreement.frozen_on or agreement.held_on


def is_signed(agreement: Agreement) -> bool:
    """Fully signed (everyone present signed or has a reason not to; the
    signing rule of desktop/domain/signing.py): status SIGNED, or evaluated or
    superseded after it was complete. A partly signed version is no event yet."""
    if agreement.status is AgreementStatus.SIGNED:
        return True
    return agreement.status in (AgreementStatus.EVALUATED, AgreementStatus.SUPERSEDED) \
        and agreement.signing().state is SigningState.COMPLETE


def events_of(contacts: list[Contact], conversations: list[Conversation],
              agreements: list[Agreement],
              evaluations: list[AgreementEvaluation]) -> list[FollowUpEvent]:
    """Every event the stored records show, oldest first."""
    found = [FollowUpEvent(CONTACT, c.at.date(), c.id, label=c.with_whom) for c in contacts]
    for conversation in conversations:
        if conversation.status is ConversationStatus.FINISHED and conversation.held_on:
            try:
                held = date.fromisoformat(conversation.held_on)
            except ValueError:
                continue
            found.append(FollowUpEvent(CONVERSATION, held, conversation.id,
                                       label=conversation.title))
    numbers = {a.id: a.number for a in agreements}
    for agreement in agreements:
        signed = _signed_on(agreement) if is_signed(agreement) else None
        if signed is not None:
            found.append(FollowUpEvent(AGREEMENT_SIGNED, signed, agreement.id,
                                       number=agreement.number))
    for evaluation in evaluations:
        if evaluation.finished and evaluation.outcome is not Outcome.UNSET \
                and evaluation.held_on is not None:
            found.append(FollowUpEvent(EVALUATION, evaluation.held_on, evaluation.id,
                                       evaluation.outcome.value,
                                       number=numbers.get(evaluation.agreement_id, 0)))
    order = {CONTACT: 0, CONVERSATION: 1, AGREEMENT_SIGNED: 2, EVALUATION: 3}
    return sorted(found, key=lambda e: (e.on, order[e.kind], e.ref_id or 0))


def ticked_by_events(rule_set: RuleSet, events: list[FollowUpEvent]) -> dict[str, FollowUpEvent]:
    """Task id → the first event that completed it."""
    ticked: dict[str, FollowUpEvent] = {}
    for event in events:
        rule = rule_set.on(event.key)
        for task_id in rule.completes if rule else ():
            ticked.setdefault(task_id, event)
    return ticked


@dataclass(frozen=True, slots=True)
class Proposal:
    """A phase decision the program proposes: from an event (the event is
    given) or from the absence rules (event None)."""

    phase: Phase
    event: FollowUpEvent | None = None


def current_phase(rule_set: RuleSet, evaluation: Evaluation,
                  decision: PhaseDecision | None) -> Phase:
    """The decided phase when there is one (and the rule set still knows it),
    else what the absence rules suggest."""
    if decision is not None:
        decided = rule_set.phase(decision.phase_id)
        if decided is not None:
            return decided
    return evaluation.suggested


def _target(rule_set: RuleSet, propose: str, current: Phase) -> Phase | None:
    if propose == NEXT_PHASE:
        rank = rule_set.rank(current.id)
        return rule_set.phases[min(rank + 1, len(rule_set.phases) - 1)]
    return rule_set.phase(propose) if propose else None


def proposal(rule_set: RuleSet, evaluation: Evaluation, events: list[FollowUpEvent],
             decisions: list[PhaseDecision]) -> Proposal | None:
    """What the program proposes now.

    A decision answers every event up to its date. Of the events after the
    last decision, the latest that proposes something wins; a signed agreement
    or a held conversation that proposes the phase already decided says
    nothing new, but an evaluation always asks for a decision ("fase 3
    gjentas" is a decision too, seed 001). Without such an event and without
    any decision, the absence rules' suggestion is the proposal (unless it is
    the rule set's baseline)."""
    mine = [d for d in decisions if d.rule_set_id == rule_set.id]
    last = mine[-1] if mine else None
    current = current_phase(rule_set, evaluation, last)
    for event in reversed(events):
        if last is not None and event.on <= last.decided_on:
            break
        rule = rule_set.on(event.key)
        target = _target(rule_set, rule.propose, current) if rule else None
        if target is None:
            continue
        if last is not None and target.id == last.phase_id and event.kind != EVALUATION:
            continue
        return Proposal(target, event)
    if last is None and evaluation.suggested.id != rule_set.baseline:
        return Proposal(evaluation.suggested)
    return None
