"""Samarbeidsavtale (cooperation agreement) and its lifecycle.

Seed 002, appendix 3 (and the cases "Tonje" and "Jens"), seed 001 Vedlegg 3,
seed 004 (tiltaksplan), seed 000 (three-party agreement): place and date, who
was present, a long-term goal, sub-goals (often the steps of the
opptrappingsplan), measures with a responsible person for every party, plan B,
the period (usually three weeks) with the evaluation date, how the parties
keep in contact, the next meeting, and the signatures of everyone present.

Lifecycle: draft → ready to sign (a numbered, frozen version) → signed →
evaluated or superseded. "Signed" is stored only when signing is complete by
the rule in desktop/domain/signing.py (everyone present signed, or has a
reason not to); until then the version stays "ready" and its signing status
says how far it has come (delvis signert, 3 av 6). A frozen version never
changes; editing it makes a new draft version prefilled from it. Agreements
are immutable values: every change makes a new Agreement, so an undo step is
"write the value as it was".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum

from desktop.domain.language import translate
from desktop.domain.measure_circle import CircleEntry, MeasureCircle, MeasureStatus, Party
from desktop.domain.school_calendar import period_dates
from desktop.domain.school_week import SchoolWeek, default_week
from desktop.domain.signing import Decline, Signature, SigningState, SigningStatus, status_of

# Signature and Decline live in signing.py (shared with the evaluation); other
# modules may keep importing them from here.

DEFAULT_PERIOD_WEEKS = 3  # seed 001 phase 3: evaluation after three weeks


class AgreementStatus(str, Enum):
    """Values are stable storage codes."""

    DRAFT = "utkast"
    READY = "klar"  # frozen, numbered; signing not complete (none or some signed)
    SIGNED = "signert"  # signing complete (domain/signing.py)
    EVALUATED = "evaluert"
    SUPERSEDED = "erstattet"

    @property
    def frozen(self) -> bool:
        return self is not AgreementStatus.DRAFT


class NotReadyProblem(str, Enum):
    """Why a draft cannot be made ready for signing (the UI words it)."""

    NO_PARTICIPANTS = "no_participants"
    NO_MEASURES = "no_measures"


class AgreementError(Exception):
    """A lifecycle rule was broken."""


class FrozenAgreement(AgreementError):
    """A frozen version was asked to change."""


class NotReady(AgreementError):
    def __init__(self, problems: tuple[NotReadyProblem, ...]):
        super().__init__(", ".join(p.value for p in problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone present at a meeting. `role` is the printed role (Kontaktlærer,
    Mor, Eleven …); `party` groups them."""

    name: str
    role: str = ""
    party: Party = Party.OTHER
    interpreter: str = ""  # the language this person needs an interpreter for ("somali")


@dataclass(frozen=True, slots=True)
class SubGoal:
    """Delmål/trinn (seed 002 appendix 3): what the pupil takes part in, with
    what support, and for how long (`period`, free text such as "2 uker")."""

    text: str
    period: str = ""


@dataclass(frozen=True, slots=True)
class AgreementMeasure:
    """One measure with its responsible party. `person` names the responsible
    person when a party has several (each guardian separately, seed 002
    "Tonje": Far har ansvar for … / Mor har ansvar for …)."""

    text: str
    party: Party = Party.OTHER
    person: str = ""
    why: str = ""  # seed 004: hvorfor (the risk or resource it builds on)
    # The sub-goal this measure serves (index into Agreement.sub_goals), or None.
    # Seed 001 Vedlegg 3 numbers them "DELMÅL 1; TILTAK A". Older agreements have none.
    sub_goal: int | None = None


PartyKey = tuple[Party, str]


