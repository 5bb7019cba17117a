"""Municipal rule sets as plain values, and their evaluation over a case's
absence records. The rule texts and thresholds live in forms/rules/*.toml;
this module only knows the small condition vocabulary:

metric    what is counted per school day (see METRICS)
window    the period ending at the day evaluated: N days / weeks / months / school
          days, the calendar month or quarter, the school term or year, or all records
op        ">" (more than) or ">=" (… or more)
run       the metric "absent_days_in_a_row" is not a sum but the longest run of
          school days of whole-day absence inside the window (domain/absence_runs.py)
exclude   "settled" (avklart fravær) and "continuous_illness" (a run of whole
          days of illness; seed 004 does not count either)

A rule *fires* on the first school day on which its condition holds; it is
*active* when it holds on the reference day. The suggested phase is the
highest phase any fired rule points to. The program suggests; people decide.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate

from desktop.domain.absence import AbsenceRecord, Reason
from desktop.domain.absence_runs import Runs
from desktop.domain.absence_windows import Window
from desktop.domain.school_calendar import next_school_day, previous_school_day
from desktop.domain.school_week import SchoolWeek

# metric → what one school day contributes
METRICS = {
    "undocumented_lessons": "lessons of undocumented absence",
    "undocumented_occasions": "days with any undocumented absence",
    "documented_days": "whole days of documented absence",
    "absent_days": "whole days of absence, documented or not",
    "absence_occasions": "runs of whole days of absence: consecutive school days are one",
    "late_arrivals": "days with a late arrival",
    "left_school": "days the pupil left school during the day",
    "absence_share": "percent of the school lessons in the window missed",
    "sick_share": "percent of the school lessons in the window missed for illness",
    "absent_days_in_a_row": "the longest run of school days of whole-day absence in the "
                            "window (weekends and days off neither break nor count)",
}
RUN_METRIC = "absent_days_in_a_row"
SHARE_METRICS = frozenset({"absence_share", "sick_share"})
EXCLUSIONS = frozenset({"settled", "continuous_illness"})
OPS = frozenset({">", ">="})
@dataclass(frozen=True, slots=True)
class Condition:
    metric: str
    op: str
    threshold: float
    window: Window
    exclude: frozenset[str] = frozenset()

    def holds(self, value: float) -> bool:
        return value > self.threshold if self.op == ">" else value >= self.threshold


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    text: str
    condition: Condition
    phase: str  # a Phase.id of the same rule set
    contact: bool = False  # firing means: contact the home


@dataclass(frozen=True, slots=True)
class Task:
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Phase:
    id: str
    name: str
    stafettholder: str
    tasks: tuple[Task, ...] = ()
    description: str = ""


# What a person does that moves the follow-up (DESIGN §6, "events move the
# follow-up"): a contact with the home written in the log, a kartleggingssamtale
# held, an agreement signed, an evaluation closed with its outcome.
EVENT_KINDS = ("contact", "conversation", "agreement_signed", "evaluation.ingen_videre",
               "evaluation.ny_avtale", "evaluation.videre", "evaluation.henvisning")


@dataclass(frozen=True, slots=True)
class OutcomeChoice:
    """One conclusion an evaluation may reach under a rule set (its Outcome
    value and the words the rule set gives it)."""

    id: str  # ingen_videre | ny_avtale | videre (evaluations.Outcome values)
    text: str


# Seed 001 Vedlegg 4: "Det er ikke lenger behov for systematisk oppfølging av
# skolefravær." ELLER "Det utarbeides en ny samarbeidsavtale." A rule set whose guide
# also allows going further (Bærum fase 3 → fase 4) adds "videre".
OUTCOME_IDS = ("ingen_videre", "ny_avtale", "videre")
DEFAULT_OUTCOMES = (
    OutcomeChoice("ingen_videre", "Det er ikke lenger behov for systematisk oppfølging av "
                                  "skolefraværet."),
    OutcomeChoice("ny_avtale", "Det lages en ny samarbeidsavtale."),
)
DEFAULT_EVALUATION_WEEKS = 3
NEXT_PHASE = "next"  # "propose" may name a phase or the one above the current


@dataclass(frozen=True, slots=True)
class EventRule:
    """What one kind of event does in a rule set: the tasks it ticks and the
    phase decision it proposes (a phase id, NEXT_PHASE, or "" for none)."""

    on: str  # one of EVENT_KINDS
    completes: tuple[str, ...] = ()  # Task.id values
    propose: str = ""


@dataclass(frozen=True, slots=True)
class RuleSet:
    id: str
    version: int
    name: str
    phases: tuple[Phase, ...]  # in ladder order
    rules: tuple[Rule, ...]
    baseline: str  # the phase when no rule has fired
    source: str = ""
    continuous_illness_days: int = 3  # a run this long counts as continuous illness
    events: tuple[EventRule, ...] = ()
    evaluation_outcomes: tuple[OutcomeChoice, ...] = DEFAULT_OUTCOMES
    evaluation_weeks: int = DEFAULT_EVALUATION_WEEKS  # an agreement's default period

    def outcome_text(self, outcome_id: str) -> str:
        return next((o.text for o in self.evaluation_outcomes if o.id == outcome_id), "")

    def phase(self, phase_id: str) -> Phase | None:
        return next((p for p in self.phases if p.id == phase_id), None)

    def rank(self, phase_id: str) -> int:
        return next((i for i, p in enumerate(self.phases) if p.id == phase_id), -1)

    def on(self, kind: str) -> EventRule | None:
        return next((e for e in self.events if e.on == kind), None)


@dataclass(frozen=True, slots=True)
class RuleFiring:
    rule: Rule
    first_fired: date
    evidence: tuple[AbsenceRecord, ...]  # the records behind the first firing
    value: float  # the metric on the first firing day
    active: bool  # the condition also holds on the reference day


@dataclass(frozen=True, slots=True)
class Evaluation:
    rule_set: RuleSet
    reference: date
    firings: tuple[RuleFiring, ...]  # in order of first firing
    suggested: Phase

    @property
    def contact_due(self) -> bool:
        return any(f.rule.contact for f in self.firings)


def _sort_key(record: AbsenceRecord) -> tuple:
    return (record.day, not record.whole_day, record.lessons, record.documented,
            record.reason.value, record.reason_text, record.late_minutes,
            record.left_school, record.settled, record.id or 0)


@dataclass(slots=True)
class _Series:
    """Records by school day for one exclusion set; prefix sums per metric are
    computed when a rule first asks for that metric."""

    days: list[date]
    records: dict[date, list[AbsenceRecord]]
    week: SchoolWeek
    cumulative: dict[str, list[float]] = field(default_factory=dict)
    _run: Runs | None = None

    def sums(self, metric: str) -> list[float]:
        found = self.cumulative.get(metric)
        if found is None:
            if metric == "absence_occasions":
                values = self._occasion_starts()
            else:
                values = (_day_value(metric, self.records[day], self.week, day)
                          for day in self.days)
            found = self.cumulative[metric] = [0, *accumulate(values)]
        return found

    def _occasion_starts(self) -> list[int]:
        """1 on a day of whole-day absence that follows a school day without one: a
        run of absent school days (weekends and days off between do not break it)
        is one occasion, counted on its first day (Oslo's "enkeltdager")."""
        whole = {day for day in self.days if any(r.whole_day for r in self.records[day])}
        return [int(day in whole and previous_school_day(day, self.week) not in whole)
                for day in self.days]

    def longest_run(self, start: date, end: date) -> tuple[int, tuple[date, ...]]:
        """"N days in a row" (domain/absence_runs.py) inside [start, end]."""
        if self._run is None:
            self._run = Runs.of((day for day in self.days
                                 if any(r.whole_day for r in self.records[day])), self.week)
        return self._run.longest(start, end)


@dataclass(slots=True)
class AbsenceIndex:
    """The records of one case up to `reference`, prepared for fast window sums
    (prefix sums per metric). Build once, evaluate any number of rule sets."""

    records: list[AbsenceRecord]
    week: SchoolWeek
    reference: date
    _series: dict[tuple[frozenset[str], int], _Series] = field(default_factory=dict)
    _school_start: date = date.min
    _school_cum: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, records, week: SchoolWeek, reference: date) -> "AbsenceIndex":
        kept = sorted((r for r in records if r.day <= reference), key=_sort_key)
        return cls(kept, week, reference)

    def series(self, exclude: frozenset[str], illness_run: int) -> _Series:
        key = (exclude, illness_run if "continuous_illness" in exclude else 0)
        found = self._series.get(key)
        if found is None:
            found = self._series[key] = self._make_series(exclude, illness_run)
        return found

    def _make_series(self, exclude: frozenset[str], illness_run: int) -> _Series:
        skipped = _continuous_illness(self.records, self.week, illness_run) \
            if "continuous_illness" in exclude else set()
        by_day: dict[date, list[AbsenceRecord]] = {}
        for record in self.records:
            if "settled" in exclude and record.settled:
                continue
            if record.day in skipped and record.whole_day and record.reason is Reason.ILLNESS:
                continue
            by_day.setdefault(record.day, []).append(record)
        return _Series(sorted(by_day), by_day, self.week)

    def school_lessons(self, start: date, end: date) -> int:
        if not self._school_cum:
            self._build_school(start)
        if start < self._school_start:
            self._build_school(start)
        i = (start - self._school_start).days
        j = (end - self._school_start).days + 1
        return self._school_cum[j] - self._school_cum[i]

    def _build_school(self, start: date) -> None:
        first = min(start, self.records[0].day if self.records else start)
        first = min(first, self.reference - timedelta(days=400))
        count = (self.reference - first).days + 1
        values = (self.week.lessons_on(first + timedelta(days=n)) for n in range(count))
        self._school_start = first
        self._school_cum = [0, *accumulate(values)]

    def value(self, condition: Condition, end: date, illness_run: int) -> float:
        series = self.series(condition.exclude, illness_run)
        start, end = condition.window.bounds(end, self.week)
        i, j = bisect_left(series.days, start), bisect_right(series.days, end)
        if condition.metric == RUN_METRIC:
            return series.longest_run(start, end)[0]
        cum = series.sums(condition.metric)
        amount = cum[j] - cum[i]
        if condition.metric in SHARE_METRICS:
            if condition.window.kind == "all":
                start = self._first_day()
            school = self.school_lessons(start, end) if start <= end else 0
            return 100.0 * amount / school if school else 0.0
        return amount

    def _first_day(self) -> date:
        return self.records[0].day if self.records else self.reference

    def evidence(self, condition: Condition, end: date, illness_run: int) -> tuple:
        series = self.series(condition.exclude, illness_run)
        start, end = condition.window.bounds(end, self.week)
        if condition.metric == RUN_METRIC:
            run = series.longest_run(start, end)[1]
            return tuple(r for day in run for r in series.records[day] if r.whole_day)
        i, j = bisect_left(series.days, start), bisect_right(series.days, end)
        found = []
        for day in series.days[i:j]:
            found += [r for r in series.records[day] if _counts(r, condition.metric)]
        return tuple(found)


