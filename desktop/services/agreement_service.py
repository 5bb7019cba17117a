"""Samarbeidsavtaler and their evaluations as the UI uses them: reads from the
case's AgreementRepository, writes every change through CaseSession.edit
(read-only refusal, autosave). No Qt.

Sub-goals from the opptrappingsplan: `plan_steps_provider` turns the case's
current plan into sub-goals (seed 002: the plan's steps are the agreement's
delmål); when the case has no plan the editor says so calmly.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Callable

from desktop.casefile.agreements_repo import AgreementRepository
from desktop.casefile.follow_up_repo import FollowUpRepository
from desktop.domain import agreements as rules
from desktop.domain.agreements import (
    Agreement,
    AgreementMeasure,
    AgreementStatus,
    Decline,
    Participant,
    Signature,
    SubGoal,
)
from desktop.domain.due_dates import DueDate
from desktop.domain.due_dates import due_dates as compute_due_dates
from desktop.domain.evaluations import Evaluation, Outcome, draft_after, finish, start_evaluation
from desktop.domain.language import translate
from desktop.domain.measure_circle import Party
from desktop.domain.meetings import interpreter_text
from desktop.domain.people import TeamRole
from desktop.domain.school_calendar import week_label
from desktop.domain.school_week import SchoolWeek
from desktop.services.case_session import CaseSession
from desktop.services.meeting_service import (
    WorkKind,
    app_today,
    attach_to_running,
    claim_for_running,
    meeting_of,
    relink,
    running_meeting,
)


def sub_goals_from_plan(session: CaseSession) -> list[SubGoal]:
    """The current opptrappingsplan's steps as sub-goals, with their dates."""
    from desktop.services.plan_service import current_plan_steps

    return [SubGoal(f"{step.title}: {step.description} Mål: {step.target:.0f} % av timene.",
                    f"{step.start:%d.%m.%Y}–{step.end:%d.%m.%Y} "
                    f"({week_label(step.start, step.end)})")
            for step in current_plan_steps(session)]


# A seam: tests may replace it.
plan_steps_provider: Callable[[CaseSession], list[SubGoal]] | None = sub_goals_from_plan

_ROLE_PARTY = {
    TeamRole.CONTACT_TEACHER: Party.CONTACT_TEACHER,
    TeamRole.LEADERSHIP: Party.LEADERSHIP,
    TeamRole.PRINCIPAL: Party.LEADERSHIP,
    TeamRole.DEPUTY: Party.LEADERSHIP,
    TeamRole.DEPARTMENT_HEAD: Party.LEADERSHIP,
    TeamRole.PPT: Party.PPT,
    TeamRole.HEALTH_NURSE: Party.HEALTH_NURSE,
}


