"""Undo/redo for the absence register, the ladder, the contact log and the
stafettholder's handovers: every
change is a QUndoCommand on the case's undo stack (CaseEditing.stack) that
writes through AbsenceRegister; `changed` tells the views to redraw."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from desktop.domain.absence import AbsenceRecord
from desktop.domain.follow_up import Contact
from desktop.services.absence_figures import BACKGROUND_FROM
from desktop.services.absence_register import AbsenceRegister
from desktop.ui.undo import CaseEditing

RECORDS, DECISIONS, TASKS, CONTACTS, RULES = "records", "decisions", "tasks", "contacts", "rules"
HANDOVERS = "handovers"


class AbsenceEditing(QObject):
    """One per case page (a child of its CaseEditing): the register and the
    edit path for the sections Fravær, Oversikt (ladder) and Logg."""

    changed = Signal(str)  # RECORDS | DECISIONS | TASKS | CONTACTS | RULES | HANDOVERS
    show_record = Signal(int)  # "take me to this record in Fravær" (from the evidence)
    show_contact = Signal(int)  # "take me to this entry in Logg" (from a ticked task)

    def __init__(self, editing: CaseEditing):
        super().__init__(editing)
        self.editing = editing
        self.register = AbsenceRegister(editing.session)

    @classmethod
    def of(cls, editing: CaseEditing) -> "AbsenceEditing":
        found = editing.findChild(cls)
        return found if found is not None else cls(editing)

    @property
    def read_only(self) -> bool:
        return self.editing.read_only

    def push(self, command: QUndoCommand) -> None:
        if self.read_only:
            return
        if not isinstance(command, _SetRuleSet):
            self.editing.end_merge()
        self.editing.stack.push(command)

    # --- the changes, as commands ---------------------------------------------------------
    def add_records(self, records: list[AbsenceRecord]) -> None:
        self.push(_AddRecords(self, records, self.tr("registrering av fravær")))

    def imported(self, added: list[AbsenceRecord]) -> None:
        """Records a long import already stored part by part (the import dialog)
        become one change on the undo stack."""
        if self.register.record_count() < BACKGROUND_FROM:
            self.register.refresh_after_import()
        # else the phase follows from the figures computed on a worker
        # (ui/widgets/absence_figures.py), which the views ask for at once.
        self.push(_AddRecords(self, added, self.tr("import av fravær"), stored=True))

    def remove_records(self, ids: list[int]) -> None:
        self.push(_RemoveRecords(self, ids, self.tr("sletting av fravær")))

    def update_record(self, old: AbsenceRecord, new: AbsenceRecord) -> None:
        self.push(_Call(self, RECORDS, self.tr("endring av fravær"),
                        lambda: self.register.update_record(new),
                        lambda: self.register.update_record(old)))

    def set_week(self, week) -> None:
        old = self.register.own_week()
        self.push(_Call(self, RECORDS, self.tr("endring av skoleuke og fridager"),
                        lambda: self.register.set_week(week),
                        lambda: self.register.set_week(old)))

    def set_task(self, task_id: str, done: bool) -> None:
        self.push(_Call(self, TASKS, self.tr("avkryssing av oppgave"),
                        lambda: self.register.set_task(task_id, done),
                        lambda: self.register.set_task(task_id, not done)))

    def decide(self, phase_id: str, decided_on, decided_by: str, note: str = "") -> None:
        holder: dict = {}

        def do():
            holder["decision"] = self.register.decide(phase_id, decided_on, decided_by, note)

        self.push(_Call(self, DECISIONS, self.tr("registrering av beslutning"), do,
                        lambda: self.register.remove_decision(holder["decision"].id)))

    def set_rule_set(self, rule_set_id: str) -> None:
        old = self.register.rule_set_override()
        self.push(_SetRuleSet(self, old, rule_set_id, self.tr("valg av regelsett")))

    def add_contact(self, contact: Contact) -> None:
        self._push_added(CONTACTS, self.tr("registrering av kontakt"),
                         lambda: self.register.add_contact(contact),
                         self.register.remove_contact, self.register.restore_contact)

    def update_contact(self, old: Contact, new: Contact) -> None:
        self.push(_Call(self, CONTACTS, self.tr("endring av kontakt"),
                        lambda: self.register.update_contact(new),
                        lambda: self.register.update_contact(old)))

    def hand_over(self, to_name: str, to_role: str, on, note: str = "") -> None:
        self._push_added(HANDOVERS, self.tr("ny stafettholder"),
                         lambda: self.register.hand_over(to_name, to_role, on, note),
                         self.register.remove_handover, self.register.restore_handover)

    def _push_added(self, kind: str, text: str, add, remove, restore) -> None:
        """Adds a row; undo removes it; redo brings back the same id."""
        holder: dict = {}

        def do():
            if "added" in holder:
                restore(holder["added"])
            else:
                holder["added"] = add()

        self.push(_Call(self, kind, text, do, lambda: remove(holder["added"].id)))

    def remove_contact(self, contact: Contact) -> None:
        self.push(_Call(self, CONTACTS, self.tr("sletting av kontakt"),
                        lambda: self.register.remove_contact(contact.id),
                        lambda: self.register.restore_contact(contact)))


class _Call(QUndoCommand):
    def __init__(self, owner: AbsenceEditing, kind: str, text: str, do, undo):
        super().__init__(text)
        self._owner, self._kind, self._do, self._undo = owner, kind, do, undo

    def redo(self) -> None:
        self._do()
        self._owner.changed.emit(self._kind)

    def undo(self) -> None:
        self._undo()
        self._owner.changed.emit(self._kind)


class _SetRuleSet(QUndoCommand):
    """Stepping through the choices with the arrow keys is one change to undo."""

    def __init__(self, owner: AbsenceEditing, old: str, new: str, text: str):
        super().__init__(text)
        self._owner, self.old, self.new = owner, old, new

    def id(self) -> int:
        return 3001

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(other, _SetRuleSet):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._owner.register.set_rule_set_override(self.new)
        self._owner.changed.emit(RULES)

    def undo(self) -> None:
        self._owner.register.set_rule_set_override(self.old)
        self._owner.changed.emit(RULES)


class _AddRecords(QUndoCommand):
    """Adds records; undo removes them; redo brings back the same ids."""

    def __init__(self, owner: AbsenceEditing, records: list[AbsenceRecord], text: str,
                 stored: bool = False):
        super().__init__(text)
        self._owner = owner
        self._records = records
        self._added: list[AbsenceRecord] | None = records if stored else None
        self._stored = stored  # the first redo (at push) finds them stored already

    def redo(self) -> None:
        register = self._owner.register
        if self._stored:
            self._stored = False
        elif self._added is None:
            self._added = register.add_records(self._records)
        else:
            register.restore_records(self._added)
        self._owner.changed.emit(RECORDS)

    def undo(self) -> None:
        self._owner.register.remove_records([r.id for r in self._added or []])
        self._owner.changed.emit(RECORDS)


class _RemoveRecords(QUndoCommand):
    def __init__(self, owner: AbsenceEditing, ids: list[int], text: str):
        super().__init__(text)
        self._owner = owner
        self._ids = ids
        self._removed: list[AbsenceRecord] = []

    def redo(self) -> None:
        self._removed = self._owner.register.remove_records(self._ids)
        self._owner.changed.emit(RECORDS)

    def undo(self) -> None:
        self._owner.register.restore_records(self._removed)
        self._owner.changed.emit(RECORDS)
