"""Evaluering of a samarbeidsavtale (seed 001 Vedlegg 4).

The goal, each sub-goal, the measures and plan B are evaluated. Then, as
Vedlegg 4 has it: "Det er ikke lenger behov for systematisk oppfølging av
skolefravær." ELLER "Det utarbeides en ny samarbeidsavtale." — or, where the
case's rule set allows it, going further (Bærum fase 3: "Mer omfattende innsats
kreves, gå til fase 4"). And always, apart from that: "Behov for
viderehenvisning til f.eks. PPT, BUP, barneverntjenesten, eller andre instanser
er blitt vurdert." with the result of that assessment. Signed by those present.
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
    NO_FURTHER = "ingen_videre"  # ikke lenger behov for systematisk oppfølging
    NEW_AGREEMENT = "ny_avtale"  # det utarbeides en ny samarbeidsavtale
    FURTHER = "videre"  # more is needed: the rule set's next phase (Bærum fase 4)
    # Before the referral assessment stood apart, "henvisning vurderes" was a third
    # choice; evaluations stored with it are read as FURTHER + referral (agreements_repo).
    REFERRAL = "henvisning"


class Referral(str, Enum):
    """The result of assessing a referral to another service (always made)."""

    UNSET = ""
    NOT_NEEDED = "ikke_behov"  # assessed: no referral now
    REFER = "henvises"  # assessed: referred (to referral_kind)


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
    sub_goal: int | None = None  # for measures: the sub-goal it served (index), if tied
    label: str = ""  # for measures tied to a sub-goal: "Delmål 1 – tiltak A"


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
    plan_b_rating: Rating = Rating.UNSET  # Vedlegg 4: "hvorvidt plan B har fungert"
    place: str = ""  # Vedlegg 4: "Sted, Dato"
    outcome: Outcome = Outcome.UNSET
    outcome_text: str = ""  # the rule set's words for the outcome, as printed
    referral: Referral = Referral.UNSET  # the referral assessment (Vedlegg 4)
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

    def measures_of(self, sub_goal: int) -> list[RatedItem]:
        """The measures that served one sub-goal (seed 001 Vedlegg 4: "Vurder
        hvorvidt tiltakene har vært effektive i arbeidet med å nå delmålene")."""
        return [m for m in self.measures if m.sub_goal == sub_goal]

    def untied_measures(self) -> list[RatedItem]:
        return [m for m in self.measures
                if m.sub_goal is None or not 0 <= m.sub_goal < len(self.sub_goals)]


def start_evaluation(agreement: Agreement, today: date, party_label) -> Evaluation:
    """A new evaluation prefilled from the agreement: its participants, every
    sub-goal and every measure (party_label(measure) → printed responsible), each
    measure with the sub-goal it was tied to ("Delmål 1 – tiltak A")."""
    if agreement.status not in (AgreementStatus.READY, AgreementStatus.SIGNED):
        raise AgreementError("only a frozen agreement is evaluated")
    labels = agreement.measure_labels()
    return Evaluation(
        agreement_id=agreement.id, held_on=today, participants=agreement.participants,
        place=agreement.place,
        sub_goals=tuple(RatedItem(g.text) for g in agreement.sub_goals),
        measures=tuple(RatedItem(m.text, party=party_label(m),
                                 sub_goal=m.sub_goal if label else None, label=label)
                       for m, label in zip(agreement.measures, labels)))


def finish(evaluation: Evaluation) -> Evaluation:
    """Closes the evaluation: an outcome and the referral assessment are required
    (Vedlegg 4 asks for both); a referral needs its service."""
    if evaluation.outcome is Outcome.UNSET:
        raise AgreementError("no outcome")
    if evaluation.referral is Referral.UNSET:
        raise AgreementError("no referral assessment")
    if evaluation.referral is Referral.REFER and evaluation.referral_kind is None:
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
