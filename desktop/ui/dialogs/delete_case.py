"""Slett sak: deleting is for good, so the user types the pupil's name first."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.casefile.errors import CaseFileError
from desktop.ui.common import message_label, show_message
from desktop.ui.dialogs.base import Dialog
from desktop.ui.messages import message_for


class DeleteCaseDialog(Dialog):
    """The delete button is enabled only when the typed name equals the pupil's
    name — or, for a damaged file whose name cannot be read, the word SLETT."""

    def __init__(self, parent: QWidget, pupil_name: str, delete: Callable[[], None]):
        super().__init__(parent, self.tr("Slett sak"), "deleteCaseDialog")
        self._name = pupil_name.strip() or self.tr("SLETT")
        self._delete = delete
        warning = QLabel(self.tr("Saken slettes for godt, sammen med sikkerhetskopien. "
                                 "Dette kan ikke angres."))
        warning.setWordWrap(True)
        if pupil_name.strip():
            prompt = QLabel(self.tr("Skriv elevens navn, «%1», for å bekrefte:")
                            .replace("%1", self._name))
        else:
            prompt = QLabel(self.tr("Filen er skadet, så navnet kan ikke leses. Skriv "
                                    "«%1» for å bekrefte:").replace("%1", self._name))
        prompt.setWordWrap(True)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("deleteConfirmName")
        self.confirm_edit.setAccessibleName(self.tr("Elevens navn for å bekrefte slettingen"))
        self.confirm_edit.setMinimumWidth(340)
        prompt.setBuddy(self.confirm_edit)
        self.error = message_label("deleteError")
        box = self.button_box(self.tr("Slett saken"), "deleteConfirmButton")
        self.delete_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        self.delete_button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(prompt)
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.confirm_edit.textChanged.connect(self._check)

    def _check(self, text: str) -> None:
        self.delete_button.setEnabled(bool(self._name) and text.strip() == self._name)

    def accept(self) -> None:
        if not self.delete_button.isEnabled():
            return
        try:
            self._delete()
        except (CaseFileError, OSError) as exc:
            show_message(self.error, message_for(exc))
            return
        super().accept()
