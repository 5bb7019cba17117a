"""The very PDF on screen and on paper, where Qt's PDF module is installed
(QtPdf and QtPdfWidgets: PySide6-Addons, or PySide6-Pdf from 6.12). The
preview then shows the PDF "Lagre som PDF" writes, page by page, and printing
prints those pages. Without the module the preview and printing lay out the
document's HTML (document_output.Document.text_document), as before.

The PDF is built in memory (a BytesIO, never a file: nothing of a case lies
on disk in plaintext) in the case's written language."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSizeF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.domain import language as doc_language
from desktop.export import document_stamp

if TYPE_CHECKING:
    from desktop.ui.widgets.document_output import Document


def qtpdf_available() -> bool:
    """Whether this Qt has its PDF module (checked at use: an optional install)."""
    try:
        from PySide6 import QtPdf, QtPdfWidgets  # noqa: F401
    except ImportError:
        return False
    return True


def pdf_bytes(document: "Document", document_id: str = "") -> bytes:
    """The document's PDF as "Lagre som PDF" builds it; with `document_id`, carrying
    that id and an empty check slot in its footer (document_stamp.seal fills it)."""
    out = io.BytesIO()
    with doc_language.document_language(document.language or None):
        if document_id:
            with document_stamp.stamping(document_id):
                document.write_pdf(out)
        else:
            document.write_pdf(out)
    return out.getvalue()


def _load(data: bytes, parent):
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf = QPdfDocument(parent)
    pdf.load(buffer)
    return pdf, buffer


class PdfPages(QWidget):
    """The pages of an in-memory PDF, fitted to the width, scrolling down."""

    def __init__(self, data: bytes, parent: QWidget | None = None):
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.pdf, self._buffer = _load(data, self)
        self.view = QPdfView(self)
        self.view.setObjectName("previewPdf")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.pdf)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def page_count(self) -> int:
        return self.pdf.pageCount()


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Prints every page of the PDF, each scaled to the printable area with its
    proportions kept, at the printer's resolution. Returns the pages printed."""
    from PySide6.QtPdf import QPdfDocument

    holder = QWidget()  # owns the buffer and document until printing is done
    pdf, _buffer = _load(data, holder)
    try:
        if pdf.status() != QPdfDocument.Status.Ready or pdf.pageCount() == 0:
            raise ValueError("the PDF could not be read back for printing")
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        try:
            for page in range(pdf.pageCount()):
                if page:
                    printer.newPage()
                area = QRectF(painter.viewport())
                points = pdf.pagePointSize(page)
                scale = min(area.width() / points.width(), area.height() / points.height())
                size = QSizeF(points.width() * scale, points.height() * scale)
                image = pdf.render(page, size.toSize())
                painter.drawImage(QRectF(area.topLeft(), size), image)
        finally:
            painter.end()
        return pdf.pageCount()
    finally:
        holder.deleteLater()
