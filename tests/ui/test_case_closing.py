"""Avslutt saken, as a person does it (issue 14): Fil → Avslutt saken …, the
reason chosen and the words typed by keyboard, Enter; the list shows the case
archived with its delete-by date; a case past its date stands out and is
offered for deletion, and goes (file and backup) after one confirmation;
a closed case is reopened with a reason; the closing report is saved as a PDF
through the one save dialog."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.casefile.atomic import backup_path
from desktop.domain.case_closing import ClosingKind, ClosingReason
from desktop.services import app_service
from desktop.services.case_closing import CaseClosing
from desktop.ui.case_list_model import DELETE_BY, NAME
from desktop.ui.dialogs.close_case import CloseCaseDialog, ReopenCaseDialog
from desktop.ui.dialogs.delete_case import DeleteExpiredDialog
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    activate,
    choose,
    click,
    create_case,
    find,
    open_case_from_list,
    press,
    row_of,
    toggle,
    type_into,
    unlock,
)

TODAY = date(2027, 3, 1)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(app_service, "today", lambda: TODAY)


def _dialog(qtbot, window, cls):
    qtbot.waitUntil(lambda: window.findChild(cls) is not None)
    dialog = window.findChild(cls)
    qtbot.waitExposed(dialog)
    return dialog


def _fits(dialog) -> None:
    """Inside 1366×768 at 125 % (1093×582 free after the task bar)."""
    hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    assert hint.width() <= 1093 and hint.height() <= 582, hint


def _cell(window, case_id, column) -> str:
    proxy = window.list_page.proxy
    return proxy.index(row_of(window, case_id), column).data()


def test_close_a_case_by_keyboard_and_see_its_delete_by_date(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Ánde Sárá")
    case_id = window.case_page.session.case_id
    window.case_page.session.set_pupil_field(  # long, as real schools are
        "school", "Fjellbakken barne- og ungdomsskole avdeling nord, oppvekstsenteret i "
                  "Nordvik kommune")
    window.resize(1093, 582)  # 1366×768 at 125 %
    actions = window.menu_actions
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert names.index("actionCloseCase") == names.index("actionHandoverExport") + 1
    assert actions.close_case.isEnabled() and not actions.reopen_case.isEnabled()

    actions.close_case.trigger()
    dialog = _dialog(qtbot, window, CloseCaseDialog)
    _fits(dialog)
    assert dialog.delete_by.date().toPython() == date(2027, 7, 31)  # the school year's end
    assert "31. juli" in dialog.rule.text()
    toggle(dialog.make_report)  # no report this time
    choose(qtbot, dialog.reason, "Annet")
    dialog.own_words.setFocus()
    press(dialog.own_words, Qt.Key.Key_Return)  # "Annet" without words is refused
    assert dialog.isVisible() and "egne ord" in dialog.error.text()
    assert window.case_page is not None
    type_into(qtbot, dialog.own_words, "Eleven får undervisning på sykehuset")
    type_into(qtbot, dialog.by, "Ingrid Dahl")
    press(dialog.by, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.current_page() is window.list_page, timeout=10_000)
    assert window.list_page.show_archived.isChecked()  # the archived case stays in sight
    assert window.list_page.selected_case_id() == case_id
    assert _cell(window, case_id, DELETE_BY) == "31.07.2027"
    assert _cell(window, case_id, NAME).endswith("(arkivert)")
    table = window.list_page.table  # a long school takes neither the name's room
    header = table.horizontalHeader()  # nor pushes "Slettes" out of sight
    assert header.sectionSize(NAME) >= table.viewport().width() // 4
    assert header.sectionViewportPosition(DELETE_BY) + header.sectionSize(DELETE_BY) \
        <= table.viewport().width()
    assert "31.07.2027" in window.statusBar().currentMessage()
    assert not window.list_page.expired_bar.isVisible()  # not past its date yet
    archive = window.list_page.archive_button  # "Gjenopprett" would leave it half-closed
    assert not archive.isEnabled() and "Gjenåpne saken" in archive.toolTip()

    stored = new_service(vault_dir)  # what the disk holds
    entry = next(e for e in stored.list_cases(include_archived=True) if e.case_id == case_id)
    assert entry.summary.archived and entry.summary.delete_by == date(2027, 7, 31)
    session = stored.open_case(case_id)
    [closed] = CaseClosing(session).history()
    assert (closed.reason, closed.text, closed.by, closed.on) == (
        ClosingReason.OTHER, "Eleven får undervisning på sykehuset", "Ingrid Dahl", TODAY)
    stored.lock()


def _closed_case(vault_dir, name, on, delete_by) -> str:
    service = new_service(vault_dir)
    session = service.create_case(name)
    CaseClosing(session).close(ClosingReason.NO_FOLLOW_UP, on, "Kari", delete_by)
    service.close_case(session)
    service.lock()
    return session.case_id


def test_a_case_past_its_date_stands_out_and_is_offered_for_deletion(qtbot, make_window,
                                                                     vault_dir):
    due = _closed_case(vault_dir, "Per Ŧuolla", date(2026, 3, 2), date(2026, 7, 31))
    later = _closed_case(vault_dir, "Kari Nordmann", date(2027, 2, 1), date(2027, 7, 31))
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    page = window.list_page
    assert page.expired_bar.isVisible()  # said although archived cases are hidden
    assert "1 avsluttet sak har passert slettedatoen" in page.expired_text.text()
    toggle(page.show_archived)
    assert _cell(window, due, DELETE_BY) == "31.07.2026 (passert)"
    assert _cell(window, later, DELETE_BY) == "31.07.2027"
    path = window.service._require_store().path_for(due)
    assert path.exists()

    click(qtbot, page.expired_button)
    dialog = _dialog(qtbot, window, DeleteExpiredDialog)
    _fits(dialog)
    assert dialog.cases.count() == 1 and "Per Ŧuolla" in dialog.cases.item(0).text()
    assert not dialog.delete_button.isEnabled()  # one confirmation first
    toggle(dialog.confirm)
    assert dialog.delete_button.isEnabled() and dialog.delete_button.text() == "Slett 1 sak"
    click(qtbot, dialog.delete_button)

    qtbot.waitUntil(lambda: row_of(window, due) == -1)
    assert not path.exists() and not backup_path(path).exists()
    assert row_of(window, later) >= 0
    assert not page.expired_bar.isVisible()


def test_reopen_a_closed_case_with_a_reason(qtbot, make_window, vault_dir):
    case_id = _closed_case(vault_dir, "Per Ŧuolla", date(2027, 2, 1), date(2027, 7, 31))
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    toggle(window.list_page.show_archived)
    open_case_from_list(qtbot, window, case_id)
    banner = window.case_page.closed_banner
    assert banner.isVisible() and "avsluttet 01.02.2027" in banner.text()
    assert "Ingen videre oppfølging" in banner.text() and "31.07.2027" in banner.text()
    actions = window.menu_actions
    assert actions.reopen_case.isEnabled() and not actions.close_case.isEnabled()
    actions.reopen_case.trigger()
    dialog = _dialog(qtbot, window, ReopenCaseDialog)
    type_into(qtbot, dialog.reason, "Fraværet har økt igjen")
    press(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    activate(qtbot, window)
    history = CaseClosing(window.case_page.session).history()
    assert [h.kind for h in history] == [ClosingKind.CLOSED, ClosingKind.REOPENED]
    assert history[-1].text == "Fraværet har økt igjen"
    assert actions.close_case.isEnabled() and not actions.reopen_case.isEnabled()
    assert not banner.isVisible()
    window.close_case()
    assert _cell(window, case_id, DELETE_BY) == ""
    assert not _cell(window, case_id, NAME).endswith("(arkivert)")


def test_the_closing_report_is_saved_from_the_menu(qtbot, make_window, vault_dir, tmp_path):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Ánde Sárá")
    window.menu_actions.closing_report.trigger()
    qtbot.waitUntil(lambda: window.findChild(QFileDialog, "closingReportDialog") is not None)
    dialog = window.findChild(QFileDialog, "closingReportDialog")
    assert dialog.selectedFiles()[0].endswith("sluttrapport-2027-03-01.pdf")
    assert "ikke kryptert" in window.statusBar().currentMessage()
    target = tmp_path / "arkiv" / "sluttrapport.pdf"
    target.parent.mkdir()
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: "PDF lagret" in window.statusBar().currentMessage(),
                    timeout=20_000)
    qtbot.waitUntil(lambda: not hasattr(window, "closing_report_job"))  # nothing kept after
    text = " ".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert "Sluttrapport – Ánde Sárá" in text and "Saken er ikke avsluttet." in text
    assert find(window, type(window.menu_actions.closing_report), "actionClosingReport")


def test_closing_offers_the_report_and_saves_it(qtbot, make_window, vault_dir, tmp_path):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Ánde Sárá")
    window.menu_actions.close_case.trigger()
    dialog = _dialog(qtbot, window, CloseCaseDialog)
    assert dialog.make_report.isChecked()  # offered by default
    choose(qtbot, dialog.reason, "Flyttet til annen skole")
    press(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(QFileDialog, "closingReportDialog") is not None)
    assert window.current_page() is window.list_page  # the case is closed meanwhile
    save = window.findChild(QFileDialog, "closingReportDialog")
    target = tmp_path / "sluttrapport.pdf"
    save.selectFile(str(target))
    save.accept()
    qtbot.waitUntil(lambda: target.exists() and "PDF lagret" in
                    window.statusBar().currentMessage(), timeout=20_000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(target)).pages)
    assert "Flyttet til annen skole" in text and "Slettes innen 31.07.2027" in text
