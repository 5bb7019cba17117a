"""Follow-up of the current step: how each week went (nådd / delvis / ikke
nådd, with a note), and the decision to go on, repeat the step or take a step
back — each with a date and a reason. Everything goes into the plan's
history, which is only ever added to, and is shown in full below."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.escalation_plan import (
    Decision,
    EscalationPlan,
    RunStatus,
    StepRun,
    WeekResult,
    monday,
)
from desktop.domain.validation import parse_date
from desktop.services.plan_service import PlanService, today
from desktop.ui.common import message_label, show_message
from desktop.ui.widgets.inputs import labelled_rows


def result_words(widget: QWidget) -> dict[WeekResult, str]:
    return {WeekResult.REACHED: widget.tr("Nådd"), WeekResult.PARTLY: widget.tr("Delvis"),
            WeekResult.NOT_REACHED: widget.tr("Ikke nådd")}


def decision_words(widget: QWidget) -> dict[Decision, str]:
    return {Decision.ADVANCE: widget.tr("Videre til neste steg"),
            Decision.REPEAT: widget.tr("Steget gjentas"),
            Decision.BACK: widget.tr("Ett steg tilbake")}


class FollowUpPanel(QWidget):
    """`recorded()` after anything is added to the history."""

    recorded = Signal()

    def __init__(self, service: PlanService, parent=None):
        super().__init__(parent)
        self.setObjectName("planFollowUp")
        self.service = service
        self.plan: EscalationPlan | None = None
        self.run: StepRun | None = None

        self.current = QLabel()
        self.current.setObjectName("planFollowCurrent")
        self.current.setWordWrap(True)
        self.attendance = QLabel()
        self.attendance.setObjectName("planFollowAttendance")
        self.attendance.setWordWrap(True)

        week_box = QGroupBox(self.tr("Hvordan gikk uka?"))
        self.week_date = QLineEdit()
        self.week_date.setObjectName("planWeekDate")
        self.week_date.setAccessibleName(self.tr("Uke (en dato i uka)"))
        self.result = QComboBox()
        self.result.setObjectName("planWeekResult")
        self.result.setAccessibleName(self.tr("Resultat for uka"))
        for result, word in result_words(self).items():
            self.result.addItem(word, result.value)
        self.week_note = QLineEdit()
        self.week_note.setObjectName("planWeekNote")
        self.week_note.setAccessibleName(self.tr("Notat om uka"))
        self.week_button = QPushButton(self.tr("Lagre uka"))
        self.week_button.setObjectName("planWeekSave")
        self.week_button.setAccessibleName(self.tr("Lagre uka"))
        form = QFormLayout(week_box)
        labelled_rows(form, ((self.tr("&Uke:"), self.week_date),
                             (self.tr("&Resultat:"), self.result),
                             (self.tr("N&otat:"), self.week_note)))
        form.addRow(self.week_button)

        decide_box = QGroupBox(self.tr("Hva gjør vi nå?"))
        self.decision_date = QLineEdit()
        self.decision_date.setObjectName("planDecisionDate")
        self.decision_date.setAccessibleName(self.tr("Dato for beslutningen"))
        self.reason = QLineEdit()
        self.reason.setObjectName("planDecisionReason")
        self.reason.setAccessibleName(self.tr("Begrunnelse"))
        self.reason.setPlaceholderText(self.tr("Hvorfor? For eksempel: ressurslæreren ble syk"))
        dform = QFormLayout(decide_box)
        labelled_rows(dform, ((self.tr("D&ato:"), self.decision_date),
                              (self.tr("&Begrunnelse:"), self.reason)))
        buttons = QHBoxLayout()
        self.decision_buttons: dict[Decision, QPushButton] = {}
        for decision, (name, text) in {
                Decision.ADVANCE: ("planAdvance", self.tr("Gå videre")),
                Decision.REPEAT: ("planRepeat", self.tr("Gjenta steget")),
                Decision.BACK: ("planStepBack", self.tr("Ett steg tilbake"))}.items():
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, d=decision: self._decide(d))
            buttons.addWidget(button)
            self.decision_buttons[decision] = button
        dform.addRow(buttons)
        self.message = message_label("planFollowMessage")

        history_label = QLabel(self.tr("&Historikk (ingenting overskrives):"))
        self.history = QListWidget()
        self.history.setObjectName("planHistory")
        self.history.setAccessibleName(self.tr("Historikk"))
        history_label.setBuddy(self.history)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.current)
        layout.addWidget(self.attendance)
        layout.addWidget(week_box)
        layout.addWidget(decide_box)
        layout.addWidget(self.message)
        layout.addWidget(history_label)
        layout.addWidget(self.history, 1)
        self.week_button.clicked.connect(self._record_week)

    def show_plan(self, plan: EscalationPlan | None, runs: list[StepRun]) -> None:
        self.plan = plan
        self.run = next((r for r in runs if r.status is RunStatus.CURRENT), None)
        enabled = self.run is not None and not self.service.read_only
        for widget in (self.week_button, *self.decision_buttons.values()):
            widget.setEnabled(enabled)
        if not self.week_date.text():
            self.week_date.setText(f"{monday(today()):%d.%m.%Y}")
        if not self.decision_date.text():
            self.decision_date.setText(f"{today():%d.%m.%Y}")
        if self.run is None:
            self.current.setText(self.tr("Alle stegene er gjennomført.") if plan else "")
            self.attendance.setText("")
        else:
            run = self.run
            self.current.setText(self.tr("Nå: steg %1 – %2 (%3–%4), mål %5 %")
                                 .replace("%1", str(run.number)).replace("%2", run.step.title)
                                 .replace("%3", f"{run.start:%d.%m.%Y}")
                                 .replace("%4", f"{run.end:%d.%m.%Y}")
                                 .replace("%5", f"{run.target:.0f}"))
            registered = self.service.registered(run, today())
            self.attendance.setText(
                self.tr("Registrert oppmøte i perioden: %1 % (mål %2 %)")
                .replace("%1", f"{registered:.0f}").replace("%2", f"{run.target:.0f}")
                if registered is not None else
                self.tr("Fraværsregisteret har ingen registreringer for perioden ennå."))
        self.history.clear()
        if plan is None:
            return
        titles = {s.id: (i + 1, s.title) for i, s in enumerate(plan.steps)}
        results, decisions = result_words(self), decision_words(self)
        for entry in self.service.history(plan.id):
            number, title = titles.get(entry.step_id, (0, "?"))
            what = results[entry.result] if entry.result else decisions[entry.decision]
            line = f"{entry.on:%d.%m.%Y} · " + self.tr("Steg %1").replace("%1", str(number)) \
                + f" {title} · {what}"
            if entry.text:
                line += f": {entry.text}"
            self.history.addItem(line)

    def _date(self, edit: QLineEdit):
        try:
            day = parse_date(edit.text())
        except ValueError:
            day = None
        if day is None:
            show_message(self.message,
                         self.tr("Skriv datoen som dd.mm.åååå, for eksempel 16.03.2026."))
            edit.setFocus()
        return day

    def _record_week(self) -> None:
        if self.run is None or self.plan is None:
            return
        day = self._date(self.week_date)
        if day is None:
            return
        self.service.record_week(self.plan, self.run.step.id, monday(day),
                                 WeekResult(self.result.currentData()), self.week_note.text())
        self.week_note.clear()
        show_message(self.message, "")
        self.recorded.emit()

    def _decide(self, decision: Decision) -> None:
        if self.run is None or self.plan is None:
            return
        day = self._date(self.decision_date)
        if day is None:
            return
        if not self.reason.text().strip():
            show_message(self.message, self.tr("Skriv en kort begrunnelse først."))
            self.reason.setFocus()
            return
        if day < self.run.start:
            show_message(self.message, self.tr(
                "Datoen er før steget begynte (%1). Velg en senere dato.")
                .replace("%1", f"{self.run.start:%d.%m.%Y}"))
            self.decision_date.setFocus()
            return
        self.service.decide(self.plan, self.run.step.id, day, decision, self.reason.text())
        self.reason.clear()
        show_message(self.message, "")
        self.recorded.emit()
