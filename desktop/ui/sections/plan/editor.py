"""The normal editor of a plan once it exists: which plan (a case can have
several over time; one is current), goal and start, the staircase, the steps
and the follow-up. Redraws from the store after every change, undo and redo."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.escalation_plan import EscalationPlan
from desktop.domain.validation import parse_date
from desktop.services.plan_service import today
from desktop.ui.common import message_label, show_message
from desktop.ui.sections.plan.editing import PlanEditing
from desktop.ui.sections.plan.follow_up import FollowUpPanel
from desktop.ui.sections.plan.staircase import StaircaseView
from desktop.ui.sections.plan.steps import StepsPanel
from desktop.ui.widgets.pdf_save import ask_pdf_path
from desktop.ui.widgets.record_layout import scrolled as scrolling


class PlanEditorPage(QWidget):
    new_plan_requested = Signal()
    pdf_requested = Signal(object)  # Path

    def __init__(self, editing: PlanEditing, parent=None):
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.editing = editing
        self.service = editing.service
        self.plan: EscalationPlan | None = None
        self.dialog: QWidget | None = None

        self.chooser = QComboBox()
        self.chooser.setObjectName("planChooser")
        self.chooser.setAccessibleName(self.tr("Velg plan"))
        # A long goal must not widen the section past a laptop's screen: the box is
        # cut, the full name is in the list and the tooltip.
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(30)
        self.chooser.currentTextChanged.connect(self.chooser.setToolTip)
        chooser_label = QLabel(self.tr("&Plan:"))
        chooser_label.setBuddy(self.chooser)
        self.new_button = self._button("planNew", self.tr("Ny &plan …"))
        self.pdf_button = self._button("planPdf", self.tr("Lag P&DF …"))
        self.note = message_label("planNote", "hint")  # hidden while empty: no blank line
        top = QHBoxLayout()
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.pdf_button)

        self.goal = QLineEdit()
        self.goal.setObjectName("planEditGoal")
        self.goal.setAccessibleName(self.tr("Langsiktig mål"))
        self.start = QLineEdit()
        self.start.setObjectName("planEditStart")
        self.start.setAccessibleName(self.tr("Startdato"))
        self.start.setMaximumWidth(120)
        form = QHBoxLayout()
        fl = QFormLayout()
        for text, widget in ((self.tr("Langsiktig &mål:"), self.goal),):
            label = QLabel(text)
            label.setBuddy(widget)
            fl.addRow(label, widget)
        form.addLayout(fl, 1)
        start_label = QLabel(self.tr("S&tart:"))
        start_label.setBuddy(self.start)
        form.addWidget(start_label)
        form.addWidget(self.start)
        self.message = message_label("planEditorMessage")

        self.staircase = StaircaseView()
        self.steps = StepsPanel(editing, "plan")
        self.follow_up = FollowUpPanel(self.service)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.tabs.setAccessibleName(self.tr("Steg og oppfølging"))
        self.tabs.addTab(self.steps, self.tr("Stegene"))
        self.tabs.addTab(self.follow_up, self.tr("Oppfølging"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        # Staircase above, steps below, with a handle between: on a laptop at 125 %
        # there is room for both only when each gives a little (drag to choose).
        tabs = scrolling(self.tabs, "planTabsScroll", self.tr("Steg og oppfølging"))
        tabs.setMinimumHeight(150)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("planSplit")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.staircase)
        self.split.addWidget(tabs)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([200, 300])  # 2 : 3 from the start, not by size hints
        layout.addWidget(self.split, 1)

        self.chooser.activated.connect(self._choose)
        self.new_button.clicked.connect(self.new_plan_requested)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.staircase.step_chosen.connect(self._stair_chosen)
        self.goal.textEdited.connect(self._goal)
        self.start.editingFinished.connect(self._start)
        self.follow_up.recorded.connect(lambda: self.show_plan(self.plan.id if self.plan else None))

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").replace(" …", ""))
        return button

    def text_fields(self) -> list[QWidget]:
        return [self.goal, self.start, *self.steps.editor.text_fields()]

    # --- showing -----------------------------------------------------------------------------
    def show_plan(self, plan_id: int | None = None, step_id: int | None = None) -> None:
        plans = self.service.plans()
        plan = self.service.find(plan_id) or self.service.current_plan()
        self.plan = plan
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for p in plans:
            label = (p.goal or self.tr("Plan uten mål")) + (
                f" ({p.start:%d.%m.%Y})" if p.start else "")
            if p.current:
                label += " – " + self.tr("gjeldende")
            self.chooser.addItem(label, p.id)
        if plan is not None:
            self.chooser.setCurrentIndex(self.chooser.findData(plan.id))
        self.chooser.blockSignals(False)
        if plan is None:
            return
        if self.goal.text() != plan.goal:
            self.goal.setText(plan.goal)
        if not self.start.hasFocus():
            self.start.setText(f"{plan.start:%d.%m.%Y}" if plan.start else "")
        runs = self.service.timeline(plan)
        registered = {}
        for i, run in enumerate(runs):
            if run.start <= today():
                share = self.service.registered(run, today())
                if share is not None:
                    registered[i] = share
        self.staircase.set_runs(runs, registered)
        self.steps.show_plan(plan, step_id)
        self.follow_up.show_plan(plan, runs)
        self.pdf_button.setEnabled(True)
        self.new_button.setEnabled(not self.editing.read_only)

    # --- editing -----------------------------------------------------------------------------
    def _choose(self, index: int) -> None:
        plan_id = self.chooser.itemData(index)
        plan = self.service.find(plan_id)
        if plan is not None and not plan.current and not self.editing.read_only:
            self.editing.change(plan, replace(plan, current=True),
                                self.tr("Gjør planen gjeldende"))
        self.show_plan(plan_id)

    def _stair_chosen(self, step_id: int) -> None:
        """A stair clicked (or chosen with the keyboard): its step in the editor."""
        if self.plan is not None:
            self.tabs.setCurrentWidget(self.steps)
            self.steps.show_plan(self.service.plan(self.plan.id), step_id)

    def _goal(self, text: str) -> None:
        if self.plan is None:
            return
        plan = self.service.plan(self.plan.id)
        self.editing.change(plan, replace(plan, goal=text), self.tr("Endre mål"), "goal")

    def _start(self) -> None:
        if self.plan is None:
            return
        try:
            day = parse_date(self.start.text())
        except ValueError:
            day = None
        if day is None:
            show_message(self.message, self.tr(
                "Skriv startdatoen som dd.mm.åååå, for eksempel 02.03.2026. "
                "Planen beholder %1 til da.").replace("%1", f"{self.plan.start:%d.%m.%Y}"))
            return
        show_message(self.message, "")
        plan = self.service.plan(self.plan.id)
        if plan.start != day:
            self.editing.change(plan, replace(plan, start=day), self.tr("Endre startdato"))

    # --- PDF --------------------------------------------------------------------------------
    def ask_pdf(self) -> None:
        self.dialog = ask_pdf_path(self, self.tr("Lagre opptrappingsplanen som PDF"),
                                   self.tr("opptrappingsplan.pdf"), "planPdfDialog",
                                   self.pdf_requested.emit, self.note.setText)
