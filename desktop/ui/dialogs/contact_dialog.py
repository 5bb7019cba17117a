"""One contact with the home: when, with whom (the case's people or free
text), how, by whom, what was said and agreed, and the next step."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.follow_up import Channel, Contact
from desktop.domain.validation import format_date, parse_date
from desktop.ui.common import message_label, refuse
from desktop.ui.crash_guard import guarded
from desktop.ui.dialogs.base import Dialog
from desktop.ui.widgets.absence_texts import channel_labels


def parse_when(text: str) -> datetime:
    """'dd.mm.åååå tt:mm' (time optional). Raises ValueError."""
    parts = text.split()
    if not parts or len(parts) > 2:
        raise ValueError(text)
    day = parse_date(parts[0])
    if day is None:
        raise ValueError(text)
    hour, minute = 0, 0
    if len(parts) == 2:
        hour, minute = (int(p) for p in parts[1].replace(".", ":").split(":"))
    return datetime(day.year, day.month, day.day, hour, minute)


class ContactDialog(Dialog):
    saved = Signal(object)  # Contact

    def __init__(self, parent: QWidget, people: list[str], now: datetime,
                 contact: Contact | None = None, default_with: str = ""):
        super().__init__(parent, self.tr("Kontakt med hjemmet"), "contactDialog")
        self._id = contact.id if contact else None
        self.when = self._line("contactWhen", self.tr("Tidspunkt"),
                               (contact.at if contact else now).strftime("%d.%m.%Y %H:%M"))
        self.with_whom = QComboBox()
        self.with_whom.setObjectName("contactWith")
        self.with_whom.setAccessibleName(self.tr("Med hvem"))
        self.with_whom.setEditable(True)
        self.with_whom.addItems(people)
        self.with_whom.setEditText(contact.with_whom if contact else default_with)
        self.channel = QComboBox()
        self.channel.setObjectName("contactChannel")
        self.channel.setAccessibleName(self.tr("Hvordan"))
        for value, label in channel_labels():
            self.channel.addItem(label, value.value)
        if contact:
            self.channel.setCurrentIndex(self.channel.findData(contact.channel.value))
        self.by_whom = self._line("contactBy", self.tr("Av hvem"),
                                  contact.by_whom if contact else "")
        self.summary = self._text("contactSummary", self.tr("Hva ble sagt"),
                                  contact.summary if contact else "")
        self.agreed = self._text("contactAgreed", self.tr("Hva ble avtalt"),
                                 contact.agreed if contact else "")
        self.next_step = self._line("contactNextStep", self.tr("Neste steg"),
                                    contact.next_step if contact else "")
        self.next_date = self._line("contactNextDate", self.tr("Dato for neste steg"),
                                    format_date(contact.next_date) if contact else "")
        self.next_date.setPlaceholderText("dd.mm.åååå")
        self.error = message_label("contactError")
        form = QFormLayout()
        for text, editor in ((self.tr("&Tidspunkt"), self.when),
                             (self.tr("&Med hvem"), self.with_whom),
                             (self.tr("&Hvordan"), self.channel),
                             (self.tr("&Av hvem"), self.by_whom),
                             (self.tr("Hva ble &sagt"), self.summary),
                             (self.tr("Hva ble a&vtalt"), self.agreed),
                             (self.tr("&Neste steg"), self.next_step),
                             (self.tr("Dato for n&este steg"), self.next_date)):
            label = QLabel(text)
            label.setBuddy(editor)
            form.addRow(label, editor)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.button_box(self.tr("Lagre")))
        self.resize(520, self.sizeHint().height())
        self.with_whom.setFocus()

    @staticmethod
    def _line(name: str, accessible: str, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    @staticmethod
    def _text(name: str, accessible: str, text: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(70)
        return edit

    @guarded
    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.with_whom.setFocus()  # the time/date are filled in; start where typing starts

    def accept(self) -> None:
        try:
            when = parse_when(self.when.text())
        except ValueError:
            refuse(self.error, self.when, self.tr("Skriv tidspunktet som dd.mm.åååå tt:mm."))
            return
        try:
            next_date = parse_date(self.next_date.text())
        except ValueError:
            refuse(self.error, self.next_date,
                   self.tr("Skriv datoen for neste steg som dd.mm.åååå."))
            return
        if not self.with_whom.currentText().strip():
            refuse(self.error, self.with_whom, self.tr("Skriv hvem dere hadde kontakt med."))
            return
        self.saved.emit(Contact(self._id, when, self.with_whom.currentText().strip(),
                                Channel(self.channel.currentData()), self.by_whom.text().strip(),
                                self.summary.toPlainText().strip(),
                                self.agreed.toPlainText().strip(),
                                self.next_step.text().strip(), next_date))
        super().accept()
