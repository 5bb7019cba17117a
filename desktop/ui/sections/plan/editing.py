"""Undoable edits of the opptrappingsplan. Every change is one PlanCommand on
the case's QUndoStack holding the plan before and after (plans are immutable
values); undo writes the old plan. Typing in one field merges into one command
until the focus leaves the field (the case's EditorEvents end the merge)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from desktop.domain.escalation_plan import EscalationPlan, PlanError, Step, validate
from desktop.services.plan_service import PlanService
from desktop.ui.undo import CaseEditing

_MERGE_ID = 6006


class PlanCommand(QUndoCommand):
    def __init__(self, editing: "PlanEditing", before: EscalationPlan | None,
                 after: EscalationPlan, text: str,
                 merge_key: tuple | None = None, step_id: int | None = None):
        super().__init__(text)
        self._editing = editing
        self.before, self.after = before, after
        self.merge_key = merge_key
        self.step_id = step_id

    def redo(self) -> None:
        self.after = self._editing._store(self.after, self.step_id)

    def undo(self) -> None:
        if self.before is None:
            self._editing._remove(self.after)
        else:
            self._editing._store(self.before, self.step_id)

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(other, PlanCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True


class PlanEditing(QObject):
    """The plan section's edit path: the facade + the case's undo stack.
    `plan_changed(plan_id, step_id or -1)` after every write, undo and redo;
    `refused(code)` when the domain refuses a change (nothing is written)."""

    plan_changed = Signal(int, int)
    refused = Signal(str)

    def __init__(self, service: PlanService, case_editing: CaseEditing,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self.case_editing = case_editing
        self.stack = case_editing.stack

    @property
    def read_only(self) -> bool:
        return self.service.read_only

    # --- edits --------------------------------------------------------------------------
    def create(self, plan: EscalationPlan, text: str) -> EscalationPlan | None:
        """A new plan (becomes the current one)."""
        return self._push(None, replace(plan, id=None, current=True), text)

    def change(self, before: EscalationPlan, after: EscalationPlan, text: str,
               merge_field: str | None = None,
               step_id: int | None = None) -> EscalationPlan | None:
        key = None
        if merge_field is not None:
            key = (before.id, step_id, merge_field, self.case_editing._generation)
        return self._push(before, after, text, key, step_id)

    def change_step(self, plan: EscalationPlan, step: Step, text: str,
                    merge_field: str | None = None) -> EscalationPlan | None:
        return self.change(plan, plan.with_step(step), text, merge_field, step.id)

    def _push(self, before, after, text, key=None, step_id=None) -> EscalationPlan | None:
        if self.read_only:
            self.refused.emit("read_only")
            return None
        try:
            validate(after)
        except PlanError as exc:
            self.refused.emit(exc.code)
            return None
        if before is not None and before.id is not None:
            removed = {s.id for s in before.steps} - {s.id for s in after.steps}
            followed = {h.step_id for h in self.service.history(before.id)}
            if removed & followed:  # the history must keep pointing at its step
                self.refused.emit("step_has_history")
                return None
        command = PlanCommand(self, before, after, text, key, step_id)
        self.stack.push(command)
        return command.after

    # --- called by the commands ------------------------------------------------------------
    def _store(self, plan: EscalationPlan, step_id: int | None) -> EscalationPlan:
        kept = self._keep_followed(plan)
        stored = self.service.write_plan(kept)
        self.plan_changed.emit(stored.id, -1 if step_id is None else step_id)
        if kept is not plan:
            self.refused.emit("step_has_history")
        return stored

    def _keep_followed(self, plan: EscalationPlan) -> EscalationPlan:
        """An undo or redo may restore a plan without a step that has since got
        follow-up in the history; that step stays where it was."""
        current = self.service.find(plan.id)
        if current is None:
            return plan
        followed = {h.step_id for h in self.service.history(plan.id)}
        present = {s.id for s in plan.steps}
        for index, step in enumerate(current.steps):
            if step.id in followed and step.id not in present:
                plan = plan.inserted(step, min(index, len(plan.steps)))
        return plan

    def _remove(self, plan: EscalationPlan) -> None:
        """Undo of a new plan. A plan that has follow-up in its history stays:
        the history is never deleted (redo then simply writes it again)."""
        if plan.id is not None:
            if self.service.history(plan.id):
                self.refused.emit("plan_has_history")
                return
            self.service.remove_plan(plan.id)
        self.plan_changed.emit(-1, -1)
