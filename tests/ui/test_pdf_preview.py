"""The very PDF in the preview and on paper (issue 18), where Qt's PDF module is
installed (PySide6-Addons, or PySide6-Pdf from 6.12): the preview shows the pages
"Lagre som PDF" writes, and printing prints those pages, logged with the id and
check value in their footer. Without the module (the usual install) the HTML
preview and print stay, which the agreement, meeting and consent tests cover."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.domain.disclosure import PRINT
from desktop.export.document_stamp import read_stamp
from desktop.services.agreement_service import AgreementService
from desktop.ui.widgets import document_output
from desktop.ui.widgets.pdf_preview import PdfPages, pdf_bytes, qtpdf_available
from tests.agreements.examples import tonje
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import create_case, unlock

pypdf = pytest.importorskip("pypdf")
needs_qtpdf = pytest.mark.skipif(not qtpdf_available(),
                                 reason="Qt's PDF module (PySide6-Addons) is not installed")


def _agreement_section(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Tonje Ánde")
    agreements = AgreementService(window.case_page.session)
    draft = agreements.new_draft()
    agreements.write(replace(tonje(held_on=date(2026, 11, 23)), id=draft.id))
    window.case_page.show_section("agreements")
    section = window.case_page.section_widgets["agreements"]
    section.refresh()
    return window, section


def _text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(
        io.BytesIO(data)).pages)


def test_the_pdf_is_built_in_memory_in_the_cases_language(qtbot, make_window, vault_dir):
    _window, section = _agreement_section(qtbot, make_window, vault_dir)
    section.editing.session.set_pupil_field("language", "nn")
    document = section.output.in_case_language(section.document)()
    assert document.language == "nn"
    text = _text(pdf_bytes(document))
    assert "Samarbeidsavtale" in text and "Unnateke offentlegheit" in text


@needs_qtpdf
def test_the_preview_shows_the_pdf_pages(qtbot, make_window, vault_dir):
    _window, section = _agreement_section(qtbot, make_window, vault_dir)
    dialog = section.output.preview(section.output.in_case_language(section.document)())
    qtbot.waitExposed(dialog)
    assert isinstance(dialog.view, PdfPages)
    expected = len(pypdf.PdfReader(io.BytesIO(pdf_bytes(dialog_document(section)))).pages)
    assert dialog.view.page_count() == expected >= 1
    dialog.accept()


def dialog_document(section):
    return section.output.in_case_language(section.document)()


@needs_qtpdf
def test_printing_prints_the_pdf_pages_and_logs_them(qtbot, make_window, vault_dir, tmp_path,
                                                     monkeypatch):
    _window, section = _agreement_section(qtbot, make_window, vault_dir)
    printed: list[bytes] = []
    original = document_output.print_pdf
    monkeypatch.setattr(document_output, "print_pdf",
                        lambda data, printer: printed.append(data) or original(data, printer))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer we can read back
    printer.setOutputFileName(str(tmp_path / "paper.pdf"))
    document = dialog_document(section)
    section.output.print_to(printer, document, "Foresatte", "Siv Lund")
    log = document_output.disclosure_for(section)
    entry = log.repo.entries()[-1]
    assert entry.channel == PRINT and entry.recipient == "Foresatte"
    assert entry.document_id in section.output.note.text()
    # what went to the printer is the document's PDF, stamped with this id and check
    assert len(printed) == 1
    found = read_stamp(printed[0], log.repo.key())
    assert found is not None and found.valid and (found.document_id, found.check_value) == \
        (entry.document_id, entry.check_value)
    assert entry.file_sha256 == hashlib.sha256(printed[0]).hexdigest()
    assert "Samarbeidsavtale" in _text(printed[0])
    paper = pypdf.PdfReader(str(tmp_path / "paper.pdf"))
    assert len(paper.pages) == len(pypdf.PdfReader(io.BytesIO(printed[0])).pages)


def test_without_the_pdf_module_the_html_preview_stays(qtbot, make_window, vault_dir,
                                                       monkeypatch):
    monkeypatch.setattr(document_output, "qtpdf_available", lambda: False)
    _window, section = _agreement_section(qtbot, make_window, vault_dir)
    dialog = section.output.preview(dialog_document(section))
    assert dialog.view.objectName() == "previewText"
    assert "Samarbeidsavtale" in dialog.view.toPlainText()
    dialog.accept()
