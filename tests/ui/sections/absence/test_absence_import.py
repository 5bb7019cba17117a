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
    return [(dialog.model.text(r, 0), dialog.model.text(r, 4))
            for r in range(dialog.model.rowCount())]


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


# --- issue 16: a big file is read and stored without freezing the window ---------------

def _big_file(tmp_path, days: int = 3000):
    from datetime import timedelta

    from desktop.domain.school_week import SchoolWeek
    week, day, lines = SchoolWeek(), date(2015, 1, 5), []
    while len(lines) < days:
        if week.is_school_day(day):
            lines.append(f"{day:%d.%m.%Y};dag;;nei;\n")
        day += timedelta(days=1)
    path = tmp_path / "stor.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_a_big_file_shows_its_first_lines_at_once_and_reads_the_rest_meanwhile(
        qtbot, make_window, vault_dir, tmp_path):
    _window, section = open_section(qtbot, make_window, vault_dir)
    dialog = section.import_file(str(_big_file(tmp_path)))
    assert dialog.model.rowCount() >= 200  # the first screen, before the rest is read
    progress = find(dialog, type(dialog.progress), "importProgress")
    assert progress.maximum() == 3000
    qtbot.waitUntil(lambda: not dialog.reading, timeout=20_000)
    assert dialog.model.rowCount() == 3000 and progress.value() == 3000
    assert dialog.summary.text().startswith("3000 linjer kan importeres.")
    assert find(dialog, QPushButton, "importAccept").text() == "Importer 3000 linjer"


def test_storing_a_big_file_in_parts_can_be_cancelled_and_is_one_undo(
        qtbot, make_window, vault_dir, tmp_path):
    window, section = open_section(qtbot, make_window, vault_dir)
    register = AbsenceRegister(window.case_page.session)
    path = _big_file(tmp_path)
    dialog = section.import_file(str(path))
    qtbot.waitUntil(lambda: not dialog.reading, timeout=20_000)
    click(qtbot, find(dialog, QPushButton, "importAccept"))
    assert dialog.storing  # parts are stored between repaints
    assert 0 < len(register.records()) < 3000
    click(qtbot, find(dialog, QPushButton, "cancelButton"))
    assert register.records() == []  # Avbryt takes back what was stored so far

    dialog = section.import_file(str(path))
    qtbot.waitUntil(lambda: not dialog.reading, timeout=20_000)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        click(qtbot, find(dialog, QPushButton, "importAccept"))
    assert len(register.records()) == 3000
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert register.records() == []


def test_the_cycle_collector_rests_during_a_long_read_and_is_back_after(
        qtbot, make_window, vault_dir, tmp_path):
    """Its full passes held the interpreter 40–80 ms each while 100 000 lines
    were read (bench_long_text.py); whatever ends the dialog turns it back on."""
    import gc

    _window, section = open_section(qtbot, make_window, vault_dir)
    path = _big_file(tmp_path)
    assert gc.isenabled()
    dialog = section.import_file(str(path))
    assert dialog.reading and not gc.isenabled()
    click(qtbot, find(dialog, QPushButton, "cancelButton"))  # Avbryt while reading
    assert gc.isenabled()
    dialog = section.import_file(str(path))
    qtbot.waitUntil(lambda: not dialog.reading, timeout=20_000)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        click(qtbot, find(dialog, QPushButton, "importAccept"))
    assert gc.isenabled()


def test_mixed_encodings_and_an_unclosed_quote_are_named(qtbot, make_window, vault_dir,
                                                         tmp_path):
    _window, section = open_section(qtbot, make_window, vault_dir)
    path = tmp_path / "blandet.csv"
    path.write_bytes("02.03.2026;dag;;ja;Tannlege – æøå\n".encode("utf-8")
                     + "03.03.2026;dag;;ja;Bestemor på Ørland\n".encode("cp1252")
                     + b'04.03.2026;dag;;ja;"sykdom\n05.03.2026;dag;;ja;\n06.03.2026;dag;;ja;\n')
    dialog = section.import_file(str(path))
    note = find(dialog, type(dialog.encoding_note), "importEncodingNote")
    assert note.isVisible() and note.text().endswith("lest som Windows-1252: 2.")
    rows = preview_rows(dialog)
    assert rows[:2] == [("1", "OK"), ("2", "OK")]
    assert rows[2] == ("3", "Linje 3–5 er én post: et anførselstegn som ikke lukkes? "
                            "Hoppes over")
    assert dialog.model.lines[1].record.reason_text == "Bestemor på Ørland"