_LESSON_FILTERS = {
    "undocumented_lessons": lambda r: not r.documented,
    "absence_share": lambda r: True,
    "sick_share": lambda r: r.reason is Reason.ILLNESS,
}


def _day_value(metric: str, records: list[AbsenceRecord], week: SchoolWeek, day: date) -> int:
    """What one school day contributes to a metric (records of that day)."""
    select = _LESSON_FILTERS.get(metric)
    if select is not None:
        chosen = [r for r in records if select(r)]
        if not chosen:
            return 0
        school = week.lessons_on(day)
        if any(r.whole_day for r in chosen):
            return school
        if len(chosen) == 1:
            return len(set(chosen[0].lessons))
        return len({n for r in chosen for n in r.lessons})
    if metric == "undocumented_occasions":
        return int(any(r.is_absence and not r.documented for r in records))
    if metric == "documented_days":
        return int(any(r.whole_day and r.documented for r in records))
    if metric == "absent_days":
        return int(any(r.whole_day for r in records))
    if metric == "late_arrivals":
        return int(any(r.late_minutes > 0 for r in records))
    if metric == "left_school":
        return int(any(r.left_school for r in records))
    raise ValueError(metric)


def _counts(record: AbsenceRecord, metric: str) -> bool:
    if metric in ("undocumented_lessons", "undocumented_occasions"):
        return record.is_absence and not record.documented
    if metric == "documented_days":
        return record.whole_day and record.documented
    if metric in ("absent_days", "absence_occasions"):
        return record.whole_day
    if metric == "late_arrivals":
        return record.late_minutes > 0
    if metric == "left_school":
        return record.left_school
    if metric == "sick_share":
        return record.is_absence and record.reason is Reason.ILLNESS
    return record.is_absence


