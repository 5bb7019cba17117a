"""The list of a plan's steps with "Nytt steg", "Kopier til neste steg" and "Fjern
steg", and the editor of the chosen step. Used by the guided flow's last page
and by the normal editor (different object-name prefixes)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.domain.escalation_plan import EscalationPlan
from desktop.ui.sections.plan.editing import PlanEditing
from desktop.ui.sections.plan.step_editor import StepEditor


class StepsPanel(QWidget):
    def __init__(self, editing: PlanEditing, prefix: str, parent=None):
        super().__init__(parent)
        self.editing = editing
        self.plan: EscalationPlan | None = None
        self.list = QListWidget()
        self.list.setObjectName(prefix + "Steps")
        self.list.setAccessibleName(self.tr("Stegene i planen"))
        self.list.setMaximumWidth(320)
        self.list.setWordWrap(True)
        label = QLabel(self.tr("S&tegene:"))
        label.setBuddy(self.list)
        self.add_button = self._button(prefix + "AddStep", self.tr("&Nytt steg"))
        self.duplicate_button = self._button(prefix + "Duplicate",
                                             self.tr("&Kopier til neste steg"))
        self.duplicate_button.setToolTip(self.tr(
            "Kopierer det valgte steget som starten på neste, med én time mer de dagene "
            "eleven allerede er på skolen."))
        self.remove_button = self._button(prefix + "RemoveStep", self.tr("Fje&rn steg"))
        self.editor = StepEditor(editing, prefix + "Step")

        left = QVBoxLayout()
        left.addWidget(label)
        left.addWidget(self.list, 1)
        for button in (self.duplicate_button, self.add_button, self.remove_button):
            left.addWidget(button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addWidget(self.editor, 1)
        self.list.currentRowChanged.connect(self._row_changed)
        self.add_button.clicked.connect(self._add)
        self.duplicate_button.clicked.connect(self._duplicate)
        self.remove_button.clicked.connect(self._remove)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def selected_step_id(self) -> int | None:
        row = self.list.currentRow()
        if self.plan is None or not 0 <= row < len(self.plan.steps):
            return None
        return self.plan.steps[row].id

    def show_plan(self, plan: EscalationPlan | None, step_id: int | None = None) -> None:
        if step_id is None:
            step_id = self.selected_step_id()
        self.plan = plan
        steps = plan.steps if plan else ()
        service = self.editing.service
        self.list.blockSignals(True)
        self.list.clear()
        for number, step in enumerate(steps, 1):
            weeks = self.tr("1 uke") if step.weeks == 1 else \
                self.tr("%1 uker").replace("%1", str(step.weeks))
            self.list.addItem(self.tr("%1. %2 (%3, %4 %)")
                              .replace("%1", str(number)).replace("%2", step.title or "–")
                              .replace("%3", weeks)
                              .replace("%4", f"{service.target(step):.0f}"))
        ids = [s.id for s in steps]
        row = ids.index(step_id) if step_id in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self.editor.show_step(plan, ids[row] if row >= 0 else None)
        writable = plan is not None and not self.editing.read_only
        for button in (self.add_button, self.duplicate_button):
            button.setEnabled(writable)
        self.remove_button.setEnabled(writable and len(steps) > 1)

    def _row_changed(self, row: int) -> None:
        if self.plan is not None and 0 <= row < len(self.plan.steps):
            self.editor.show_step(self.plan, self.plan.steps[row].id)

    def _fresh(self) -> EscalationPlan | None:
        return self.editing.service.plan(self.plan.id) if self.plan else None

    def _add(self) -> None:
        plan = self._fresh()
        if plan is None:
            return
        step = self.editing.service.new_step(plan, self.tr("Nytt steg"))
        after = plan.inserted(step, len(plan.steps))
        if self.editing.change(plan, after, self.tr("Nytt steg"), step_id=step.id):
            self.editor.title.setFocus()
            self.editor.title.selectAll()

    def _duplicate(self) -> None:
        plan, step_id = self._fresh(), self.selected_step_id()
        if plan is None or step_id is None:
            return
        after, copy = self.editing.service.duplicate_and_increase(plan, step_id)
        if self.editing.change(plan, after, self.tr("Kopier til neste steg"), step_id=copy.id):
            self.editor.title.setFocus()
            self.editor.title.selectAll()

    def _remove(self) -> None:
        plan, step_id = self._fresh(), self.selected_step_id()
        if plan is None or step_id is None or len(plan.steps) < 2:
            return
        index = plan.index_of(step_id)
        after = plan.without(step_id)
        self.editing.change(plan, after, self.tr("Fjern steg"),
                            step_id=after.steps[min(index, len(after.steps) - 1)].id)
