"""First start: choose the passphrase that will unlock the vault."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.casefile.errors import CaseFileError
from desktop.ui.common import message_label, show_message
from desktop.ui.dialogs.base import passphrase_edit
from desktop.ui.messages import message_for
from desktop.ui.new_passphrase import NewPassphraseCheck
from desktop.ui.pages.centered import CenteredPage
from desktop.ui.worker import BackgroundCall


class FirstStartPage(CenteredPage):
    """Calls `create_vault(passphrase)` on a worker thread; emits `created` when done."""

    created = Signal()

    def __init__(self, create_vault: Callable[[str], None], parent: QWidget | None = None):
        super().__init__("firstStartPage", self.tr("Velkommen til Nærvær"), parent)
        self._create_vault = create_vault
        self._call: BackgroundCall | None = None
        self.add_text(self.tr(
            "Velg en passordfrase. Den låser opp sakene dine på denne maskinen. Den må være "
            "vanskelig å gjette, også for noen som har kopiert nøkkelfilen: gjerne fire eller "
            "fem vanlige ord som ikke hører sammen, og som du husker godt."))
        self.add_text(self.tr(
            "Skriv den ned og ta vare på den et trygt sted: uten passordfrasen kan ingen "
            "åpne sakene."), role="hint")
        self.passphrase = passphrase_edit("newPassphrase", self.tr("Passordfrase"))
        self.repeat = passphrase_edit("repeatPassphrase", self.tr("Passordfrase en gang til"))
        for edit in (self.passphrase, self.repeat):
            label = QLabel(edit.accessibleName())
            label.setBuddy(edit)
            self.column.addWidget(label)
            self.column.addWidget(edit)
            edit.textChanged.connect(lambda: show_message(self.error, ""))
            edit.returnPressed.connect(self.submit)
        self.strength = message_label("firstStartStrength", "hint")
        self.column.addWidget(self.strength)
        self.check = NewPassphraseCheck(self.passphrase, self.repeat, self.strength)
        self.error = message_label("firstStartError")
        self.progress = message_label("firstStartProgress", "hint")
        self.button = QPushButton(self.tr("Opprett og start"))
        self.button.setObjectName("createVaultButton")
        self.button.setAccessibleName(self.tr("Opprett passordfrase og start"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        self.column.addWidget(self.error)
        self.column.addWidget(self.progress)
        self.column.addLayout(row)

    def submit(self) -> None:
        if self._call is not None:
            return
        refusal = self.check.refusal()
        if refusal is not None:
            show_message(self.error, refusal)
            self.passphrase.setFocus()
            return
        passphrase = self.passphrase.text()
        self._set_busy(True)
        self._call = BackgroundCall(lambda: self._create_vault(passphrase), self._done, self)
        self._call.start()

    def _done(self, _result: object, error: BaseException | None) -> None:
        self._call = None
        self._set_busy(False)
        if error is None:
            self.passphrase.clear()
            self.repeat.clear()
            self.created.emit()
        elif isinstance(error, (CaseFileError, OSError)):
            show_message(self.error, message_for(error))
        else:
            raise error

    def _set_busy(self, busy: bool) -> None:
        show_message(self.progress, self.tr("Lager nøkkelen …") if busy else "")
        self.button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.repeat.setEnabled(not busy)
