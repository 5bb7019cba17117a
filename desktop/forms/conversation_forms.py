"""The schema check for conversation forms (kind "conversation": the guide and
the three checklists in forms/kartlegging/). Raises FormError with the line."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.conversations import AnswerType, Audience, Guide, guide_from_data
from desktop.forms.circle_form import KIND as CIRCLE_KIND
from desktop.forms.circle_form import validate_circle
from desktop.forms.loader import FormError, FormFile, FormSet, load_forms

KIND = "conversation"
_TYPES = {t.value for t in AnswerType}
_AUDIENCES = sorted(a.value for a in Audience)


def _text(form: FormFile, table: dict, key: str, where: str, *path: str) -> None:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise FormError(f"{where}: '{key}' must be a non-empty text",
                        form.line_of(*path, key) or 1)


def _audience(form: FormFile, table: dict, key: str, where: str, line: int | None) -> None:
    """`help_audience` / `intro_audience`: "alle" (the default) or "voksen"."""
    value = table.get(key)
    if value is not None and value not in _AUDIENCES:
        raise FormError(f"{where}: '{key}' must be one of {_AUDIENCES}, not {value!r}",
                        _key_after(form, line, key) or 1)


def validate_conversation(form: FormFile, box_ids: set[str] | None = None) -> None:
    data = form.data
    _text(form, data, "title", "form", "title")
    steps = data.get("steps")
    if not isinstance(steps, list) or not steps:
        raise FormError("a conversation needs at least one [[steps]]", form.line_of("kind"))
    step_ids: set[str] = set()
    question_ids: set[str] = set()
    for s_index, step in enumerate(steps, 1):
        sid = step.get("id")
        where = f"step {s_index}"
        if not isinstance(sid, str) or not sid:
            raise FormError(f"{where} has no id", _nth_table(form, "[[steps]]", s_index))
        if sid in step_ids:
            raise FormError(f"{where}: id '{sid}' used twice", _line_of_value(form, sid, 2))
        step_ids.add(sid)
        title = step.get("title")
        if not isinstance(title, str) or not title.strip():
            raise FormError(f"step '{sid}': 'title' must be a non-empty text",
                            _key_after(form, _line_of_value(form, sid), "title"))
        if not isinstance(step.get("internal", False), bool):
            raise FormError(f"step '{sid}': 'internal' must be true or false",
                            _line_of_value(form, sid))
        _audience(form, step, "intro_audience", f"step '{sid}'", _line_of_value(form, sid))
        questions = step.get("questions")
        if not isinstance(questions, list) or not questions:
            raise FormError(f"step '{sid}' has no [[steps.questions]]", _line_of_value(form, sid))
        for q_index, question in enumerate(questions, 1):
            qid = question.get("id")
            qwhere = f"step '{sid}', question {q_index}"
            if not isinstance(qid, str) or not qid:
                raise FormError(f"{qwhere} has no id", _line_after(form, sid, q_index))
            if qid in question_ids:
                raise FormError(f"question id '{qid}' used twice", _line_of_value(form, qid, 2))
            question_ids.add(qid)
            qline = _line_of_value(form, qid)
            for key in ("text", "help"):
                value = question.get(key)
                if not isinstance(value, str) or not value.strip():
                    raise FormError(f"question '{qid}': '{key}' must be a non-empty text",
                                    _key_after(form, qline, key))
            _audience(form, question, "help_audience", f"question '{qid}'", qline)
            kind = question.get("type")
            if kind not in _TYPES:
                raise FormError(f"question '{qid}': type must be one of {sorted(_TYPES)}, "
                                f"not {kind!r}", _key_after(form, qline, "type"))
            if kind == AnswerType.CHOICE.value:
                choices = question.get("choices")
                if (not isinstance(choices, list) or len(choices) < 2
                        or not all(isinstance(c, str) and c for c in choices)):
                    raise FormError(f"question '{qid}': a choice needs 'choices' (two or more texts)",
                                    _key_after(form, qline, "type"))
            box = question.get("box")
            if box is not None and (not isinstance(box, str)
                                    or (box_ids is not None and box not in box_ids)):
                raise FormError(f"question '{qid}': unknown tiltakssirkel box {box!r}",
                                _key_after(form, qline, "box"))


def _nth_table(form: FormFile, header: str, index: int) -> int | None:
    seen = 0
    for number, line in enumerate(form.text.splitlines(), 1):
        if line.strip().replace(" ", "") == header:
            seen += 1
            if seen == index:
                return number
    return None


def _line_of_value(form: FormFile, value: str, occurrence: int = 1) -> int | None:
    """Line of `id = "value"` (the nth occurrence)."""
    seen = 0
    for number, line in enumerate(form.text.splitlines(), 1):
        stripped = line.strip().replace(" ", "")
        if stripped == f'id="{value}"':
            seen += 1
            if seen == occurrence:
                return number
    return None


def _key_after(form: FormFile, start: int | None, key: str) -> int | None:
    """The line of `key =` at or after line `start`, before the next table; else `start`."""
    if start is None:
        return None
    lines = form.text.splitlines()
    for number in range(start - 1, len(lines)):
        stripped = lines[number].strip()
        if number > start - 1 and stripped.startswith("["):
            break
        if stripped.split("=")[0].strip() == key:
            return number + 1
    return start


def _line_after(form: FormFile, step_id: str, q_index: int) -> int | None:
    """The line of the q_index-th [[steps.questions]] after the step's id."""
    start = _line_of_value(form, step_id) or 1
    seen = 0
    for number, line in enumerate(form.text.splitlines()[start:], start + 1):
        if line.strip().replace(" ", "") == "[[steps.questions]]":
            seen += 1
            if seen == q_index:
                return number
    return start


def tiltakssirkel_box_ids(forms: FormSet) -> dict[str, str]:
    """{box id: title} from the measure circle form (kind "measure_circle").
    `forms` must have been loaded with the circle's validator (see
    circle_validators): its boxes are read as they are."""
    circle = forms.of_kind(CIRCLE_KIND)
    if not circle:
        return {}
    return {box["id"]: box["title"] for box in circle[0].data["boxes"]}


def circle_validators() -> dict:
    """Validators for reading the circle's boxes: a local tiltakssirkel.toml
    with `boxes = 5` is reported and left out, never iterated."""
    return {CIRCLE_KIND: validate_circle}


def load_conversation_forms(bundled: Path, local: Path | None = None
                            ) -> tuple[list[Guide], dict[str, str], FormSet]:
    """The conversation guides (sorted: the guide first, then the checklists),
    the tiltakssirkel boxes {id: title}, and the whole FormSet (for problems)."""
    boxes_only = load_forms(bundled, local, circle_validators())
    box_ids = tiltakssirkel_box_ids(boxes_only)
    forms = load_forms(bundled, local, validators={
        **circle_validators(),
        KIND: lambda form: validate_conversation(form, set(box_ids) or None)})
    guides = [guide_from_data(f.data) for f in forms.of_kind(KIND)]
    guides.sort(key=lambda g: (g.checklist, g.title))
    return guides, box_ids, forms
