"""Opptrappingsplaner as the UI (and the cooperation agreement) use them:
reads from the case's PlanRepository, writes every change through
CaseSession.edit (read-only refusal, autosave). No Qt. Plans are values: the
UI builds a changed EscalationPlan with the domain's methods and hands it here, so an
undo step is simply "write the plan as it was"."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from desktop.casefile.absence_repo import AbsenceRepository
from desktop.casefile.plan_repo import PlanRepository
from desktop.domain.escalation_plan import (
    Cell,
    Decision,
    EscalationPlan,
    HistoryEntry,
    RunStatus,
    Step,
    StepRun,
    WeekResult,
    empty_grid,
    fit_grid,
    registered_attendance,
    stepped_up,
    target_share,
    timeline,
    validate,
)
from desktop.domain.language import translate
from desktop.domain.school_week import SchoolWeek
from desktop.domain.wording import fill
from desktop.forms.loader import FormProblem, form_language
from desktop.forms.plan_templates import StepTemplate, load_step_templates
from desktop.paths import Paths
from desktop.services.case_session import CaseSession

_templates: dict[tuple[Path | None, str], tuple[list[StepTemplate], list[FormProblem]]] = {}


def step_templates(local: Path | None = None) -> tuple[list[StepTemplate], list[FormProblem]]:
    """The starting templates (forms/opptrapping), read once per local folder
    and form language."""
    key = (local, form_language())
    if key not in _templates:
        _templates[key] = load_step_templates(local)
    return _templates[key]


def local_forms_dir() -> Path:
    return Paths.resolve().config_dir / "forms"


@dataclass(frozen=True, slots=True)
class StepSummary:
    """One step as a sub-goal of the cooperation agreement (delmål)."""

    number: int
    title: str
    start: date
    end: date
    target: float  # share (0–100) of the week's lessons
    description: str  # one line: days, lessons, where, support
    status: str  # RunStatus value: planlagt / naa / fullfort / gjentatt / tilbake


class PlanService:
    """One open case's opptrappingsplaner."""

    def __init__(self, session: CaseSession):
        self.session = session
        self._repo = session.repository(PlanRepository)
        self._absence = session.repository(AbsenceRepository)

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    # --- reading ---------------------------------------------------------------------
    def week(self) -> SchoolWeek:
        """The case's school week and days off, with the school calendar."""
        return self.session.school_week()

    def plans(self) -> list[EscalationPlan]:
        return self._repo.plans()

    def plan(self, plan_id: int) -> EscalationPlan:
        return self._repo.get(plan_id)

    def find(self, plan_id: int | None) -> EscalationPlan | None:
        """The plan, or None when there is none with that id (undone)."""
        if plan_id is None:
            return None
        return next((p for p in self.plans() if p.id == plan_id), None)

    def current_plan(self) -> EscalationPlan | None:
        plans = self.plans()
        for plan in plans:
            if plan.current:
                return plan
        return plans[-1] if plans else None

    def history(self, plan_id: int) -> list[HistoryEntry]:
        return self._repo.history(plan_id)

    def timeline(self, plan: EscalationPlan, week: SchoolWeek | None = None) -> list[StepRun]:
        return timeline(plan, week or self.week(),
                        self.history(plan.id) if plan.id is not None else [])

    def target(self, step: Step) -> float:
        return target_share(step, self.week())

    def registered(self, run: StepRun, today: date | None = None) -> float | None:
        """Registered attendance over the run's days so far, if the absence
        register has data for them."""
        end = min(run.end, today or date.today())
        if end < run.start:
            return None
        return registered_attendance(self._absence.records(), self.week(), run.start, end)

    def draft(self) -> dict:
        """What was typed in the guided flow before the plan existed (goal, start, baseline)."""
        return self._repo.draft()

    def save_draft(self, **fields: str) -> None:
        if self.read_only or fields == self._repo.draft():
            return
        self.session.edit(lambda: self._repo.set_draft(
            {k: v for k, v in fields.items() if v}))

    def new_step(self, plan: EscalationPlan | None, title: str = "",
                 template: Step | None = None) -> Step:
        step_id = plan.next_step_id() if plan else 1
        week = self.week()
        if template is not None:
            return replace(template, id=step_id, grid=fit_grid(template.grid, week))
        return Step(step_id, title, 2, empty_grid(week))

    def duplicate_and_increase(self, plan: EscalationPlan,
                               step_id: int) -> tuple[EscalationPlan, Step]:
        """"Kopier til neste steg": the plan with a grown copy right after the step."""
        source = plan.step(step_id)
        copy = stepped_up(source, plan.next_step_id(), self.week())
        return plan.inserted(copy, plan.index_of(step_id) + 1), copy

    # --- writing ---------------------------------------------------------------------
    def write_plan(self, plan: EscalationPlan) -> EscalationPlan:
        """Stores the plan (new if id is None); refuses a plan the domain refuses
        (PlanError) before anything is written."""
        validate(plan)
        return self.session.edit(lambda: self._repo.write(plan))

    def remove_plan(self, plan_id: int) -> None:
        self.session.edit(lambda: self._repo.remove(plan_id))

    def make_current(self, plan_id: int) -> None:
        self.write_plan(replace(self.plan(plan_id), current=True))

    def set_cell(self, plan: EscalationPlan, step_id: int, day: int, lesson: int,
                 cell: Cell) -> EscalationPlan:
        step = plan.step(step_id)
        grid = fit_grid(step.grid, self.week())
        step = replace(step, grid=grid).with_cell(day, lesson, cell)
        return self.write_plan(plan.with_step(step))

    def record_week(self, plan: EscalationPlan, step_id: int, week_of: date, result: WeekResult,
                    note: str) -> HistoryEntry:
        entry = HistoryEntry(None, step_id, week_of, result=result, text=note.strip())
        return self.session.edit(lambda: self._repo.add_history(plan.id, entry))

    def decide(self, plan: EscalationPlan, step_id: int, on: date, decision: Decision,
               reason: str) -> HistoryEntry:
        entry = HistoryEntry(None, step_id, on, decision=decision, text=reason.strip())
        return self.session.edit(lambda: self._repo.add_history(plan.id, entry))


