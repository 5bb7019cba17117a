"""Registrer beslutning: the user decides the phase (the program only
suggested it), with the date and who decided."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from desktop.domain.absence_rules import RuleSet
from desktop.domain.validation import format_date
from desktop.ui.common import message_label, refuse
from desktop.ui.crash_guard import guarded
from desktop.ui.dialogs.base import Dialog
from desktop.ui.widgets.inputs import labelled_rows, line_edit, required_date


class DecisionDialog(Dialog):
    decided = Signal(str, object, str, str)  # phase id, date, by whom, note

    def __init__(self, parent: QWidget, rule_set: RuleSet, suggested: str, today: date):
        super().__init__(parent, self.tr("Registrer beslutning"), "decisionDialog")
        self.phase = QComboBox()
        self.phase.setObjectName("decisionPhase")
        self.phase.setAccessibleName(self.tr("Fase eller trinn"))
        for phase in rule_set.phases:
            self.phase.addItem(phase.name, phase.id)
        self.phase.setCurrentIndex(max(self.phase.findData(suggested), 0))
        self.date_edit = line_edit("decisionDate", self.tr("Dato"))
        self.date_edit.setText(format_date(today))
        self.by_edit = line_edit("decisionBy", self.tr("Besluttet av"), self.tr("navn og rolle"))
        self.note_edit = line_edit("decisionNote", self.tr("Merknad"))
        self.error = message_label("decisionError")
        form = QFormLayout()
        labelled_rows(form, ((self.tr("&Fase/trinn"), self.phase),
                             (self.tr("&Dato"), self.date_edit),
                             (self.tr("&Besluttet av"), self.by_edit),
                             (self.tr("&Merknad"), self.note_edit)))
        self.form_layout(self.tr("Programmet foreslår. Dere bestemmer, og beslutningen lagres "
                                 "med dato og hvem som tok den."), form, self.error,
                         self.tr("Registrer"))
        self.by_edit.setFocus()

    @guarded
    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.by_edit.setFocus()  # the time/date are filled in; start where typing starts

    def accept(self) -> None:
        day = required_date(self.date_edit, self.error)
        if day is None:
            return
        if not self.by_edit.text().strip():
            refuse(self.error, self.by_edit, self.tr("Skriv hvem som tok beslutningen."))
            return
        self.decided.emit(self.phase.currentData(), day, self.by_edit.text().strip(),
                          self.note_edit.text().strip())
        super().accept()
