"""What the two handover dialogs share: labelled rows, the file row with its
chooser, and the wrapped texts of their last page."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.services.handover import SUFFIX


def labelled(form: QFormLayout, text: str, field: QWidget | QHBoxLayout,
             buddy: QWidget | None = None) -> None:
    label = QLabel(text)
    label.setBuddy(buddy or field)
    form.addRow(label, field)


def file_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def choose_handover_file(parent: QWidget, title: str, start: str, save: bool,
                         selected: Callable[[str], None]) -> QFileDialog:
    """A file dialog for *.naervaer-overforing, opened (not exec'd)."""
    dialog = QFileDialog(parent, title, start)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(SUFFIX[1:])
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(QCoreApplication.translate("handover", "Overføringsfil (*%1)")
                         .replace("%1", SUFFIX))
    dialog.fileSelected.connect(selected)
    dialog.open()
    return dialog


def wrapped_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label
