"""Shown when the data folder is missing or cannot be written."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.ui.pages.centered import CenteredPage


class DataDirPage(CenteredPage):
    retry = Signal()
    quit = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("dataDirPage", self.tr("Datamappen kan ikke brukes"), parent)
        self.message = self.add_text("", "dataDirMessage")
        self.add_text(self.tr("Ingenting er slettet eller endret."), role="hint")
        retry = QPushButton(self.tr("Prøv igjen"))
        retry.setObjectName("retryDataDir")
        retry.setDefault(True)
        retry.clicked.connect(self.retry)
        quit_button = QPushButton(self.tr("Avslutt"))
        quit_button.setObjectName("quitFromDataDir")
        quit_button.clicked.connect(self.quit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(quit_button)
        row.addWidget(retry)
        self.column.addLayout(row)

    def set_message(self, text: str) -> None:
        self.message.setText(text)
