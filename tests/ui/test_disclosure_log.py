"""Issue 14, utleveringslogg, as a person meets it: save the tiltakssirkel as
PDF (writing to whom in the save dialog), see it under Logg → Utlevert and in
the timeline, then Fil → Kontroller et dokument … on the file, on a copy with
one byte changed, and on the check value typed from paper. Printing the
minutes logs an entry and prints the id under the document.

Seed 001 (Bærum, Vedlegg 2:1) sends paper out of the meeting — "Skriv referat og
send kopi til foresatte." — and nothing by e-mail — "Personsensitiv informasjon
skal ikke sendes på e-post.": the utleveringslogg records where each copy went."""

from __future__ import annotations

import io
from datetime import date

import pypdf
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QListWidget

from desktop.domain.disclosure import PRINT
from desktop.ui.dialogs.verify_document import VerifyDocumentDialog
from desktop.ui.widgets.disclosure_fields import DisclosureFields, disclosure_for
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import click, create_case, press, type_into, unlock
from tests.ui.sections.agreements.agreement_helpers import open_section
from tests.ui.sections.circle.test_circle import open_circle
from tests.ui.test_accessibility import accessible_name, focusable


def _check(qtbot, dialog: VerifyDocumentDialog, *, file: str = "", check: str = "") -> str:
    type_into(qtbot, dialog.file, file)
    type_into(qtbot, dialog.check, check)
    press(dialog.check if check else dialog.file, Qt.Key.Key_Return)  # the default button
    if file or dialog.service is None:  # read on a worker
        qtbot.waitUntil(lambda: dialog.call.done, timeout=10_000)
    return dialog.result.text()