def _places() -> dict[str, str]:
    return {"klasserom": translate("export", "i klasserommet"),
            "grupperom": translate("export", "på grupperom"),
            "bibliotek": translate("export", "på biblioteket"),
            "hjemme": translate("export", "hjemme"), "annet": ""}


def _and_list(words: list[str]) -> str:
    """"mandag, onsdag og fredag"."""
    return (words[0] if len(words) == 1
            else ", ".join(words[:-1]) + translate("export", " og ") + words[-1])


def describe(step: Step) -> str:
    """The step as a sentence for the agreement's sub-goal (seed 002: the plan's steps
    are the agreement's delmål): "mandag, onsdag og fredag, 2 timer hver dag, på
    grupperom. En fast voksen tar imot eleven." In the current language (the
    weekday names and words translated by their bokmål source)."""
    from desktop.domain.school_week import WEEKDAY_NAMES

    days = step.days()
    per_day = {sum(1 for c in step.grid.get(d, ()) if c.present) for d in days}
    names = _and_list([translate("export", WEEKDAY_NAMES[d]) for d in days]) if days else ""
    if not days:
        when = translate("export", "ingen timer ennå")
    elif len(per_day) == 1:
        count = per_day.pop()
        when = (fill(translate("export", "%1, 1 time hver dag"), names) if count == 1
                else fill(translate("export", "%1, %2 timer hver dag"), names, count))
    else:
        when = fill(translate("export", "%1, %2 timer i uka"), names, step.lessons())
    where = _places().get(step.place, step.place)
    sentence = when + (f", {where}" if where else "") + "."
    support = step.support.strip()
    if support:
        sentence += " " + support[:1].upper() + support[1:] + ("" if support.endswith(".") else ".")
    return sentence


def current_plan_steps(session: CaseSession) -> list[StepSummary]:
    """The current plan's steps as sub-goals for the cooperation agreement, in
    plan order with their dates as they stand now (after repeats and steps
    back, each step at its latest run). Empty when the case has no plan."""
    service = PlanService(session)
    plan = service.current_plan()
    if plan is None:
        return []
    latest: dict[int, StepRun] = {}
    for run in service.timeline(plan):
        if run.status in (RunStatus.CURRENT, RunStatus.PLANNED) or run.step.id not in latest:
            latest[run.step.id] = run
        elif latest[run.step.id].status not in (RunStatus.CURRENT, RunStatus.PLANNED):
            latest[run.step.id] = run
    return [StepSummary(r.number, r.step.title, r.start, r.end, r.target, describe(r.step),
                        r.status.value)
            for r in sorted(latest.values(), key=lambda r: r.number)]


def today() -> date:
    from desktop.services import app_service as service
    return service.today()
