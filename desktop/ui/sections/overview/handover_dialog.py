"""Gi stafetten videre: the stafettholder is a named person of the case (the
team around the pupil, a guardian, or a name typed in), handed the baton on a
date, with a note on why."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from desktop.domain.validation import format_date
from desktop.ui.common import message_label, refuse
from desktop.ui.dialogs.base import Dialog
from desktop.ui.widgets.inputs import labelled_rows, line_edit, required_date

_ROLE = Qt.ItemDataRole.UserRole + 1  # the person's role as the case knows it


class HandoverDialog(Dialog):
    handed_over = Signal(str, str, object, str)  # name, role, date, note

    def __init__(self, parent: QWidget, people: list[tuple[str, str]], holder: str,
                 suggested_role: str, today: date):
        super().__init__(parent, self.tr("Ny stafettholder"), "handoverDialog")
        self.person = QComboBox()
        self.person.setObjectName("handoverPerson")
        self.person.setAccessibleName(self.tr("Ny stafettholder"))
        self.person.setEditable(True)
        for name, role in people:
            self.person.addItem(f"{name} ({role})" if role else name, name)
            self.person.setItemData(self.person.count() - 1, role, _ROLE)
        # The phase's role picks the first person who has it.
        match = next((i for i, (_, role) in enumerate(people)
                      if role and role.casefold() in suggested_role.casefold()), -1)
        self.person.setCurrentIndex(match)
        if match < 0:
            self.person.setEditText("")
        self.date_edit = line_edit("handoverDate", self.tr("Dato"))
        self.date_edit.setText(format_date(today))
        self.note_edit = line_edit("handoverNote", self.tr("Merknad"),
                                   self.tr("for eksempel: saken går til fase 3"))
        self.error = message_label("handoverError")
        form = QFormLayout()
        labelled_rows(form, ((self.tr("&Ny stafettholder"), self.person),
                             (self.tr("&Dato"), self.date_edit),
                             (self.tr("&Merknad"), self.note_edit)))
        text = self.tr("Stafettholderen har ansvaret for at oppfølgingen henger sammen. "
                       "Fasen foreslår: %1.").replace("%1", suggested_role or "–")
        if holder:
            text += " " + self.tr("Nå: %1.").replace("%1", holder)
        self.form_layout(text, form, self.error, self.tr("Gi stafetten videre"))
        self.person.setFocus()

    def _chosen(self) -> tuple[str, str]:
        """(name, role): a person of the case, or what was typed."""
        index = self.person.currentIndex()
        typed = self.person.currentText().strip()
        if index >= 0 and self.person.itemText(index) == typed:
            return self.person.itemData(index), self.person.itemData(index, _ROLE) or ""
        return typed, ""

    def accept(self) -> None:
        name, role = self._chosen()
        if not name:
            refuse(self.error, self.person, self.tr("Skriv eller velg hvem som får stafetten."))
            return
        day = required_date(self.date_edit, self.error)
        if day is None:
            return
        self.handed_over.emit(name, role, day, self.note_edit.text().strip())
        super().accept()
