"""The guided flow for building a plan in the meeting, one question at a time
(seed 002, tiltak: lower the demands to what the pupil surely masters, then
raise them step by step): 1 the long-term goal and the start date, 2 the
starting point and a starting template, 3 the first step, 4 the next steps.
The plan is stored when page 2 is done (a plan needs a step); from then on
every word is saved as it is typed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.escalation_plan import START_YEARS, EscalationPlan
from desktop.domain.validation import parse_date
from desktop.services.plan_service import step_templates, today
from desktop.ui.common import heading, message_label, show_message
from desktop.ui.sections.plan.editing import PlanEditing
from desktop.ui.sections.plan.step_editor import StepEditor
from desktop.ui.sections.plan.steps import StepsPanel
from desktop.ui.widgets.meeting_mode import adult_only
from desktop.ui.widgets.record_layout import scrolled as scrolling


class GuidedFlow(QWidget):
    """`finished(plan_id)` when the person presses "Ferdig"."""

    finished = Signal(int)

    def __init__(self, editing: PlanEditing, templates_dir=None, parent=None):
        super().__init__(parent)
        self.setObjectName("planGuide")
        self.editing = editing
        self.plan_id: int | None = None
        self.templates, self.template_problems = step_templates(templates_dir)

        self.title = heading("", 13, "planGuideTitle")
        self.pages = QStackedWidget()
        self.message = message_label("planGuideMessage")

        # 1: goal and start
        self.goal = QLineEdit()
        self.goal.setObjectName("planGoal")
        self.goal.setAccessibleName(self.tr("Langsiktig mål"))
        self.goal.setPlaceholderText(self.tr("For eksempel: Jens er på skolen hele skoledagen"))
        self.start = QLineEdit()
        self.start.setObjectName("planStart")
        self.start.setAccessibleName(self.tr("Startdato"))
        page1 = QWidget()
        form1 = QFormLayout(page1)
        self._row(form1, self.tr("Langsiktig &mål:"), self.goal)
        self._row(form1, self.tr("&Starter (dd.mm.åååå):"), self.start)
        form1.addRow(self._hint(self.tr(
            "Målet er der eleven skal ende. Stegene på veien dit kommer etterpå.")))

        # 2: starting point and template
        self.baseline = QPlainTextEdit()
        self.baseline.setObjectName("planBaseline")
        self.baseline.setAccessibleName(self.tr("Utgangspunktet: hvor er eleven nå"))
        self.baseline.setTabChangesFocus(True)
        self.baseline.setMaximumHeight(90)
        self.template = QComboBox()
        self.template.setObjectName("planTemplate")
        self.template.setAccessibleName(self.tr("Startmal for første steg"))
        for template in self.templates:
            self.template.addItem(template.step.title, template.id)
        self.template.addItem(self.tr("Tomt steg (fyll ut selv)"), "")
        page2 = QWidget()
        form2 = QFormLayout(page2)
        self._row(form2, self.tr("&Utgangspunkt – hvor er eleven nå?"), self.baseline)
        self._row(form2, self.tr("Første steg &fra mal:"), self.template)
        self.template_problem = self._hint("")
        self.template_problem.setObjectName("planTemplateProblem")
        if self.template_problems:
            self.template_problem.setText(self.tr(
                "En startmal kunne ikke leses (%1). De andre malene kan brukes.")
                .replace("%1", str(self.template_problems[0])))
            form2.addRow(self.template_problem)
        form2.addRow(self._hint(self.tr(
            "Begynn med det eleven helt sikkert mestrer. Det er bedre å gå sakte fram "
            "enn å måtte ta steg tilbake.")))

        # 3: the first step; 4: the next steps
        self.first = StepEditor(editing, "guideFirst")
        self.steps = StepsPanel(editing, "guideNext")
        page4 = QWidget()
        layout4 = QVBoxLayout(page4)
        layout4.setContentsMargins(0, 0, 0, 0)
        layout4.addWidget(self._hint(self.tr(
            "Lag neste steg med «Kopier til neste steg» og juster timene i uka. Ofte varer et "
            "steg to uker, og det siste steget er full deltakelse.")))
        layout4.addWidget(self.steps, 1)
        for page in (page1, page2, self.first, page4):
            self.pages.addWidget(page)

        self.back_button = QPushButton(self.tr("&Tilbake"))
        self.back_button.setObjectName("planGuideBack")
        self.back_button.setAccessibleName(self.tr("Tilbake"))
        self.next_button = QPushButton(self.tr("N&este"))
        self.next_button.setObjectName("planGuideNext")
        self.next_button.setAccessibleName(self.tr("Neste"))
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scrolling(self.pages, "planGuideScroll", self.tr("Spørsmålet")), 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)
        self.goal.returnPressed.connect(self.start.setFocus)
        for edit in (self.goal, self.start):
            edit.textChanged.connect(self._keep_draft)
        self.baseline.textChanged.connect(self._keep_draft)
        self.start.returnPressed.connect(self.forward)
        self.restart()

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        label.setWordWrap(True)
        form.addRow(label, widget)

    def _hint(self, text: str) -> QLabel:
        """Guidance for the adults making the plan: not shown in meeting mode."""
        label = QLabel(text)
        label.setWordWrap(True)
        label.setProperty("role", "hint")
        adult_only(label)
        return label

    # --- flow -------------------------------------------------------------------------------
    def restart(self) -> None:
        """Begins a new plan from the first page, with what was typed there
        before (kept in the case until the plan exists)."""
        self.plan_id = None
        draft = self.editing.service.draft()
        self._restoring = True
        self.goal.setText(draft.get("goal", ""))
        self.baseline.setPlainText(draft.get("baseline", ""))
        self.start.setText(draft.get("start") or f"{_next_monday():%d.%m.%Y}")
        self._restoring = False
        self._go(0)

    def _keep_draft(self) -> None:
        """Every word on the pages before the plan exists is kept in the case."""
        if getattr(self, "_restoring", False) or self.plan_id is not None:
            return
        self.editing.service.save_draft(goal=self.goal.text(), start=self.start.text(),
                                        baseline=self.baseline.toPlainText())

    def page(self) -> int:
        return self.pages.currentIndex()

    def _go(self, index: int) -> None:
        titles = [self.tr("1 av 4: Målet"), self.tr("2 av 4: Utgangspunktet"),
                  self.tr("3 av 4: Første steg"), self.tr("4 av 4: Neste steg")]
        self.pages.setCurrentIndex(index)
        self.title.setText(titles[index])
        show_message(self.message, "")
        self.back_button.setEnabled(index in (1, 3))  # the plan exists from page 3 on
        self.next_button.setText(self.tr("&Ferdig") if index == 3 else self.tr("N&este"))
        plan = self.editing.service.find(self.plan_id)
        if index == 2 and plan:
            self.first.show_step(plan, plan.steps[0].id)
            self.first.title.setFocus()
        elif index == 3 and plan:
            self.steps.show_plan(plan, plan.steps[-1].id)
            self.steps.duplicate_button.setFocus()
        elif index == 0:
            self.goal.setFocus()
        elif index == 1:
            self.baseline.setFocus()

    def back(self) -> None:
        if self.page() in (1, 3):
            self._go(self.page() - 1)

    def forward(self) -> None:
        index = self.page()
        if index == 0:
            if not self.goal.text().strip():
                show_message(self.message, self.tr("Skriv det langsiktige målet først."))
                self.goal.setFocus()
                return
            if self._start() is None:
                show_message(self.message, self.tr(
                    "Skriv startdatoen som dd.mm.åååå, for eksempel 02.03.2026."))
                self.start.setFocus()
                return
            self._go(1)
        elif index == 1:
            if self.plan_id is None and not self._create():
                return
            self._go(2)
        elif index == 2:
            self._go(3)
        else:
            self.finished.emit(self.plan_id or -1)

    def _start(self) -> date | None:
        try:
            day = parse_date(self.start.text())
        except ValueError:
            return None
        return day if day and START_YEARS[0] <= day.year <= START_YEARS[1] else None

    def _create(self) -> bool:
        service = self.editing.service
        chosen = self.template.currentData()
        template = next((t.step for t in self.templates if t.id == chosen), None)
        step = service.new_step(None, self.tr("Første steg"), template)
        plan = EscalationPlan(None, self.goal.text().strip(), self._start(), (step,),
                    baseline=self.baseline.toPlainText().strip())
        stored = self.editing.create(plan, self.tr("Ny opptrappingsplan"))
        if stored is None:
            return False
        self.plan_id = stored.id
        self.editing.service.save_draft()  # the plan holds it now
        return True

    def refresh(self, step_id: int | None = None) -> None:
        """After an undo/redo: show the stored plan on the page in view."""
        plan = self.editing.service.find(self.plan_id)
        if plan is None and self.page() >= 2:
            self.plan_id = None
            self._go(1)
            return
        if self.page() == 2 and plan:
            self.first.show_step(plan, plan.steps[0].id)
        elif self.page() == 3 and plan:
            self.steps.show_plan(plan, step_id)


def _next_monday() -> date:
    day = today()
    return day + timedelta(days=(7 - day.weekday()) % 7)
