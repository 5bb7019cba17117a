"""Registrer beslutning: the user decides the phase (the program only
suggested it), with the date and who decided."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.absence_rules import RuleSet
from desktop.domain.validation import format_date, parse_date
from desktop.ui.common import message_label, refuse
from desktop.ui.crash_guard import guarded
from desktop.ui.dialogs.base import Dialog
from desktop.ui.widgets.inputs import labelled_rows


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
        self.date_edit = self._line("decisionDate", self.tr("Dato"), format_date(today))
        self.by_edit = self._line("decisionBy", self.tr("Besluttet av"), "")
        self.by_edit.setPlaceholderText(self.tr("navn og rolle"))
        self.note_edit = self._line("decisionNote", self.tr("Merknad"), "")
        self.error = message_label("decisionError")
        form = QFormLayout()
        labelled_rows(form, ((self.tr("&Fase/trinn"), self.phase),
                             (self.tr("&Dato"), self.date_edit),
                             (self.tr("&Besluttet av"), self.by_edit),
                             (self.tr("&Merknad"), self.note_edit)))
        hint = QLabel(self.tr("Programmet foreslår. Dere bestemmer, og beslutningen lagres "
                              "med dato og hvem som tok den."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.button_box(self.tr("Registrer")))
        self.by_edit.setFocus()

    @staticmethod
    def _line(name: str, accessible: str, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    @guarded
    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.by_edit.setFocus()  # the time/date are filled in; start where typing starts

    def accept(self) -> None:
        try:
            day = parse_date(self.date_edit.text())
        except ValueError:
            day = None
        if day is None:
            refuse(self.error, self.date_edit, self.tr("Skriv datoen som dd.mm.åååå."))
            return
        if not self.by_edit.text().strip():
            refuse(self.error, self.by_edit, self.tr("Skriv hvem som tok beslutningen."))
            return
        self.decided.emit(self.phase.currentData(), day, self.by_edit.text().strip(),
                          self.note_edit.text().strip())
        super().accept()