@dataclass(frozen=True, slots=True)
class Agreement:
    id: int | None = None
    number: int = 0  # avtale nr. within the case
    version: int = 1
    status: AgreementStatus = AgreementStatus.DRAFT
    place: str = ""
    held_on: date | None = None
    participants: tuple[Participant, ...] = ()
    long_term_goal: str = ""
    sub_goals: tuple[SubGoal, ...] = ()
    measures: tuple[AgreementMeasure, ...] = ()
    plan_b: str = ""
    plan_b_responsible: str = ""
    interpreter: str = ""  # "somali, for mor"; empty: said from who is present (see below)
    period_weeks: int = DEFAULT_PERIOD_WEEKS
    evaluation_on: date | None = None
    period_ends_on: date | None = None  # the period's last school day (with the calendar)
    contact_routine: str = ""
    next_meeting: str = ""
    signatures: tuple[Signature, ...] = ()
    declines: tuple[Decline, ...] = ()  # present, marked "signerer ikke" with a reason
    frozen_on: date | None = None
    has_scan: bool = False
    created_at: str = ""

    # --- reading ----------------------------------------------------------------
    @property
    def title_key(self) -> tuple[int, int]:
        return (self.number, self.version)

    def period_end(self) -> date | None:
        """The last school day of the period the agreement covers."""
        return self.period_ends_on or self.default_dates(None)[0]

    def default_dates(self, week: SchoolWeek | None) -> tuple[date | None, date | None]:
        """(end of the period, evaluation day) for this start and length: the period
        is `period_weeks` whole school weeks, the evaluation the next school day
        (seed 001 fase 3: "evaluering etter ca. tre uker"; holidays do not count)."""
        if self.held_on is None:
            return None, None
        return period_dates(self.held_on, max(1, self.period_weeks), week or default_week())

    def measures_by_party(self) -> dict[PartyKey, list[AgreementMeasure]]:
        return group_by_party(self.measures)

    def measure_labels(self) -> list[str]:
        """ "Delmål 1 – tiltak A" for each measure tied to a sub-goal, "" otherwise."""
        return measure_labels(self.measures, len(self.sub_goals))

    def measures_of(self, sub_goal: int) -> list[tuple[str, AgreementMeasure]]:
        """The measures tied to one sub-goal, each with its letter ("A", "B" …)."""
        return [(label.rsplit(" ", 1)[-1], m)
                for label, m in zip(self.measure_labels(), self.measures)
                if m.sub_goal == sub_goal and label]

    def interpreter_line(self) -> str:
        """What the agreement says about an interpreter: as written, or else
        from the people present who need one ("somali, for mor")."""
        return self.interpreter.strip() or interpreter_needs(self.participants)

    def problems(self) -> tuple[NotReadyProblem, ...]:
        found = []
        if not [p for p in self.participants if p.name.strip()]:
            found.append(NotReadyProblem.NO_PARTICIPANTS)
        if not [m for m in self.measures if m.text.strip()]:
            found.append(NotReadyProblem.NO_MEASURES)
        return tuple(found)

    def is_signed_by(self, name: str) -> bool:
        return any(s.name == name for s in self.signatures)

    def signing(self) -> SigningStatus:
        return status_of(self)

    # --- changing (drafts only) ---------------------------------------------------
    def edited(self, week: SchoolWeek | None = None, **changes) -> "Agreement":
        """A changed draft (dates counted in the case's school weeks `week`).
        A frozen version refuses (FrozenAgreement)."""
        if self.status.frozen:
            raise FrozenAgreement(self.status.value)
        if "held_on" in changes or "period_weeks" in changes:
            end, evaluation = replace(self, **changes).default_dates(week)
            changes.setdefault("period_ends_on", end)
            followed = (None, self.default_dates(week)[1], self.default_dates(None)[1])
            legacy = self.held_on + timedelta(weeks=self.period_weeks) if self.held_on else None
            if "evaluation_on" not in changes and (self.evaluation_on in followed
                                                   or self.evaluation_on == legacy):
                # The evaluation date follows the period unless set by hand.
                changes["evaluation_on"] = evaluation
        return replace(self, **changes)

    def with_default_dates(self, today: date, week: SchoolWeek | None = None) -> "Agreement":
        probe = replace(self, held_on=self.held_on or today)
        end, evaluation = probe.default_dates(week)
        return replace(probe, period_ends_on=self.period_ends_on or end,
                       evaluation_on=self.evaluation_on or evaluation)


def group_by_party(measures: tuple[AgreementMeasure, ...] | list[AgreementMeasure]
                   ) -> dict[PartyKey, list[AgreementMeasure]]:
    """Measures grouped as the template lists them: Kontaktlærer, Ledelse,
    Foresatte (one group per named guardian when named), Eleven, PPT,
    Helsesykepleier, Andre. Within a party, named groups in order of first use."""
    order = [Party.CONTACT_TEACHER, Party.LEADERSHIP, Party.GUARDIANS, Party.PUPIL, Party.PPT,
             Party.HEALTH_NURSE, Party.OTHER]
    groups: dict[PartyKey, list[AgreementMeasure]] = {}
    for party in order:
        for m in measures:
            if m.party is party and m.text.strip():
                key = (party, m.person.strip() if party in (Party.GUARDIANS, Party.OTHER)
                       else "")
                groups.setdefault(key, []).append(m)
    return groups


def measure_labels(measures, sub_goal_count: int) -> list[str]:
    """Seed 001 Vedlegg 3 ("DELMÅL 1; TILTAK A: Spesifiser ansvar for tiltak for
    kontaktlærer, ledelse, foresatte, elev og andre involverte parter."): the
    measures of each sub-goal are lettered A, B, C … in the order they stand.
    A tie to a sub-goal that no longer exists counts as no tie."""
    letters: dict[int, int] = {}
    labels = []
    for m in measures:
        goal = m.sub_goal
        if goal is None or not 0 <= goal < sub_goal_count:
            labels.append("")
            continue
        n = letters.get(goal, 0)
        letters[goal] = n + 1
        labels.append(translate("export", "Delmål %1 – tiltak %2").replace(
            "%1", str(goal + 1)).replace("%2", _letter(n)))
    return labels


def _letter(n: int) -> str:
    return chr(ord("A") + n) if n < 26 else f"{chr(ord('A') + n // 26 - 1)}{chr(ord('A') + n % 26)}"


