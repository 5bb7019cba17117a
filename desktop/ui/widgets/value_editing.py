"""Undo/redo for features that store whole immutable values (an agreement
draft, a meeting): a command holds the value before and after and writes one
or the other back. Typing in one field merges into one command until the
focus moves (the owner's `generation` changes)."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtGui import QUndoCommand

_MERGE_ID = 1707


class ValueCommand(QUndoCommand):
    """`write(value)` stores the value and redraws; `key` names the field that
    changed (commands on the same key and generation merge)."""

    def __init__(self, write: Callable[[Any], None], old: Any, new: Any, text: str,
                 key: str, generation: int | None):
        super().__init__(text)
        self._write = write
        self.old = old
        self.new = new
        self.key = key
        self.generation = generation

    def redo(self) -> None:
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)

    def id(self) -> int:
        return _MERGE_ID if self.generation is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(other, ValueCommand) or other.generation != self.generation:
            return False
        if other.key != self.key or getattr(other.old, "id", None) != getattr(self.new, "id",
                                                                               None):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class RemoveCommand(QUndoCommand):
    """Removes a whole value (a draft, a meeting); undo puts the same one back."""

    def __init__(self, remove: Callable[[], Any], restore: Callable[[Any], None], text: str):
        super().__init__(text)
        self._remove = remove
        self._restore = restore
        self.removed: Any = None

    def redo(self) -> None:
        self.removed = self._remove()

    def undo(self) -> None:
        self._restore(self.removed)


class AddCommand(QUndoCommand):
    """Makes a whole new value (a consent); undo removes it, redo puts the same
    one back (same id), so later edits in the stack still find it.
    `add()` returns the new value, `remove(value)` what `restore` takes back."""

    def __init__(self, add: Callable[[], Any], remove: Callable[[Any], Any],
                 restore: Callable[[Any], None], text: str):
        super().__init__(text)
        self._add = add
        self._remove = remove
        self._restore = restore
        self.value: Any = None
        self.removed: Any = None

    def redo(self) -> None:
        if self.value is None:
            self.value = self._add()
        else:
            self._restore(self.removed)

    def undo(self) -> None:
        self.removed = self._remove(self.value)
