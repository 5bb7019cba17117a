"""The samarbeidsavtale form: every field of the template, top to bottom in the
order the printed agreement has them. Thin: it shows an Agreement and emits
`change(key, fields)`; the section stores it through the undo stack."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import Agreement, Participant, interpreter_needs, without_sub_goal
from desktop.ui.sections.agreements.lists import MeasureList, SubGoalList
from desktop.ui.widgets.inputs import date_edit, from_qdate, name_spin, text_edit, to_qdate
from desktop.ui.widgets.meeting_mode import adult_only
from desktop.ui.widgets.people_picker import PeoplePicker


class AgreementEditor(QWidget):
    change = Signal(str, dict)  # key, fields of Agreement
    take_measures = Signal()
    take_plan = Signal()

    def __init__(self, templates: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agreementEditor")
        self._loading = False
        self._agreement: Agreement | None = None
        self.place = QLineEdit()
        self.place.setObjectName("agreementPlace")
        self.place.setAccessibleName(self.tr("Sted"))
        self.held_on = date_edit("agreementDate", self.tr("Dato for avtalen"))
        self.people = PeoplePicker("agreement")
        self.interpreter = QLineEdit()
        self.interpreter.setObjectName("agreementInterpreter")
        self.interpreter.setAccessibleName(self.tr("Tolk"))
        self.interpreter.setToolTip(self.tr("Språk og for hvem, for eksempel «somali, for mor». "
                                            "Tomt: det som står på de foresatte."))
        self.goal = text_edit("agreementGoal", self.tr("Langsiktig mål"))
        self.sub_goals = SubGoalList()
        self.plan_button = QPushButton(self.tr("Hent delmål fra &opptrappingsplanen"))
        self.plan_button.setObjectName("takePlanSteps")
        self.plan_button.setAccessibleName(self.tr("Hent delmål fra opptrappingsplanen"))
        self.plan_note = QLabel()
        self.plan_note.setObjectName("planNote")
        self.plan_note.setProperty("role", "hint")
        self.plan_note.setWordWrap(True)
        self.measures = MeasureList()
        self.circle_button = QPushButton(self.tr("Hent avtalte tiltak fra &tiltakssirkelen"))
        self.circle_button.setObjectName("takeCircleMeasures")
        self.circle_button.setAccessibleName(self.tr("Hent avtalte tiltak fra tiltakssirkelen"))
        self.plan_b = text_edit("agreementPlanB", self.tr("Plan B"))
        self.plan_b.setPlaceholderText(templates["plan_b_hint"])
        self.plan_b_responsible = QLineEdit()
        self.plan_b_responsible.setObjectName("agreementPlanBResponsible")
        self.plan_b_responsible.setAccessibleName(self.tr("Ansvarlig for plan B"))
        self.weeks = QSpinBox()
        name_spin(self.weeks, "agreementWeeks", self.tr("Periode i uker"))
        self.weeks.setRange(1, 26)
        self.weeks.setSuffix(self.tr(" uker"))
        self.evaluation_on = date_edit("agreementEvaluationDate", self.tr("Dato for evaluering"))
        self.contact = text_edit("agreementContact", self.tr("Kontakt mellom hjem og skole"), 56)
        reminder = QLabel(templates["contact_reminder"])
        reminder.setObjectName("contactReminder")
        reminder.setProperty("role", "hint")
        reminder.setWordWrap(True)
        adult_only(reminder)  # a reminder to the school, not for the family's eyes
        self.next_meeting = QLineEdit()
        self.next_meeting.setObjectName("agreementNextMeeting")
        self.next_meeting.setAccessibleName(self.tr("Neste møte"))
        self.next_meeting.setPlaceholderText(self.tr("Dag, tid og sted, og hvem som kaller inn"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(text: str, widget: QWidget, buddy: QWidget | None = None) -> None:
            label = QLabel(text)
            label.setBuddy(buddy or widget)
            label.setWordWrap(True)
            form.addRow(label, widget)

        place_row = QHBoxLayout()
        place_row.addWidget(self.place, 1)
        place_row.addWidget(self.held_on)
        place_box = QWidget()
        place_box.setLayout(place_row)
        place_row.setContentsMargins(0, 0, 0, 0)
        row(self.tr("&Sted og dato:"), place_box, self.place)
        row(self.tr("Til &stede:"), self.people, self.people.list)
        row(self.tr("T&olk:"), self.interpreter)
        row(self.tr("&Langsiktig mål:"), self.goal)
        goals = QWidget()
        goals_layout = QVBoxLayout(goals)
        goals_layout.setContentsMargins(0, 0, 0, 0)
        goals_layout.addWidget(self.sub_goals)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan_button)
        plan_row.addWidget(self.plan_note, 1)
        goals_layout.addLayout(plan_row)
        row(self.tr("&Delmål:"), goals, self.sub_goals.input)
        measures = QWidget()
        measures_layout = QVBoxLayout(measures)
        measures_layout.setContentsMargins(0, 0, 0, 0)
        measures_layout.addWidget(self.circle_button)
        measures_layout.addWidget(self.measures)
        row(self.tr("&Tiltak og ansvar:"), measures, self.measures.tree)
        row(self.tr("Plan &B:"), self.plan_b)
        row(self.tr("Ansvarlig for plan B:"), self.plan_b_responsible)
        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.weeks)
        evaluation_label = QLabel(self.tr("&Evaluering:"))
        evaluation_label.setBuddy(self.evaluation_on)
        period.addWidget(evaluation_label)
        period.addWidget(self.evaluation_on)
        period.addStretch(1)
        period_box = QWidget()
        period_box.setLayout(period)
        row(self.tr("&Periode:"), period_box, self.weeks)
        contact = QWidget()
        contact_layout = QVBoxLayout(contact)
        contact_layout.setContentsMargins(0, 0, 0, 0)
        contact_layout.addWidget(self.contact)
        contact_layout.addWidget(reminder)
        row(self.tr("&Kontakt hjem–skole:"), contact, self.contact)
        row(self.tr("&Neste møte:"), self.next_meeting)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)

        for key, edit in (("place", self.place), ("plan_b_responsible", self.plan_b_responsible),
                          ("next_meeting", self.next_meeting), ("interpreter", self.interpreter)):
            edit.textEdited.connect(lambda text, k=key: self._emit(k, {k: text}))
        for key, edit in (("long_term_goal", self.goal), ("plan_b", self.plan_b),
                          ("contact_routine", self.contact)):
            edit.textChanged.connect(lambda k=key, e=edit: self._emit(k, {k: e.toPlainText()}))
        self.held_on.dateChanged.connect(
            lambda d: self._emit("held_on", {"held_on": from_qdate(d)}))
        self.evaluation_on.dateChanged.connect(
            lambda d: self._emit("evaluation_on", {"evaluation_on": from_qdate(d)}))
        self.weeks.valueChanged.connect(lambda v: self._emit("period_weeks", {"period_weeks": v}))
        self.people.changed.connect(lambda v: self._emit("participants", {"participants": v}))
        self.sub_goals.changed.connect(lambda v: self._emit("sub_goals", {"sub_goals": v}))
        self.sub_goals.removed.connect(self._remove_sub_goal)
        self.measures.changed.connect(lambda v: self._emit("measures", {"measures": v}))
        self.circle_button.clicked.connect(self.take_measures)
        self.plan_button.clicked.connect(self.take_plan)

    def _remove_sub_goal(self, row: int) -> None:
        """The sub-goal goes; its measures stay, untied (one undo step)."""
        if self._agreement is None:
            return
        goals, measures = without_sub_goal(self._agreement.sub_goals, self._agreement.measures,
                                           row)
        self._emit("sub_goals", {"sub_goals": goals, "measures": measures})

    def _emit(self, key: str, fields: dict) -> None:
        if not self._loading:
            self.change.emit(key, fields)

    def load(self, agreement: Agreement, case_people: list[Participant], editable: bool) -> None:
        """Shows the value; a field is only rewritten when it differs (typing keeps
        its cursor)."""
        self._loading = True
        self._agreement = agreement
        try:
            for edit, value in ((self.place, agreement.place),
                                (self.plan_b_responsible, agreement.plan_b_responsible),
                                (self.next_meeting, agreement.next_meeting),
                                (self.interpreter, agreement.interpreter)):
                if edit.text() != value:
                    edit.setText(value)
            for edit, value in ((self.goal, agreement.long_term_goal),
                                (self.plan_b, agreement.plan_b),
                                (self.contact, agreement.contact_routine)):
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
            self.held_on.setDate(to_qdate(agreement.held_on))
            self.evaluation_on.setDate(to_qdate(agreement.evaluation_on))
            self.weeks.setValue(agreement.period_weeks)
            self.people.set_value(agreement.participants, case_people)
            self.sub_goals.set_value(agreement.sub_goals)
            self.measures.set_value(agreement.measures, agreement.sub_goals)
            # What prints when the field is empty: who present needs an interpreter.
            needs = interpreter_needs(agreement.participants)
            self.interpreter.setPlaceholderText(
                needs or self.tr("Språk og for hvem, f.eks. «somali, for mor»"))
        finally:
            self._loading = False
        for widget in (self.place, self.plan_b_responsible, self.next_meeting, self.interpreter):
            widget.setReadOnly(not editable)
        for widget in (self.goal, self.plan_b, self.contact):
            widget.setReadOnly(not editable)
        for widget in (self.held_on, self.evaluation_on, self.weeks, self.people,
                       self.sub_goals, self.measures, self.circle_button, self.plan_button):
            widget.setEnabled(editable)