def without_sub_goal(sub_goals: tuple[SubGoal, ...], measures: tuple[AgreementMeasure, ...],
                     row: int) -> tuple[tuple[SubGoal, ...], tuple[AgreementMeasure, ...]]:
    """Removes one sub-goal; its measures stay, untied, and the ties to later
    sub-goals move up with them."""
    def moved(m: AgreementMeasure) -> AgreementMeasure:
        if m.sub_goal is None or m.sub_goal < row:
            return m
        return replace(m, sub_goal=None if m.sub_goal == row else m.sub_goal - 1)
    return sub_goals[:row] + sub_goals[row + 1:], tuple(moved(m) for m in measures)


def role_in_print(role: str) -> str:
    """Roles print in lower case ("mor", "kontaktlærer", "rektor") except
    abbreviations ("PPT", "BUP", "PP-rådgiver")."""
    role = role.strip()
    if len(role) > 1 and role[:2].isupper():
        return role
    return role[:1].lower() + role[1:]


def interpreter_needs(people) -> str:
    """ "somali, for mor; arabisk, for far": who present needs an interpreter,
    by role (in lower case, as printed) or else by name."""
    lines = []
    for person in people:
        language = person.interpreter.strip()
        if language and person.name.strip():
            who = role_in_print(person.role) or person.name.strip()
            lines.append(translate("export", "%1, for %2").replace("%2", who).replace(
                "%1", language))
    return "; ".join(lines)


def measures_from_circle(circle: MeasureCircle) -> tuple[AgreementMeasure, ...]:
    """The tiltakssirkel's agreed measures (agreed, in progress) as agreement
    measures, in box order ("with one action" from the agreement editor)."""
    taken: list[AgreementMeasure] = []
    for box_id, entry in circle.measures():
        if entry.status in (MeasureStatus.AGREED, MeasureStatus.IN_PROGRESS):
            taken.append(_from_entry(entry, circle.box(box_id)))
    return tuple(taken)


def _from_entry(entry: CircleEntry, box) -> AgreementMeasure:
    """`why` (seed 004 tiltaksplan: hvorfor) is the risk the measure reduces or
    the resource it builds on, when the circle links one."""
    why = ""
    if entry.link_id is not None:
        try:
            why = box.entry(entry.link_id).text
        except KeyError:
            why = ""
    return AgreementMeasure(entry.text, entry.party or Party.OTHER, entry.person, why)


def freeze(draft: Agreement, today: date, week: SchoolWeek | None = None) -> Agreement:
    """Klar til signering: the draft becomes a frozen, numbered version.
    Refused (NotReady) with no participants or no measures."""
    if draft.status.frozen:
        raise FrozenAgreement(draft.status.value)
    problems = draft.problems()
    if problems:
        raise NotReady(problems)
    return replace(draft.with_default_dates(today, week), status=AgreementStatus.READY,
                   frozen_on=today)


def sign(agreement: Agreement, signatures: tuple[Signature, ...],
         declines: tuple[Decline, ...] = ()) -> Agreement:
    """Records who signed and who will not (a frozen version being signed only;
    a draft must be frozen first). The stored status follows the signing rule:
    signed when complete, otherwise still ready (an undo may also take
    signatures away again)."""
    if agreement.status not in (AgreementStatus.READY, AgreementStatus.SIGNED):
        raise AgreementError("only a version ready for signing can be signed")
    changed = replace(agreement, signatures=signatures, declines=declines)
    complete = changed.signing().state is SigningState.COMPLETE
    return replace(changed, status=AgreementStatus.SIGNED if complete else AgreementStatus.READY)


def new_version(agreement: Agreement, next_version: int) -> Agreement:
    """Editing a frozen version: a new draft prefilled from it (no signatures,
    the same agreement number). The old version stays as it is."""
    return replace(agreement, id=None, version=next_version, status=AgreementStatus.DRAFT,
                   signatures=(), declines=(), frozen_on=None, has_scan=False, created_at="")


def superseded(agreement: Agreement) -> Agreement:
    return replace(agreement, status=AgreementStatus.SUPERSEDED)


def evaluated(agreement: Agreement) -> Agreement:
    return replace(agreement, status=AgreementStatus.EVALUATED)


def upcoming_evaluation(agreements: list[Agreement]) -> date | None:
    """The earliest evaluation date of a frozen agreement not yet evaluated
    or superseded (overdue ones included: they still wait)."""
    dates = [a.evaluation_on for a in agreements
             if a.status in (AgreementStatus.READY, AgreementStatus.SIGNED) and a.evaluation_on]
    return min(dates) if dates else None


def party_participants(pupil: str, guardians: list[tuple[str, ...]],
                       team: list[tuple[str, str, Party]]) -> list[Participant]:
    """The case's people as possible participants: the pupil, each guardian
    (role = relation or "Foresatt"; a third item, when given, is the language
    the guardian needs an interpreter for), the team."""
    people = [Participant(pupil, translate("labels", "Elev"), Party.PUPIL)] if pupil.strip() \
        else []
    people += [Participant(g[0], g[1] or "Foresatt", Party.GUARDIANS,
                           g[2] if len(g) > 2 else "") for g in guardians if g[0].strip()]
    people += [Participant(n, r, p) for n, r, p in team if n.strip()]
    return people


