"""The conversation forms: every bundled guide loads and validates; a broken
form gives file and line and the others still load; a local form wins."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.domain.conversations import AnswerType
from desktop.forms.conversation_forms import load_conversation_forms
from desktop.paths import forms_dir
from desktop.services.conversation_service import ConversationForms

GUIDE = forms_dir() / "kartlegging" / "samtaleguide.toml"


def test_every_bundled_conversation_form_loads_and_validates():
    guides, boxes, forms = load_conversation_forms(forms_dir())
    assert forms.problems == []
    ids = [g.id for g in guides]
    assert ids[0] == "kartlegging_samtaleguide"  # the guide first, then the checklists
    assert set(ids) == {"kartlegging_samtaleguide", "sjekkliste_skolesituasjonen",
                        "sjekkliste_eleven", "sjekkliste_foresatte"}
    guide = guides[0]
    assert [s.id for s in guide.steps] == ["rammer", "apning", "eleven", "foresatte", "stotte",
                                          "veien_videre", "etter_motet"]
    assert [s.internal for s in guide.steps] == [False] * 6 + [True]
    types = {q.type for _, q in guide.questions()}
    assert types == set(AnswerType)  # every answer type is used somewhere
    assert all(q.help for g in guides for _, q in g.questions())
    assert {q.box for g in guides for _, q in g.questions() if q.box} <= set(boxes)
    for checklist in guides[1:]:
        assert checklist.checklist
        assert checklist.questions()[-1][1].text == "Forslag til tiltak"


def _copy_bundled(tmp_path: Path) -> Path:
    target = tmp_path / "forms"
    shutil.copytree(forms_dir(), target)
    return target


@pytest.mark.parametrize("old, new, line_text, words", [
    ('type = "scale"', 'type = "skala"', 'type = "skala"', "type must be one of"),
    ('help = """Hvorfor: trivsel er', 'hjelp = """Hvorfor: trivsel er', 'id = "elev_trivsel"',
     "'help' must be"),
    ('box = "mestring_skole"', 'box = "mestring"', 'box = "mestring"', "unknown tiltakssirkel box"),
    ('choices = ["Telefon", "Sms om praktiske ting", "Møte på skolen", "Flere av disse"]',
     'choices = ["Telefon"]', 'type = "choice"', "two or more"),
    ('id = "elev_venner"', 'id = "elev_trivsel"', 'id = "elev_trivsel"', "used twice"),
    ('intro_audience = "voksen"', 'intro_audience = "barn"', 'intro_audience = "barn"',
     "'intro_audience' must be one of"),
    ('help_audience = "voksen"', 'help_audience = "Voksen"', 'help_audience = "Voksen"',
     "'help_audience' must be one of"),
])
def test_a_broken_guide_names_file_and_line_and_the_others_still_load(
        tmp_path, old, new, line_text, words):
    bundled = _copy_bundled(tmp_path)
    path = bundled / "kartlegging" / "samtaleguide.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    guides, _, forms = load_conversation_forms(bundled)
    assert "kartlegging_samtaleguide" not in [g.id for g in guides]
    assert len(guides) == 3  # the checklists still work
    [problem] = forms.problems
    assert problem.path == path and words in problem.message
    lines = text.splitlines()
    assert problem.line is not None
    assert lines[problem.line - 1].strip() == line_text, str(problem)
    if "used twice" in words:  # the second use is the one reported
        assert problem.line > _first_line(text, line_text)
    assert f"samtaleguide.toml, line {problem.line}" in str(problem)


def _first_line(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.strip() == needle)


def test_a_syntax_error_in_a_checklist_gives_its_line(tmp_path):
    bundled = _copy_bundled(tmp_path)
    path = bundled / "kartlegging" / "sjekkliste_eleven.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[9] = 'text = "uten slutt'
    path.write_text("\n".join(lines), encoding="utf-8")
    guides, _, forms = load_conversation_forms(bundled)
    assert "sjekkliste_eleven" not in [g.id for g in guides] and len(guides) == 3
    assert forms.problems[0].line == 10


def test_a_local_form_with_the_same_id_overrides_the_bundled_one(tmp_path):
    local = tmp_path / "local"
    local.mkdir()
    text = GUIDE.read_text(encoding="utf-8").replace("version = 1", "version = 7", 1)
    text = text.replace('title = "Kartleggingssamtale med elev og foresatte"',
                        'title = "Vår egen samtaleguide – Guovdageaidnu"', 1)
    (local / "min_guide.toml").write_text(text, encoding="utf-8")
    forms = ConversationForms(local_dir=local)
    guide = next(g for g in forms.guides if g.id == "kartlegging_samtaleguide")
    assert guide.version == 7 and guide.title == "Vår egen samtaleguide – Guovdageaidnu"
    assert forms.problems == []
