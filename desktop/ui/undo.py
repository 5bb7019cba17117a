"""Undo/redo for the case page: every edit goes through a QUndoCommand that
writes to the session at once, so undo updates both the store and the widgets.

`CaseEditing` is the one object the section widgets talk to. It reads values
from the session, pushes commands, and tells the views what changed
(`field_changed`, `items_changed`) so they redraw — including after undo/redo.
Typing in one field merges into one command until the focus leaves the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack

from desktop.services.app_service import CaseSession

PUPIL = "pupil"
GUARDIAN = "guardian"
TEAM = "team"

_MERGE_ID = 1001


@dataclass(frozen=True, slots=True)
class FieldRef:
    """One stored value: the pupil's field `key`, or field `key` of a guardian/team member."""

    scope: str
    key: str
    item_id: int | None = None


class SetFieldCommand(QUndoCommand):
    def __init__(self, editing: "CaseEditing", ref: FieldRef, old: Any, new: Any,
                 text: str, generation: int | None):
        super().__init__(text)
        self._editing = editing
        self.ref = ref
        self.old = old
        self.new = new
        self.generation = generation  # None: never merges

    def redo(self) -> None:
        self._editing._write(self.ref, self.new)

    def undo(self) -> None:
        self._editing._write(self.ref, self.old)

    def id(self) -> int:
        return _MERGE_ID if self.generation is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(other, SetFieldCommand):
            return False
        if other.ref != self.ref or other.generation != self.generation:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class AddItemCommand(QUndoCommand):
    """Adds a guardian or team member; undo removes it, redo restores the same one."""

    def __init__(self, editing: "CaseEditing", scope: str, text: str):
        super().__init__(text)
        self._editing = editing
        self._scope = scope
        self.item_id: int | None = None
        self._removed: Any = None

    def redo(self) -> None:
        if self._removed is None:
            self.item_id = self._editing._add(self._scope)
        else:
            self._editing._restore(self._scope, self._removed)
        self._editing.items_changed.emit(self._scope, self.item_id)

    def undo(self) -> None:
        self._removed = self._editing._remove(self._scope, self.item_id)
        self._editing.items_changed.emit(self._scope, None)


class RemoveItemCommand(QUndoCommand):
    def __init__(self, editing: "CaseEditing", scope: str, item_id: int, text: str):
        super().__init__(text)
        self._editing = editing
        self._scope = scope
        self._item_id = item_id
        self._removed: Any = None

    def redo(self) -> None:
        self._removed = self._editing._remove(self._scope, self._item_id)
        self._editing.items_changed.emit(self._scope, None)

    def undo(self) -> None:
        self._editing._restore(self._scope, self._removed)
        self._editing.items_changed.emit(self._scope, self._item_id)


class CaseEditing(QObject):
    """The edit path for one open case: session + undo stack + change signals."""

    field_changed = Signal(object)  # FieldRef whose stored value changed
    items_changed = Signal(str, object)  # scope, id of the item to select (or None)

    def __init__(self, session: CaseSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.stack = QUndoStack(self)
        self._generation = 0

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    # --- reading -------------------------------------------------------------------
    def value(self, ref: FieldRef) -> Any:
        if ref.scope == PUPIL:
            return getattr(self.session.pupil(), ref.key)
        item = self.item(ref.scope, ref.item_id)
        return getattr(item, ref.key) if item is not None else None

    def items(self, scope: str) -> list[Any]:
        return self.session.guardians() if scope == GUARDIAN else self.session.team()

    def item(self, scope: str, item_id: int | None) -> Any:
        for item in self.items(scope):
            if item.id == item_id:
                return item
        return None

    # --- editing -------------------------------------------------------------------
    def edit(self, ref: FieldRef, new: Any, label: str, merge: bool = True) -> None:
        """Store a new value through the undo stack (no-op when unchanged)."""
        if self.read_only:
            return
        old = self.value(ref)
        if old == new:
            return
        text = self.tr("endring i «%1»").replace("%1", label)
        generation = self._generation if merge else None
        self.stack.push(SetFieldCommand(self, ref, old, new, text, generation))
        if not merge:
            self.end_merge()

    def end_merge(self) -> None:
        """The next edit starts a new command (the focus left a field)."""
        self._generation += 1

    def add_item(self, scope: str) -> int | None:
        if self.read_only:
            return None
        text = self.tr("ny foresatt") if scope == GUARDIAN else self.tr("ny person i laget")
        command = AddItemCommand(self, scope, text)
        self.end_merge()
        self.stack.push(command)
        return command.item_id

    def remove_item(self, scope: str, item_id: int) -> None:
        if self.read_only:
            return
        text = (self.tr("fjerning av foresatt") if scope == GUARDIAN
                else self.tr("fjerning av person i laget"))
        self.end_merge()
        self.stack.push(RemoveItemCommand(self, scope, item_id, text))

    # --- the store, called by commands ------------------------------------------------
    def _write(self, ref: FieldRef, value: Any) -> None:
        if ref.scope == PUPIL:
            self.session.set_pupil_field(ref.key, value)
        elif ref.scope == GUARDIAN:
            self.session.update_guardian(ref.item_id, ref.key, value)
        else:
            self.session.update_team_member(ref.item_id, ref.key, value)
        self.field_changed.emit(ref)

    def _add(self, scope: str) -> int | None:
        if scope == GUARDIAN:
            return self.session.add_guardian().id
        return self.session.add_team_member().id

    def _remove(self, scope: str, item_id: int | None) -> Any:
        if scope == GUARDIAN:
            return self.session.remove_guardian(item_id)
        return self.session.remove_team_member(item_id)

    def _restore(self, scope: str, item: Any) -> None:
        if scope == GUARDIAN:
            self.session.restore_guardian(item)
        else:
            self.session.restore_team_member(item)


_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_EXTRA_REDO = QKeySequence("Ctrl+Shift+Z")


class EditorEvents(QObject):
    """Event filter for every editor on the case page.

    - Ctrl+Z / Ctrl+Shift+Z: text widgets accept the ShortcutOverride for undo
      themselves (their private undo). We swallow that event unaccepted, so
      the window's Angre/Gjør om actions (the QUndoStack) fire instead.
    - Focus leaving a field ends the merging of typed characters.
    """

    def __init__(self, editing: CaseEditing, parent: QObject | None = None):
        super().__init__(parent)
        self._editing = editing

    def watch(self, *widgets: QObject) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            if any(event.matches(key) for key in _UNDO_KEYS) or _is_extra_redo(event):
                event.ignore()
                return True
        elif kind == QEvent.Type.FocusOut:
            self._editing.end_merge()
        return False


def _is_extra_redo(event: QEvent) -> bool:
    combined = event.keyCombination().toCombined()
    return QKeySequence(combined) == _EXTRA_REDO
