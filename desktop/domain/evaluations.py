"""Evaluering of a samarbeidsavtale (seed 001 Vedlegg 4; DESIGN §1.7).

Within about three weeks the goal, each sub-goal, the measures and plan B are
evaluated; the outcome is one of: no further systematic follow-up / a new
agreement (a draft prefilled from the old one) / referral considered (PPT,
BUP, barnevern, fastlege, annet, with a note). Signed by those present.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from desktop.domain.agreements import (
    Agreement,
    AgreementError,
    AgreementMeasure,
    AgreementStatus,
    Participant,
    new_version,
)
from desktop.domain.school_week import SchoolWeek
from desktop.domain.signing import Decline, Signature, SigningStatus, status_of


class Rating(str, Enum):
    """How a measure (or sub-goal) went. Values are stable storage codes."""

    UNSET = ""
    WORKED = "fungert"
    PARTLY = "delvis"
    NOT = "ikke"


class Outcome(str, Enum):
    UNSET = ""
    NO_FURTHER = "ingen_videre"  # ingen videre systematisk oppfølging
    NEW_AGREEMENT = "ny_avtale"
    REFERRAL = "henvisning"  # henvisning vurderes


class ReferralKind(str, Enum):
    PPT = "ppt"
    BUP = "bup"
    CHILD_WELFARE = "barnevern"
    GP = "fastlege"
    OTHER = "annet"


@dataclass(frozen=True, slots=True)
class RatedItem:
    """A sub-goal or a measure as evaluated: the text as agreed, the rating, a note."""

    text: str
    rating: Rating = Rating.UNSET
    note: str = ""
    party: str = ""  # for measures: the printed responsible ("Kontaktlærer", "Mor" …)


@dataclass(frozen=True, slots=True)
class Evaluation:
    id: int | None = None
    agreement_id: int | None = None
    held_on: date | None = None
    participants: tuple[Participant, ...] = ()
    goal_note: str = ""
    sub_goals: tuple[RatedItem, ...] = ()
    measures: tuple[RatedItem, ...] = ()
    plan_b_note: str = ""
    outcome: Outcome = Outcome.UNSET
    referral_kind: ReferralKind | None = None
    referral_note: str = ""
    signatures: tuple[Signature, ...] = ()
    declines: tuple[Decline, ...] = ()  # present, marked "signerer ikke" with a reason
    finished: bool = False

    def signing(self) -> SigningStatus:
        """Signed by the same rule as the agreement (seed 001 Vedlegg 4: "De som
        er tilstede på evalueringsmøtet signerer.")."""
        return status_of(self)

    def edited(self, **changes) -> "Evaluation":
        if self.finished:
            raise AgreementError("a finished evaluation does not change")
        return replace(self, **changes)


def start_evaluation(agreement: Agreement, today: date, party_label) -> Evaluation:
    """A new evaluation prefilled from the agreement: its participants, every
    sub-goal and every measure (party_label(measure) → printed responsible)."""
    if agreement.status not in (AgreementStatus.READY, AgreementStatus.SIGNED):
        raise AgreementError("only a frozen agreement is evaluated")
    return Evaluation(
        agreement_id=agreement.id, held_on=today, participants=agreement.participants,
        sub_goals=tuple(RatedItem(g.text) for g in agreement.sub_goals),
        measures=tuple(RatedItem(m.text, party=party_label(m)) for m in agreement.measures))


def finish(evaluation: Evaluation) -> Evaluation:
    """Closes the evaluation: an outcome is required; a referral needs its kind."""
    if evaluation.outcome is Outcome.UNSET:
        raise AgreementError("no outcome")
    if evaluation.outcome is Outcome.REFERRAL and evaluation.referral_kind is None:
        raise AgreementError("no referral kind")
    return replace(evaluation, finished=True)


def draft_after(agreement: Agreement, evaluation: Evaluation, next_version: int,
                today: date, week: SchoolWeek | None = None) -> Agreement:
    """Outcome "ny avtale": a draft prefilled from the evaluated agreement. Measures
    that did not work are left out; those that worked partly keep their note as
    a reminder; the meeting's date and the evaluation date start afresh."""
    ratings = {m.text: m for m in evaluation.measures}
    kept: list[AgreementMeasure] = []
    for m in agreement.measures:
        rated = ratings.get(m.text)
        if rated is not None and rated.rating is Rating.NOT:
            continue
        kept.append(m)
    draft = new_version(agreement, next_version)
    return replace(draft, measures=tuple(kept), held_on=today, evaluation_on=None,
                   period_ends_on=None,
                   participants=evaluation.participants or agreement.participants
                   ).with_default_dates(today, week)
