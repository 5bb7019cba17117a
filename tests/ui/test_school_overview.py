"""Skoleoversikt from the case list, driven as a person does: open it, the cases
are read with a progress bar, a due item is chosen and Enter opens its case;
"Ingen oppfølging" follows the setting; the report for the leadership is saved
as PDF and CSV without a name; Avbryt gives the window back at once."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import pypdf
from PySide6.QtCore import Qt

from desktop.casefile.lockfile import lock_path
from desktop.domain.absence import AbsenceRecord
from desktop.domain.meetings import MeetingTask
from desktop.services.absence_register import AbsenceRegister
from desktop.services.agreement_service import AgreementService
from desktop.services.meeting_service import MeetingService
from desktop.ui.dialogs.school_overview import SchoolOverviewDialog
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from tests.agreements.examples import tonje
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import click, press, unlock


def _make_cases(vault_dir) -> dict[str, str]:
    service = new_service(vault_dir)
    today = date.today()
    due_case = service.create_case("Tonje Ánde")
    due_case.set_pupil_field("birth_date", date(2014, 5, 17))
    agreements = AgreementService(due_case)
    draft = agreements.new_draft()
    agreements.write(replace(tonje(held_on=today - timedelta(days=20)), id=draft.id,
                             evaluation_on=today + timedelta(days=1)))
    agreements.freeze(draft.id)
    quiet = service.create_case("Jens Šára")
    start = today - timedelta(days=30)
    AbsenceRegister(quiet).add_records([AbsenceRecord(None, start + timedelta(days=n))
                                        for n in range(5)
                                        if (start + timedelta(days=n)).weekday() < 5])
    tasks = service.create_case("Åsa Nilsen")
    meetings = MeetingService(tasks)
    meeting = meetings.new_meeting()
    meetings.write(replace(meeting, tasks=(MeetingTask("Ringe PPT", "Siv",
                                                       today - timedelta(days=1)),)))
    ids = {"Tonje Ánde": due_case.case_id, "Jens Šára": quiet.case_id,
           "Åsa Nilsen": tasks.case_id}
    for session in (due_case, quiet, tasks):
        service.close_case(session)
    service.lock()
    return ids


def _open_overview(qtbot, window) -> SchoolOverviewDialog:
    click(qtbot, window.list_page.overview_button)
    qtbot.waitUntil(lambda: window.findChild(SchoolOverviewDialog) is not None)
    dialog = window.findChild(SchoolOverviewDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _row_of(table, name: str) -> int:
    return next(r for r in range(table.rowCount())
                if any(table.item(r, c).text() == name for c in range(table.columnCount())))


def test_the_overview_lists_due_items_and_enter_opens_the_case(qtbot, make_window, vault_dir,
                                                                tmp_path):
    ids = _make_cases(vault_dir)
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    dialog = _open_overview(qtbot, window)
    assert not dialog.tabs.isEnabled()  # nothing to act on before the read is done
    qtbot.waitUntil(lambda: dialog.scan is not None, timeout=10_000)
    assert dialog.progress.maximum() == 3 and dialog.progress.value() == 3
    assert not dialog.progress.isVisible() and not dialog.cancel_button.isVisible()
    assert dialog.status.text() == "3 saker lest."
    # Nothing of the cases was written or locked by the read.
    assert not any(lock_path(vault_dir / "cases" / f"{i}.naervaer").exists()
                   for i in ids.values())

    table = dialog.due_table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert [r[1] for r in rows] == ["Åsa Nilsen", "Tonje Ánde"]  # overdue first, by date
    assert rows[0][2] == "Oppgave: Ringe PPT (Siv) – forfalt"
    assert rows[1][2] == "Evaluering av avtale 1"
    # "Ingen oppfølging": the case where a rule fired a month ago and nothing was logged.
    quiet = dialog.quiet_table
    assert [quiet.item(r, 0).text() for r in range(quiet.rowCount())] == ["Jens Šára"]
    assert quiet.item(0, 5).text() == "ingen valgt"  # no stafettholder chosen yet
    assert "mer enn 10 skoledager" in dialog.quiet_hint.text()

    # Choose Tonje's evaluation with the keyboard and press Enter: her case opens.
    table.setFocus()
    press(table, Qt.Key.Key_Down)
    assert table.currentRow() == _row_of(table, "Tonje Ánde")
    press(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case_page is not None
                    and window.case_page.session.case_id == ids["Tonje Ánde"])
    qtbot.waitUntil(lambda: window.findChild(SchoolOverviewDialog) is None
                    or not window.findChild(SchoolOverviewDialog).isVisible())


def test_the_report_is_built_after_the_read_and_saved_without_names(qtbot, make_window,
                                                                   vault_dir, tmp_path):
    _make_cases(vault_dir)
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    dialog = _open_overview(qtbot, window)
    panel = dialog.report_panel
    assert not panel.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.scan is not None, timeout=10_000)
    dialog.tabs.setCurrentWidget(panel)
    assert panel.pdf_button.isEnabled() and panel.csv_button.isEnabled()
    preview = panel.preview.toPlainText()
    assert "Saker lest på denne maskinen" in preview and "Tonje" not in preview
    panel.period.setCurrentIndex(2)  # Dette skoleåret
    assert "Skoleåret" in panel.preview.toPlainText()
    target = tmp_path / "rapport.pdf"
    job = panel.save_pdf_to(target)
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert "PDF lagret i" in panel.note.text()
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(
        target.read_bytes())).pages)
    csv_path = tmp_path / "rapport.csv"
    panel.save_csv_to(csv_path)
    csv_text = csv_path.read_bytes().decode("utf-8-sig")
    assert "CSV lagret i" in panel.note.text()
    assert "Saker lest på denne maskinen;3" in csv_text and "Saker lest på denne maskinen" in text
    for secret in ("Tonje", "Ánde", "Jens", "Šára", "Åsa", "Nilsen", "17.05.2014", "Siv"):
        assert secret not in text and secret not in csv_text


def test_avbryt_stops_the_read_and_gives_the_window_back(qtbot, make_window, vault_dir):
    _make_cases(vault_dir)
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    dialog = _open_overview(qtbot, window)
    call = dialog.call
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: call._completed, timeout=10_000)
    assert window.list_page.isVisible() and window.list_page.table.isEnabled()


def test_the_follow_up_limit_is_a_setting(qtbot, make_window, vault_dir):
    _make_cases(vault_dir)
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    settings = SettingsDialog(window, window.service.settings, window.service.save_settings)
    spin = settings.editor("no_follow_up_school_days")
    assert spin.value() == 10 and spin.accessibleName()
    spin.setValue(100)
    settings.accept()
    assert window.service.settings.no_follow_up_school_days == 100
    dialog = _open_overview(qtbot, window)
    qtbot.waitUntil(lambda: dialog.scan is not None, timeout=10_000)
    assert dialog.quiet_table.rowCount() == 0
    assert "mer enn 100 skoledager" in dialog.quiet_hint.text()
    assert "Ingen slike saker nå." in dialog.quiet_hint.text()


def test_a_lock_closes_the_overview_and_stops_the_read(qtbot, make_window, vault_dir):
    _make_cases(vault_dir)
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    dialog = _open_overview(qtbot, window)
    call = dialog.call
    qtbot.waitUntil(lambda: dialog.scan is not None, timeout=10_000)
    assert dialog.due_table.rowCount() == 2
    window.lock()
    assert window.current_page() is window.unlock_page
    qtbot.waitUntil(lambda: call.done, timeout=10_000)
    assert not any(d.isVisible() for d in window.findChildren(SchoolOverviewDialog))


def test_a_lock_during_the_read_stops_it_and_nothing_is_left_open(qtbot, make_window,
                                                                  vault_dir):
    ids = _make_cases(vault_dir)
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    dialog = _open_overview(qtbot, window)
    call = dialog.call
    window.lock()  # at once, while the worker reads
    qtbot.waitUntil(lambda: call.done, timeout=10_000)
    assert window.current_page() is window.unlock_page
    assert not any(lock_path(vault_dir / "cases" / f"{i}.naervaer").exists()
                   for i in ids.values())
    # Unlocked again, the overview reads everything afresh.
    unlock(qtbot, window, PASSPHRASE)
    again = window.list_page.open_overview()
    qtbot.waitUntil(lambda: again.scan is not None, timeout=10_000)
    assert len(again.scan.cases) == 3 and again.scan.unreadable == 0


def test_the_save_dialogs_propose_a_file_name_without_a_name_and_write_there(
        qtbot, make_window, vault_dir, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    _make_cases(vault_dir)
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    dialog = _open_overview(qtbot, window)
    qtbot.waitUntil(lambda: dialog.scan is not None, timeout=10_000)
    panel = dialog.report_panel
    dialog.tabs.setCurrentWidget(panel)
    click(qtbot, panel.csv_button)
    qtbot.waitUntil(lambda: panel.findChild(QFileDialog, "reportCsvDialog") is not None)
    chooser = panel.findChild(QFileDialog, "reportCsvDialog")
    assert chooser.defaultSuffix() == "csv"
    assert chooser.selectedFiles()[0].rsplit("/", 1)[-1].startswith("fravaersrapport-")
    chooser.fileSelected.emit(str(tmp_path / "x.csv"))
    assert (tmp_path / "x.csv").read_bytes().startswith("\ufeffDel;Hva".encode("utf-8"))
    chooser.reject()
    click(qtbot, panel.pdf_button)
    qtbot.waitUntil(lambda: panel.findChild(QFileDialog, "reportPdfDialog") is not None)
    chooser = panel.findChild(QFileDialog, "reportPdfDialog")
    assert "ikke kryptert" in panel.note.text()  # said before any file exists
    chooser.fileSelected.emit(str(tmp_path / "x.pdf"))
    qtbot.waitUntil(lambda: panel.job is not None and panel.job.done, timeout=10_000)
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
    chooser.reject()


def test_enter_on_a_case_without_follow_up_opens_it(qtbot, make_window, vault_dir):
    ids = _make_cases(vault_dir)
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    dialog = _open_overview(qtbot, window)
    qtbot.waitUntil(lambda: dialog.scan is not None, timeout=10_000)
    dialog.tabs.setCurrentIndex(1)
    dialog.quiet_table.setFocus()
    press(dialog.quiet_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case_page is not None
                    and window.case_page.session.case_id == ids["Jens Šára"])
