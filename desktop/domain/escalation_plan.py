"""Opptrappingsplan (step-up plan): a long-term goal, a start date and ordered
steps, each a week grid of what the pupil takes part in (seed 002, "Tiltak" and
the case "Jens": five two-week steps from two one-to-one lessons three days a
week to full participation; seed 004, tilpassede dager and "skynd oss sakte").

Plain values, no Qt, no SQL. Dates are computed from the case's SchoolWeek, so
weeks without a single school day (holidays, days off) are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import Enum

from desktop.domain.school_calendar import (
    last_school_day_before,
    monday,
    next_school_day,
    school_day_on_or_after,
)
from desktop.domain.school_calendar import school_weeks_span as calendar_weeks_span
from desktop.domain.school_week import SchoolWeek


class Cell(str, Enum):
    """What the pupil does in one lesson of the week grid."""

    ATTEND = "deltar"
    SUPPORTED = "stotte"       # deltar med støtte
    ALTERNATIVE = "alternativ"  # alternativ arena
    NONE = "ikke"

    @property
    def present(self) -> bool:
        return self is not Cell.NONE


CELL_CYCLE = (Cell.ATTEND, Cell.SUPPORTED, Cell.ALTERNATIVE, Cell.NONE)
PLACES = ("klasserom", "grupperom", "bibliotek", "hjemme", "annet")
PARTIES = ("elev", "foresatte", "kontaktlaerer", "ledelse", "andre")


class PlanError(ValueError):
    """A plan the program refuses; `code` says which rule (the UI words it)."""

    MESSAGES = {
        "no_steps": "Planen må ha minst ett steg.",
        "zero_weeks": "Et steg må vare minst én uke.",
        "no_start": "Planen trenger en startdato.",
        "too_long": "Et steg kan vare høyst 52 uker.",
        "absurd_start": "Startdatoen må ligge mellom år 2000 og 2100.",
    }

    def __init__(self, code: str, step_title: str = ""):
        super().__init__(self.MESSAGES.get(code, code))
        self.code = code
        self.step_title = step_title


START_YEARS = (2000, 2100)  # a typo like 02.03.0226 must not become a plan

Grid = dict[int, tuple[Cell, ...]]  # weekday (0 = Monday) → one cell per lesson


def empty_grid(week: SchoolWeek, cell: Cell = Cell.NONE) -> Grid:
    return {day: (cell,) * len(subjects)
            for day, subjects in sorted(week.lessons.items()) if subjects}


def fit_grid(grid: Grid, week: SchoolWeek) -> Grid:
    """The grid reshaped to the school week: missing lessons are "ikke",
    lessons the week does not have are dropped."""
    fitted = {}
    for day, cells in empty_grid(week).items():
        have = grid.get(day, ())
        fitted[day] = tuple(have[i] if i < len(have) else Cell.NONE for i in range(len(cells)))
    return fitted


@dataclass(frozen=True, slots=True)
class Step:
    id: int
    title: str
    weeks: int = 2
    grid: Grid = field(default_factory=dict)
    arrival: str = ""
    place: str = "klasserom"
    support: str = ""
    escape_route: str = ""  # fluktrute: what the pupil may do when it gets too hard
    responsibilities: dict[str, str] = field(default_factory=dict)  # party → what they do
    note: str = ""
    best_interest: str = ""  # why a step at home or with fewer lessons is best for the pupil

    def with_cell(self, day: int, lesson: int, cell: Cell) -> "Step":
        cells = list(self.grid.get(day, ()))
        cells[lesson] = cell
        return replace(self, grid={**self.grid, day: tuple(cells)})

    def lessons(self) -> int:
        return sum(1 for cells in self.grid.values() for c in cells if c.present)

    def days(self) -> list[int]:
        return [day for day, cells in sorted(self.grid.items()) if any(c.present for c in cells)]


class BestInterest(str, Enum):
    """Why a step asks for a note of why it is in the pupil's best interest. Seed 000:
    decisions about pupils "skal ha elevens beste som grunnleggende hensyn"; seed 002:
    "hjemmeundervisning i de aller fleste tilfeller ikke anbefales som tiltak ved
    skolevegring" (it can keep the refusal going); seed 001: teaching at home "kan være
    med på å befeste fraværet"."""

    AT_HOME = "hjemme"  # the step's place is the pupil's home
    FEWER_LESSONS = "faerre_timer"  # fewer lessons than the step before it


