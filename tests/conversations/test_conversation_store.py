"""Conversations in the case file: answers with form id and version, tool data,
forslag til tiltak in the shared suggestion table, and an old conversation that
still reads after the form has changed."""

from __future__ import annotations

from datetime import date

from desktop.casefile.suggestions_repo import SuggestionRepository
from desktop.domain.conversation_tools import Tool
from desktop.domain.conversations import ConversationStatus, unanswered
from desktop.paths import forms_dir
from desktop.services.conversation_service import ConversationForms, Conversations
from tests.casefile.conftest import new_service

GUIDE_ID = "kartlegging_samtaleguide"


def _start(session, forms=None):
    forms = forms or ConversationForms()
    talks = Conversations(session)
    conv = talks.start(forms, GUIDE_ID, date(2026, 3, 12), ["Ánde Ŋuolla (far)", "Kari Lærer"])
    return talks, conv


def test_answers_are_stored_with_form_id_and_version_and_survive_reopening(service, data_dir):
    session = service.create_case("Máret Šiŋá")
    talks, conv = _start(session)
    talks.set_answer_field(conv.id, "elev_trivsel", "Hvordan har du det?",
                           value="Det er greit, men friminuttene er lange ŧ", pupil_voice=True)
    talks.set_answer_field(conv.id, "elev_trivsel_skala", "Skala", value="4")
    talks.set_answer_field(conv.id, "elev_mobbing", "Mobbing", skipped=True,
                           skip_reason="Tas i egen samtale")
    talks.set_tool_data(conv.id, Tool.SCALING, {"items": [{"label": "Morgenen", "value": 2}]})
    talks.add_suggestion(conv, "relasjon_voksne", "Fast voksen tar imot i døra", "Voksne")
    talks.set_step(conv.id, 3)
    talks.set_status(conv.id, ConversationStatus.PAUSED)
    service.close_case(session)

    reopened = new_service(data_dir).open_case(session.case_id)
    again = Conversations(reopened)
    [stored] = again.list()
    assert (stored.form_id, stored.form_version) == (GUIDE_ID, 1)
    assert stored.held_on == "2026-03-12" and stored.present == ("Ánde Ŋuolla (far)", "Kari Lærer")
    assert stored.status is ConversationStatus.PAUSED and stored.current_step == 3
    answers = again.answers(conv.id)
    assert answers["elev_trivsel"].pupil_voice
    assert answers["elev_trivsel"].value.endswith("ŧ")
    assert answers["elev_trivsel_skala"].value == "4"
    assert answers["elev_mobbing"].skipped and answers["elev_mobbing"].skip_reason
    assert again.tool_data(conv.id, Tool.SCALING)["items"][0]["value"] == 2
    [suggestion] = reopened.repository(SuggestionRepository).list(box_id="relasjon_voksne")
    assert suggestion.source_kind == "conversation" and suggestion.source_id == conv.id
    assert "12.03.2026" in suggestion.source_label
    guide = again.guide_of(stored)
    left = {q.id for _, q in unanswered(guide, answers)}
    assert "elev_trivsel" not in left and "elev_mobbing" not in left and "elev_venner" in left


def test_an_old_conversation_still_displays_after_the_form_changes(service, data_dir, tmp_path):
    session = service.create_case("Emil")
    talks, old = _start(session)
    talks.set_answer_field(old.id, "elev_venner", "Har du venner på skolen? Hvem er du sammen med?",
                           value="Sander og Áila")
    # The municipality rewrites the guide: version 2, a question reworded, one removed.
    local = tmp_path / "local"
    local.mkdir()
    text = (forms_dir() / "kartlegging" / "samtaleguide.toml").read_text(encoding="utf-8")
    text = text.replace("version = 1", "version = 2", 1)
    text = text.replace("Har du venner på skolen? Hvem er du sammen med?",
                        "Hvem er du mest sammen med?", 1)
    start = text.index('[[steps.questions]]\nid = "elev_onske"')
    end = text.index("[[steps]]", start)
    text = text[:start] + text[end:]
    (local / "guide.toml").write_text(text, encoding="utf-8")
    newer = ConversationForms(local_dir=local)
    new = talks.start(newer, GUIDE_ID, date(2026, 4, 2), [])
    service.close_case(session)

    again = Conversations(new_service(data_dir).open_case(session.case_id))
    conversations = {c.id: c for c in again.list()}
    old_guide = again.guide_of(conversations[old.id])
    new_guide = again.guide_of(conversations[new.id])
    assert conversations[old.id].form_version == 1 and conversations[new.id].form_version == 2
    assert old_guide.question("elev_onske") is not None  # removed since, still shown
    assert new_guide.question("elev_onske") is None
    assert old_guide.question("elev_venner").text.startswith("Har du venner")
    assert new_guide.question("elev_venner").text == "Hvem er du mest sammen med?"
    answer = again.answers(old.id)["elev_venner"]
    assert answer.question_text.startswith("Har du venner") and answer.value == "Sander og Áila"
