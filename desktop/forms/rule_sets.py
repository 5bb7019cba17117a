"""Rule sets (kind "rule_set") in forms/rules/*.toml: validation with file and
line, and conversion to desktop.domain.absence_rules values."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from desktop.domain.absence_rules import (
    DEFAULT_EVALUATION_WEEKS,
    DEFAULT_OUTCOMES,
    EVENT_KINDS,
    EXCLUSIONS,
    METRICS,
    NEXT_PHASE,
    OPS,
    OUTCOME_IDS,
    Condition,
    EventRule,
    OutcomeChoice,
    Phase,
    Rule,
    RuleSet,
    Task,
)
from desktop.domain.absence_windows import Window
from desktop.forms.loader import FormError, FormFile, FormProblem, load_forms
from desktop.paths import forms_dir

KIND = "rule_set"
DEFAULT_RULE_SET = "baerum"
# A window longer than ten school years, or a threshold beyond any count of
# days, lessons or per cents, is a typing error; unbounded, it overflows the
# date arithmetic when a case opens.
MAX_WINDOW = {"days": 3660, "weeks": 520, "months": 120, "school_days": 2000}
MAX_THRESHOLD = 100_000


def _line(form: FormFile, *where: str) -> int | None:
    """Line of `where` = ("rules", n) or ("rules", n, key): the key inside the
    n-th [[rules]] table (0-based), or ("key",) at the top level."""
    lines = form.text.splitlines()
    if not where or len(where) == 1:
        return form.line_of(*where) if where else None
    table, index, *key = where
    header = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
    starts = [n for n, text in enumerate(lines) if header.search(text)]
    if index >= len(starts):
        return None
    start = starts[index]
    if not key:
        return start + 1
    end = next((n for n in range(start + 1, len(lines)) if lines[n].lstrip().startswith("[")),
               len(lines))
    pattern = re.compile(rf"^\s*\"?{re.escape(key[0])}\"?\s*=")
    found = next((n for n in range(start, end) if pattern.search(lines[n])), start)
    return found + 1


def task_id(phase_id: str, text: str) -> str:
    """A task's stored id: the phase and a digest of its words. Reordering the
    list keeps the ticks; a task reworded is a new task (its old tick stays
    stored, but is not shown against words it was not given for)."""
    digest = hashlib.sha1(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()
    return f"{phase_id}.{digest[:10]}"


def _need_text(form: FormFile, table: dict, key: str, where: tuple) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise FormError(f"'{key}' must be a non-empty text", _line(form, *where, key))
    return value


def _window(form: FormFile, raw, where: tuple) -> Window:
    line = _line(form, *where, "window")
    if isinstance(raw, str):
        if raw not in ("calendar_month", "quarter", "term", "school_year", "all"):
            raise FormError(f"unknown window '{raw}' (calendar_month, quarter, term, "
                            "school_year, all, {days=N}, {weeks=N}, {months=N}, "
                            "{school_days=N})", line)
        return Window(raw)
    if isinstance(raw, dict) and len(raw) == 1:
        (kind, amount), = raw.items()
        if kind in MAX_WINDOW and isinstance(amount, int) \
                and not isinstance(amount, bool) and 0 < amount <= MAX_WINDOW[kind]:
            return Window(kind, amount)
    raise FormError("window must be calendar_month, quarter, term, school_year, all, "
                    "{days=N}, {weeks=N}, {months=N} or {school_days=N} with N > 0 and at most "
                    "3660 days, 520 weeks, 120 months or 2000 school days", line)


def rule_set_from_form(form: FormFile) -> RuleSet:
    """Raises FormError(message, line) for anything the engine could not use."""
    data = form.data
    name = _need_text(form, data, "name", ())
    raw_phases = data.get("phases")
    # A nynorsk twin shows its own words; a task's id comes from its bokmål words
    # at the same place, so ticks stored in either language stay ticks.
    original_phases = {p.get("id"): p for p in (form.original or {}).get("phases", [])
                       if isinstance(p, dict)}
    if not isinstance(raw_phases, list) or not raw_phases:
        raise FormError("at least one [[phases]] is needed", form.line_of("phases") or 1)
    phases, seen = [], set()
    for number, raw in enumerate(raw_phases):
        where = ("phases", number)
        if not isinstance(raw, dict):
            raise FormError("[[phases]] must be tables", _line(form, *where))
        phase_id = _need_text(form, raw, "id", where)
        if phase_id in seen:
            raise FormError(f"phase id '{phase_id}' used twice", _line(form, *where, "id"))
        seen.add(phase_id)
        tasks = raw.get("tasks", [])
        if not isinstance(tasks, list) or not all(isinstance(t, str) and t.strip()
                                                  for t in tasks):
            raise FormError("'tasks' must be a list of texts", _line(form, *where, "tasks"))
        source_tasks = original_phases.get(phase_id, {}).get("tasks")
        if not isinstance(source_tasks, list) or len(source_tasks) != len(tasks) \
                or not all(isinstance(t, str) for t in source_tasks):
            source_tasks = tasks
        phases.append(Phase(phase_id, _need_text(form, raw, "name", where),
                            _need_text(form, raw, "stafettholder", where),
                            tuple(Task(task_id(phase_id, source), t)
                                  for t, source in zip(tasks, source_tasks)),
                            str(raw.get("description", ""))))
    baseline = data.get("baseline")
    if not isinstance(baseline, str) or baseline not in seen:
        raise FormError("'baseline' must name one of the phases", form.line_of("baseline") or 1)
    rules, rule_ids = [], set()
    raw_rules = data.get("rules", [])
    if not isinstance(raw_rules, list):
        raise FormError("rules must be [[rules]] tables", form.line_of("rules"))
    for number, raw in enumerate(raw_rules):
        where = ("rules", number)
        if not isinstance(raw, dict):
            raise FormError("[[rules]] must be tables", _line(form, *where))
        rule_id = _need_text(form, raw, "id", where)
        if rule_id in rule_ids:
            raise FormError(f"rule id '{rule_id}' used twice", _line(form, *where, "id"))
        rule_ids.add(rule_id)
        metric = raw.get("metric")
        if not isinstance(metric, str) or metric not in METRICS:
            raise FormError(f"unknown metric '{metric}' (one of {', '.join(METRICS)})",
                            _line(form, *where, "metric"))
        op = raw.get("op")
        if not isinstance(op, str) or op not in OPS:
            raise FormError("op must be \">\" (more than) or \">=\" (… or more)",
                            _line(form, *where, "op"))
        threshold = raw.get("threshold")
        if not isinstance(threshold, (int, float)) or isinstance(threshold, bool) \
                or not 0 <= threshold <= MAX_THRESHOLD:
            raise FormError(f"threshold must be a number from 0 to {MAX_THRESHOLD}",
                            _line(form, *where, "threshold"))
        exclude = raw.get("exclude", [])
        if not isinstance(exclude, list) or not all(isinstance(e, str) for e in exclude) \
                or not set(exclude) <= EXCLUSIONS:
            raise FormError(f"exclude may hold only {', '.join(sorted(EXCLUSIONS))}",
                            _line(form, *where, "exclude"))
        phase = raw.get("phase")
        if not isinstance(phase, str) or phase not in seen:
            raise FormError(f"phase '{phase}' is not one of the [[phases]]",
                            _line(form, *where, "phase"))
        condition = Condition(metric, op, float(threshold),
                              _window(form, raw.get("window"), where), frozenset(exclude))
        rules.append(Rule(rule_id, _need_text(form, raw, "text", where), condition, phase,
                          bool(raw.get("contact", False))))
    run = data.get("continuous_illness_days", 3)
    if not isinstance(run, int) or isinstance(run, bool) or not 1 <= run <= 365:
        raise FormError("continuous_illness_days must be a whole number from 1 to 365",
                        form.line_of("continuous_illness_days"))
    weeks = data.get("evaluation_weeks", DEFAULT_EVALUATION_WEEKS)
    if not isinstance(weeks, int) or isinstance(weeks, bool) or not 1 <= weeks <= 12:
        raise FormError("evaluation_weeks must be a whole number from 1 to 12",
                        form.line_of("evaluation_weeks"))
    return RuleSet(form.id, form.version, name, tuple(phases), tuple(rules), baseline,
                   str(data.get("source", "")), run, _events(form, phases),
                   _outcomes(form), weeks)


def _outcomes(form: FormFile) -> tuple[OutcomeChoice, ...]:
    """[[evaluation_outcomes]]: id = ingen_videre | ny_avtale | videre, text = the words
    shown and printed. Without the table: Vedlegg 4's two (ingen_videre, ny_avtale)."""
    raw = form.data.get("evaluation_outcomes")
    if raw is None:
        return DEFAULT_OUTCOMES
    if not isinstance(raw, list) or not raw:
        raise FormError("evaluation_outcomes must be [[evaluation_outcomes]] tables",
                        form.line_of("evaluation_outcomes"))
    found, seen = [], set()
    for number, item in enumerate(raw):
        where = ("evaluation_outcomes", number)
        if not isinstance(item, dict):
            raise FormError("[[evaluation_outcomes]] must be tables", _line(form, *where))
        outcome_id = item.get("id")
        if outcome_id not in OUTCOME_IDS or outcome_id in seen:
            raise FormError(f"evaluation outcome id must be one of {', '.join(OUTCOME_IDS)}, "
                            "each once", _line(form, *where, "id"))
        seen.add(outcome_id)
        found.append(OutcomeChoice(outcome_id, _need_text(form, item, "text", where)))
    return tuple(found)


