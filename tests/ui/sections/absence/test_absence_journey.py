"""Must show (issue 3): a month of absence entered by keyboard only, the rule
fires and the phase changes on Oversikt, the contact is logged, tasks are
ticked, a decision is recorded; after close and re-open everything is there."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.absence import Reason
from desktop.domain.follow_up import Channel
from desktop.services import app_service as service_module
from desktop.services.absence_register import AbsenceRegister
from desktop.ui.dialogs.contact_dialog import ContactDialog
from desktop.ui.sections.overview.decision_dialog import DecisionDialog
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    create_case,
    open_case_from_list,
    press,
    row_of,
    type_text,
    unlock,
)

TODAY = date(2026, 3, 31)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(service_module, "today", lambda: TODAY)


def focused() -> QWidget:
    return QApplication.focusWidget()


def tab(times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)


def enter_line(qtbot, section, when: str, lessons: str = "", documented: bool = False,
               reason_steps: int = 0, late: str = "") -> None:
    """Date, Tab, lessons, Tab, [Space], Tab, reason (Down: sykdom, permisjon, annet),
    Tab, Tab, late, Enter."""
    entry = section.entry
    assert focused() is entry.date_edit  # Enter left the cursor here for the next line
    type_text(focused(), when)
    tab()
    type_text(focused(), lessons)
    tab()
    assert focused() is entry.documented
    if documented:
        QTest.keyClick(focused(), Qt.Key.Key_Space)
    tab()
    assert focused() is entry.reason
    for _ in range(reason_steps):
        QTest.keyClick(focused(), Qt.Key.Key_Down)
    tab(2)
    assert focused() is entry.late
    if late:
        QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(focused(), late)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert entry.error.text() == "" or not entry.error.isVisible(), entry.error.text()


def go_to(qtbot, page, key: str) -> None:
    """Through the section navigation with the keyboard."""
    page.nav.setFocus()
    press(page.nav, Qt.Key.Key_Home)
    keys = ["overview", "absence", "mapping", "circle", "plan", "agreements", "meetings", "log"]
    for _ in range(keys.index(key)):
        press(page.nav, Qt.Key.Key_Down)
    assert page.sections.currentWidget() is page.section_widgets[key]


def test_a_month_of_absence_by_keyboard_moves_the_ladder_and_survives_reopen(
        qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Máret Ŋuolja")
    page = window.case_page
    card = page.overview.follow_up
    assert card.suggested.text() == "Fase 1 – Forebygging (forslag)"
    assert card.contact_button.isHidden()

    go_to(qtbot, page, "absence")
    section = page.section_widgets["absence"]
    press(page.nav, Qt.Key.Key_Tab)  # from the navigation into the entry line
    qtbot.waitUntil(lambda: focused() is section.entry.date_edit)
    enter_line(qtbot, section, "02.03.2026", documented=True, reason_steps=1)  # sykdom
    enter_line(qtbot, section, "05.03.2026-06.03.2026", documented=True, reason_steps=1)
    enter_line(qtbot, section, "11.03.2026", late="15")  # a late arrival only
    enter_line(qtbot, section, "17.03.2026", lessons="5,6", documented=True, reason_steps=2)
    enter_line(qtbot, section, "24.03.2026", documented=True, reason_steps=1)
    # The fire: one lesson without documentation.
    enter_line(qtbot, section, "26.03.2026", lessons="3")
    register = AbsenceRegister(page.session)
    stored = register.records()
    assert [r.day.day for r in stored] == [2, 5, 6, 11, 17, 24, 26]
    assert stored[1].reason is Reason.ILLNESS and stored[1].documented
    assert stored[4].lessons == (5, 6) and stored[4].reason is Reason.LEAVE
    assert stored[3].late_minutes == 15 and not stored[3].is_absence
    assert section.model.rowCount() == 7
    assert section.entry.date_edit.text() == ""  # cleared for the next line
    month = section.totals.item(1, 0).text()
    assert month == f"{4 * 6 + 2 + 1} / {22 * 6}"  # 4 whole days, 2 + 1 lessons

    # Oversikt: the undocumented lesson fired Bærum's first rule → Fase 2.
    go_to(qtbot, page, "overview")
    assert card.suggested.text() == "Fase 2 – Identifisering og kontakt (forslag)"
    assert card.stafett.holder.text() == \
        "Stafettholder: ingen er valgt ennå. Fasen sier: Kontaktlærer."
    assert card.rules.count() == 1
    assert "– første gang 26.03.2026" in card.rules.item(0).text()
    card.rules.setFocus()
    press(card.rules, Qt.Key.Key_Home)
    assert [card.evidence.item(i).text() for i in range(card.evidence.count())] == \
        ["tor 26.03.2026: Time 3 (udokumentert, ukjent)"]
    assert card.contact_button.isVisible()
    # The evidence is one step from the register: Enter on it shows the line in Fravær.
    card.evidence.setFocus()
    card.evidence.setCurrentRow(0)
    press(card.evidence, Qt.Key.Key_Return)
    assert page.sections.currentWidget() is section
    assert section.selected_ids() == [stored[-1].id]
    go_to(qtbot, page, "overview")

    # Log the contact with the home.
    card.contact_button.setFocus()
    QTest.keyClick(card.contact_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.findChild(ContactDialog) is not None)
    dialog = window.findChild(ContactDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: focused() is dialog.with_whom)
    type_text(focused(), "Mor (Ánne)")
    QTest.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is dialog.when
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), "27.03.2026 08:15")
    tab(4)  # with whom, channel (telefon), by whom → what was said
    assert focused() is dialog.summary
    type_text(focused(), "Snakket om morgenene")
    tab(3)  # agreed, next step → its date
    assert focused() is dialog.next_date
    type_text(focused(), "10.04.2026")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(ContactDialog) is None
                    or not window.findChild(ContactDialog).isVisible())

    # Tick the first two tasks with the keyboard.
    card.tasks.setFocus()
    press(card.tasks, Qt.Key.Key_Home)
    press(card.tasks, Qt.Key.Key_Space)
    press(card.tasks, Qt.Key.Key_Down)
    press(card.tasks, Qt.Key.Key_Space)
    assert [card.tasks.item(i).checkState() == Qt.CheckState.Checked
            for i in range(card.tasks.count())] == [True, True, False]

    # The user decides.
    card.decide_button.setFocus()
    QTest.keyClick(card.decide_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.findChild(DecisionDialog) is not None)
    decision = window.findChild(DecisionDialog)
    qtbot.waitExposed(decision)
    assert decision.phase.currentData() == "fase2"
    qtbot.waitUntil(lambda: focused() is decision.by_edit)
    type_text(focused(), "Kari Ŧ, kontaktlærer")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Besluttet: Fase 2" in card.decision.text())
    timeline = page.overview.timeline
    texts = [timeline.list.item(i).text() for i in range(timeline.list.count())]
    assert texts[0].startswith("31.03.2026  Beslutning: Fase 2")
    assert texts[1].startswith("27.03.2026 08:15  Kontakt: Mor (Ánne)")
    assert texts[2].startswith("26.03.2026  Regel: Én enkelttime")
    case_id = page.session.case_id

    # Close the case (saves) and look at what the disk holds.
    page.back_button.setFocus()
    QTest.keyClick(page.back_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.case_page is None)
    proxy = window.list_page.proxy  # the case list shows the decided phase and next date
    row = row_of(window, case_id)
    shown = [proxy.index(row, column).data() for column in range(proxy.columnCount())]
    assert "Fase 2 – Identifisering og kontakt" in shown and "10.04.2026" in shown
    service = new_service(vault_dir)
    try:
        session = service.open_case(case_id)
        again = AbsenceRegister(session)
        assert [r.day.day for r in again.records()] == [2, 5, 6, 11, 17, 24, 26]
        contact, = again.contacts()
        assert (contact.at, contact.with_whom, contact.channel, contact.summary,
                contact.next_date) == (datetime(2026, 3, 27, 8, 15), "Mor (Ánne)",
                                       Channel.PHONE, "Snakket om morgenene",
                                       date(2026, 4, 10))
        tasks = again.rule_set().phase("fase2").tasks
        assert set(again.done_tasks()) == {tasks[0].id, tasks[1].id}
        decided, = again.decisions()
        assert (decided.phase_id, decided.decided_on, decided.decided_by) == \
            ("fase2", TODAY, "Kari Ŧ, kontaktlærer")
        assert session.summary().phase == "Fase 2 – Identifisering og kontakt"
        assert session.summary().next_due == date(2026, 4, 10)
    finally:
        service.lock()

    # Re-open in the window: the card shows the same.
    open_case_from_list(qtbot, window, case_id)
    card = window.case_page.overview.follow_up
    assert "Besluttet: Fase 2" in card.decision.text()
    assert [card.tasks.item(i).checkState() == Qt.CheckState.Checked
            for i in range(card.tasks.count())] == [True, True, False]
    section = window.case_page.section_widgets["absence"]
    assert section.model.rowCount() == 7