class AgreementService:
    """One open case's agreements and evaluations."""

    def __init__(self, session: CaseSession, today: Callable[[], date] | None = None):
        self.session = session
        self.repo = session.repository(AgreementRepository)
        self.today = today or app_today
        self._meeting_of: dict[int, int | None] = {}  # removed drafts' meetings, for undo

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    # --- reading ---------------------------------------------------------------------
    def week(self) -> SchoolWeek:
        """The case's school weeks with the school calendar: what an agreement's
        period and evaluation date count."""
        return self.session.school_week()

    def outcome_choices(self) -> tuple:
        """The evaluation's conclusions under the case's rule set (OutcomeChoice:
        Vedlegg 4's two, and "videre" where the guide goes on to a next phase)."""
        return self._rule_set().evaluation_outcomes

    def _rule_set(self):
        from desktop.services.absence_register import AbsenceRegister

        return AbsenceRegister(self.session).rule_set()

    def agreements(self) -> list[Agreement]:
        return self.repo.agreements()

    def agreement(self, agreement_id: int) -> Agreement:
        return self.repo.agreement(agreement_id)

    def evaluations(self, agreement_id: int | None = None) -> list[Evaluation]:
        return self.repo.evaluations(agreement_id)

    def case_people(self) -> list[Participant]:
        """The pupil, each guardian (role: the relation, e.g. "Mor") and the team."""
        pupil = self.session.pupil()
        return rules.party_participants(
            pupil.name, [(g.name, g.relation,
                          g.interpreter_language.strip() if g.interpreter_needed else "")
                         for g in self.session.guardians()],
            [(m.name, _team_role_label(m.role), _ROLE_PARTY.get(m.role, Party.OTHER))
             for m in self.session.team()])

    def circle_measures(self) -> tuple[AgreementMeasure, ...]:
        """The tiltakssirkel's agreed measures (empty when the circle is unused)."""
        from desktop.services.circle_service import MeasureCircleService, circle_form
        try:
            form, _ = circle_form(None)
        except Exception:  # noqa: BLE001 - a broken circle form: nothing to take
            return ()
        return rules.measures_from_circle(MeasureCircleService(self.session, form).circle)

    def plan_steps(self) -> list[SubGoal] | None:
        """The current opptrappingsplan's steps, or None when the case has no plan."""
        if plan_steps_provider is None:
            return None
        return list(plan_steps_provider(self.session)) or None

    # --- writing ---------------------------------------------------------------------
    def new_draft(self) -> Agreement:
        number = self.repo.next_number()
        # The period (and the evaluation after it) as the case's rule set says: Bærum
        # three weeks, Oslo's example plan "innen to uker", Ørland about a month.
        draft = Agreement(number=number, version=1,
                          period_weeks=self._rule_set().evaluation_weeks
                          ).with_default_dates(self.today(), self.week())
        meeting = running_meeting(self.session)  # issue 13: made in the meeting, with its people
        if meeting is not None:
            draft = draft.edited(self.week(), participants=meeting.participants,
                                 place=meeting.place, interpreter=interpreter_text(meeting),
                                 held_on=meeting.held_at.date() if meeting.held_at else None)
        return self.session.edit(lambda: self._added(draft))

    def write(self, agreement: Agreement) -> None:
        """Stores a whole value (a draft edit, or an undo writing back the old value)."""
        self.session.edit(lambda: self._written(agreement))

    def remove_draft(self, agreement_id: int) -> Agreement:
        old = self.agreement(agreement_id)
        if old.status.frozen:
            raise rules.FrozenAgreement(old.status.value)
        self._meeting_of[agreement_id] = meeting_of(self.session, WorkKind.AGREEMENT,
                                                    agreement_id)
        self.session.edit(lambda: self._removed(agreement_id))
        return old

    def restore(self, agreement: Agreement) -> None:
        meeting_id = self._meeting_of.pop(agreement.id, None)  # issue 13: back in its meeting
        self.session.edit(lambda: (self.repo.restore_agreement(agreement), relink(
            self.session, WorkKind.AGREEMENT, agreement.id, meeting_id)))

    def freeze(self, agreement_id: int) -> Agreement:
        """Klar til signering. Raises NotReady (no participants / no measures).
        Earlier frozen versions of the same agreement become superseded."""
        frozen = rules.freeze(self.agreement(agreement_id), self.today(), self.week())

        def change() -> Agreement:
            for older in self.agreements():
                if (older.number == frozen.number and older.id != frozen.id
                        and older.status in (AgreementStatus.READY, AgreementStatus.SIGNED)):
                    self.repo.write_agreement(rules.superseded(older))
            attach_to_running(self.session, WorkKind.AGREEMENT, frozen.id)
            return self._written(frozen)
        return self.session.edit(change)

    def edit_frozen(self, agreement_id: int) -> Agreement:
        """A new draft version prefilled from a frozen one (which stays as it is)."""
        old = self.agreement(agreement_id)
        draft = rules.new_version(old, self.repo.next_version(old.number))
        return self.session.edit(lambda: self._added(draft))

    def sign(self, agreement_id: int, signatures: list[Signature] | tuple[Signature, ...],
             declines: list[Decline] | tuple[Decline, ...] = ()) -> Agreement:
        """Stores who signed and who will not; the status follows the signing
        rule (signed only when complete). An undo calls this with the old lists."""
        signed = rules.sign(self.agreement(agreement_id), tuple(signatures), tuple(declines))
        return self.session.edit(lambda: self._written(signed))

    def attach_scan(self, agreement_id: int, name: str, content: bytes) -> None:
        """A scan or photo of the signed paper, kept inside the encrypted case.
        The scan alone does not change who has signed: the section then asks
        the user to confirm, person by person, who signed on paper."""
        self.session.edit(lambda: self.repo.set_scan(agreement_id, name, content))

    def scan(self, agreement_id: int) -> tuple[str, bytes] | None:
        return self.repo.scan(agreement_id)

    # --- evaluation ---------------------------------------------------------------------
    def start_evaluation(self, agreement_id: int, party_label) -> Evaluation:
        existing = [e for e in self.evaluations(agreement_id) if not e.finished]
        if existing:
            if running_meeting(self.session) is not None and not self.read_only:
                self.session.edit(lambda: claim_for_running(
                    self.session, WorkKind.EVALUATION, existing[0].id))
            return existing[0]
        evaluation = start_evaluation(self.agreement(agreement_id), self.today(), party_label)
        meeting = running_meeting(self.session)  # issue 13: the meeting's present list
        if meeting is not None:
            evaluation = replace(evaluation, participants=meeting.participants)

        def change() -> Evaluation:
            added = self.repo.add_evaluation(evaluation)
            attach_to_running(self.session, WorkKind.EVALUATION, added.id)
            return added
        return self.session.edit(change)

    def write_evaluation(self, evaluation: Evaluation) -> None:
        self.session.edit(lambda: self.repo.write_evaluation(evaluation))

    def finish_evaluation(self, evaluation: Evaluation) -> Agreement | None:
        """Closes the evaluation; the agreement becomes evaluated. Outcome "ny
        avtale" returns the new draft prefilled from the old agreement."""
        done = finish(evaluation)
        old = self.agreement(done.agreement_id)

        def change() -> Agreement | None:
            self.repo.write_evaluation(done)
            self.repo.write_agreement(rules.evaluated(old))
            draft = None
            if done.outcome is Outcome.NEW_AGREEMENT:
                draft = self.repo.add_agreement(draft_after(
                    old, done, self.repo.next_version(old.number), self.today(), self.week()))
                attach_to_running(self.session, WorkKind.AGREEMENT, draft.id)
            return draft
        return self.session.edit(change)

    # --- internals (run inside session.edit) ---------------------------------------------
    def _added(self, agreement: Agreement) -> Agreement:
        added = self.repo.add_agreement(agreement)
        attach_to_running(self.session, WorkKind.AGREEMENT, added.id)
        return added

    def _written(self, agreement: Agreement) -> Agreement:
        self.repo.write_agreement(agreement)
        return agreement

    def _removed(self, agreement_id: int) -> None:
        self.repo.remove_agreement(agreement_id)


