"""Preview, print and save-as-PDF for the agreement, the evaluation and the
minutes. The preview and direct printing lay out the document's HTML in a
QTextDocument (vector text; printing keeps no file). "Lagre som PDF" asks
where, writes the ReportLab PDF off the UI thread and says in one line that a
PDF is not encrypted. Dialogs open with open(), parented to the section.

Inside an open case both ways out are logged in the utleveringslogg (issue 14):
the PDF by ExportJob, the print here in `print_to`, which also prints the
document id and check value under the document."""

from __future__ import annotations

import logging
from datetime import date
from html import escape
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import language as doc_language
from desktop.export.document_base import DocumentHeader
from desktop.export.document_stamp import seal
from desktop.ui.widgets.disclosure_fields import add_disclosure_fields, disclosure_for
from desktop.ui.widgets.export_job import ExportJob, document_language_for, export_failed_text
from desktop.ui.widgets.pdf_preview import PdfPages, pdf_bytes, print_pdf, qtpdf_available
from desktop.ui.widgets.pdf_save import ask_pdf_path, no_printer_text, pdf_saved_text

log = logging.getLogger(__name__)


class Document:
    """One printable document: its HTML, its drawn signatures, and how to write the PDF."""

    def __init__(self, title: str, file_name: str, html: str, signatures: list[bytes],
                 write_pdf: Callable[[Path], None]):
        self.title = title
        self.file_name = file_name
        self.html = html
        self.signatures = signatures
        self.write_pdf = write_pdf
        self.language = ""  # the case's written language, set by DocumentOutput ("": the UI's)

    def text_document(self, parent: QObject | None = None, stamp: str = "") -> QTextDocument:
        """The laid-out document; `stamp` ("Dok. … · kontroll …") is printed under it."""
        doc = QTextDocument(parent)
        for index, png in enumerate(self.signatures):
            image = QImage.fromData(png, "PNG") if png else QImage()
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"sig:{index}"),
                            image)
        doc.setHtml(self.html + (f'<p style="font-size:8pt">{escape(stamp)}</p>' if stamp
                                 else ""))
        return doc


class PreviewDialog(QDialog):
    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, document: Document, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self.setWindowTitle(self.tr("Forhåndsvisning: %1").replace("%1", document.title))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 900)
        self.view = self._pages(document)
        self.view.setAccessibleName(self.tr("Dokumentet slik det skrives ut"))
        self.print_button = QPushButton(self.tr("Skriv &ut …"))
        self.print_button.setObjectName("previewPrint")
        self.print_button.setAccessibleName(self.tr("Skriv ut dokumentet"))
        self.save_button = QPushButton(self.tr("Lagre som &PDF …"))
        self.save_button.setObjectName("previewSavePdf")
        self.save_button.setAccessibleName(self.tr("Lagre dokumentet som PDF"))
        close = QPushButton(self.tr("&Lukk"))
        close.setObjectName("previewClose")
        close.setAccessibleName(self.tr("Lukk forhåndsvisningen"))
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        close.setDefault(True)  # Enter closes the preview; printing is a choice
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        close.clicked.connect(self.accept)


    def _pages(self, document: Document) -> QWidget:
        """The PDF itself where Qt can show PDF pages, else the laid-out HTML."""
        if qtpdf_available():
            try:
                return PdfPages(pdf_bytes(document), self)
            except Exception as exc:  # noqa: BLE001 - the HTML preview is never worse than none
                # the type only: a layout error's message can quote the document's text
                log.warning("the PDF preview could not be made (%s); the HTML one is shown",
                            type(exc).__name__)
        view = QTextBrowser()
        view.setObjectName("previewText")
        view.setDocument(document.text_document(view))
        return view


