"""What the Avtaler section prints: the status words, and the agreement as a
printable Document (with the case's document header)."""

from __future__ import annotations

from desktop.domain.agreements import Agreement, AgreementStatus
from desktop.export.agreement_pdf import build_agreement_pdf
from desktop.export.document_html import agreement_html
from desktop.ui.widgets.document_output import Document, document_header


def status_names(tr) -> dict[AgreementStatus, str]:
    return {AgreementStatus.DRAFT: tr("utkast"), AgreementStatus.READY: tr("klar til signering"),
            AgreementStatus.SIGNED: tr("signert"), AgreementStatus.EVALUATED: tr("evaluert"),
            AgreementStatus.SUPERSEDED: tr("erstattet")}


def agreement_document(a: Agreement, session, templates, file_name: str) -> Document:
    header = document_header(session, a.held_on)
    texts = templates.agreement
    return Document(texts["title"], file_name, agreement_html(a, texts, header),
                    [s.drawing or b"" for s in a.signatures],
                    lambda path: build_agreement_pdf(path, a, texts, header))
