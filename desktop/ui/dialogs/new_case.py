"""Ny sak: the pupil's name is all it takes to start a case."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.casefile.errors import CaseFileError
from desktop.ui.common import message_label, refuse, show_message
from desktop.ui.dialogs.base import Dialog
from desktop.ui.messages import message_for


class NewCaseDialog(Dialog):
    """Asks for the pupil's name and calls `create(name)`; stays open with a
    message if the name is empty or creating fails."""

    def __init__(self, parent: QWidget, create: Callable[[str], None]):
        super().__init__(parent, self.tr("Ny sak"), "newCaseDialog")
        self._create = create
        intro = QLabel(self.tr("En sak samler alt om én elev. Du kan fylle ut resten etterpå."))
        intro.setWordWrap(True)
        label = QLabel(self.tr("Elevens navn"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("newCaseName")
        self.name_edit.setAccessibleName(self.tr("Elevens navn"))
        self.name_edit.setMinimumWidth(340)
        label.setBuddy(self.name_edit)
        self.error = message_label("newCaseError")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.button_box(self.tr("Opprett sak"), "createCaseButton"))
        self.name_edit.textChanged.connect(lambda: show_message(self.error, ""))

    def accept(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            refuse(self.error, self.name_edit, self.tr("Skriv elevens navn for å opprette saken."))
            return
        try:
            self._create(name)
        except CaseFileError as exc:
            show_message(self.error, message_for(exc))
            return
        super().accept()
