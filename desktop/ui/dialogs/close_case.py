"""Avslutt saken / Gjenåpne saken (issue 14): the reason, the date, who, and
for a closing the date the case should be deleted by (proposed from
Innstillinger, changeable) and whether to make the closing report now.
Thin: the dialog collects and calls back; CaseClosing records."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case_closing import ClosingEvent, ClosingProblem, ClosingReason
from desktop.domain.validation import format_date
from desktop.ui.common import message_label, refuse, show_message
from desktop.ui.dialogs.base import Dialog
from desktop.ui.widgets.inputs import date_edit, from_qdate, line_edit, to_qdate


def reason_choices(tr: Callable[[str], str]) -> list[tuple[ClosingReason, str]]:
    return [(ClosingReason.NO_FOLLOW_UP, tr("Ingen videre oppfølging")),
            (ClosingReason.MOVED_SCHOOL, tr("Flyttet til annen skole")),
            (ClosingReason.OTHER_SERVICE, tr("Overført til annen tjeneste")),
            (ClosingReason.OTHER, tr("Annet"))]


# close(reason, text, on, by, delete_by, make_report); raises ClosingProblem.
CloseCallback = Callable[[ClosingReason, str, date, str, date, bool], None]
# reopen(on, by, text); raises ClosingProblem.
ReopenCallback = Callable[[date, str, str], None]


class CloseCaseDialog(Dialog):
    """The delete-by date follows the closing date by the setting until the
    user changes it."""

    def __init__(self, parent: QWidget, today: date, by: str,
                 propose: Callable[[date], date], rule_text: str, close: CloseCallback):
        super().__init__(parent, self.tr("Avslutt saken"), "closeCaseDialog")
        self._close = close
        self._propose = propose
        self._delete_by_touched = False
        hint = QLabel(self.tr(
            "Når saken avsluttes, blir den arkivert: den skjules i saklisten og blir "
            "liggende kryptert til slettedatoen. Da tilbyr saklisten å slette den. "
            "En avsluttet sak kan gjenåpnes."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.reason = QComboBox()
        self.reason.setObjectName("closeReason")
        self.reason.setAccessibleName(self.tr("Grunn til at saken avsluttes"))
        for value, text in reason_choices(self.tr):
            self.reason.addItem(text, value)
        self.own_words = line_edit("closeReasonText", self.tr("Utdyping av grunnen"),
                                   self.tr("Skriv med egne ord (må fylles ut ved «Annet»)"))
        self.closed_on = date_edit("closeDate", self.tr("Dato saken avsluttes"))
        self.closed_on.setDate(to_qdate(today))
        self.by = line_edit("closeBy", self.tr("Hvem avslutter saken"))
        self.by.setText(by)
        self.delete_by = date_edit("closeDeleteBy", self.tr("Slettes innen"))
        self.delete_by.setDate(to_qdate(propose(today)))
        self.rule = QLabel(rule_text)
        self.rule.setObjectName("closeDeleteRule")
        self.rule.setWordWrap(True)
        self.rule.setProperty("role", "hint")
        self.make_report = QCheckBox(self.tr("Lag sluttrapport (PDF) til arkivet nå"))
        self.make_report.setObjectName("closeMakeReport")
        self.make_report.setAccessibleName(self.tr("Lag sluttrapport til arkivet nå"))
        self.make_report.setChecked(True)
        self.error = message_label("closeError")
        form = QFormLayout()
        for text, widget in ((self.tr("&Grunn:"), self.reason),
                             (self.tr("&Utdyping:"), self.own_words),
                             (self.tr("&Dato:"), self.closed_on),
                             (self.tr("Avsluttet &av:"), self.by),
                             (self.tr("&Slettes innen:"), self.delete_by)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.rule)
        form.addRow(self.make_report)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.button_box(self.tr("Avslutt saken"), "closeConfirm"))
        self.closed_on.dateChanged.connect(self._follow_closing)
        self.delete_by.dateChanged.connect(self._touched)
        self.setMinimumWidth(520)

    def _follow_closing(self, _value) -> None:
        if not self._delete_by_touched:
            self.delete_by.blockSignals(True)
            self.delete_by.setDate(to_qdate(self._propose(from_qdate(self.closed_on.date()))))
            self.delete_by.blockSignals(False)

    def _touched(self, _value) -> None:
        self._delete_by_touched = True

    def accept(self) -> None:
        reason = self.reason.currentData()
        try:
            self._close(reason, self.own_words.text(), from_qdate(self.closed_on.date()),
                        self.by.text(), from_qdate(self.delete_by.date()),
                        self.make_report.isChecked())
        except ClosingProblem as problem:
            field = {"text_missing": self.own_words,
                     "delete_before_close": self.delete_by}.get(problem.code, self.reason)
            refuse(self.error, field, closing_problem_text(problem, self.tr))
            return
        show_message(self.error, "")
        super().accept()


class ReopenCaseDialog(Dialog):
    def __init__(self, parent: QWidget, today: date, by: str, reopen: ReopenCallback):
        super().__init__(parent, self.tr("Gjenåpne saken"), "reopenCaseDialog")
        self._reopen = reopen
        hint = QLabel(self.tr("Saken tas fram fra arkivet og følges opp igjen. Slettedatoen "
                              "gjelder ikke lenger. Grunnen skrives i sakens historikk."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.reason = line_edit("reopenReason", self.tr("Grunn til at saken gjenåpnes"),
                                self.tr("For eksempel: fraværet har økt igjen"))
        self.reopened_on = date_edit("reopenDate", self.tr("Dato saken gjenåpnes"))
        self.reopened_on.setDate(to_qdate(today))
        self.by = line_edit("reopenBy", self.tr("Hvem gjenåpner saken"))
        self.by.setText(by)
        self.error = message_label("reopenError")
        form = QFormLayout()
        for text, widget in ((self.tr("&Grunn:"), self.reason),
                             (self.tr("&Dato:"), self.reopened_on),
                             (self.tr("Gjenåpnet &av:"), self.by)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.button_box(self.tr("Gjenåpne saken"), "reopenConfirm"))
        self.setMinimumWidth(480)

    def accept(self) -> None:
        try:
            self._reopen(from_qdate(self.reopened_on.date()), self.by.text(), self.reason.text())
        except ClosingProblem as problem:
            refuse(self.error, self.reason, closing_problem_text(problem, self.tr))
            return
        super().accept()


def closed_banner_text(closing: ClosingEvent) -> str:
    tr = lambda text: QCoreApplication.translate("CloseCaseDialog", text)  # noqa: E731
    reason = dict(reason_choices(tr)).get(closing.reason, "")
    if closing.text:
        reason = f"{reason}: {closing.text}" if reason else closing.text
    return (tr("Saken ble avsluttet %1 (%2) og er arkivert. Den bør slettes innen %3. "
               "Fil → Gjenåpne saken … tar den opp igjen.")
            .replace("%1", format_date(closing.on)).replace("%2", reason)
            .replace("%3", format_date(closing.delete_by)))


def closing_problem_text(problem: ClosingProblem, tr: Callable[[str], str]) -> str:
    return {
        "text_missing": tr("Skriv grunnen med egne ord."),
        "already_closed": tr("Saken er allerede avsluttet."),
        "not_closed": tr("Saken er ikke avsluttet."),
        "delete_before_close": tr("Slettedatoen kan ikke være før datoen saken avsluttes."),
    }.get(problem.code, tr("Saken kunne ikke avsluttes."))
