"""The tiltakssirkel form (kind "measure_circle"): boxes, guiding questions,
start hint and the example bank (seed 001, Vedlegg 1:2). No Qt.

Box ids are storage codes: a local override may change titles, questions and
examples, but must keep the eight ids the cases already use.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.forms.loader import FormError, FormFile, FormProblem, load_forms
from desktop.paths import forms_dir

KIND = "measure_circle"
FORM_ID = "tiltakssirkel"
BOX_IDS = ("hjemmeforhold", "fritid", "struktur_skole", "individuelle_faktorer",
           "relasjon_voksne", "relasjon_medelever", "mestring_skole", "foreldres_tillit")
EXAMPLE_KEYS = ("resources", "risks", "measures")
MIN_EXAMPLE_MEASURES = 6


@dataclass(frozen=True, slots=True)
class BoxSpec:
    id: str
    title: str
    questions: tuple[str, ...]
    examples: dict[str, tuple[str, ...]]  # "resources" / "risks" / "measures" → texts


@dataclass(frozen=True, slots=True)
class CircleForm:
    id: str
    version: int
    title: str
    goal: str
    start_hint: str
    start_box: str
    boxes: tuple[BoxSpec, ...]

    @property
    def box_ids(self) -> list[str]:
        return [b.id for b in self.boxes]

    def box(self, box_id: str) -> BoxSpec:
        for b in self.boxes:
            if b.id == box_id:
                return b
        raise KeyError(box_id)


def _box_line(form: FormFile, index: int, key: str | None = None) -> int | None:
    """Line of the index-th [[boxes]] table, or of `key` inside it."""
    lines = form.text.splitlines()
    seen = -1
    for number, line in enumerate(lines):
        if line.strip().startswith("[[boxes]]"):
            seen += 1
            if seen == index:
                if key is None:
                    return number + 1
                for later in range(number + 1, len(lines)):
                    stripped = lines[later].strip()
                    if stripped.startswith("[[boxes]]"):
                        break
                    if stripped.startswith(key + " ") or stripped.startswith(key + "=") \
                            or stripped == f"[boxes.{key}]":
                        return later + 1
                return number + 1
    return form.line_of("boxes")


def _text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def validate_circle(form: FormFile) -> None:
    """Raises FormError(message, line) for the first problem found."""
    data = form.data
    for key in ("title", "goal", "start_hint", "start_box"):
        if not _text(data.get(key)):
            raise FormError(f"missing or empty '{key}'", form.line_of(key) or 1)
    boxes = data.get("boxes")
    if not isinstance(boxes, list) or not boxes:
        raise FormError("no [[boxes]]", form.line_of("boxes") or 1)
    seen: list[str] = []
    for index, box in enumerate(boxes):
        box_id = box.get("id")
        if not _text(box_id):
            raise FormError("a box without 'id'", _box_line(form, index))
        if box_id in seen:
            raise FormError(f"box id '{box_id}' used twice", _box_line(form, index, "id"))
        seen.append(box_id)
        if not _text(box.get("title")):
            raise FormError(f"box '{box_id}' has no 'title'", _box_line(form, index))
        questions = box.get("questions", [])
        if not isinstance(questions, list) or not all(_text(q) for q in questions):
            raise FormError(f"box '{box_id}': 'questions' must be a list of texts",
                            _box_line(form, index, "questions"))
        examples = box.get("examples", {})
        if not isinstance(examples, dict):
            raise FormError(f"box '{box_id}': 'examples' must be a table",
                            _box_line(form, index, "examples"))
        for key, value in examples.items():
            if key not in EXAMPLE_KEYS:
                raise FormError(f"box '{box_id}': unknown example list '{key}' "
                                f"(use {', '.join(EXAMPLE_KEYS)})", _box_line(form, index, key))
            if not isinstance(value, list) or not all(_text(v) for v in value):
                raise FormError(f"box '{box_id}': '{key}' must be a list of texts",
                                _box_line(form, index, key))
        if len(examples.get("measures", [])) < MIN_EXAMPLE_MEASURES:
            raise FormError(f"box '{box_id}': at least {MIN_EXAMPLE_MEASURES} example measures "
                            "are needed", _box_line(form, index, "measures"))
    missing = [b for b in BOX_IDS if b not in seen]
    unknown = [b for b in seen if b not in BOX_IDS]
    if missing or unknown:
        detail = "; ".join(filter(None, [missing and "missing " + ", ".join(missing),
                                         unknown and "unknown " + ", ".join(unknown)]))
        raise FormError(f"the box ids must be the eight of the tiltakssirkel ({detail})",
                        form.line_of("boxes"))
    if data["start_box"] not in seen:
        raise FormError(f"start_box '{data['start_box']}' is not a box id",
                        form.line_of("start_box"))


def circle_form_from(form: FormFile) -> CircleForm:
    data = form.data
    boxes = tuple(
        BoxSpec(b["id"], b["title"], tuple(b.get("questions", [])),
                {k: tuple(b.get("examples", {}).get(k, [])) for k in EXAMPLE_KEYS})
        for b in data["boxes"])
    return CircleForm(form.id, form.version, data["title"], data["goal"], data["start_hint"],
                      data["start_box"], boxes)


def load_circle_form(local: Path | None = None,
                     bundled: Path | None = None) -> tuple[CircleForm, list[FormProblem]]:
    """The tiltakssirkel form (a valid local override wins) and the problems met.
    If even the bundled file is broken, raises FormError: the circle cannot be drawn."""
    forms = load_forms(bundled or forms_dir(), local, {KIND: validate_circle})
    problems = [p for p in forms.problems]
    form = forms.forms.get(FORM_ID)
    if form is None or form.kind != KIND:
        raise FormError("the tiltakssirkel form could not be loaded: "
                        + "; ".join(str(p) for p in problems))
    return circle_form_from(form), problems