def _events(form: FormFile, phases: list[Phase]) -> tuple[EventRule, ...]:
    """[[events]]: on = one of EVENT_KINDS; phase + completes = the words of
    tasks in that phase (so a reworded task is caught here, not silently
    never ticked); propose = a phase id, "next" or nothing."""
    raw_events = form.data.get("events", [])
    if not isinstance(raw_events, list):
        raise FormError("events must be [[events]] tables", form.line_of("events"))
    by_id = {p.id: p for p in phases}
    result, seen = [], set()
    for number, raw in enumerate(raw_events):
        where = ("events", number)
        if not isinstance(raw, dict):
            raise FormError("[[events]] must be tables", _line(form, *where))
        kind = raw.get("on")
        if kind not in EVENT_KINDS:
            raise FormError(f"unknown event '{kind}' (one of {', '.join(EVENT_KINDS)})",
                            _line(form, *where, "on"))
        if kind in seen:
            raise FormError(f"event '{kind}' described twice", _line(form, *where, "on"))
        seen.add(kind)
        completes = raw.get("completes", [])
        if not isinstance(completes, list) or not all(isinstance(t, str) for t in completes):
            raise FormError("'completes' must be a list of task texts",
                            _line(form, *where, "completes"))
        task_ids = []
        if completes:
            phase = by_id.get(raw.get("phase"))
            if phase is None:
                raise FormError("'phase' must name the phase whose tasks 'completes' lists",
                                _line(form, *where, "phase"))
            for text in completes:
                words = " ".join(text.split()).casefold()
                task = next((t for t in phase.tasks
                             if " ".join(t.text.split()).casefold() == words), None)
                if task is None:
                    raise FormError(f"'{text}' is not a task of phase '{phase.id}'",
                                    _line(form, *where, "completes"))
                task_ids.append(task.id)
        propose = raw.get("propose", "")
        if propose and propose != NEXT_PHASE and propose not in by_id:
            raise FormError(f"propose must be a phase id or \"{NEXT_PHASE}\"",
                            _line(form, *where, "propose"))
        result.append(EventRule(kind, tuple(task_ids), propose))
    return tuple(result)


def validate_rule_set(form: FormFile) -> None:
    rule_set_from_form(form)


def load_rule_sets(local: Path | None = None,
                   bundled: Path | None = None) -> tuple[dict[str, RuleSet], list[FormProblem]]:
    """All valid rule sets by id, and the problems of the files left out."""
    forms = load_forms(bundled or forms_dir(), local, {KIND: validate_rule_set})
    sets = {f.id: rule_set_from_form(f) for f in forms.of_kind(KIND)}
    return sets, [p for p in forms.problems]