def best_interest_reasons(plan: EscalationPlan, step: Step) -> tuple[BestInterest, ...]:
    """What about this step calls for a best-interest note (empty: none needed)."""
    reasons = []
    if step.place == "hjemme":
        reasons.append(BestInterest.AT_HOME)
    index = next((i for i, s in enumerate(plan.steps) if s.id == step.id), 0)
    if index > 0 and step.lessons() < plan.steps[index - 1].lessons():
        reasons.append(BestInterest.FEWER_LESSONS)
    return tuple(reasons)


def target_share(step: Step, week: SchoolWeek) -> float:
    """The attendance target: the share (0–100) of the week's lessons the pupil
    takes part in (deltar, med støtte or on an alternative arena)."""
    grid = fit_grid(step.grid, week)
    total = sum(len(cells) for cells in grid.values())
    present = sum(1 for cells in grid.values() for c in cells if c.present)
    return 100.0 * present / total if total else 0.0


def stepped_up(step: Step, new_id: int, week: SchoolWeek) -> Step:
    """"Kopier til neste steg": a copy of the step as the start of the next one, with
    one more lesson on each day already in use (the lesson after the last one
    taken part in), so the grid grows a little; the team adjusts it by hand."""
    grid = fit_grid(step.grid, week)
    grown = {}
    for day, cells in grid.items():
        cells = list(cells)
        present = [i for i, c in enumerate(cells) if c.present]
        nxt = (present[-1] + 1) if present else 0
        if nxt < len(cells) and (present or not step.days()):
            cells[nxt] = Cell.SUPPORTED if not present else cells[present[-1]]
        grown[day] = tuple(cells)
    return replace(step, id=new_id, title=step.title, grid=grown)


@dataclass(frozen=True, slots=True)
class EscalationPlan:
    id: int | None
    goal: str
    start: date | None
    steps: tuple[Step, ...] = ()
    current: bool = True
    baseline: str = ""  # the starting point: where the pupil is now
    created_at: str = ""

    def next_step_id(self) -> int:
        return max((s.id for s in self.steps), default=0) + 1

    def step(self, step_id: int) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)

    def index_of(self, step_id: int) -> int:
        return [s.id for s in self.steps].index(step_id)

    def with_step(self, step: Step) -> "EscalationPlan":
        return replace(self, steps=tuple(step if s.id == step.id else s for s in self.steps))

    def inserted(self, step: Step, index: int) -> "EscalationPlan":
        steps = list(self.steps)
        steps.insert(index, step)
        return replace(self, steps=tuple(steps))

    def without(self, step_id: int) -> "EscalationPlan":
        return replace(self, steps=tuple(s for s in self.steps if s.id != step_id))


def validate(plan: EscalationPlan) -> None:
    """Raises PlanError for a plan the program must not store."""
    if plan.start is None:
        raise PlanError("no_start")
    if not START_YEARS[0] <= plan.start.year <= START_YEARS[1]:
        raise PlanError("absurd_start")
    if not plan.steps:
        raise PlanError("no_steps")
    for step in plan.steps:
        if step.weeks < 1:
            raise PlanError("zero_weeks", step.title)
        if step.weeks > 52:
            raise PlanError("too_long", step.title)


def school_weeks_span(first: date, weeks: int, week: SchoolWeek) -> tuple[date, date]:
    """(first, last school day) of a step of `weeks` whole school weeks from `first`
    (see school_calendar.school_weeks_span)."""
    if weeks < 1:
        raise PlanError("zero_weeks")
    return calendar_weeks_span(first, weeks, week)


# --- follow-up and history ---------------------------------------------------------------


class WeekResult(str, Enum):
    REACHED = "naadd"
    PARTLY = "delvis"
    NOT_REACHED = "ikke_naadd"


