"""The editor for one step: title, weeks, the week grid with its attendance
target, arrival, where, support, fluktrute, who does what, and a note. Every
change is written at once as an undoable PlanCommand (typing merges)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.escalation_plan import (
    BestInterest,
    Cell,
    EscalationPlan,
    best_interest_reasons,
    fit_grid,
)
from desktop.ui.sections.plan.editing import PlanEditing
from desktop.ui.sections.plan.week_grid import WeekGrid
from desktop.ui.widgets.inputs import labelled_rows


def place_labels(widget: QWidget) -> dict[str, str]:
    return {"klasserom": widget.tr("Klasserom"), "grupperom": widget.tr("Grupperom"),
            "bibliotek": widget.tr("Bibliotek"), "hjemme": widget.tr("Hjemme"),
            "annet": widget.tr("Annet")}


def party_labels(widget: QWidget) -> dict[str, str]:
    return {"elev": widget.tr("Eleven"), "foresatte": widget.tr("Foresatte"),
            "kontaktlaerer": widget.tr("Kontaktlærer"), "ledelse": widget.tr("Ledelsen"),
            "andre": widget.tr("Andre (PPT, helsesykepleier …)")}


class StepEditor(QWidget):
    def __init__(self, editing: PlanEditing, prefix: str = "planStep", parent=None):
        super().__init__(parent)
        self.editing = editing
        self.plan_id: int | None = None
        self.step_id: int | None = None
        self.setObjectName(prefix + "Editor")

        def line(name: str, accessible: str) -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(prefix + name)
            edit.setAccessibleName(accessible)
            return edit

        self.title = line("Title", self.tr("Stegets navn"))
        self.weeks = QSpinBox()
        self.weeks.setObjectName(prefix + "Weeks")
        self.weeks.setAccessibleName(self.tr("Antall uker"))
        self.weeks.setRange(1, 52)
        self.weeks.setSuffix(self.tr(" uker"))
        self.weeks.valueChanged.connect(lambda n: self.weeks.setSuffix(
            self.tr(" uke") if n == 1 else self.tr(" uker")))
        inner = self.weeks.findChild(QLineEdit)
        inner.setObjectName(prefix + "WeeksText")
        inner.setAccessibleName(self.tr("Antall uker"))
        self.target = QLabel()
        self.target.setObjectName(prefix + "Target")
        self.grid = WeekGrid()
        self.grid.setObjectName(prefix + "Grid")
        self.arrival = line("Arrival", self.tr("Oppmøtetid"))
        self.arrival.setPlaceholderText(self.tr("for eksempel 08.30"))
        self.place = QComboBox()
        self.place.setObjectName(prefix + "Place")
        self.place.setAccessibleName(self.tr("Hvor"))
        for key, label in place_labels(self).items():
            self.place.addItem(label, key)
        self.support = line("Support", self.tr("Støtte: hvem gjør hva"))
        self.escape = line("EscapeRoute", self.tr("Fluktrute"))
        self.escape.setPlaceholderText(self.tr("Hva eleven kan gjøre når det blir for vanskelig"))
        self.responsible: dict[str, QLineEdit] = {}
        self.note = QPlainTextEdit()
        self.note.setObjectName(prefix + "Note")
        self.note.setAccessibleName(self.tr("Notat til steget"))
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)

        form = QFormLayout()
        labelled_rows(form, ((self.tr("&Steg:"), self.title), (self.tr("&Varighet:"), self.weeks)))
        form.addRow(self.tr("Mål for oppmøte:"), self.target)
        grid_label = QLabel(self.tr("&Uka (klikk eller mellomrom bytter, 1–4 velger):"))
        grid_label.setBuddy(self.grid)
        details = QFormLayout()
        labelled_rows(details, ((self.tr("&Oppmøte kl.:"), self.arrival),
                                (self.tr("&Hvor:"), self.place),
                                (self.tr("St&øtte:"), self.support),
                                (self.tr("&Fluktrute:"), self.escape)))
        duties = QGridLayout()
        duties_label = QLabel(self.tr("Ansvar:"))
        duties.addWidget(duties_label, 0, 0, 1, 2)
        for row, (party, text) in enumerate(party_labels(self).items(), 1):
            edit = line("Duty_" + party, self.tr("Ansvar for %1").replace("%1", text))
            label = QLabel(text + ":")
            label.setBuddy(edit)
            duties.addWidget(label, row, 0)
            duties.addWidget(edit, row, 1)
            self.responsible[party] = edit
        note_label = QLabel(self.tr("&Notat:"))
        note_label.setBuddy(self.note)
        # Hjemme, or fewer lessons than the step before: why is it best for the pupil?
        self.best_interest_hint = QLabel()
        self.best_interest_hint.setObjectName(prefix + "BestInterestHint")
        self.best_interest_hint.setWordWrap(True)
        self.best_interest_hint.setProperty("role", "warning")
        self.best_interest = QPlainTextEdit()
        self.best_interest.setObjectName(prefix + "BestInterest")
        self.best_interest.setAccessibleName(self.tr("Hvorfor steget er til elevens beste"))
        self.best_interest.setPlaceholderText(
            self.tr("Kort: hvorfor er dette til elevens beste nå, og når vurderes det igjen?"))
        self.best_interest.setMaximumHeight(60)
        self.best_interest.setTabChangesFocus(True)
        self.best_interest_label = QLabel(self.tr("Til &elevens beste:"))
        self.best_interest_label.setBuddy(self.best_interest)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(grid_label)
        layout.addWidget(self.grid)
        layout.addLayout(details)
        layout.addLayout(duties)
        layout.addWidget(self.best_interest_hint)
        layout.addWidget(self.best_interest_label)
        layout.addWidget(self.best_interest)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addStretch(1)  # spare height goes below the fields, not between them

        self.title.textEdited.connect(lambda t: self._edit("title", t))
        self.weeks.valueChanged.connect(lambda v: self._edit("weeks", v))
        self.arrival.textEdited.connect(lambda t: self._edit("arrival", t))
        self.place.activated.connect(lambda _: self._edit("place", self.place.currentData()))
        self.support.textEdited.connect(lambda t: self._edit("support", t))
        self.escape.textEdited.connect(lambda t: self._edit("escape_route", t))
        for party, edit in self.responsible.items():
            edit.textEdited.connect(lambda t, p=party: self._edit_duty(p, t))
        self.note.textChanged.connect(lambda: self._edit("note", self.note.toPlainText()))
        self.best_interest.textChanged.connect(
            lambda: self._edit("best_interest", self.best_interest.toPlainText()))
        self.grid.cell_changed.connect(self._cell)
        self._loading = False

    def text_fields(self) -> list[QWidget]:
        return [self.title, self.arrival, self.support, self.escape, self.note,
                self.best_interest, *self.responsible.values()]

    # --- showing ----------------------------------------------------------------------------
    def show_step(self, plan: EscalationPlan | None, step_id: int | None) -> None:
        self.plan_id = plan.id if plan else None
        self.step_id = step_id
        self.setEnabled(plan is not None and step_id is not None)
        if plan is None or step_id is None:
            return
        step = plan.step(step_id)
        week = self.editing.service.week()
        self._loading = True
        try:
            for widget, value in ((self.title, step.title), (self.arrival, step.arrival),
                                  (self.support, step.support), (self.escape, step.escape_route)):
                if widget.text() != value:
                    widget.setText(value)
            for party, edit in self.responsible.items():
                value = step.responsibilities.get(party, "")
                if edit.text() != value:
                    edit.setText(value)
            if self.note.toPlainText() != step.note:
                self.note.setPlainText(step.note)
            if self.best_interest.toPlainText() != step.best_interest:
                self.best_interest.setPlainText(step.best_interest)
            self._show_best_interest(plan, step)
            if self.weeks.value() != step.weeks:
                self.weeks.setValue(step.weeks)
            index = self.place.findData(step.place)
            self.place.setCurrentIndex(max(0, index))
            self.grid.set_grid(fit_grid(step.grid, week))
            target = self.editing.service.target(step)
            self.target.setText(self.tr("%1 % av timene i uka (%2 timer)")
                                .replace("%1", f"{target:.0f}")
                                .replace("%2", str(step.lessons())))
        finally:
            self._loading = False
        read_only = self.editing.read_only
        for widget in self.text_fields():
            widget.setReadOnly(read_only)
        self.weeks.setEnabled(not read_only)
        self.place.setEnabled(not read_only)

    def _show_best_interest(self, plan: EscalationPlan, step) -> None:
        """Asked for when the step is at home or has fewer lessons than the one before
        (seed 002 advises against teaching at home; seed 000: "elevens beste")."""
        reasons = best_interest_reasons(plan, step)
        texts = {BestInterest.AT_HOME: self.tr(
                     "Undervisning hjemme anbefales sjelden: tid borte fra skolen kan holde "
                     "vegringen ved like."),
                 BestInterest.FEWER_LESSONS: self.tr(
                     "Dette steget har færre timer enn steget før.")}
        hint = " ".join(texts[r] for r in reasons)
        if hint:
            hint += " " + self.tr("Skriv kort hvorfor det er til elevens beste. "
                                  "Begrunnelsen står i planen som skrives ut.")
        self.best_interest_hint.setText(hint)
        self.best_interest_hint.setVisible(bool(hint))
        shown = bool(reasons) or bool(step.best_interest.strip())
        self.best_interest_label.setVisible(shown)
        self.best_interest.setVisible(shown)

    # --- editing --------------------------------------------------------------------------------
    def _current(self):
        if self.plan_id is None or self.step_id is None:
            return None, None
        plan = self.editing.service.plan(self.plan_id)
        return plan, plan.step(self.step_id)

    def _edit(self, field: str, value) -> None:
        if self._loading:
            return
        plan, step = self._current()
        if plan is None or getattr(step, field) == value:
            return
        merge = field if isinstance(value, str) else None
        self.editing.change_step(plan, replace(step, **{field: value}),
                                 self.tr("Endre steg"), merge)

    def _edit_duty(self, party: str, text: str) -> None:
        if self._loading:
            return
        plan, step = self._current()
        if plan is None:
            return
        duties = {**step.responsibilities, party: text}
        self.editing.change_step(plan, replace(step, responsibilities=duties),
                                 self.tr("Endre ansvar"), "duty_" + party)

    def _cell(self, day: int, lesson: int, value: str) -> None:
        plan, step = self._current()
        if plan is None:
            return
        week = self.editing.service.week()
        step = replace(step, grid=fit_grid(step.grid, week))
        self.editing.change_step(plan, step.with_cell(day, lesson, Cell(value)),
                                 self.tr("Endre time"))
