"""Møter as a person uses them: a meeting with agenda, notes, decisions, a
task and the next meeting; undo; the minutes as preview and PDF; the next
meeting on the case list's "Neste frist"; all there after reopening."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt

from desktop.domain.meetings import MeetingKind
from desktop.services.meeting_service import MeetingService
from desktop.ui.case_list_model import NEXT_DUE
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    choose,
    click,
    create_case,
    press,
    row_of,
    saved_pdf_text,
    shortcut,
    toggle,
    type_into,
    unlock,
    wait_saved,
)
from tests.ui.sections.agreements.agreement_helpers import (
    add_tonje_people,
    open_section,
)


def test_a_meeting_with_minutes(qtbot, make_window, vault_dir, tmp_path):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Tonje Ánde")
    session = window.case_page.session
    add_tonje_people(session)
    section = open_section(qtbot, window.case_page, "meetings")
    assert section.empty.isVisible()
    click(qtbot, section.new_button)
    assert section.people.value() == ()  # nobody is ticked until someone ticks them (issue 13)
    section.people.list.setFocus()
    section.people.list.setCurrentRow(0)
    press(section.people.list, Qt.Key.Key_Space)
    assert [p.name for p in section.people.value()] == ["Tonje Ánde"]
    choose(qtbot, section.kind, "Evalueringsmøte")
    type_into(qtbot, section.agenda, "1. Hvordan gikk uka  2. Veien videre")
    type_into(qtbot, section.notes, "Tonje var på skolen fire av fem dager – bra! Máret hjalp.")
    type_into(qtbot, section.decisions, "Avtalen fortsetter to uker til.")
    type_into(qtbot, section.task_text, "Ringe PPT om veiledning")
    type_into(qtbot, section.task_who, "Siv Lund")
    press(section.task_who, Qt.Key.Key_Return)
    assert section.tasks.topLevelItemCount() == 1
    toggle(section.has_next)
    when = datetime.combine(date.today() + timedelta(days=12), datetime.min.time()).replace(
        hour=14)
    section.next_at.setDateTime(QDateTime(when))

    # Undo the next meeting, then redo it.
    shortcut(qtbot, window, Qt.Key.Key_Z)
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert section.current.next_meeting is None and not section.has_next.isChecked()
    shortcut(qtbot, window, Qt.Key.Key_Y)
    shortcut(qtbot, window, Qt.Key.Key_Y)
    meeting = section.current
    assert meeting.next_meeting == when and meeting.kind is MeetingKind.EVALUATION
    assert section.list.item(0).text().endswith("Evalueringsmøte")

    click(qtbot, section.preview_button)
    preview = section.output.dialog
    qtbot.waitExposed(preview)
    shown = preview.view.toPlainText()
    assert "Møtereferat" in shown and "Ringe PPT om veiledning" in shown
    assert "sendes ikke på e-post" in shown
    preview.accept()
    text = saved_pdf_text(qtbot, section.output, section.document(), tmp_path / "referat.pdf")
    assert "Evalueringsmøte" in text and "Máret hjalp" in text and "Siv Lund" in text
    assert when.strftime("%d.%m.%Y kl. %H:%M") in text and "side 1 av 1" in text

    case_id = session.case_id
    wait_saved(qtbot, window)
    click(qtbot, window.case_page.back_button)
    proxy = window.list_page.proxy
    # The task's due date (a week ahead by default) comes before the next meeting.
    task_due = date.today() + timedelta(days=7)
    assert proxy.index(row_of(window, case_id), NEXT_DUE).data() == task_due.strftime("%d.%m.%Y")

    other = new_service(vault_dir)
    reopened = other.open_case(case_id)
    [stored] = MeetingService(reopened).meetings()
    assert stored.notes == "Tonje var på skolen fire av fem dager – bra! Máret hjalp."
    assert stored.tasks[0].responsible == "Siv Lund" and stored.next_meeting == when
    assert [p.name for p in stored.participants][:1] == ["Tonje Ánde"]
    other.close_case(reopened)


def _print_with_printers(qtbot, make_window, vault_dir, monkeypatch, printers: list):
    """A machine with these printers set up (this one may have none): a new
    meeting's minutes, then "Skriv ut"."""
    import desktop.ui.widgets.document_output as document_output

    class Printers:
        @staticmethod
        def availablePrinters():  # noqa: N802 (Qt name)
            return printers

    monkeypatch.setattr(document_output, "QPrinterInfo", Printers)
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Jens")
    section = open_section(qtbot, window.case_page, "meetings")
    click(qtbot, section.new_button)
    click(qtbot, section.print_button)
    return section


