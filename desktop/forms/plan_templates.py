"""Starting templates for a step of the opptrappingsplan (kind "plan_step",
forms/opptrapping/*.toml). No Qt. A broken template file is reported with its
line and the other templates still load."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.escalation_plan import PLACES, Cell, Step
from desktop.domain.school_week import WEEKDAY_NAMES
from desktop.forms.loader import FormError, FormFile, FormProblem, load_forms
from desktop.paths import forms_dir

KIND = "plan_step"
_TEXT_KEYS = ("title",)
_OPTIONAL_TEXT = ("arrival", "support", "escape_route", "note")


@dataclass(frozen=True, slots=True)
class StepTemplate:
    id: str
    version: int
    order: int
    step: Step  # id 0: the caller gives it a real id


def _grid_line(form: FormFile, day: str) -> int | None:
    return form.line_of(day) or form.line_of("grid")


def validate_step_template(form: FormFile) -> None:
    data = form.data
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise FormError("missing or empty 'title'", form.line_of("title") or 1)
    weeks = data.get("weeks", 2)
    if not isinstance(weeks, int) or isinstance(weeks, bool) or not 1 <= weeks <= 52:
        raise FormError("'weeks' must be a whole number from 1 to 52", form.line_of("weeks"))
    for key in _OPTIONAL_TEXT:
        if not isinstance(data.get(key, ""), str):
            raise FormError(f"'{key}' must be a text", form.line_of(key))
    if data.get("place", "klasserom") not in PLACES:
        raise FormError(f"'place' must be one of {', '.join(PLACES)}", form.line_of("place"))
    grid = data.get("grid")
    if not isinstance(grid, dict) or not grid:
        raise FormError("missing [grid]", form.line_of("grid") or 1)
    values = {c.value for c in Cell}
    for day, cells in grid.items():
        if day not in WEEKDAY_NAMES[:5]:
            raise FormError(f"unknown day '{day}' (use mandag … fredag)", _grid_line(form, day))
        if not isinstance(cells, list) or not all(c in values for c in cells):
            raise FormError(f"'{day}' must be a list of {', '.join(sorted(values))}",
                            _grid_line(form, day))


def template_from(form: FormFile) -> StepTemplate:
    data = form.data
    grid = {WEEKDAY_NAMES.index(day): tuple(Cell(c) for c in cells)
            for day, cells in data["grid"].items()}
    step = Step(0, data["title"].strip(), data.get("weeks", 2), grid, data.get("arrival", ""),
                data.get("place", "klasserom"), data.get("support", ""),
                data.get("escape_route", ""), {}, data.get("note", ""))
    return StepTemplate(form.id, form.version, int(data.get("order", 99)), step)


def load_step_templates(local: Path | None = None, bundled: Path | None = None
                        ) -> tuple[list[StepTemplate], list[FormProblem]]:
    forms = load_forms(bundled or forms_dir(), local, {KIND: validate_step_template})
    templates = [template_from(f) for f in forms.of_kind(KIND)]
    templates.sort(key=lambda t: (t.order, t.id))
    problems = [p for p in forms.problems if "opptrapping" in p.path.parts]
    return templates, problems
