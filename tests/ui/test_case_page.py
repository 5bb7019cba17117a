"""The case page: undo/redo with the keyboard, the birth-date check, the sections."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.ui.widgets.field_form import ChoiceBox
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    click,
    create_case,
    find,
    press,
    shortcut,
    type_into,
    type_text,
    unlock,
    wait_saved,
)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_new_case(qtbot, make_window, vault_dir, name: str):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, name)
    return window, window.case_page


def stored_pupil(vault_dir, case_id):
    service = new_service(vault_dir)
    try:
        session = service.open_case(case_id)
        return session.pupil(), session.guardians()
    finally:
        service.lock()


def test_undo_and_redo_typing_with_the_keyboard(qtbot, make_window, vault_dir):
    window, page = open_new_case(qtbot, make_window, vault_dir, "Ola")
    session = page.session
    name = find(page, QLineEdit, "pupilName")
    name.setFocus()
    press(name, Qt.Key.Key_End)
    type_text(name, " Nordmann")
    assert session.pupil().name == "Ola Nordmann"  # stored at once
    assert page.name_label.text() == "Ola Nordmann"
    assert page.undo_stack.count() == 1  # one command for all the typing
    assert window.menu_actions.undo.text() == "Angre endring i «Navn»"

    assert QApplication.focusWidget() is name
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL)  # the line edit has the focus
    assert name.text() == "Ola"
    assert session.pupil().name == "Ola"
    assert page.name_label.text() == "Ola"

    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert name.text() == "Ola Nordmann"
    assert session.pupil().name == "Ola Nordmann"

    # Leaving the field ends the command: new typing is undone on its own.
    press(name, Qt.Key.Key_Tab)
    name.setFocus()
    press(name, Qt.Key.Key_End)
    type_text(name, " Ŋ")
    assert page.undo_stack.count() == 2
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert name.text() == "Ola Nordmann"

    # The note (a QPlainTextEdit) hands Ctrl+Z to the window too.
    note = find(page, QPlainTextEdit, "pupilNote")
    note.setFocus()
    type_text(note, "Liker sløyd.")
    assert session.pupil().note == "Liker sløyd."
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert note.toPlainText() == "" and session.pupil().note == ""

    # The grade combo box is undoable too.
    grade = find(page, ChoiceBox, "pupilGrade")
    grade.setFocus()
    press(grade, Qt.Key.Key_Down)
    assert session.pupil().grade == "1"
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert grade.currentText() == "" and session.pupil().grade == ""

    wait_saved(qtbot, window)
    window.close()
    pupil, _ = stored_pupil(vault_dir, session.case_id)
    assert (pupil.name, pupil.grade) == ("Ola Nordmann", "")


def test_undo_brings_a_removed_guardian_back(qtbot, make_window, vault_dir):
    window, page = open_new_case(qtbot, make_window, vault_dir, "Sara")
    session = page.session
    guardians = page.overview.guardians
    for name in ("Kari Nordmann", "Per Nordmann"):
        click(qtbot, guardians.add_button)
        type_into(qtbot, find(page, QLineEdit, "guardianName"), name)
    type_into(qtbot, find(page, QLineEdit, "guardianPhone"), "000 00 222")
    assert [g.name for g in session.guardians()] == ["Kari Nordmann", "Per Nordmann"]

    guardians.list.setCurrentRow(0)
    click(qtbot, guardians.remove_button)
    assert [g.name for g in session.guardians()] == ["Per Nordmann"]
    assert guardians.list.count() == 1

    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert [g.name for g in session.guardians()] == ["Kari Nordmann", "Per Nordmann"]
    assert guardians.list.item(0).text() == "Kari Nordmann"
    assert guardians.list.currentRow() == 0
    assert find(page, QLineEdit, "guardianName").text() == "Kari Nordmann"

    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL)  # Per's phone number goes …
    assert guardians.list.currentItem().text() == "Per Nordmann"  # … and shows whose
    assert find(page, QLineEdit, "guardianPhone").text() == ""
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)  # remove Kari again
    assert [g.name for g in session.guardians()] == ["Per Nordmann"]
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL)
    wait_saved(qtbot, window)
    window.close()

    _, stored = stored_pupil(vault_dir, session.case_id)
    assert [(g.name, g.phone) for g in stored] == [("Kari Nordmann", ""),
                                                   ("Per Nordmann", "000 00 222")]


def test_future_birth_date_is_refused_and_not_stored(qtbot, make_window, vault_dir):
    window, page = open_new_case(qtbot, make_window, vault_dir, "Liv")
    session = page.session
    field = find(page, QLineEdit, "pupilBirthDate")
    error = find(page, QLabel, "pupilBirthDateError")
    assert not error.isVisible()

    type_into(qtbot, field, "12.08.2013")
    assert session.pupil().birth_date == date(2013, 8, 12)

    type_into(qtbot, field, "01.01.2099")
    assert error.isVisible()
    assert error.text() == "Fødselsdatoen kan ikke være fram i tid."
    assert field.text() == "01.01.2099"  # the text stays for the user to correct
    assert field.accessibleDescription() == error.text()
    assert session.pupil().birth_date == date(2013, 8, 12)  # not stored

    type_into(qtbot, field, "31.02.2013")
    press(field, Qt.Key.Key_Tab)  # judged when the field is left
    assert error.text() == "Skriv datoen som dd.mm.åååå, for eksempel 05.03.2014."
    assert session.pupil().birth_date == date(2013, 8, 12)

    type_into(qtbot, field, "1.9.2013")
    assert not error.isVisible()
    assert session.pupil().birth_date == date(2013, 9, 1)
    type_into(qtbot, field, "01.01.2099")
    wait_saved(qtbot, window)
    window.close()
    pupil, _ = stored_pupil(vault_dir, session.case_id)
    assert pupil.birth_date == date(2013, 9, 1)


def test_sections_are_navigable_with_the_keyboard(qtbot, make_window, vault_dir):
    window, page = open_new_case(qtbot, make_window, vault_dir, "Jon")
    titles = [page.nav.item(i).text() for i in range(page.nav.count())]
    assert titles == ["Oversikt", "Fravær", "Kartlegging", "Tiltakssirkel",
                      "Opptrappingsplan", "Avtaler", "Møter", "Logg", "Samtykke"]
    page.nav.setFocus()
    press(page.nav, Qt.Key.Key_Down)
    assert page.sections.currentWidget().objectName() == "absenceSection"
    assert find(page, QWidget, "absenceDate").isVisibleTo(page)
    press(page.nav, Qt.Key.Key_End)
    assert page.sections.currentWidget().objectName() == "consentSection"
    press(page.nav, Qt.Key.Key_Up)
    assert page.sections.currentWidget().objectName() == "logSection"
    press(page.nav, Qt.Key.Key_Home)
    assert page.sections.currentWidget() is page.overview

    # "Tilbake til sakslisten" closes the case and selects it in the list.
    click(qtbot, page.back_button)
    assert window.current_page() is window.list_page
    assert window.case_page is None
    assert window.list_page.selected_case_id() == page.session.case_id
    assert window.save_status.text() == ""


def test_tab_order_follows_the_form(qtbot, make_window, vault_dir):
    window, page = open_new_case(qtbot, make_window, vault_dir, "Tove")
    order = ["pupilName", "pupilBirthDate", "pupilGrade", "pupilSchool", "pupilClass",
             "pupilContactTeacher", "pupilLanguage", "pupilNote", "guardianList", "addGuardian"]
    find(page, QLineEdit, "pupilName").setFocus()
    seen = [QApplication.focusWidget().objectName()]
    for _ in order[1:]:
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert seen == order


def test_undo_shows_what_it_changed(qtbot, make_window, vault_dir):
    window, page = open_new_case(qtbot, make_window, vault_dir, "Aslak")
    school = find(page, QLineEdit, "pupilSchool")
    type_into(qtbot, school, "Gáisi skuvla")
    page.nav.setFocus()
    press(page.nav, Qt.Key.Key_End)  # the user is looking at "Logg"
    assert page.sections.currentWidget() is not page.overview
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert page.sections.currentWidget() is page.overview
    assert page.nav.currentItem().text() == "Oversikt"
    assert school.text() == ""
