"""CSV import through the Fravær section: preview with per-line errors, cancel
stores nothing, import stores the good lines (one undo), duplicates skipped."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.services import app_service as service_module
from desktop.services.absence_register import AbsenceRegister
from desktop.ui.sections.absence.import_dialog import ImportDialog
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import click, create_case, find, shortcut, unlock, wait_saved

CSV = ("dato;type;timer;dokumentert;årsak\n"
       "02.03.2026;dag;;ja;sykdom\n"
       "03.03.2026;timer;2 3;nei;\n"
       "31.02.2026;dag;;ja;\n"
       "04.03.2026;ferie;;nei;\n"
       "05.03.2026;forsent;10;nei;Tog fra Ørland\n")


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(service_module, "today", lambda: date(2026, 3, 31))


def open_section(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Elle")
    window.case_page.show_section("absence")
    return window, window.case_page.section_widgets["absence"]


def preview_rows(dialog: ImportDialog) -> list[tuple[str, str]]:
    return [(dialog.table.item(r, 0).text(), dialog.table.item(r, 4).text())
            for r in range(dialog.table.rowCount())]


@pytest.mark.parametrize("encoding, separator", [("utf-8", ";"), ("cp1252", ",")])
def test_preview_then_cancel_stores_nothing_then_import(qtbot, make_window, vault_dir, tmp_path,
                                                        encoding, separator):
    window, section = open_section(qtbot, make_window, vault_dir)
    path = tmp_path / "fravaer.csv"
    path.write_bytes(CSV.replace(";", separator).encode(encoding))
    dialog = section.import_file(str(path))
    qtbot.waitExposed(dialog)
    rows = preview_rows(dialog)
    assert rows[0] == ("2", "OK") and rows[1] == ("3", "OK") and rows[4] == ("6", "OK")
    assert rows[2][0] == "4" and "ikke en dato" in rows[2][1]
    assert rows[3][0] == "5" and "Ukjent type «ferie»" in rows[3][1]
    assert dialog.summary.text().startswith("3 linjer kan importeres. 2 har feil")
    click(qtbot, find(dialog, QPushButton, "cancelButton"))
    assert AbsenceRegister(window.case_page.session).records() == []
    assert not window.case_page.session.dirty

    dialog = section.import_file(str(path))
    qtbot.waitExposed(dialog)
    click(qtbot, find(dialog, QPushButton, "importAccept"))
    stored = AbsenceRegister(window.case_page.session).records()
    assert [r.day.day for r in stored] == [2, 3, 5]
    assert stored[2].reason_text == "Tog fra Ørland"
    assert section.model.rowCount() == 3

    # The same file again: everything is a duplicate, the import button is off.
    dialog = section.import_file(str(path))
    qtbot.waitExposed(dialog)
    assert all(status.startswith(("Finnes fra før", "«", "Ukjent")) or "dato" in status
               for _line, status in preview_rows(dialog))
    assert not find(dialog, QPushButton, "importAccept").isEnabled()
    dialog.reject()

    # One undo takes the whole import back; redo brings it again and it is saved.
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert AbsenceRegister(window.case_page.session).records() == []
    shortcut(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
             | Qt.KeyboardModifier.ShiftModifier)
    wait_saved(qtbot, window)
    service = new_service(vault_dir)
    try:
        session = service.open_case(window.case_page.session.case_id)
        assert [r.day.day for r in AbsenceRegister(session).records()] == [2, 3, 5]
    finally:
        service.lock()


def test_a_missing_file_gives_a_message(qtbot, make_window, vault_dir, tmp_path):
    _window, section = open_section(qtbot, make_window, vault_dir)
    assert section.import_file(str(tmp_path / "finnes-ikke.csv")) is None
    assert "Fant ikke filen" in section.entry.error.text()
