"""Fil → Kontroller et dokument … (issue 14): a PDF file, or the check value
typed from a sheet of paper, is checked against the open case's
utleveringslogg — or, from the case list, against every case on the laptop: the unaltered document issued from this case (when, to
whom), a document of this case that has been changed, or an unknown one. A
huge file or one that is not a PDF gets its own message; the file is read
with a size limit (services/disclosure.MAX_CHECK_BYTES) on a worker thread
(up to a second for the largest); the case is looked up on the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.disclosure import HANDOVER, PDF, Disclosure, Verdict, Verification
from desktop.services.disclosure import (
    MAX_CHECK_BYTES,
    DisclosureService,
    check_in_every_case,
    examine_file,
)
from desktop.ui.dialogs.base import Dialog
from desktop.ui.worker import BackgroundCall


class VerifyDocumentDialog(Dialog):
    def __init__(self, parent: QWidget, service: DisclosureService | None, pupil: str,
                 app=None):
        """`service`: the open case's log; None with `app`: every case of the vault."""
        super().__init__(parent, self.tr("Kontroller et dokument"), "verifyDocumentDialog")
        self.service = service
        self.app = app
        where = (self.tr("Dokumentet kontrolleres mot utleveringsloggen til saken som er "
                         "åpen: %1.").replace("%1", pupil or self.tr("uten navn"))
                 if service is not None else
                 self.tr("Dokumentet kontrolleres mot utleveringsloggen i alle sakene på "
                         "denne maskinen."))
        hint = QLabel(self.tr(
            "Velg en PDF, eller skriv kontrollverdien som står nederst på et utskrevet ark "
            "(«kontroll 7F3A-91C2»). ") + where)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.file = QLineEdit()
        self.file.setObjectName("verifyFile")
        self.file.setAccessibleName(self.tr("PDF-fil som skal kontrolleres"))
        self.browse = QPushButton(self.tr("&Velg fil …"))
        self.browse.setObjectName("verifyBrowse")
        self.browse.setAccessibleName(self.tr("Velg PDF-fil som skal kontrolleres"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        self.check = QLineEdit()
        self.check.setObjectName("verifyCheck")
        self.check.setAccessibleName(self.tr("Kontrollverdi fra papiret"))
        self.check.setPlaceholderText("7F3A-91C2")
        self.check.setMaxLength(40)
        form = QFormLayout()
        file_label = QLabel(self.tr("&PDF-fil:"))
        file_label.setBuddy(self.file)
        check_label = QLabel(self.tr("eller &kontrollverdi:"))
        check_label.setBuddy(self.check)
        form.addRow(file_label, file_row)
        form.addRow(check_label, self.check)
        self.result = QLabel()
        self.result.setObjectName("verifyResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.result.setMinimumHeight(self.result.fontMetrics().lineSpacing() * 6)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.run_button = QPushButton(self.tr("K&ontroller"))
        self.run_button.setObjectName("verifyRun")
        self.run_button.setAccessibleName(self.tr("Kontroller dokumentet"))
        self.run_button.setDefault(True)
        close = QPushButton(self.tr("&Lukk"))
        close.setObjectName("verifyClose")
        close.setAccessibleName(self.tr("Lukk kontrollen"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.browse.clicked.connect(self.ask_file)
        self.run_button.clicked.connect(self.run)
        close.clicked.connect(self.reject)
        self.file.textEdited.connect(lambda _t: self.check.clear() if _t else None)
        self.check.textEdited.connect(lambda _t: self.file.clear() if _t else None)
        self.file_dialog: QFileDialog | None = None
        self.call: BackgroundCall | None = None  # the file being read, for tests
        self.resize(max(660, self.sizeHint().width()), self.sizeHint().height())

    def ask_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Velg PDF-en som skal kontrolleres"))
        dialog.setObjectName("verifyFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("PDF-filer (*.pdf)"), self.tr("Alle filer (*)")])
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(self.check_file)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def check_file(self, path: str) -> None:
        self.file.setText(path)
        self.check.clear()
        self.run()

    def run(self) -> None:
        if self.call is not None and not self.call.done:
            return  # one file at a time
        if self.service is None:
            self._run_everywhere()
        elif self.file.text().strip():
            path, key = Path(self.file.text().strip()), self.service.repo.key()

            def done(seen, error) -> None:
                self.run_button.setEnabled(True)
                if error is not None:  # examine_file turns every file problem into a verdict
                    self.show_result(Verification(Verdict.UNREADABLE), typed="")
                else:
                    self.show_result(self.service.judge(seen), typed="")

            self.run_button.setEnabled(False)
            self.result.setText(self.tr("Kontrollerer …"))
            self.call = BackgroundCall(lambda: examine_file(path, key), done, self).start()
        elif self.check.text().strip():
            verification = self.service.verify_check(self.check.text())
            if verification is None:
                self._not_a_check()
                return
            self.show_result(verification, typed=self.check.text().strip())
        else:
            self.result.setText(self.tr("Velg en PDF-fil eller skriv en kontrollverdi."))
            self.file.setFocus()

    def _run_everywhere(self) -> None:
        """From the case list: every case is opened read-only on a worker."""
        path = Path(self.file.text().strip()) if self.file.text().strip() else None
        typed = "" if path is not None else self.check.text().strip()
        if path is None and not typed:
            self.result.setText(self.tr("Velg en PDF-fil eller skriv en kontrollverdi."))
            self.file.setFocus()
            return

        def done(verification, error) -> None:
            self.run_button.setEnabled(True)
            if error is not None:
                verification = Verification(Verdict.UNREADABLE)
            if verification is None:
                self._not_a_check()
            else:
                self.show_result(verification, typed=typed)

        self.run_button.setEnabled(False)
        self.result.setText(self.tr("Kontrollerer mot alle sakene …"))
        app = self.app
        self.call = BackgroundCall(lambda: check_in_every_case(app, path, typed), done,
                                   self).start()

    def _not_a_check(self) -> None:
        self.result.setText(self.tr("Skriv kontrollverdien slik den står nederst på siden: "
                                    "åtte tegn, 0–9 og A–F, for eksempel 7F3A-91C2."))
        self.check.setFocus()

    # --- what it says --------------------------------------------------------------------
    def _issued(self, entry: Disclosure) -> str:
        how = {PDF: self.tr("lagret som PDF"), HANDOVER: self.tr("skrevet som overføringsfil")}
        text = (self.tr("Dok. %1 «%2», %3 %4")
                .replace("%1", entry.document_id).replace("%2", entry.title)
                .replace("%3", how.get(entry.channel, self.tr("skrevet ut")))
                .replace("%4", entry.at.strftime("%d.%m.%Y %H:%M")))
        if entry.recipient:
            text += self.tr(", til %1").replace("%1", entry.recipient)
        if entry.by_whom:
            text += self.tr(", utlevert av %1").replace("%1", entry.by_whom)
        return text + "."

    def show_result(self, verification: Verification, typed: str) -> None:
        entry = verification.entry
        verdict = verification.verdict
        if verdict is Verdict.UNALTERED and entry is not None:
            text = self.tr("Uendret: dette er dokumentet slik det ble utlevert fra denne saken. "
                           ) + self._issued(entry)
        elif verdict is Verdict.UNALTERED:
            text = self.tr("Kontrollverdien stemmer med denne saken, men dokumentet står ikke i "
                           "utleveringsloggen (lagringen ble trolig avbrutt).")
        elif verdict is Verdict.ALTERED:
            text = (self.tr("ENDRET: filen bærer nummeret til et dokument fra denne saken, men "
                            "den er ikke lenger lik det som ble utlevert (minst én byte er "
                            "annerledes). Stol ikke på innholdet. Originalen var ")
                    + self._issued(entry))
        elif verdict is Verdict.KNOWN_CHECK:
            text = (self.tr("Kontrollverdien hører til ") + self._issued(entry)
                    + self.tr(" Sammenlign med arket: nummeret og kontrollverdien står "
                              "nederst på hver side."))
        elif verdict is Verdict.UNKNOWN and typed:
            text = (self.tr("Ukjent: ingen dokumenter fra denne saken har kontrollverdien %1.")
                    if self.service is not None else
                    self.tr("Ukjent: ingen dokumenter fra sakene på denne maskinen har "
                            "kontrollverdien %1.")).replace("%1", typed)
        elif verdict is Verdict.UNKNOWN:
            text = (self.tr("Ukjent: dette dokumentet er ikke utlevert fra denne saken, eller "
                            "det er laget før saken fikk utleveringslogg.")
                    if self.service is not None else
                    self.tr("Ukjent: dette dokumentet er ikke utlevert fra noen av sakene på "
                            "denne maskinen."))
        elif verdict is Verdict.NOT_PDF:
            text = self.tr("Filen er ikke en PDF. Velg PDF-filen du vil kontrollere.")
        elif verdict is Verdict.TOO_LARGE:
            text = self.tr("Filen er for stor til å være et dokument fra Nærvær (over %1 MB). "
                           "Ingenting er lest.").replace("%1", str(MAX_CHECK_BYTES >> 20))
        else:
            text = self.tr("Filen kunne ikke leses. Sjekk at den finnes og at du har tilgang "
                           "til den.")
        if verification.case_name and entry is not None:
            text = self.tr("Saken: %1. ").replace("%1", verification.case_name) + text
        self.result.setText(text)
        self.result.setAccessibleName(text)
        role = {Verdict.ALTERED: "error", Verdict.UNKNOWN: "warning"}.get(verdict, "")
        if verdict in (Verdict.NOT_PDF, Verdict.TOO_LARGE, Verdict.UNREADABLE):
            role = "warning"
        self.result.setProperty("role", role)  # the stylesheet colours a changed document
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        if self.height() < self.sizeHint().height():  # a long answer is shown whole
            self.resize(self.width(), self.sizeHint().height())