class Decision(str, Enum):
    ADVANCE = "videre"   # to the next step
    REPEAT = "gjenta"    # the same step once more
    BACK = "tilbake"     # one step back


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One line of the plan's history; entries are only ever added. A week's
    follow-up has `result`; a decision has `decision`."""

    id: int | None
    step_id: int
    on: date
    result: WeekResult | None = None
    decision: Decision | None = None
    text: str = ""  # the note (follow-up) or the reason (decision)
    created_at: str = ""


class RunStatus(str, Enum):
    PLANNED = "planlagt"
    CURRENT = "naa"
    COMPLETED = "fullfort"
    REPEATED = "gjentatt"
    STEPPED_BACK = "tilbake"


@dataclass(frozen=True, slots=True)
class StepRun:
    """One stretch of time on one step: planned, current, or done in one of
    three ways. A repeated step appears twice; a step back adds a run of the
    earlier step."""

    step: Step
    number: int  # 1-based position of the step in the plan
    start: date
    end: date
    status: RunStatus
    target: float


def timeline(plan: EscalationPlan, week: SchoolWeek, history: list[HistoryEntry]) -> list[StepRun]:
    """The plan as it has run and will run: the decisions in the history (in
    date order) end runs; from the last one the current step and the rest are
    laid out with their planned weeks."""
    if not plan.steps or plan.start is None:
        return []
    runs: list[StepRun] = []
    index = 0
    cursor = plan.start
    ended = {Decision.ADVANCE: RunStatus.COMPLETED, Decision.REPEAT: RunStatus.REPEATED,
             Decision.BACK: RunStatus.STEPPED_BACK}
    decisions = sorted((h for h in history if h.decision is not None),
                       key=lambda h: (h.on, h.id or 0))
    for entry in decisions:
        if index >= len(plan.steps):
            break
        step = plan.steps[index]
        start = school_day_on_or_after(cursor, week)
        cursor = decision_takes_effect(entry.on, week)
        runs.append(StepRun(step, index + 1, start,
                            last_school_day_before(cursor, week, not_before=start),
                            ended[entry.decision], target_share(step, week)))
        if entry.decision is Decision.ADVANCE:
            index += 1
        elif entry.decision is Decision.BACK:
            index = max(0, index - 1)
    status = RunStatus.CURRENT
    for position in range(index, len(plan.steps)):
        step = plan.steps[position]
        start, end = school_weeks_span(cursor, step.weeks, week)
        runs.append(StepRun(step, position + 1, start, end, status, target_share(step, week)))
        status = RunStatus.PLANNED
        cursor = next_school_day(end, week)
    return runs


def decision_takes_effect(on: date, week: SchoolWeek) -> date:
    """The first day of the run a decision starts. A decision taken on a school
    day starts the new run that day, unless that day is the last school day of its
    week (the Friday follow-up): then the new run starts on the next school day, so
    a repeated step counts whole weeks from the Monday (a step back on Friday 29.01
    repeats two weeks from Monday 01.02 to Friday 12.02, not six school days)."""
    day = school_day_on_or_after(on, week)
    if day == on and not week.school_days(day + timedelta(days=1), monday(day) + timedelta(days=6)):
        return next_school_day(day, week)
    return day


def current_step(plan: EscalationPlan, week: SchoolWeek,
                 history: list[HistoryEntry]) -> Step | None:
    for run in timeline(plan, week, history):
        if run.status is RunStatus.CURRENT:
            return run.step
    return None


def planned_dates(plan: EscalationPlan, week: SchoolWeek) -> list[tuple[date, date]]:
    """Start and end of every step as planned (no history)."""
    return [(r.start, r.end) for r in timeline(plan, week, [])]


def registered_attendance(records, week: SchoolWeek, start: date, end: date) -> float | None:
    """Attendance (0–100) the absence register shows for a period, or None
    when the register has nothing in it (no data is not full attendance)."""
    inside = [r for r in records if start <= r.day <= end and r.is_absence]
    if not inside:
        return None
    school = sum(week.lessons_on(start + timedelta(days=n)) for n in range((end - start).days + 1))
    if not school:
        return None
    absent: dict[date, set[int]] = {}
    for record in inside:
        lessons = set(range(1, week.lessons_on(record.day) + 1)) if record.whole_day \
            else set(record.lessons)
        absent.setdefault(record.day, set()).update(lessons)
    missed = sum(len(v) for v in absent.values())
    return max(0.0, 100.0 * (school - missed) / school)
