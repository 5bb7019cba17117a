"""Logg → Utlevert: what has left the laptop from this case (utleveringslogg,
issue 14): every PDF saved and every print, and the handover files written,
newest first, with the document id and the check value that stand at the foot
of the document, and "Kontroller et dokument …" for this case. The list only
shows; entries are made by the save and print paths (services/disclosure.py)
and are never edited or removed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.disclosure import HANDOVER, PDF, Disclosure
from desktop.domain.handover import Scope
from desktop.services.disclosure import DisclosureService
from desktop.ui.crash_guard import guarded
from desktop.ui.dialogs.verify_document import VerifyDocumentDialog
from desktop.ui.labels import left_out_text


class DisclosureList(QWidget):
    def __init__(self, service: DisclosureService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("disclosureList")
        self.service = service
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("disclosureTable")
        self.table.setAccessibleName(self.tr("Utlevert fra saken"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Dok."), self.tr("Tidspunkt"), self.tr("Hva"), self.tr("Hvordan"),
            self.tr("Til"), self.tr("Utlevert av"), self.tr("Kontroll")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(self.tr(
            "Hver PDF som lagres og hver utskrift fra saken føres her med et dokumentnummer. "
            "Nummeret og en kontrollverdi står nederst på dokumentet. «Kontroller et "
            "dokument …» viser om en PDF eller et ark er utlevert herfra, og om PDF-en er "
            "uendret."))
        self.hint.setObjectName("disclosureHint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.empty = QLabel(self.tr("Ingenting er utlevert fra saken ennå."))
        self.empty.setObjectName("disclosureEmpty")
        self.empty.setProperty("role", "hint")
        self.verify_button = QPushButton(self.tr("Kontroller et &dokument …"))
        self.verify_button.setObjectName("verifyDocument")
        self.verify_button.setAccessibleName(self.tr("Kontroller om en PDF eller en "
                                                     "kontrollverdi er fra denne saken"))
        self.verify_button.clicked.connect(self.open_verify)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def open_verify(self) -> VerifyDocumentDialog:
        """The same check as Fil → Kontroller et dokument …, against this case."""
        dialog = VerifyDocumentDialog(self, self.service,
                                      self.service.session.pupil().name.strip())
        dialog.open()
        return dialog

    @guarded
    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.refresh()  # PDFs are saved and printed from the other sections
        super().showEvent(event)

    def _how(self, entry: Disclosure) -> str:
        if entry.channel == HANDOVER:
            return self.tr("Overføringsfil")
        return self.tr("PDF") if entry.channel == PDF else self.tr("Utskrift")

    def _what(self, entry: Disclosure) -> str:
        if entry.channel != HANDOVER:
            return entry.title
        what = (self.tr("Hele saken") if entry.title == Scope.FULL.value
                else self.tr("Saken uten interne notater"))
        return what + (f", {left_out_text(entry.left_out)}" if entry.left_out else "")

    def refresh(self) -> None:
        entries = self.service.entries()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            what = self._what(entry)
            if entry.file_name:
                what += f" ({entry.file_name})"
            values = [entry.document_id, entry.at.strftime("%d.%m.%Y %H:%M"), what,
                      self._how(entry), entry.recipient, entry.by_whom, entry.check_value]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if len(value) > 60:
                    item.setToolTip(value[:2000])
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not entries)

    def document_ids(self) -> list[str]:
        return [self.table.item(row, 0).text() for row in range(self.table.rowCount())]
