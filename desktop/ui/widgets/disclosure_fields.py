"""The utleveringslogg's two short fields in the save and print dialogs:
"Til" (to whom, optional, with the names used before in the case) and
"Utlevert av" (filled with the name written last time). They are added to the
one "Lagre som PDF" dialog (pdf_save.py) and to the print dialog
(document_output.py) when the widget asking belongs to an open case; what was
written travels to the ExportJob or the print through `handing_out`.

The open case is found from the widget asking: the case page holds the
case's DisclosureService as `disclosure_log`, so a dialog or section inside it
finds it by walking up its parents. Nothing global: a PDF written outside a
case (a blank form) is not logged.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.services.disclosure import DisclosureService

_handed: ContextVar[tuple[str, str]] = ContextVar("naervaer_handed_out", default=("", ""))


def disclosure_for(widget: QObject | None) -> DisclosureService | None:
    """The open case's utleveringslogg, for a widget inside the case page."""
    while widget is not None:
        service = getattr(widget, "disclosure_log", None)
        if isinstance(service, DisclosureService):
            return None if service.session.closed else service
        widget = widget.parent()
    return None


@contextmanager
def handing_out(recipient: str, by_whom: str) -> Iterator[None]:
    token = _handed.set((recipient.strip(), by_whom.strip()))
    try:
        yield
    finally:
        _handed.reset(token)


def handed_out() -> tuple[str, str]:
    """(to whom, by whom) as written in the dialog that started this output."""
    return _handed.get()


class DisclosureFields(QWidget):
    def __init__(self, service: DisclosureService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("disclosureFields")
        self.recipient = QComboBox()
        self.recipient.setObjectName("disclosureRecipient")
        self.recipient.setAccessibleName(self.tr("Til hvem dokumentet gis (valgfritt)"))
        self.recipient.setEditable(True)
        self.recipient.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.recipient.addItems(service.recipients())
        self.recipient.setCurrentIndex(-1)
        self.recipient.lineEdit().setPlaceholderText(self.tr("for eksempel mor, PPT"))
        self.recipient.lineEdit().setMaxLength(200)
        self.by_whom = QLineEdit(service.last_by())
        self.by_whom.setObjectName("disclosureBy")
        self.by_whom.setAccessibleName(self.tr("Hvem som gir ut dokumentet"))
        self.by_whom.setMaxLength(200)
        to_label = QLabel(self.tr("&Til (valgfritt):"))
        to_label.setBuddy(self.recipient)
        by_label = QLabel(self.tr("Utlevert a&v:"))
        by_label.setBuddy(self.by_whom)
        rows = QGridLayout(self)  # two rows: room for the text in the narrow print dialog
        rows.setContentsMargins(0, 4, 0, 0)
        rows.addWidget(to_label, 0, 0)
        rows.addWidget(self.recipient, 0, 1)
        rows.addWidget(by_label, 1, 0)
        rows.addWidget(self.by_whom, 1, 1)
        rows.setColumnStretch(1, 1)
        self.recipient.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 36)
        self.setToolTip(self.tr("Føres i sakens utleveringslogg med dokumentets nummer."))

    def values(self) -> tuple[str, str]:
        return self.recipient.currentText(), self.by_whom.text()


def add_disclosure_fields(dialog: QDialog, asking: QObject | None) -> DisclosureFields | None:
    """Puts the fields at the bottom of a widget-based dialog (Qt's own file and
    print dialogs); None outside a case, in a read-only case (nothing can be
    recorded) or for a native dialog without a layout to add to."""
    service = disclosure_for(asking)
    layout = dialog.layout()
    if service is None or service.read_only or layout is None:
        return None
    fields = DisclosureFields(service, dialog)
    if isinstance(layout, QGridLayout):
        layout.addWidget(fields, layout.rowCount(), 0, 1, layout.columnCount())
    elif isinstance(layout, QBoxLayout):
        layout.insertWidget(max(layout.count() - 1, 0), fields)  # above the buttons
    else:
        fields.deleteLater()
        return None
    return fields