def due_dates(session: CaseSession, today: date | None = None) -> list[DueDate]:
    """What Oversikt lists under "Frister", earliest first: the same
    computation as the case list's "Neste frist" (CaseRepository.next_due)."""
    repo = session.repository(AgreementRepository)
    return compute_due_dates(repo.agreements(), repo.meetings(),
                             session.repository(FollowUpRepository).contacts(),
                             today or date.today())


def _team_role_label(role: TeamRole | None) -> str:
    labels = {TeamRole.CONTACT_TEACHER: "Kontaktlærer", TeamRole.PRINCIPAL: "Rektor",
              TeamRole.DEPUTY: "Inspektør", TeamRole.DEPARTMENT_HEAD: "Avdelingsleder",
              TeamRole.LEADERSHIP: "Skoleleder",
              TeamRole.SOCIAL_TEACHER: "Sosiallærer", TeamRole.PPT: "PPT",
              TeamRole.HEALTH_NURSE: "Helsesykepleier", TeamRole.BUP: "BUP",
              TeamRole.CHILD_WELFARE: "Barnevern", TeamRole.GP: "Fastlege",
              TeamRole.NAV: "NAV", TeamRole.LOS: "Los"}
    return translate("labels", labels.get(role, "")) if role else ""  # as the UI names them
