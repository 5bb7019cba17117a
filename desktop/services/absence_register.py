"""The application side of the absence register and the follow-up ladder:
what the Fravær, Oversikt and Logg sections call. Reads through the case's
repositories; every write goes through session.edit() (read-only refused,
autosave told) and refreshes the case summary the case list shows."""

from __future__ import annotations

from datetime import date

from desktop.casefile.absence_repo import AbsenceRepository
from desktop.casefile.agreements_repo import AgreementRepository
from desktop.casefile.conversations_repo import ConversationRepository
from desktop.casefile.follow_up_repo import FollowUpRepository
from desktop.domain.absence import AbsenceRecord
from desktop.domain.absence_rules import (
    AbsenceIndex,
    Evaluation,
    Phase,
    RuleSet,
    evaluate,
    evaluate_records,
)
from desktop.domain.absence_totals import WindowTotals, totals
from desktop.domain.follow_up import Contact, Handover, PhaseDecision, current_holder
from desktop.domain.follow_up_events import (
    FollowUpEvent,
    Proposal,
    current_phase,
    events_of,
    proposal,
    ticked_by_events,
)
from desktop.domain.school_week import SchoolWeek
from desktop.forms.loader import FormProblem
from desktop.forms.rule_sets import DEFAULT_RULE_SET, load_rule_sets
from desktop.services import absence_config as config

_loaded = config.per_configuration(load_rule_sets)
FIGURES = "absence.figures"  # CaseSession.computing(): figures of the register on a worker


def rule_sets() -> dict[str, RuleSet]:
    """The valid rule sets (bundled, with local overrides), read once per configuration."""
    return _loaded()[0]


def rule_set_problems() -> list[FormProblem]:
    """Rule files that could not be used (other kinds of form report elsewhere)."""
    local = config.local_forms
    return [p for p in _loaded()[1] if p.path.parent.name == "rules"
            or (local is not None and p.path.is_relative_to(local))]


def today() -> date:
    from desktop.services import app_service as service
    return service.today()


