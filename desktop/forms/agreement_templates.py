"""Headings and fixed texts of the agreement, evaluation and minutes documents
(kind "document_templates", forms/avtaler/maler.toml). No Qt.

A local override with the same id may reword any text but must keep every key;
a broken override is reported and the bundled file is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.forms.loader import FormError, FormFile, FormProblem, form_language, load_forms
from desktop.paths import forms_dir

KIND = "document_templates"
FORM_ID = "avtalemaler"
REQUIRED: dict[str, tuple[str, ...]] = {
    "agreement": ("title", "intro", "place_date", "present", "long_term_goal", "sub_goals",
                  "sub_goals_hint", "measures", "measures_hint", "responsible_for", "why", "plan_b",
                  "plan_b_hint", "plan_b_responsible", "period", "period_text", "contact",
                  "contact_reminder", "next_meeting", "signatures", "signatures_hint"),
    "evaluation": ("title", "intro", "present", "goal", "sub_goals", "measures", "plan_b",
                   "outcome", "no_further", "new_agreement", "referral", "signatures"),
    "minutes": ("title", "present", "agenda", "notes", "decisions", "tasks", "next_meeting",
                "paper_reminder"),
}
# Placeholders a text must keep (a missing one would print "{party}" or lose a date).
PLACEHOLDERS = {("agreement", "responsible_for"): ("{party}",),
                ("agreement", "period_text"): ("{start}", "{end}", "{evaluation}")}


@dataclass(frozen=True, slots=True)
class Templates:
    id: str
    version: int
    agreement: dict[str, str]
    evaluation: dict[str, str]
    minutes: dict[str, str]


def validate_templates(form: FormFile) -> None:
    """Raises FormError(message, line) for the first problem found."""
    for part, keys in REQUIRED.items():
        table = form.data.get(part)
        if not isinstance(table, dict):
            raise FormError(f"missing table [{part}]", form.line_of(part) or 1)
        for key in keys:
            value = table.get(key)
            if not isinstance(value, str) or not value.strip():
                raise FormError(f"[{part}] missing or empty '{key}'",
                                form.line_of(part, key) or form.line_of(part))
        for (p, key), marks in PLACEHOLDERS.items():
            if p == part:
                for mark in marks:
                    if mark not in table[key]:
                        raise FormError(f"[{part}] '{key}' must contain {mark}",
                                        form.line_of(part, key))


def templates_from(form: FormFile) -> Templates:
    return Templates(form.id, form.version,
                     *(dict(form.data[part]) for part in ("agreement", "evaluation", "minutes")))


# Keyed by (local folder, form language): a nynorsk twin is another text.
_cache: dict[tuple[Path | None, str], tuple[Templates, list[FormProblem]]] = {}


def load_templates(local: Path | None = None, bundled: Path | None = None
                   ) -> tuple[Templates, list[FormProblem]]:
    """The templates (a valid local override wins) and the problems met. Raises
    FormError if even the bundled file is broken."""
    key = (local if bundled is None else None, form_language())
    if bundled is None and key in _cache:
        return _cache[key]
    forms = load_forms(bundled or forms_dir(), local, {KIND: validate_templates})
    problems = [p for p in forms.problems if p.path.suffix == ".toml"]
    form = forms.forms.get(FORM_ID)
    if form is None or form.kind != KIND:
        raise FormError("the agreement templates could not be loaded: "
                        + "; ".join(str(p) for p in problems))
    result = templates_from(form), problems
    if bundled is None:
        _cache[key] = result
    return result
