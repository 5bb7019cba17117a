"""The pupil's voice when the pupil was not at the conversation: who gathered
it and when is recorded in the conversation, stored, shown under the title and
printed in the summary PDF.

Seed 002 kap. 2: "Dersom eleven ikke er til stede er det viktig at en voksen
har kartlagt elevens perspektiv og kan representere dette i møtet."
Seed 003: "Hvis det er krevende å få eleven til å delta i samtaler og møter
med skolen, er det likevel nødvendig at dere henter inn elevens stemme gjennom
noen som har en god og trygg relasjon til eleven." """

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.domain.conversations import voice_line
from desktop.domain.people import Guardian, TeamMember, TeamRole
from desktop.services.conversation_service import Conversations
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import click, create_case, press, shortcut, type_text, unlock
from tests.ui.sections.mapping.mapping_helpers import open_mapping


def test_who_gathered_the_pupils_voice_is_kept_shown_and_printed(qtbot, make_window,
                                                                 vault_dir, tmp_path):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Máret Šiŋá")
    session = window.case_page.session
    session.add_guardian(Guardian(name="Ánde Ŋuolla", relation="far"))
    session.add_team_member(TeamMember(role=TeamRole.CONTACT_TEACHER, name="Siv Lund"))
    case_id = session.case_id
    section = open_mapping(qtbot, window)
    # Only the father is at the conversation: the pupil is not ticked.
    section.present_list.setFocus()
    section.present_list.setCurrentRow(1)
    press(section.present_list, Qt.Key.Key_Space)
    click(qtbot, section.start_button)
    qtbot.waitUntil(lambda: section.view is not None and section.view.isVisible())
    view = section.view
    view.go_to(len(view.steps))  # the summary at the end of the conversation
    voice = view.summary.voice
    assert "Eleven var ikke med" in voice.hint.text()

    voice.by.setFocus()
    type_text(voice.by, "kontaktlærer")
    voice.on.setFocus()
    type_text(voice.on, "31.13.2027")
    press(voice.on, Qt.Key.Key_Return)
    assert "dd.mm.åååå" in voice.error.text()  # a day that is not a date: said, nothing lost
    assert voice.by.text() == "kontaktlærer"
    voice.on.selectAll()
    type_text(voice.on, "12.01.2027")
    press(voice.on, Qt.Key.Key_Return)
    assert voice.error.text() == ""
    stored = Conversations(session).get(view.conversation.id)
    assert (stored.voice_by, stored.voice_on) == ("kontaktlærer", "2027-01-12")
    assert view.details.text().endswith(" · Elevens stemme – samlet inn av kontaktlærer "
                                        "12.01.2027")

    # Undo takes the day back (the name typed stays), redo brings it again.
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert Conversations(session).get(view.conversation.id).voice_on == ""
    assert voice.on.text() == ""
    shortcut(qtbot, window, Qt.Key.Key_Y)
    assert voice.on.text() == "12.01.2027"

    call = view.summary.export_to(str(tmp_path / "samtale.pdf"))
    qtbot.waitUntil(lambda: call.done, timeout=10_000)
    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(BytesIO((tmp_path / "samtale.pdf").read_bytes())).pages)
    assert "Elevens stemme – samlet inn av kontaktlærer 12.01.2027." in text

    # After closing the case and opening it with a new program, it is still there.
    window.case_page.back_button.setFocus()
    press(window.case_page.back_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.case_page is None)
    other = new_service(vault_dir)
    reopened = other.open_case(case_id)
    [conversation] = Conversations(reopened).list()
    assert conversation.voice_line() == "Elevens stemme – samlet inn av kontaktlærer 12.01.2027"
    other.close_case(reopened)
    other.lock()


def test_the_line_is_empty_until_someone_is_named():
    assert voice_line("", "2027-01-12") == ""
    assert voice_line(" helsesykepleier ", "") == "Elevens stemme – samlet inn av helsesykepleier"


def test_the_pupil_counts_as_present_by_the_start_panels_label_or_by_name():
    from desktop.domain.conversations import Conversation
    from desktop.ui.sections.mapping.voice import pupil_was_present

    def held_with(*present: str) -> Conversation:
        return Conversation(1, "g", 1, "Samtale", "2027-01-14", present)

    assert pupil_was_present(held_with("Eleven (Máret Šiŋá)", "Ánde Ŋuolla (far)"))
    # a meeting's present list holds names
    assert pupil_was_present(held_with("Máret Šiŋá", "Kari"), "Máret Šiŋá")
    assert not pupil_was_present(held_with("Ánde Ŋuolla (far)"), "Máret Šiŋá")