def test_a_saved_pdf_is_listed_and_checked(qtbot, make_window, vault_dir, tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "xdg"))
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Tonje Ánde")
    assert window.menu_actions.verify_document.isEnabled()
    page = window.case_page
    for key, section in page.section_widgets.items():  # every section's PDFs are logged
        assert disclosure_for(section) is page.disclosure_log, key
    assert disclosure_for(window.list_page) is None  # outside the case (blank forms): not
    toolbar = open_circle(qtbot, window.case_page).toolbar

    click(qtbot, toolbar.pdf_button)
    dialog = toolbar.dialog
    fields = dialog.findChild(DisclosureFields)
    assert fields is not None and fields.isVisible()
    type_into(qtbot, fields.recipient.lineEdit(), "mor")
    type_into(qtbot, fields.by_whom, "Kari Lærer")
    target = tmp_path / "sirkel.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    document_id = f"{date.today().year}-0001"
    qtbot.waitUntil(lambda: "PDF lagret" in toolbar.note.text(), timeout=10_000)
    assert f"Dok. {document_id}" in toolbar.note.text()
    text = pypdf.PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
    entry = window.case_page.disclosure_log.documents()[0]
    assert f"Dok. {document_id} · kontroll {entry.check_value}" in text
    assert (entry.recipient, entry.by_whom, entry.title) == ("mor", "Kari Lærer",
                                                             "Tiltakssirkel")

    # Logg → Utlevert
    window.case_page.show_section("log")
    log = window.case_page.section_widgets["log"]
    log.tabs.setCurrentWidget(log.disclosures)
    table = log.disclosures.table
    assert log.disclosures.document_ids() == [document_id]
    assert [table.item(0, c).text() for c in (3, 4, 5, 6)] == ["PDF", "mor", "Kari Lærer",
                                                               entry.check_value]
    click(qtbot, log.disclosures.verify_button)  # the same check, from the list
    from_list = log.disclosures.findChild(VerifyDocumentDialog)
    qtbot.waitExposed(from_list)
    assert _check(qtbot, from_list, file=str(target)).startswith("Uendret")
    from_list.reject()
    # … and in the timeline on Oversikt
    window.case_page.show_section("overview")
    timeline = window.case_page.findChild(QListWidget, "timelineList")
    lines = [timeline.item(i).text() for i in range(timeline.count())]
    assert any(f"Lagret som PDF: Tiltakssirkel – Dok. {document_id} – til mor" in line
               for line in lines)

    # Fil → Kontroller et dokument …
    window.menu_actions.verify_document.trigger()
    qtbot.waitUntil(lambda: window.findChild(VerifyDocumentDialog) is not None)
    verify = window.findChild(VerifyDocumentDialog)
    qtbot.waitExposed(verify)
    assert [w.objectName() for w in focusable(verify)
            if not accessible_name(w).strip() or not w.objectName()] == []
    said = _check(qtbot, verify, file=str(target))
    assert said.startswith("Uendret") and f"Dok. {document_id}" in said and "til mor" in said

    changed = bytearray(target.read_bytes())
    changed[len(changed) // 2] ^= 0x20
    altered = tmp_path / "sirkel-endret.pdf"
    altered.write_bytes(bytes(changed))
    assert _check(qtbot, verify, file=str(altered)).startswith("ENDRET")

    said = _check(qtbot, verify, check=entry.check_value.lower().replace("-", ""))
    assert said.startswith("Kontrollverdien hører til") and f"Dok. {document_id}" in said
    assert _check(qtbot, verify, check="0000-0000").startswith("Ukjent")
    assert _check(qtbot, verify, check="hei").startswith("Skriv kontrollverdien")

    not_pdf = tmp_path / "notat.txt"
    not_pdf.write_text("Tonje", encoding="utf-8")
    assert _check(qtbot, verify, file=str(not_pdf)).startswith("Filen er ikke en PDF")
    verify.reject()

    # From the case list: every case on the laptop is searched.
    click(qtbot, window.case_page.back_button)
    qtbot.waitUntil(lambda: window.case_page is None)
    assert window.menu_actions.verify_document.isEnabled()
    window.menu_actions.verify_document.trigger()
    qtbot.waitUntil(lambda: window.findChild(VerifyDocumentDialog) is not None
                    and window.findChild(VerifyDocumentDialog).isVisible())
    everywhere = window.findChild(VerifyDocumentDialog)
    assert everywhere.service is None
    said = _check(qtbot, everywhere, file=str(target))
    assert said.startswith("Saken: Tonje Ánde. Uendret") and f"Dok. {document_id}" in said
    assert "ENDRET" in _check(qtbot, everywhere, file=str(altered))
    said = _check(qtbot, everywhere, check=entry.check_value)
    assert said.startswith("Saken: Tonje Ánde. Kontrollverdien hører til")
    assert _check(qtbot, everywhere, check="0000-0000").startswith("Ukjent")


def test_printing_is_logged_with_the_id_under_the_document(qtbot, make_window, vault_dir,
                                                           tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    import desktop.ui.widgets.document_output as document_output

    class Printers:
        @staticmethod
        def availablePrinters():  # noqa: N802 (Qt name)
            return ["skriver"]

    monkeypatch.setattr(document_output, "QPrinterInfo", Printers)
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Jens")
    section = open_section(qtbot, window.case_page, "meetings")
    click(qtbot, section.new_button)
    click(qtbot, section.print_button)
    dialog = section.output.dialog
    assert dialog.findChild(DisclosureFields) is not None  # Til / Utlevert av in the dialog
    dialog.reject()

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a stand-in for the printer
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    section.output.print_to(printer, section.document(), "far", "Kari")  # the print seam
    entry = window.case_page.disclosure_log.documents()[0]
    assert (entry.channel, entry.recipient, entry.by_whom) == (PRINT, "far", "Kari")
    assert f"som Dok. {entry.document_id}" in section.message.text()
    assert "Ingen fil er lagret" in section.message.text()
    printed = " ".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO((tmp_path / "printer.pdf").read_bytes())).pages)
    assert f"Dok. {entry.document_id} · kontroll {entry.check_value}" in " ".join(printed.split())
