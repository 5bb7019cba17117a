"""Hent inn en sak …: a handover file read into this vault. The whole file is
decrypted and checked on a worker before anything is written; a case that is
already here is shown side by side ("behold begge" or "erstatt")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.casefile.errors import CaseFileError, HandoverCaseExists, HandoverWrongPassphrase
from desktop.services.handover import (
    Conflict,
    HandoverService,
    Incoming,
    Resolution,
    read_handover,
)
from desktop.ui.common import message_label, show_message
from desktop.ui.dialogs.base import Dialog, passphrase_edit
from desktop.ui.dialogs.handover_common import (
    choose_handover_file,
    file_row,
    labelled,
    wrapped_label,
)
from desktop.ui.messages import message_for
from desktop.ui.worker import BackgroundCall


def _when(iso: str) -> str:
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return iso or "–"


class HandoverImportDialog(Dialog):
    imported = Signal(list)  # the case ids written

    def __init__(self, parent: QWidget, service: HandoverService, folder: Path):
        super().__init__(parent, self.tr("Hent inn en sak"), "handoverImportDialog")
        self.service = service
        self._call: BackgroundCall | None = None
        self._incoming: Incoming | None = None
        self._closing = False
        self.pages = QStackedWidget()
        for page in (self._file_page(folder), self._conflict_page(), self._done_page()):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # --- page 1: the file and its passphrase ----------------------------------------------
    def _file_page(self, folder: Path) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr("Velg overføringsfilen (slutter på .naervaer-overforing) og "
                               "skriv passordfrasen du har fått på telefon. Hele filen "
                               "kontrolleres før noe blir lagret her."))
        intro.setWordWrap(True)
        self._folder = folder
        self.path = QLineEdit()
        self.path.setObjectName("handoverImportFile")
        self.path.setAccessibleName(self.tr("Overføringsfil"))
        choose = QPushButton(self.tr("Velg fil …"))
        choose.setObjectName("handoverImportChoose")
        choose.setAccessibleName(self.tr("Velg overføringsfil"))
        choose.clicked.connect(self._choose_file)
        self.passphrase = passphrase_edit("handoverImportPassphrase", self.tr("Passordfrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal)  # words read out by phone
        form = QFormLayout()
        labelled(form, self.tr("&Fil:"), file_row(self.path, choose), self.path)
        labelled(form, self.tr("&Passordfrase:"), self.passphrase)
        for edit in (self.path, self.passphrase):
            edit.textChanged.connect(lambda: show_message(self.error, ""))
        self.error = message_label("handoverImportError")
        self.progress = message_label("handoverImportProgress", "hint")
        self.buttons = self.button_box(self.tr("Hent inn"), "handoverRead")
        layout = QVBoxLayout(page)
        for widget in (intro,):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        return page

    def _choose_file(self) -> None:
        choose_handover_file(self, self.tr("Velg overføringsfil"), str(self._folder), False,
                             self.path.setText)

    # --- page 2: a case that is already here ---------------------------------------------
    def _conflict_page(self) -> QWidget:
        page = QWidget()
        self.conflict_text = wrapped_label("handoverConflictText")
        self.compare = QTableWidget()
        self.compare.setObjectName("handoverCompare")
        self.compare.setAccessibleName(self.tr("Sammenligning av sakene"))
        self.compare.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.keep_both = self._button(self.tr("Behold begge"), "handoverKeepBoth",
                                      lambda: self._resolve(Resolution.KEEP_BOTH))
        self.replace = self._button(self.tr("Erstatt saken her"), "handoverReplace",
                                    lambda: self._resolve(Resolution.REPLACE))
        cancel = self._button(self.tr("Avbryt"), "handoverCancel", self.reject)
        self.conflict_error = message_label("handoverConflictError")
        row = QHBoxLayout()
        for button in (self.keep_both, self.replace):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(cancel)
        layout = QVBoxLayout(page)
        layout.addWidget(self.conflict_text)
        layout.addWidget(self.compare, 1)
        layout.addWidget(self.conflict_error)
        layout.addLayout(row)
        return page

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def _section_labels(self) -> dict[str, str]:
        return {"guardian": self.tr("Foresatte"), "team_member": self.tr("Laget rundt eleven"),
                "absence_record": self.tr("Fravær (linjer)"), "contact_log": self.tr("Logg"),
                "conversation": self.tr("Kartleggingssamtaler"),
                "circle_entry": self.tr("Tiltakssirkel (punkter)"),
                "plan": self.tr("Opptrappingsplaner"), "agreement": self.tr("Avtaler"),
                "meeting": self.tr("Møter"), "consent": self.tr("Samtykker"),
                "handover_log": self.tr("Overføringer")}

    def _show_conflicts(self, conflicts: list[Conflict]) -> None:
        self.conflict_text.setText(self.tr(
            "Saker i filen finnes allerede her (antall: %n). Se hva som er forskjellig, og "
            "velg: behold begge (saken fra filen blir en egen sak), eller erstatt saken her "
            "med den fra filen (den som er her nå, blir tatt vare på som sikkerhetskopi).",
            "", len(conflicts)))
        labels = self._section_labels()
        rows: list[tuple[str, str, str]] = []
        for conflict in conflicts:
            here, there = conflict.existing, conflict.incoming
            rows.append((self.tr("Elevens navn"), here.name, there.name))
            rows.append((self.tr("Sist endret"), _when(here.updated_at), _when(there.updated_at)))
            rows += [(label, str(here.counts.get(key, 0)), str(there.counts.get(key, 0)))
                     for key, label in labels.items()]
        self.compare.setColumnCount(3)
        self.compare.setHorizontalHeaderLabels(["", self.tr("Her nå"), self.tr("I filen")])
        self.compare.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.compare.setItem(r, c, QTableWidgetItem(value))
        self.compare.resizeColumnsToContents()
        self.pages.setCurrentIndex(1)
        self.keep_both.setFocus()

    # --- page 3: done ------------------------------------------------------------------------
    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_text = wrapped_label("handoverImportDone")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.done_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("Ferdig"))
        self.done_button.setObjectName("handoverImportFinish")
        box.accepted.connect(lambda: Dialog.accept(self))
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_text)
        layout.addStretch(1)
        layout.addWidget(box)
        return page

    # --- doing it ----------------------------------------------------------------------------
    def accept(self) -> None:
        if self._call is not None or self.pages.currentIndex() != 0:
            return
        text = self.path.text().strip()
        if not text or not Path(text).expanduser().is_file():
            show_message(self.error, self.tr("Velg en overføringsfil som finnes."))
            self.path.setFocus()
            return
        path, passphrase = Path(text).expanduser(), self.passphrase.text()
        self._start(lambda: read_handover(path, passphrase), self._read,
                    self.tr("Kontrollerer og dekrypterer filen …"))

    def reject(self) -> None:
        """Avbryt, Esc, or the program locking: a check or write under way is
        finished first (all or nothing), then the dialog closes."""
        self._closing = True
        while self._call is not None:
            self._call.wait()
        super().reject()

    def _start(self, work, done, busy_text: str) -> None:
        show_message(self.progress, busy_text)
        self.pages.currentWidget().setEnabled(False)
        self._call = BackgroundCall(work, done, self)
        self._call.start()

    def _finished(self) -> None:
        self._call = None
        show_message(self.progress, "")
        self.pages.currentWidget().setEnabled(True)

    def _read(self, incoming: Incoming | None, error: BaseException | None) -> None:
        self._finished()
        if error is not None:
            self._failed(error, self.error)
            return
        self._incoming = incoming
        if self._closing:
            return  # read, nothing written: closing (Avbryt or the program locking)
        conflicts = self.service.conflicts(incoming)
        if conflicts:
            self._show_conflicts(conflicts)
        else:
            self._write({})

    def _resolve(self, resolution: Resolution) -> None:
        if self._call is None and self._incoming is not None:
            self._write({c.case_id: resolution for c in self.service.conflicts(self._incoming)})

    def _write(self, resolutions: dict[str, Resolution]) -> None:
        incoming = self._incoming
        self._start(lambda: self.service.import_cases(incoming, resolutions), self._written,
                    self.tr("Lagrer saken kryptert her …"))

    def _written(self, case_ids: list[str] | None, error: BaseException | None) -> None:
        self._finished()
        if error is not None:
            if isinstance(error, HandoverCaseExists):
                self._show_conflicts(error.conflicts)
                return
            self._failed(error, self.error if self.pages.currentIndex() == 0
                         else self.conflict_error)
            return
        names = ", ".join(c.name for c in self._incoming.cases)
        self._incoming = None
        self.done_text.setText(self.tr("Hentet inn: %1. Overføringen er skrevet inn i saken, "
                                       "og saken ligger nå kryptert i sakslisten her.")
                               .replace("%1", names))
        self.imported.emit(case_ids)
        self.pages.setCurrentIndex(2)
        self.done_button.setFocus()

    def _failed(self, error: BaseException, label: QLabel) -> None:
        if not isinstance(error, (CaseFileError, OSError)):
            raise error
        show_message(label, message_for(error))
        if isinstance(error, HandoverWrongPassphrase):
            self.passphrase.selectAll()
            self.passphrase.setFocus()
