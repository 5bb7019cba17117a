"""Skolerute from the menu: start from an example, correct it, save; every case counts it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.services.agreement_service import AgreementService
from desktop.ui.dialogs.school_calendar_dialog import SchoolCalendarDialog
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import choose, click, create_case, find, press, type_text, unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def type_lines(widget, *lines: str) -> None:
    for number, line in enumerate(lines):
        if number:
            press(widget, Qt.Key.Key_Return)
        type_text(widget, line)


def open_dialog(qtbot, window) -> SchoolCalendarDialog:
    assert window.menu_actions.school_calendar.isEnabled()
    window.menu_actions.school_calendar.trigger()  # Fil → Skolerute …
    qtbot.waitUntil(lambda: window.findChild(SchoolCalendarDialog) is not None)
    dialog = window.findChild(SchoolCalendarDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_school_calendar_from_an_example_applies_to_every_case(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    assert not window.menu_actions.school_calendar.isEnabled()  # locked: no calendar
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Kari Kalender")
    dialog = open_dialog(qtbot, window)
    choose(qtbot, dialog.template, "Eksempel: skolerute 2026–2027 (uke 40 og uke 8)")
    click(qtbot, dialog.add_template)
    assert "juleferie" in dialog.text.toPlainText()
    # The school's own planning day, typed at the end; a slip is undone with Ctrl+Z.
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    type_lines(dialog.text, "", "13.11.2026  planleggingsdag")
    type_lines(dialog.text, "", "99")
    press(dialog.text, Qt.Key.Key_Z, CTRL)
    assert dialog.text.toPlainText().rstrip().endswith("planleggingsdag")
    assert "9 perioder" in dialog.summary.text()
    click(qtbot, find(dialog, type(dialog.add_template), "acceptButton"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Skoleruta er lagret" in window.statusBar().currentMessage()

    stored = new_service(vault_dir).school_calendar()
    assert date(2026, 11, 13) in stored.days_off and date(2026, 12, 24) in stored.days_off
    session = window.case_page.session
    assert date(2026, 12, 24) in session.school_week().days_off
    # An agreement made on 2 December is evaluated after the Christmas holiday.
    draft = AgreementService(session, today=lambda: date(2026, 12, 2)).new_draft()
    assert (draft.period_end(), draft.evaluation_on) == (date(2027, 1, 5), date(2027, 1, 6))


def test_a_line_it_cannot_read_is_named_and_nothing_is_lost(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    dialog = open_dialog(qtbot, window)
    dialog.text.setFocus()
    type_lines(dialog.text, "21.12.2026-01.01.2027  juleferie", "31.02.2027  vinterferie")
    click(qtbot, find(dialog, type(dialog.add_template), "acceptButton"))
    assert dialog.isVisible()
    assert "Linje 2" in dialog.error.text() and dialog.error.isVisible()
    assert "31.02.2027" in dialog.text.toPlainText()
    assert dialog.focusWidget() is dialog.text
    assert window.service.school_calendar().entries == ()
