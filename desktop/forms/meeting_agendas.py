"""Agendas per meeting kind (kind "meeting_agenda", forms/moter/*.toml). No Qt.

An agenda is a list of items; each opens a section of the case in the context
of the running meeting. A broken file is reported with file and line and left
out; the other agendas still load. A local file with the same id replaces the
bundled one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.meetings import MeetingKind
from desktop.forms.loader import FormError, FormFile, FormProblem, line_of, load_forms
from desktop.paths import forms_dir

KIND = "meeting_agenda"
# The case page's sections an item may open (desktop/ui/sections/registry.py;
# tests/forms/test_meeting_agendas.py holds the two lists together).
SECTIONS = ("overview", "absence", "mapping", "circle", "plan", "agreements", "meetings", "log")


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: str
    title: str
    section: str
    help: str = ""


@dataclass(frozen=True, slots=True)
class Agenda:
    id: str
    version: int
    name: str
    kinds: tuple[MeetingKind, ...]
    items: tuple[AgendaItem, ...]

    def item(self, item_id: str) -> AgendaItem | None:
        return next((i for i in self.items if i.id == item_id), None)


def _item_line(form: FormFile, index: int) -> int | None:
    """The line of the index-th [[items]] table."""
    seen = -1
    for number, text in enumerate(form.text.splitlines(), start=1):
        if text.strip().startswith("[[items]]"):
            seen += 1
            if seen == index:
                return number
    return line_of(form.text, "items")


def validate_agenda(form: FormFile) -> None:
    data = form.data
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise FormError("missing or empty 'name'", form.line_of("name") or 1)
    kinds = data.get("meeting_kinds")
    codes = {k.value for k in MeetingKind}
    if (not isinstance(kinds, list) or not kinds
            or not all(isinstance(k, str) and k in codes for k in kinds)):
        raise FormError(f"'meeting_kinds' must be a list of {', '.join(sorted(codes))}",
                        form.line_of("meeting_kinds") or 1)
    items = data.get("items")
    if not isinstance(items, list) or not items:
        raise FormError("no [[items]]: an agenda needs at least one item", 1)
    seen: set[str] = set()
    for index, item in enumerate(items):
        line = _item_line(form, index)
        for key in ("id", "title", "section"):
            value = item.get(key)
            if not isinstance(value, str) or not value.strip():
                raise FormError(f"item {index + 1}: missing or empty '{key}'", line)
        if item["section"] not in SECTIONS:
            raise FormError(f"item '{item['id']}': unknown section '{item['section']}' "
                            f"(use {', '.join(SECTIONS)})", line)
        if not isinstance(item.get("help", ""), str):
            raise FormError(f"item '{item['id']}': 'help' must be a text", line)
        if item["id"] in seen:
            raise FormError(f"item id '{item['id']}' is used twice", line)
        seen.add(item["id"])


def agenda_from(form: FormFile) -> Agenda:
    data = form.data
    return Agenda(form.id, form.version, data["name"].strip(),
                  tuple(MeetingKind(k) for k in data["meeting_kinds"]),
                  tuple(AgendaItem(i["id"], i["title"].strip(), i["section"],
                                   i.get("help", "").strip()) for i in data["items"]))


def load_agendas(local: Path | None = None, bundled: Path | None = None
                 ) -> tuple[list[Agenda], list[FormProblem]]:
    """Every valid agenda (sorted by name) and the problems of the broken files."""
    forms = load_forms(bundled or forms_dir(), local, {KIND: validate_agenda})
    agendas = sorted((agenda_from(f) for f in forms.of_kind(KIND)), key=lambda a: a.name)
    problems = [p for p in forms.problems if "moter" in p.path.parts]
    return agendas, problems


def agenda_for(agendas: list[Agenda], kind: MeetingKind) -> Agenda | None:
    """The agenda a meeting of this kind follows by default."""
    return next((a for a in agendas if kind in a.kinds), None)
