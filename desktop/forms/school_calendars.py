"""Bundled school-calendar templates (kind "school_calendar", forms/skoleruta/*.toml):
examples of a school year's holidays that the user copies into the laptop's own
school calendar and corrects against the municipality's adopted skolerute. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.domain.school_calendar import MAX_ENTRIES, CalendarEntry, SchoolCalendar
from desktop.forms.loader import FormError, FormFile, FormProblem, load_forms
from desktop.paths import forms_dir

KIND = "school_calendar"
MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class CalendarTemplate:
    id: str
    version: int
    name: str
    school_year: str
    calendar: SchoolCalendar


def validate_school_calendar(form: FormFile) -> None:
    data = form.data
    for key in ("name", "school_year"):
        value = data.get(key, "")
        if not isinstance(value, str) or (key == "name" and not value.strip()):
            raise FormError(f"'{key}' must be a text", form.line_of(key) or 1)
    entries = data.get("entry")
    if not isinstance(entries, list) or not entries or len(entries) > MAX_ENTRIES:
        raise FormError(f"a school calendar needs 1 to {MAX_ENTRIES} [[entry]] tables",
                        form.line_of("entry") or 1)
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise FormError(f"entry {number} must be a table", form.line_of("entry"))
        first, last = entry.get("first"), entry.get("last", entry.get("first"))
        if not (isinstance(first, date) and isinstance(last, date)) or first > last \
                or (last - first).days > 366:
            raise FormError(f"entry {number}: 'first' and 'last' must be dates "
                            "(åååå-mm-dd), 'last' not before 'first', at most a year apart",
                            form.line_of("entry"))
        name = entry.get("name", "")
        if not isinstance(name, str) or len(name) > MAX_NAME:
            raise FormError(f"entry {number}: 'name' must be a short text", form.line_of("entry"))


def template_from(form: FormFile) -> CalendarTemplate:
    data = form.data
    entries = tuple(sorted((CalendarEntry(e["first"], e.get("last", e["first"]),
                                          e.get("name", "").strip())
                            for e in data["entry"]), key=lambda e: (e.first, e.last)))
    name = data["name"].strip()
    return CalendarTemplate(form.id, form.version, name, data.get("school_year", ""),
                            SchoolCalendar(entries, name))


def load_calendar_templates(local: Path | None = None, bundled: Path | None = None
                            ) -> tuple[list[CalendarTemplate], list[FormProblem]]:
    forms = load_forms(bundled or forms_dir(), local, {KIND: validate_school_calendar})
    templates = sorted((template_from(f) for f in forms.of_kind(KIND)),
                       key=lambda t: (t.school_year, t.id))
    problems = [p for p in forms.problems if "skoleruta" in p.path.parts]
    return templates, problems
