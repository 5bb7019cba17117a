"""The tiltakssirkel form: the bundled file is valid and has an example bank;
mistakes point at file and line; a local override works and a broken one
leaves the bundled form in use."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.forms.circle_form import BOX_IDS, load_circle_form, validate_circle
from desktop.forms.loader import FormError, read_form
from desktop.paths import forms_dir

BUNDLED = forms_dir() / "tiltakssirkel.toml"


def bundled_text() -> str:
    return BUNDLED.read_text(encoding="utf-8")


def check(tmp_path: Path, text: str) -> None:
    path = tmp_path / "tiltakssirkel.toml"
    path.write_text(text, encoding="utf-8")
    validate_circle(read_form(path))


def test_bundled_form_has_eight_boxes_with_examples():
    form, problems = load_circle_form(None)
    assert problems == [] and form.box_ids == list(BOX_IDS)
    assert form.start_box == "relasjon_voksne" and "voksne" in form.start_hint
    for box in form.boxes:
        assert len(box.examples["measures"]) >= 6, box.id
        assert box.examples["resources"] and box.examples["risks"], box.id
        assert box.questions, box.id


def line_number(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


@pytest.mark.parametrize("change, fragment, message", [
    (lambda t: t.replace('id = "fritid"', 'id = "hjemmeforhold"'), 'id = "hjemmeforhold"',
     "used twice"),
    (lambda t: t.replace('measures = [\n  "Foresatte lager', 'measures = [\n  3,\n  "Foresatte lager'),
     "measures = [", "list of texts"),
    (lambda t: t.replace('start_box = "relasjon_voksne"', 'start_box = "ukjent"'),
     "start_box", "not a box id"),
    (lambda t: t.replace('risks = [\n  "Sene kvelder', 'risiko = [\n  "Sene kvelder'),
     "risiko = [", "unknown example list"),
])
def test_a_mistake_gives_its_line(tmp_path, change, fragment, message):
    text = change(bundled_text())
    assert text != bundled_text()
    with pytest.raises(FormError) as caught:
        check(tmp_path, text)
    assert message in caught.value.message
    if fragment == 'id = "hjemmeforhold"':  # the second use is the one reported
        lines = [i for i, line in enumerate(text.splitlines(), 1) if fragment in line]
        assert caught.value.line == lines[1]
    else:
        assert caught.value.line == line_number(text, fragment)


def test_too_few_example_measures_is_refused(tmp_path):
    text = bundled_text()
    start = text.index('measures = [\n  "Foresatte lager')
    end = text.index("]", start)
    text = text[:start] + 'measures = ["Bare ett"]' + text[end + 1:]
    with pytest.raises(FormError) as caught:
        check(tmp_path, text)
    assert "at least 6" in caught.value.message
    assert caught.value.line == line_number(text, 'measures = ["Bare ett"]')


def test_local_override_wins_and_a_broken_one_is_reported(tmp_path):
    local = tmp_path / "forms"
    local.mkdir()
    (local / "sirkel.toml").write_text(
        bundled_text().replace('title = "Fritidsaktiviteter"', 'title = "Fritid og venner"'),
        encoding="utf-8")
    form, problems = load_circle_form(local)
    assert problems == [] and form.box("fritid").title == "Fritid og venner"

    (local / "sirkel.toml").write_text(
        bundled_text().replace('id = "fritid"', 'id = "fritid_ny"'), encoding="utf-8")
    form, problems = load_circle_form(local)
    assert form.box("fritid").title == "Fritidsaktiviteter"  # the bundled one is used
    [problem] = problems
    assert problem.path.name == "sirkel.toml" and "fritid" in problem.message
    assert problem.line is not None
