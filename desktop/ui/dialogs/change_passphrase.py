"""Bytt passordfrase: the old one, the new one twice. Re-wraps the master key
only (the case files are untouched); the key derivation runs off the UI thread."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.casefile.errors import CaseFileError, WrongPassphrase
from desktop.ui.common import message_label, refuse, show_message
from desktop.ui.dialogs.base import Dialog, passphrase_edit
from desktop.ui.messages import message_for
from desktop.ui.new_passphrase import NewPassphraseCheck
from desktop.ui.worker import BackgroundCall


class ChangePassphraseDialog(Dialog):
    """Calls `change(old, new)` on a worker thread; emits `changed` when it worked."""

    changed = Signal()

    def __init__(self, parent: QWidget, change: Callable[[str, str], None]):
        super().__init__(parent, self.tr("Bytt passordfrase"), "changePassphraseDialog")
        self._change = change
        self._call: BackgroundCall | None = None
        intro = QLabel(self.tr("Den nye passordfrasen må være vanskelig å gjette, også for noen "
                               "som har kopiert nøkkelfilen. Sakene dine blir ikke endret."))
        intro.setWordWrap(True)
        self.old_edit = passphrase_edit("oldPassphrase", self.tr("Nåværende passordfrase"))
        self.new_edit = passphrase_edit("newPassphrase", self.tr("Ny passordfrase"))
        self.repeat_edit = passphrase_edit("repeatPassphrase",
                                           self.tr("Ny passordfrase en gang til"))
        form = QFormLayout()
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            label = QLabel(edit.accessibleName())
            label.setBuddy(edit)
            form.addRow(label, edit)
            edit.textChanged.connect(lambda: show_message(self.error, ""))
        self.strength = message_label("changePassphraseStrength", "hint")
        self.check = NewPassphraseCheck(self.new_edit, self.repeat_edit, self.strength)
        self.error = message_label("changePassphraseError")
        self.progress = message_label("changePassphraseProgress", "hint")
        self.buttons = self.button_box(self.tr("Bytt passordfrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.strength)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if self._call is not None:
            return
        refusal = self.check.refusal()
        if refusal is not None:
            refuse(self.error, self.new_edit, refusal)
            return
        old, new = self.old_edit.text(), self.new_edit.text()
        self._set_busy(True)
        self._call = BackgroundCall(lambda: self._change(old, new), self._done, self)
        self._call.start()

    def reject(self) -> None:
        if self._call is None:  # a change in progress finishes first
            super().reject()

    def _done(self, _result: object, error: BaseException | None) -> None:
        self._call = None
        self._set_busy(False)
        if error is None:
            self.changed.emit()
            super().accept()
            return
        if isinstance(error, WrongPassphrase):
            show_message(self.error, self.tr("Den nåværende passordfrasen er feil. Prøv igjen."))
            self.old_edit.selectAll()
            self.old_edit.setFocus()
        elif isinstance(error, (CaseFileError, OSError)):
            show_message(self.error, message_for(error))
        else:
            raise error

    def _set_busy(self, busy: bool) -> None:
        show_message(self.progress, self.tr("Bytter passordfrase …") if busy else "")
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
