"""A full kartleggingssamtale with the bundled guide, by keyboard only: scale
answers, the pupil's own words, a forslag til tiltak tagged with a box, skip
with a reason, pause, close, reopen, resume; then what the disk holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.casefile.suggestions_repo import SuggestionRepository
from desktop.domain.conversations import ConversationStatus
from desktop.domain.people import Guardian
from desktop.services.conversation_service import Conversations
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    activate,
    create_case,
    open_case_from_list,
    press,
    type_text,
    unlock,
    wait_saved,
)
from tests.ui.sections.mapping.mapping_helpers import ctrl_enter, focused, open_mapping, tab_to

WORDS = "Det er greit, men friminuttene er lange. Áila er snill"
SUGGESTION = "Fast voksen tar imot i døra om morgenen"


def test_a_full_conversation_by_keyboard_pauses_and_resumes(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Máret Šiŋá")
    session = window.case_page.session
    session.add_guardian(Guardian(id=None, name="Ánde Ŋuolla", relation="far"))
    case_id = session.case_id
    section = open_mapping(qtbot, window)

    # Start: the date, who is present, the form (the guide comes first).
    press(section.conversation_list, Qt.Key.Key_Tab)  # list → (disabled resume) → date
    tab_to(section.date_edit)
    QTest.keyClick(section.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(section.date_edit, "12.03.2026")
    press(section.date_edit, Qt.Key.Key_Return)
    assert section.present_list.hasFocus()
    assert section.present_list.count() == 2  # the pupil and the guardian
    press(section.present_list, Qt.Key.Key_Down)
    assert section.present_list.currentRow() == 1
    # nobody is ticked until someone ticks them (issue 13): Space ticks both
    press(section.present_list, Qt.Key.Key_Space)
    press(section.present_list, Qt.Key.Key_Up)
    press(section.present_list, Qt.Key.Key_Space)
    tab_to(section.start_button)
    assert section.form_choice.currentText() == "Kartleggingssamtale med elev og foresatte"
    press(section.start_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: section.view is not None and section.view.isVisible())
    view = section.view
    assert view.step_label.text() == "Steg 1 av 8: Rammer og forberedelse"
    assert view.progress.value() == 1 and view.progress.maximum() == 8
    room = view.question_widget("rammer_rom_tid")
    assert room.editor.hasFocus()  # the first question is ready for typing

    # Step 1: type, then Ctrl+Enter moves on.
    type_text(room.editor, "Møterom 2, 45 minutter")
    ctrl_enter()
    assert view.step_label.text() == "Steg 2 av 8: Åpningen"
    assert view.progress.value() == 2
    type_text(focused(), "Bekymringen delt rolig")
    ctrl_enter()

    # Step 3, the pupil: the pupil's own words, help on demand, a forslag til tiltak.
    assert view.step_label.text() == "Steg 3 av 8: Spørsmål til eleven"
    well = view.question_widget("elev_trivsel")
    assert well.editor.hasFocus()
    type_text(well.editor, WORDS)
    tab_to(well.voice)
    press(well.voice, Qt.Key.Key_Space)
    assert well.badge.isVisible() and well.property("pupilVoice") is True
    tab_to(well.help_button)
    assert not well.help_text.isVisible()
    press(well.help_button, Qt.Key.Key_Space)
    assert well.help_text.isVisible() and "Hvorfor" in well.help_text.text()
    tab_to(well.suggest_button)
    press(well.suggest_button, Qt.Key.Key_Space)
    assert well.suggest_text.hasFocus()
    tab_to(well.box_choice, backwards=True)
    assert well.box_choice.value() == "individuelle_faktorer"  # the question's own box first
    press(well.box_choice, Qt.Key.Key_Home)
    while well.box_choice.value() != "relasjon_voksne":
        press(well.box_choice, Qt.Key.Key_Down)
    tab_to(well.suggest_text)
    type_text(well.suggest_text, SUGGESTION)
    press(well.suggest_text, Qt.Key.Key_Return)
    assert well.suggest_text.text() == ""
    assert SUGGESTION in well.suggestion_list.text()
    assert "Relasjon til voksne på skolen" in well.suggestion_list.text()

    # A scale answer: Tab to the spin box, type 4, Enter moves on.
    scale = view.question_widget("elev_trivsel_skala")
    tab_to(scale.editor)
    QTest.keyClick(scale.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(scale.editor, "4")
    press(scale.editor, Qt.Key.Key_F1)  # help on demand, without leaving the answer
    assert scale.help_text.isVisible() and scale.editor.hasFocus()
    press(scale.editor, Qt.Key.Key_Return)
    assert scale.editor.value() == 4 and not scale.editor.hasFocus()

    # Skip a question, with a reason.
    bullying = view.question_widget("elev_mobbing")
    tab_to(bullying.skip)
    press(bullying.skip, Qt.Key.Key_Space)
    assert bullying.skip_reason.isVisible() and bullying.skip_reason.hasFocus()
    type_text(bullying.skip_reason, "Tas i egen samtale med eleven")
    wait_saved(qtbot, window)
    activate(qtbot, window)

    # Pause: back to the list, which says where we stopped.
    tab_to(view.pause_button)
    press(view.pause_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: section.view is None)
    assert "pause, steg 3 av 8" in section.conversation_list.item(0).text()
    assert "12.03.2026" in section.conversation_list.item(0).text()

    # Close the case (Tilbake til sakslisten) and read what the disk holds.
    window.case_page.back_button.setFocus()
    press(window.case_page.back_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.case_page is None)
    other = new_service(vault_dir)
    stored_session = other.open_case(case_id)
    talks = Conversations(stored_session)
    [conversation] = talks.list()
    assert (conversation.form_id, conversation.form_version) == ("kartlegging_samtaleguide", 1)
    assert conversation.held_on == "2026-03-12"
    assert conversation.present == ("Eleven (Máret Šiŋá)", "Ánde Ŋuolla (far)")
    assert conversation.status is ConversationStatus.PAUSED and conversation.current_step == 2
    answers = talks.answers(conversation.id)
    assert answers["rammer_rom_tid"].value == "Møterom 2, 45 minutter"
    assert answers["elev_trivsel"].value == WORDS and answers["elev_trivsel"].pupil_voice
    assert answers["elev_trivsel"].question_text == "Hvordan har du det på skolen og på fritiden?"
    assert answers["elev_trivsel_skala"].value == "4"
    assert answers["elev_mobbing"].skipped
    assert answers["elev_mobbing"].skip_reason == "Tas i egen samtale med eleven"
    [suggestion] = stored_session.repository(SuggestionRepository).list()
    assert (suggestion.box_id, suggestion.text, suggestion.source_kind, suggestion.source_id) == (
        "relasjon_voksne", SUGGESTION, "conversation", conversation.id)
    other.close_case(stored_session)
    other.lock()

    # Reopen and resume: the same step, the same answers, the pupil's words marked.
    activate(qtbot, window)
    open_case_from_list(qtbot, window, case_id)
    section = open_mapping(qtbot, window)
    tab_to(section.conversation_list)
    press(section.conversation_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.view is not None and section.view.isVisible())
    view = section.view
    assert view.step_label.text() == "Steg 3 av 8: Spørsmål til eleven"
    well = view.question_widget("elev_trivsel")
    assert well.editor.toPlainText() == WORDS and well.badge.isVisible()
    assert view.question_widget("elev_trivsel_skala").editor.value() == 4
    assert view.question_widget("elev_mobbing").skip.isChecked()

    # On to the end: what is left unanswered is listed; the pupil's step is not in it.
    for _ in range(5):
        ctrl_enter()
    assert view.step_label.text() == "Steg 8 av 8: Oppsummering"
    left = [view.summary.unanswered.item(i).text() for i in range(view.summary.unanswered.count())]
    assert "Spørsmål til eleven: Har du venner på skolen? Hvem er du sammen med?" in left
    assert not any("Hvordan har du det på skolen og på fritiden?" in t for t in left)
    assert not any("Blir du plaget" in t for t in left)  # skipped with a reason
    assert any(SUGGESTION in view.summary.suggestions.item(i).text()
               for i in range(view.summary.suggestions.count()))
    # Enter on an unanswered question jumps to it.
    view.summary.unanswered.setFocus()
    view.summary.unanswered.setCurrentRow(left.index(
        "Spørsmål til eleven: Har du venner på skolen? Hvem er du sammen med?"))
    press(view.summary.unanswered, Qt.Key.Key_Return)
    assert view.step_label.text() == "Steg 3 av 8: Spørsmål til eleven"
    assert view.question_widget("elev_venner").editor.hasFocus()
    assert QApplication.focusWidget() is view.question_widget("elev_venner").editor
