"""What the Avtaler section prints: the agreement as a printable Document
(with the case's document header). Its status words are export/status_words.py,
shared with the list, the status line and the PDF."""

from __future__ import annotations

from desktop.domain.agreements import Agreement
from desktop.export.agreement_pdf import build_agreement_pdf
from desktop.export.document_html import agreement_html
from desktop.ui.widgets.document_output import Document, document_header


def agreement_document(a: Agreement, session, templates, file_name: str) -> Document:
    header = document_header(session, a.held_on)
    texts = templates.agreement
    return Document(texts["title"], file_name, agreement_html(a, texts, header),
                    [s.drawing or b"" for s in a.signatures],
                    lambda path: build_agreement_pdf(path, a, texts, header))
