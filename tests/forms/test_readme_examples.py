"""Every example in forms/README.md is a valid form: the test copies each ```toml block
that declares a `kind` into a local forms folder, loads it with the program's own
validators, and builds it the way the program does. The documentation cannot drift
from the code without this failing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.forms import (
    absence_patterns,
    agreement_templates,
    circle_form,
    conversation_forms,
    meeting_agendas,
    plan_templates,
    rule_sets,
    school_calendars,
)
from desktop.forms.loader import load_forms
from desktop.paths import forms_dir

README = Path(__file__).resolve().parents[2] / "forms" / "README.md"
BLOCKS = re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
EXAMPLES = [b for b in BLOCKS if re.search(r'^kind\s*=\s*"', b, re.M)]


def _box_ids() -> set[str]:
    return set(conversation_forms.tiltakssirkel_box_ids(load_forms(forms_dir())))


# kind → (folder in the local forms dir, validator, builder as the program calls it)
KINDS = {
    "conversation": ("kartlegging", lambda f: conversation_forms.validate_conversation(
        f, _box_ids()), lambda f: conversation_forms.guide_from_data(f.data)),
    "measure_circle": ("", circle_form.validate_circle, circle_form.circle_form_from),
    "rule_set": ("rules", rule_sets.validate_rule_set, rule_sets.rule_set_from_form),
    "plan_step": ("opptrapping", plan_templates.validate_step_template,
                  plan_templates.template_from),
    "document_templates": ("avtaler", agreement_templates.validate_templates,
                           agreement_templates.templates_from),
    "school_calendar": ("skoleruta", school_calendars.validate_school_calendar,
                        school_calendars.template_from),
    "meeting_agenda": ("moter", meeting_agendas.validate_agenda, meeting_agendas.agenda_from),
    "absence_patterns": ("", absence_patterns.validate_absence_patterns,
                         absence_patterns.settings_from),
}


def test_the_readme_has_an_example_of_every_kind():
    kinds = {re.search(r'^kind\s*=\s*"([^"]+)"', b, re.M).group(1) for b in EXAMPLES}
    assert kinds == set(KINDS), "forms/README.md and this test disagree on the kinds"


@pytest.mark.parametrize("block", EXAMPLES, ids=lambda b: re.search(
    r'^id\s*=\s*"([^"]+)"', b, re.M).group(1))
def test_each_readme_example_is_a_valid_form(block, tmp_path):
    kind = re.search(r'^kind\s*=\s*"([^"]+)"', block, re.M).group(1)
    assert kind in KINDS, f"no validator known for kind {kind!r}: add it to this test"
    folder, validate, build = KINDS[kind]
    target = (tmp_path / folder) if folder else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    names = {"measure_circle": "tiltakssirkel.toml", "absence_patterns": "monstre.toml"}
    path = target / names.get(kind, "example.toml")
    path.write_text(block, encoding="utf-8")
    forms = load_forms(forms_dir(), tmp_path, {kind: validate})
    assert [str(p) for p in forms.problems if p.path == path] == []
    form_id = re.search(r'^id\s*=\s*"([^"]+)"', block, re.M).group(1)
    form = forms.forms[form_id]
    assert form.local and form.kind == kind
    assert build(form) is not None
