"""Who a help text or a step's intro is for (forms: help_audience / intro_audience).
Coaching written for the adults is marked "voksen" and is not shown in meeting
mode; a conversation started before the marks existed hides all of it."""

from __future__ import annotations

import copy
import tomllib

from desktop.domain.conversations import Audience, guide_from_data, marks_audience
from desktop.forms.conversation_forms import load_conversation_forms
from desktop.paths import forms_dir
from desktop.services.return_point import ReturnPoint

GUIDE = forms_dir() / "kartlegging" / "samtaleguide.toml"


def _guide_data() -> dict:
    return tomllib.loads(GUIDE.read_text(encoding="utf-8"))


def test_the_coaching_in_the_bundled_forms_is_marked_for_the_adults():
    guides, _, forms = load_conversation_forms(forms_dir())
    assert forms.problems == []
    guide = guides[0]
    pupil_step = next(s for s in guide.steps if s.id == "eleven")
    assert pupil_step.intro.startswith("Snakk med eleven, ikke om eleven")
    assert not pupil_step.intro_for_family
    home = guide.question("elev_hjemme")
    assert "nysgjerrig, ikke anklagende" in home.help and not home.help_for_family
    # Every help and intro in the bundled forms says who it is for.
    for form in forms.of_kind("conversation"):
        for step in form.data["steps"]:
            assert "intro" not in step or step.get("intro_audience") == "voksen", step["id"]
            for question in step["questions"]:
                assert question.get("help_audience") == "voksen", question["id"]


def test_alle_is_shown_to_the_family_and_the_default_of_a_marked_form():
    data = _guide_data()
    step = data["steps"][2]
    step["intro_audience"] = "alle"
    del step["questions"][0]["help_audience"]
    guide = guide_from_data(data)
    assert guide.steps[2].intro_for_family
    assert guide.steps[2].questions[0].help_audience is Audience.ALL  # unmarked in a marked form
    assert guide.steps[2].questions[1].help_audience is Audience.ADULT


def test_a_snapshot_from_before_the_marks_hides_all_help_in_meeting_mode():
    """An old conversation keeps its own copy of the form, without marks."""
    data = copy.deepcopy(_guide_data())
    for step in data["steps"]:
        step.pop("intro_audience", None)
        for question in step["questions"]:
            question.pop("help_audience", None)
    assert not marks_audience(data)
    guide = guide_from_data(data)
    assert all(not q.help_for_family for _, q in guide.questions())
    assert all(not s.intro_for_family for s in guide.steps)


def test_the_return_point_holds_ids_only_and_reads_back():
    point = ReturnPoint("e52c63ecea57d50d9722553e", "absence", True)
    text = point.to_text()
    assert ReturnPoint.from_text(text) == point
    assert set(text) <= set('{}":, _-.' + "abcdefghijklmnopqrstuvwxyz0123456789")
    for bad in ("", "null", "[]", '{"case": "x y", "section": "absence", "meeting_mode": true}',
                '{"case": "abc", "section": "absence", "meeting_mode": "ja"}',
                '{"case": "abc"}', "ikke json ŋ", None):
        assert ReturnPoint.from_text(bad) is None, bad