def test_printing_keeps_no_file(qtbot, make_window, vault_dir, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    section = _print_with_printers(qtbot, make_window, vault_dir, monkeypatch, ["skriver"])
    dialog = section.output.dialog
    assert dialog.parent() is section  # the print dialog has a parent
    dialog.reject()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a stand-in for the printer
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    section.output.print_to(printer, section.document())
    assert (tmp_path / "printer.pdf").stat().st_size > 1000
    assert "Ingen fil er lagret" in section.message.text()


def test_without_a_printer_nothing_is_said_to_be_printed(qtbot, make_window, vault_dir,
                                                         monkeypatch):
    section = _print_with_printers(qtbot, make_window, vault_dir, monkeypatch, [])
    assert section.output.dialog is None  # no print dialog that could print nothing
    assert "Ingen skriver er satt opp" in section.message.text()
    assert "Sendt til skriveren" not in section.message.text()


def test_a_meeting_or_a_draft_made_by_mistake_can_be_deleted_and_undone(qtbot, make_window,
                                                                         vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Jens")
    section = open_section(qtbot, window.case_page, "meetings")
    click(qtbot, section.new_button)
    type_into(qtbot, section.notes, "Et notat")
    click(qtbot, section.delete_button)
    assert section.list.count() == 0 and section.empty.isVisible()
    assert MeetingService(window.case_page.session).meetings() == []
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert section.list.count() == 1 and section.current.notes == "Et notat"

    agreements = open_section(qtbot, window.case_page, "agreements")
    click(qtbot, agreements.new_button)
    click(qtbot, agreements.delete_button)
    assert agreements.list.count() == 0 and "Ctrl+Z" in agreements.message.text()
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert agreements.list.count() == 1 and agreements.current.version == 1


def test_a_read_only_case_shows_agreements_and_meetings_but_allows_no_change(
        qtbot, make_window, vault_dir):
    from desktop.ui.sections.agreements.section import AgreementsSection
    from desktop.ui.sections.meetings.section import MeetingsSection
    from desktop.ui.undo import CaseEditing
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Emil")
    session = window.case_page.session
    agreements = open_section(qtbot, window.case_page, "agreements")
    click(qtbot, agreements.new_button)
    type_into(qtbot, agreements.editor.place, "Møterom 1")
    meetings = open_section(qtbot, window.case_page, "meetings")
    click(qtbot, meetings.new_button)
    session.save_now()

    other = new_service(vault_dir).open_case(session.case_id)  # held by the window
    assert other.read_only
    editing = CaseEditing(other)
    view = AgreementsSection(editing)
    qtbot.addWidget(view)
    view.show()
    assert view.editor.place.text() == "Møterom 1" and view.editor.place.isReadOnly()
    assert not view.new_button.isEnabled() and not view.freeze_button.isEnabled()
    assert not view.delete_button.isEnabled() and view.preview_button.isEnabled()
    minutes = MeetingsSection(editing)
    qtbot.addWidget(minutes)
    minutes.show()
    assert not minutes.editor.isEnabled() and not minutes.new_button.isEnabled()
    assert minutes.print_button.isEnabled()  # reading and printing are fine
    assert editing.stack.count() == 0 and not other.dirty
    other.close()


def test_a_task_is_ticked_done_with_the_keyboard_and_undone(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Jens")
    case_id = window.case_page.session.case_id
    section = open_section(qtbot, window.case_page, "meetings")
    click(qtbot, section.new_button)
    type_into(qtbot, section.task_text, "Ringe PPT om veiledning – ŧ")
    type_into(qtbot, section.task_who, "Siv Lund")
    press(section.task_who, Qt.Key.Key_Return)
    item = section.tasks.topLevelItem(0)
    assert item.checkState(0) == Qt.CheckState.Unchecked
    section.tasks.setFocus()
    section.tasks.setCurrentItem(item)
    press(section.tasks, Qt.Key.Key_Space)
    assert section.current.tasks[0].done
    assert section.tasks.topLevelItem(0).checkState(0) == Qt.CheckState.Checked
    wait_saved(qtbot, window)
    stored = MeetingService(new_service(vault_dir).open_case(case_id))
    assert stored.meetings()[0].tasks[0].done
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert not section.current.tasks[0].done
    assert section.tasks.topLevelItem(0).checkState(0) == Qt.CheckState.Unchecked