class DocumentOutput(QObject):
    """The three actions on one document. `note` shows what happened."""

    def __init__(self, host: QWidget, note: QLabel):
        super().__init__(host)
        self._host = host
        self.note = note
        self.dialog: QWidget | None = None  # the dialog shown, for tests
        self.call: ExportJob | None = None

    def connect_buttons(self, document: Callable[[], Document], preview: QPushButton,
                        save: QPushButton, print_: QPushButton | None = None) -> None:
        """Preview, save as PDF and (where offered) print act on `document()`,
        built when the button is pressed so it shows what is stored then."""
        document = self.in_case_language(document)
        preview.clicked.connect(lambda: self.preview(document()))
        save.clicked.connect(lambda: self.ask_save(document()))
        if print_ is not None:
            print_.clicked.connect(lambda: self.print(document()))

    def in_case_language(self, make: Callable[[], Document]) -> Callable[[], Document]:
        """The document is made (its preview HTML, the texts it takes from the
        forms) in the case's written language; its PDF follows in ExportJob."""
        def made() -> Document:
            language = document_language_for(self._host)
            with doc_language.document_language(language):
                document = make()
            document.language = language
            return document
        return made

    def preview(self, document: Document) -> PreviewDialog:
        dialog = PreviewDialog(document, self._host)
        dialog.print_requested.connect(lambda: self.print(document))
        dialog.save_requested.connect(lambda: self.ask_save(document))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def print(self, document: Document) -> QPrintDialog | None:
        if not QPrinterInfo.availablePrinters():
            self.note.setText(no_printer_text())
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._host)  # parented: placed over the window
        dialog.setObjectName("printDialog")
        fields = add_disclosure_fields(dialog, self._host)  # Til / Utlevert av
        dialog.accepted.connect(lambda: self.print_to(
            printer, document, *(fields.values() if fields is not None else ("", ""))))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        QDialog.open(dialog)  # QPrintDialog's own open() wants a receiver
        return dialog

    def print_to(self, printer: QPrinter, document: Document, recipient: str = "",
                 by_whom: str = "") -> None:
        if not printer.isValid():  # the printer went away while the dialog was open
            self.note.setText(no_printer_text())
            return
        log = disclosure_for(self._host)
        if qtpdf_available():
            entry = self._print_pdf(printer, document, log, recipient, by_whom)
        else:
            entry = log.record_print(document.title, document.html, recipient, by_whom) \
                if log is not None else None
            stamp = log.stamp_text(entry) if entry is not None else ""
            document.text_document(self, stamp).print_(printer)
        if entry is None:
            self.note.setText(self.tr("Sendt til skriveren. Ingen fil er lagret."))
        else:
            self.note.setText(self.tr("Sendt til skriveren som Dok. %1 (ført i "
                                      "utleveringsloggen). Ingen fil er lagret.")
                              .replace("%1", entry.document_id))

    @staticmethod
    def _print_pdf(printer: QPrinter, document: Document, log, recipient: str,
                   by_whom: str):
        """The pages of the PDF "Lagre som PDF" writes, stamped and logged like one."""
        pending = log.begin(document.title, recipient, by_whom) if log is not None else None
        data = pdf_bytes(document, pending.document_id if pending is not None else "")
        entry = None
        if pending is not None:
            data, check = seal(data, pending.key)
            entry = log.record_printed_pdf(pending, data, check)
        print_pdf(data, printer)
        return entry

    def ask_save(self, document: Document) -> QFileDialog:
        self.dialog = ask_pdf_path(self._host, self.tr("Lagre som PDF"), document.file_name,
                                   "savePdfDialog", lambda path: self.save(document, path),
                                   self.note.setText)
        return self.dialog

    def save(self, document: Document, path: Path) -> ExportJob:
        def done(error: BaseException | None, cancelled: bool) -> None:
            if cancelled:
                self.note.setText(self.tr("Avbrutt. Ingen PDF er lagret."))
            elif error is None:
                disclosed = self.call.disclosed if self.call is not None else None
                self.note.setText(pdf_saved_text(path, disclosed.document_id if disclosed
                                                 else ""))
            else:
                self.note.setText(export_failed_text(error, path, self.tr(
                    "PDF-en kunne ikke lages. Innholdet er uendret og lagret i saken.")))
            self.call = None

        self.note.setText(self.tr("Lager PDF …"))
        self.call = ExportJob(self._host, document.write_pdf, path, done, document.title)
        return self.call


def document_header(session, on: date | None) -> DocumentHeader:
    pupil = session.pupil()
    return DocumentHeader(pupil.name.strip(), pupil.school.strip(), on or date.today())
