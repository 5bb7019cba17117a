"""The meeting as the hub, as a person uses it: start a meeting from Oversikt
(present and "meldt forfall" chosen once, nobody ticked by default), walk the
agenda rail by keyboard and mouse (Kartlegging and the agreement read the
running meeting), skip an item, end the meeting, see what was decided and the
drafted minutes, edit them, and print them for the guardians."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.meetings import AgendaState, MeetingKind, MeetingStatus
from desktop.domain.people import TeamMember, TeamRole
from desktop.services.agreement_service import AgreementService
from desktop.services.meeting_service import MeetingService
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    activate,
    choose,
    click,
    create_case,
    open_case_from_list,
    press,
    saved_pdf_text,
    shortcut,
    toggle,
    type_into,
    type_text,
    unlock,
    wait_saved,
)
from tests.ui.sections.agreements.agreement_helpers import (
    add_measure,
    add_tonje_people,
    end_meeting,
    open_section,
)


def tick(people, row: int) -> None:
    """Arrow to a person and tick with the space bar."""
    people.setFocus()
    people.setCurrentRow(row)
    press(people, Qt.Key.Key_Space)


def rows(people) -> list[str]:
    return [people.item(i).text() for i in range(people.count())]


def test_start_walk_the_agenda_and_end_a_meeting(qtbot, make_window, vault_dir, tmp_path):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Tonje Ánde")
    page = window.case_page
    session = page.session
    add_tonje_people(session)
    session.add_team_member(TeamMember(role=TeamRole.PPT, name="Per Ŋ. Hansen"))
    older = AgreementService(session).new_draft()  # from before, belongs to no meeting
    overview = page.sections.currentWidget()
    assert overview.objectName() == "overviewSection" and not page.rail.isVisible()

    # Start from Oversikt: a dialog with the kind, time, place and people.
    click(qtbot, overview.start_meeting_button)
    dialog = overview.start_dialog
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)  # a window manager does this; offscreen does not
    choose(qtbot, dialog.kind, "Kartleggingsmøte")
    assert dialog.agenda.currentText() == "Første møte: kartlegging og samarbeidsavtale"
    type_into(qtbot, dialog.place, "Møterom 2")
    present, absent = dialog.present, dialog.absent
    assert rows(present) == ["Tonje Ánde (Elev)", "Per Ánde (Far)", "Kari Ánde (Mor)",
                             "Siv Lund (Kontaktlærer)", "Ola Šára (Sosiallærer)",
                             "Per Ŋ. Hansen (PPT)"]
    # nobody is ticked: starting now is refused with a message, and the dialog stays
    click(qtbot, dialog.start_button)
    assert "Kryss av for hvem som er til stede" in dialog.error.text()
    assert dialog.isVisible() and MeetingService(session).running() is None
    for row in (0, 2, 3):
        tick(present, row)
    tick(absent, 5)  # PPT sent word
    tick(absent, 3)  # a slip: the teacher is here …
    assert present.item(3).checkState() == Qt.CheckState.Unchecked  # … so not both
    tick(present, 3)
    assert absent.item(3).checkState() == Qt.CheckState.Unchecked
    type_into(qtbot, dialog.add_name, "Berit Berg")
    press(dialog.add_name, Qt.Key.Key_Return)
    assert dialog.add_role.hasFocus()
    type_text(dialog.add_role, "Rek")  # roles are free text, the usual ones are offered
    assert dialog.add_role.completer().currentCompletion() == "Rektor"
    type_text(dialog.add_role, "tor")
    press(dialog.add_role, Qt.Key.Key_Return)
    assert rows(present)[-1] == "Berit Berg (Rektor)"
    assert present.item(6).checkState() == Qt.CheckState.Checked
    click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    running = MeetingService(session).running()
    assert (running.kind, running.place, running.agenda_id) == (
        MeetingKind.MAPPING, "Møterom 2", "forste_mote")
    present_names = ["Tonje Ánde", "Kari Ánde", "Siv Lund", "Berit Berg"]
    assert running.present_names() == present_names
    assert [p.name for p in running.absent] == ["Per Ŋ. Hansen"]
    rail = page.rail
    qtbot.waitUntil(rail.isVisible)
    assert rail.list.count() == 7 and "Kari Ánde" in rail.details.text()

    # Keyboard: down to the conversation and Enter; Kartlegging reads the meeting.
    rail.list.setFocus()
    press(rail.list, Qt.Key.Key_Home)
    press(rail.list, Qt.Key.Key_Down)
    assert "Eleven beskriver" in rail.help.text()
    press(rail.list, Qt.Key.Key_Return)
    mapping = page.sections.currentWidget()
    assert mapping.objectName() == "mappingSection"
    ticked = [mapping.present_list.item(i).text() for i in range(mapping.present_list.count())
              if mapping.present_list.item(i).checkState() == Qt.CheckState.Checked]
    assert ticked == ["Eleven (Tonje Ánde)", "Kari Ánde (Mor)", "Siv Lund (kontaktlærer)",
                      "Berit Berg"]
    assert mapping.date_edit.text() == date.today().strftime("%d.%m.%Y")
    assert rail.list.item(1).text().startswith("✓")

    # Mouse: skip the circle, then click the agreement item and open it.
    rail.list.setCurrentRow(2)
    click(qtbot, rail.skip_button)
    assert "hoppet over" in rail.list.item(2).text()
    item = rail.list.item(4)
    qtbot.mouseClick(rail.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rail.list.visualItemRect(item).center())
    assert rail.list.currentRow() == 4
    click(qtbot, rail.open_button)
    agreements = page.sections.currentWidget()
    assert agreements.objectName() == "agreementsSection"
    click(qtbot, agreements.new_button)
    # the agreement's "til stede" is the meeting's: PPT gets no signature line
    assert [p.name for p in agreements.editor.people.value()] == present_names
    assert agreements.current.place == "Møterom 2"
    add_measure(qtbot, agreements, "Kontaktlærer", "Møte Tonje i porten hver morgen")
    click(qtbot, agreements.freeze_button)
    # the signing item opens Avtaler on the agreement made in this meeting, not the old one
    agreements.list.setCurrentRow(0)
    assert agreements.current.id == older.id
    rail.list.setFocus()
    rail.list.setCurrentRow(5)
    press(rail.list, Qt.Key.Key_Return)
    assert (agreements.current.number, agreements.current.status.value) == (2, "klar")

    # End: one page of what was decided, and the minutes drafted from it.
    meetings, end = end_meeting(qtbot, page)
    summary = end.summary.toPlainText()
    assert "Samarbeidsavtale 2, versjon 1" in summary
    assert "Møte Tonje i porten hver morgen" in summary and "Kontaktlærer" in summary
    assert "ikke avtalt ennå" in summary
    drafted = end.decisions.toPlainText()
    assert "Samarbeidsavtale 2, versjon 1 (klar til signering)" in drafted
    assert "- Møte Tonje i porten hver morgen (ansvar: Kontaktlærer)" in drafted
    ended = MeetingService(session).meeting(running.id)
    assert ended.status is MeetingStatus.ENDED
    assert ended.item_state("tiltakssirkel") is AgendaState.SKIPPED
    assert "3. Tiltakssirkelen (hoppet over)" in ended.agenda
    assert ended.decisions == drafted

    # The draft is editable (and undoable like any typing).
    end.decisions.setFocus()
    end.decisions.moveCursor(end.decisions.textCursor().MoveOperation.End)
    type_text(end.decisions, "\nTonje velger selv hvem som tar imot.")
    stored = MeetingService(session).meeting(running.id).decisions
    assert stored.endswith("Tonje velger selv hvem som tar imot.")
    assert meetings.decisions.toPlainText() == stored

    text = saved_pdf_text(qtbot, meetings.output, meetings.document(), tmp_path / "referat.pdf")
    assert "Kartleggingsmøte" in text and "Møterom 2" in text and "Berit Berg" in text
    assert "Meldt forfall" in text and "Per Ŋ. Hansen" in text
    assert "Tonje velger selv" in text and "Møte Tonje i porten" in text
    click(qtbot, end.close_button)
    qtbot.waitUntil(lambda: not end.isVisible())

    case_id = session.case_id
    wait_saved(qtbot, window)
    shortcut(qtbot, window, Qt.Key.Key_L)  # lock: everything is on disk
    other = new_service(vault_dir)
    reopened = MeetingService(other.open_case(case_id))
    [stored_meeting] = reopened.meetings()
    assert stored_meeting.decisions.endswith("Tonje velger selv hvem som tar imot.")
    assert [p.name for p in stored_meeting.absent] == ["Per Ŋ. Hansen"]
    other.lock()


def test_start_from_moter_refuses_bad_input_and_the_rail_comes_back_after_reopening(
        qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Tonje Ánde")
    add_tonje_people(window.case_page.session)
    page = window.case_page
    meetings = open_section(qtbot, page, "meetings")
    click(qtbot, meetings.start_button)
    dialog = meetings.start_dialog
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    choose(qtbot, dialog.kind, "Evalueringsmøte")
    assert dialog.agenda.currentText() == "Evalueringsmøte"
    tick(dialog.present, 0)
    toggle(dialog.interpreter)
    assert dialog.language.isEnabled() and dialog.language.hasFocus()
    type_into(qtbot, dialog.language, "")  # no language: a message, and nothing starts
    click(qtbot, dialog.start_button)
    assert "språk" in dialog.error.text() and dialog.language.hasFocus()
    assert MeetingService(page.session).running() is None
    type_text(dialog.language, "tigrinja")
    choose(qtbot, dialog.for_whom, "Kari Ánde")
    dialog.start_button.setFocus()
    press(dialog.start_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    running = MeetingService(page.session).running()
    assert running.interpreter.language == "tigrinja"
    assert running.interpreter.for_whom == "Kari Ánde"
    assert page.rail.isVisible() and page.rail.list.count() == 5
    assert "Tolk: tigrinja, for Kari Ánde" in meetings.attendance.text()  # as on paper
    # a second meeting cannot start while this one runs
    click(qtbot, meetings.start_button)
    second = meetings.start_dialog
    qtbot.waitExposed(second)
    tick(second.present, 1)
    click(qtbot, second.start_button)
    assert "pågår allerede" in second.error.text()
    click(qtbot, second.buttons.button(second.buttons.StandardButton.Cancel))

    # Closed and opened again (a lock, a crash): the running meeting's rail is back.
    case_id = page.session.case_id
    wait_saved(qtbot, window)
    click(qtbot, page.back_button)
    qtbot.waitUntil(lambda: window.case_page is None)
    open_case_from_list(qtbot, window, case_id)
    qtbot.waitUntil(lambda: window.case_page is not None and window.case_page.rail.isVisible())
    assert window.case_page.rail.meeting.id == running.id
