"""What every dialog of the program has in common."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common import norwegian_buttons, set_title


class Dialog(QDialog):
    """Window-modal, titled (with DEMO in demo mode), deleted when closed."""

    def __init__(self, parent: QWidget, title: str, object_name: str):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, True)
        set_title(self, title)

    def button_box(self, accept_text: str,
                   accept_name: str = "acceptButton") -> QDialogButtonBox:
        """OK/Avbryt with our own texts (Qt ships no bokmål translation)."""
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        norwegian_buttons(box)
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(accept_text)
        ok.setObjectName(accept_name)
        box.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        return box

    def form_layout(self, hint: str, form: QFormLayout, error: QLabel,
                    accept_text: str) -> None:
        """The usual small form dialog: a hint, the form, the inline message, the buttons."""
        label = QLabel(hint)
        label.setWordWrap(True)
        label.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(error)
        layout.addWidget(self.button_box(accept_text))


def passphrase_edit(object_name: str, accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(320)
    return edit
