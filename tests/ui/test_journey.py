"""The whole first morning, through the widgets: first start → passphrase →
new case → pupil, guardian and team → lock → unlock → everything is there,
on screen and on disk."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

from desktop.domain.people import TeamRole
from desktop.ui.widgets.field_form import ChoiceBox
from tests.ui.conftest import new_service
from tests.ui.helpers import (
    all_texts,
    choose,
    choose_passphrase,
    click,
    create_case,
    find,
    open_case_from_list,
    paste_into,
    shortcut,
    toggle,
    type_into,
    type_text,
    unlock,
    wait_saved,
)

NAME = "Máret Ŋ. Čiekča"
SCHOOL = "Đuottar skuvla – šŧž"
GOOD = "blåbær tyttebær multe krekling"
NOTE = ("Eleven sier: «Jeg vil helst være hjemme.» " + "á č đ ŋ š ŧ ž ÆØÅ æøå 🙂 " * 500)[:10_500]


def test_first_start_to_unlock_keeps_everything(qtbot, make_window, data_dir, caplog):
    caplog.set_level(logging.INFO, logger="desktop")
    window = make_window(data_dir)
    assert window.current_page() is window.first_start_page
    assert NAME not in window.windowTitle()

    # The passphrase: too short, then two that differ, then a good one.
    choose_passphrase(qtbot, window, "kort", "kort")
    error = window.first_start_page.error
    assert error.isVisible()
    assert error.text() == "Passordfrasen er for kort. Bruk minst 10 tegn eller minst 4 ord."
    choose_passphrase(qtbot, window, GOOD, GOOD + " x")
    assert error.text() == "De to passordfrasene er ikke like. Skriv den samme to ganger."
    choose_passphrase(qtbot, window, GOOD, GOOD)
    qtbot.waitUntil(lambda: window.current_page() is window.list_page, timeout=10_000)
    assert window.list_page.stack.currentWidget().objectName() == "emptyState"

    # A new case, and the pupil's details.
    create_case(qtbot, window, "  " + NAME + " ")
    page = window.case_page
    assert page.name_label.text() == NAME
    type_into(qtbot, find(page, QLineEdit, "pupilBirthDate"), "05.03.2014")
    choose(qtbot, find(page, ChoiceBox, "pupilGrade"), "6. trinn")
    type_into(qtbot, find(page, QLineEdit, "pupilSchool"), SCHOOL)
    type_into(qtbot, find(page, QLineEdit, "pupilClass"), "6B")
    type_into(qtbot, find(page, QLineEdit, "pupilContactTeacher"), "Áile Ŧoađđi")
    paste_into(qtbot, find(page, QPlainTextEdit, "pupilNote"), NOTE)
    assert page.details_label.text() == "6. trinn · " + SCHOOL

    # A guardian who needs an interpreter.
    click(qtbot, find(page, type(page.overview.guardians.add_button), "addGuardian"))
    name_field = find(page, QLineEdit, "guardianName")
    assert name_field.hasFocus()
    type_text(name_field, "Elle Čiekča")
    type_into(qtbot, find(page, QLineEdit, "guardianRelation"), "mor")
    type_into(qtbot, find(page, QLineEdit, "guardianPhone"), "000 11 222")
    language = find(page, QLineEdit, "guardianInterpreterLanguage")
    assert not language.isEnabled()
    toggle(find(page, QCheckBox, "guardianInterpreterNeeded"))
    assert language.isEnabled()
    type_into(qtbot, language, "nordsamisk")

    # Two people in the team around the pupil.
    for role, name, organisation in (("Kontaktlærer", "Áile Ŧoađđi", "Đuottar skuvla"),
                                     ("Helsesykepleier", "Siri Holm", "Helsestasjonen")):
        click(qtbot, page.overview.team.add_button)
        choose(qtbot, find(page, ChoiceBox, "teamRole"), role)
        type_into(qtbot, find(page, QLineEdit, "teamName"), name)
        type_into(qtbot, find(page, QLineEdit, "teamOrganisation"), organisation)
    assert [page.overview.team.list.item(i).text() for i in range(2)] == [
        "Kontaktlærer – Áile Ŧoađđi", "Helsesykepleier – Siri Holm"]
    case_id = page.session.case_id
    wait_saved(qtbot, window)
    assert window.save_status.text().startswith("Lagret ")

    # Ctrl+L: locked; no trace of the pupil anywhere in the window.
    shortcut(qtbot, window, Qt.Key.Key_L)
    assert window.current_page() is window.unlock_page
    assert window.case_page is None
    texts = "\n".join(all_texts(window))
    for secret in (NAME, "Máret", "Čiekča", SCHOOL, "Siri Holm", "nordsamisk"):
        assert secret not in texts

    # A wrong passphrase, then the right one.
    unlock(qtbot, window, "feil passordfrase her", wait=False)
    error = window.unlock_page.error
    qtbot.waitUntil(lambda: error.isVisible(), timeout=10_000)
    assert error.text() == "Feil passordfrase. Prøv igjen."
    assert window.current_page() is window.unlock_page
    unlock(qtbot, window, GOOD)

    # Open the case from the list: everything is shown.
    open_case_from_list(qtbot, window, case_id)
    page = window.case_page
    assert find(page, QLineEdit, "pupilName").text() == NAME
    assert find(page, QLineEdit, "pupilBirthDate").text() == "05.03.2014"
    assert find(page, ChoiceBox, "pupilGrade").currentText() == "6. trinn"
    assert find(page, QLineEdit, "pupilSchool").text() == SCHOOL
    assert find(page, QLineEdit, "pupilClass").text() == "6B"
    assert find(page, QLineEdit, "pupilContactTeacher").text() == "Áile Ŧoađđi"
    assert find(page, QPlainTextEdit, "pupilNote").toPlainText() == NOTE
    assert page.overview.guardians.list.item(0).text() == "Elle Čiekča (mor)"
    assert find(page, QCheckBox, "guardianInterpreterNeeded").isChecked()
    assert find(page, QLineEdit, "guardianInterpreterLanguage").text() == "nordsamisk"
    assert page.overview.team.list.count() == 2
    window.close()

    # The log says what happened, with the random case id and no personal data.
    assert f"case {case_id} created" in caplog.text
    for secret in ("Máret", "Čiekča", "Elle", "Siri", "Đuottar", "6B", "nordsamisk"):
        assert secret not in caplog.text

    # And the disk holds it, read by a program that never saw the window.
    service = new_service(data_dir, unlock=False)
    service.unlock(GOOD)
    session = service.open_case(case_id)
    pupil = session.pupil()
    assert (pupil.name, pupil.birth_date, pupil.grade, pupil.school, pupil.class_name,
            pupil.contact_teacher) == (NAME, date(2014, 3, 5), "6", SCHOOL, "6B", "Áile Ŧoađđi")
    assert pupil.note == NOTE and len(pupil.note) >= 10_000
    [guardian] = session.guardians()
    assert (guardian.name, guardian.relation, guardian.phone, guardian.interpreter_needed,
            guardian.interpreter_language) == ("Elle Čiekča", "mor", "000 11 222", True,
                                               "nordsamisk")
    assert guardian.parental_responsibility is True
    assert [(m.role, m.name, m.organisation) for m in session.team()] == [
        (TeamRole.CONTACT_TEACHER, "Áile Ŧoađđi", "Đuottar skuvla"),
        (TeamRole.HEALTH_NURSE, "Siri Holm", "Helsestasjonen")]
    service.lock()