def _continuous_illness(records, week: SchoolWeek, run_length: int) -> set[date]:
    """Days in runs of at least `run_length` consecutive school days, each a
    whole day of illness (days off and weekends do not break a run)."""
    ill = sorted({r.day for r in records if r.whole_day and r.reason is Reason.ILLNESS})
    result: set[date] = set()
    run: list[date] = []
    for day in ill:
        if run and next_school_day(run[-1], week) != day:
            if len(run) >= run_length:
                result.update(run)
            run = []
        run.append(day)
    if len(run) >= run_length:
        result.update(run)
    return result


def evaluate(rule_set: RuleSet, index: AbsenceIndex) -> Evaluation:
    """Which rules fired, when first, on what evidence, and the suggested phase."""
    firings = []
    run = rule_set.continuous_illness_days
    for rule in rule_set.rules:
        condition = rule.condition
        series = index.series(condition.exclude, run)
        first = None
        for day in series.days:
            if condition.holds(index.value(condition, day, run)):
                first = day
                break
        # A share can also rise on a day without records (a day off in the window).
        active = condition.holds(index.value(condition, index.reference, run))
        if first is None and active and series.days:
            first = index.reference
        if first is None:
            continue
        firings.append(RuleFiring(rule, first, index.evidence(condition, first, run),
                                  index.value(condition, first, run), active))
    firings.sort(key=lambda f: (f.first_fired, rule_set.rank(f.rule.phase), f.rule.id))
    suggested = rule_set.phase(rule_set.baseline)
    for firing in firings:
        phase = rule_set.phase(firing.rule.phase)
        if phase is not None and rule_set.rank(phase.id) > rule_set.rank(suggested.id):
            suggested = phase
    return Evaluation(rule_set, index.reference, tuple(firings), suggested)


def evaluate_records(rule_set: RuleSet, records, week: SchoolWeek, reference: date) -> Evaluation:
    return evaluate(rule_set, AbsenceIndex.build(records, week, reference))