class AbsenceRegister:
    """One open case's absence, ladder, contact log and stafettholder."""

    def __init__(self, session):
        self.session = session
        self.repo: AbsenceRepository = session.repository(AbsenceRepository)
        self.follow: FollowUpRepository = session.repository(FollowUpRepository)
        # The phase in the case list also follows events written elsewhere
        # (an evaluation in Avtaler): brought up to date before every save.
        session.before_save("absence.phase", self._summary_before_save)

    # --- records ------------------------------------------------------------------------
    def records(self) -> list[AbsenceRecord]:
        return self.repo.records()

    def add_records(self, records: list[AbsenceRecord]) -> list[AbsenceRecord]:
        return self._edit(lambda: [self.repo.add(r) for r in records])

    def add_records_in_part(self, records: list[AbsenceRecord]) -> list[AbsenceRecord]:
        """One part of a long import: stored, but the case summary (which evaluates
        every rule over every record) is refreshed once, by refresh_after_import()."""
        return self.session.edit(lambda: [self.repo.add(r) for r in records])

    def refresh_after_import(self) -> None:
        self.session.edit(self._refresh_summary)

    def record_count(self) -> int:
        return self.repo.count()

    def figures_arrived(self) -> None:
        """Figures computed on a worker were adopted (services/absence_figures.py):
        the case list's phase is brought up to date from them, and saved if it
        changed."""
        label = phase_label(self.current_decision(), self.proposal())
        if label != self.repo.summary_phase() and not self.session.read_only:
            self.session.edit(self._refresh_summary)

    def update_record(self, record: AbsenceRecord) -> None:
        self._edit(lambda: self.repo.update(record))

    def remove_records(self, ids: list[int]) -> list[AbsenceRecord]:
        return self._edit(lambda: [self.repo.remove(i) for i in ids])

    def restore_records(self, records: list[AbsenceRecord]) -> None:
        self._edit(lambda: [self.repo.restore(r) for r in records])

    def duplicates(self, records: list[AbsenceRecord]) -> list[AbsenceRecord]:
        """The given records that are already in the register (same day and kind)."""
        known = {r.key() for r in self.records()}
        return [r for r in records if r.key() in known]

    # --- school week --------------------------------------------------------------------------
    def week(self) -> SchoolWeek:
        """The school week the figures count: the case's, with the school calendar."""
        return self.session.school_week()

    def own_week(self) -> SchoolWeek:
        """The case's own school week and days off (what "Skoleuke og fridager" edits)."""
        return self.repo.week()

    def set_week(self, week: SchoolWeek) -> None:
        self._edit(lambda: self.repo.set_week(week))

    # --- rule set -----------------------------------------------------------------------------
    def rule_set_override(self) -> str:
        return self.repo.setting("rule_set")

    def set_rule_set_override(self, rule_set_id: str) -> None:
        """"" follows the setting; an id fixes this case to that rule set."""
        self._edit(lambda: self.repo.set_setting("rule_set", rule_set_id))

    def rule_set(self) -> RuleSet:
        sets = rule_sets()
        for candidate in (self.rule_set_override(), config.chosen_rule_set(),
                          DEFAULT_RULE_SET):
            if candidate in sets:
                return sets[candidate]
        return next(iter(sets.values()))

    def evaluation(self, on: date | None = None) -> Evaluation:
        rule_set, week, day = self.rule_set(), self.week(), on or today()
        return self.session.memo("absence.evaluation", (rule_set, week, day),
                                 lambda: evaluate_records(rule_set, self.records(), week, day))

    def every_rule_set(self, on: date | None = None) -> list[Evaluation]:
        """What each bundled or local rule set would say for this pupil (the case's own
        first), from one index of the records: a PPT office serving several
        municipalities, or a school comparing its routine with its neighbours'."""
        index = AbsenceIndex.build(self.records(), self.week(), on or today())
        mine = self.rule_set().id
        sets = sorted(rule_sets().values(), key=lambda s: (s.id != mine, s.name))
        return [evaluate(rule_set, index) for rule_set in sets]

    def totals(self, on: date | None = None) -> list[WindowTotals]:
        return totals(self.records(), self.week(), on or today())

    # --- decisions and tasks --------------------------------------------------------------------
    def decisions(self) -> list[PhaseDecision]:
        return self.follow.decisions()

    def current_decision(self) -> PhaseDecision | None:
        rule_set = self.rule_set()
        mine = [d for d in self.decisions() if d.rule_set_id == rule_set.id]
        return mine[-1] if mine else None

    def decide(self, phase_id: str, decided_on: date, decided_by: str,
               note: str = "") -> PhaseDecision:
        rule_set = self.rule_set()
        phase = rule_set.phase(phase_id)
        decision = PhaseDecision(None, decided_on, rule_set.id, rule_set.version, phase_id,
                                 phase.name if phase else phase_id, decided_by, note)
        return self._edit(lambda: self.follow.add_decision(decision))

    def remove_decision(self, decision_id: int) -> None:
        self._edit(lambda: self.follow.remove_decision(decision_id))

    def current_phase(self, evaluation: Evaluation | None = None) -> Phase:
        evaluation = evaluation or self.evaluation()
        return current_phase(evaluation.rule_set, evaluation, self.current_decision())

    def done_tasks(self) -> dict[str, date]:
        """Task id → the day it was done: ticked by hand or by an event."""
        done = self.follow.done_tasks(self.rule_set().id)
        for task_id, event in self.tasks_done_by_events().items():
            done.setdefault(task_id, event.on)
        return done

    def tasks_done_by_events(self) -> dict[str, FollowUpEvent]:
        return ticked_by_events(self.rule_set(), self.events())

    def set_task(self, task_id: str, done: bool) -> None:
        rule_set_id = self.rule_set().id
        self._edit(lambda: self.follow.set_task(rule_set_id, task_id, done, today()))

    # --- events and the proposed decision ----------------------------------------------------
    def events(self) -> list[FollowUpEvent]:
        """Contacts, held conversations, signed agreements and evaluation
        outcomes, derived from what the case stores (oldest first)."""
        agreements = self.session.repository(AgreementRepository)
        return events_of(self.contacts(), self.session.repository(ConversationRepository).list(),
                         agreements.agreements(), agreements.evaluations())

    def proposal(self, evaluation: Evaluation | None = None) -> Proposal | None:
        evaluation = evaluation or self.evaluation()
        return proposal(evaluation.rule_set, evaluation, self.events(), self.decisions())

    # --- stafettholder -------------------------------------------------------------------------
    def handovers(self) -> list[Handover]:
        return self.follow.handovers()

    def stafettholder(self) -> Handover | None:
        return current_holder(self.handovers())

    def hand_over(self, to_name: str, to_role: str, on: date, note: str = "") -> Handover:
        """The baton passes from the current holder (if any) to a named person."""
        holder = self.stafettholder()
        handover = Handover(None, on, to_name.strip(), to_role.strip(),
                            holder.to_name if holder else "", note.strip())
        return self._edit(lambda: self.follow.add_handover(handover))

    def remove_handover(self, handover_id: int) -> None:
        self._edit(lambda: self.follow.remove_handover(handover_id))

    def restore_handover(self, handover: Handover) -> None:
        self._edit(lambda: self.follow.restore_handover(handover))

    # --- contact log ------------------------------------------------------------------------------
    def contacts(self) -> list[Contact]:
        return self.follow.contacts()

    def add_contact(self, contact: Contact) -> Contact:
        return self._edit(lambda: self.follow.add_contact(contact))

    def update_contact(self, contact: Contact) -> None:
        self._edit(lambda: self.follow.update_contact(contact))

    def remove_contact(self, contact_id: int) -> Contact:
        return self._edit(lambda: self.follow.remove_contact(contact_id))

    def restore_contact(self, contact: Contact) -> None:
        self._edit(lambda: self.follow.restore_contact(contact))

    # --- summary ---------------------------------------------------------------------------
    def _edit(self, change):
        def run():
            result = change()
            self._refresh_summary()
            return result
        return self.session.edit(run)

    def _summary_before_save(self) -> None:
        # While a worker computes the rule evaluation (a long register) an
        # autosave does not compute it again on the UI thread: the worker's
        # result brings the phase up to date (figures_arrived), and a save at
        # close, lock or quit waits for it (CaseSession.save_now).
        if not self.session.is_computing(FIGURES):
            self._refresh_summary()

    def _refresh_summary(self) -> None:
        """The case list shows the decided phase, or the proposed one marked
        as such. (Its "Neste frist" is computed from the stored dates.)"""
        self.repo.set_summary(phase_label(self.current_decision(), self.proposal()))


def phase_label(decision: PhaseDecision | None, proposed: Proposal | None) -> str:
    """The case list's "Fase": "Fase 3 – Kartlegging, tiltak og evaluering",
    or "Fase 2 – Identifisering og kontakt (forslag)" while only proposed."""
    if decision is not None:
        return decision.phase_name
    return f"{proposed.phase.name} (forslag)" if proposed is not None else ""


def default_rule_set_name() -> str:
    sets = rule_sets()
    chosen = sets.get(config.chosen_rule_set()) or sets.get(DEFAULT_RULE_SET)
    return chosen.name if chosen else ""
