"""Undoable edits of the tiltakssirkel. Every change is one BoxCommand on the
case's QUndoStack holding the box before and after (boxes are immutable
values), plus the suggestion statuses it changed; undo writes the old box."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.domain.measure_circle import Box, EntryKind
from desktop.domain.suggestions import MeasureSuggestion, SuggestionStatus
from desktop.services.circle_service import MeasureCircleService


class BoxCommand(QUndoCommand):
    def __init__(self, editing: "CircleEditing", before: Box, after: Box, text: str,
                 suggestions_before: dict[int, SuggestionStatus] | None = None,
                 suggestions_after: dict[int, SuggestionStatus] | None = None,
                 focus_id: int | None = None):
        super().__init__(text)
        self._editing = editing
        self.before, self.after = before, after
        self._s_before = suggestions_before or {}
        self._s_after = suggestions_after or {}
        self.focus_id = focus_id

    def redo(self) -> None:
        self._editing._apply(self.after, self._s_after, self.focus_id)

    def undo(self) -> None:
        self._editing._apply(self.before, self._s_before, self.focus_id)


class CircleEditing(QObject):
    """The circle section's edit path: the facade + the case's undo stack.
    `box_changed(box_id, entry_id or -1)` after every write, undo and redo."""

    box_changed = Signal(str, int)

    def __init__(self, service: MeasureCircleService, stack: QUndoStack,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self.stack = stack

    @property
    def read_only(self) -> bool:
        return self.service.read_only

    def box(self, box_id: str) -> Box:
        return self.service.box(box_id)

    # --- edits ------------------------------------------------------------------------
    def add(self, box_id: str, kind: EntryKind, text: str, index: int | None = None) -> int | None:
        text = text.strip()
        if not text or self.read_only:
            return None
        entry = self.service.new_entry(kind, text)
        before = self.box(box_id)
        self._push(before, before.with_added(entry, index), self._add_text(kind), entry.id)
        return entry.id

    def rename(self, box_id: str, entry_id: int, text: str) -> None:
        text = text.strip()
        before = self.box(box_id)
        if not text or before.entry(entry_id).text == text:
            self.box_changed.emit(box_id, entry_id)  # show the stored text again
            return
        self.update(box_id, entry_id, self.tr("endring av tekst"), text=text)

    def update(self, box_id: str, entry_id: int, label: str, **changes) -> None:
        before = self.box(box_id)
        after = before.with_updated(entry_id, **changes)
        if after != before:
            self._push(before, after, label, entry_id)

    def remove(self, box_id: str, entry_id: int) -> None:
        before = self.box(box_id)
        self._push(before, before.without(entry_id), self.tr("sletting"), None)

    def move(self, box_id: str, entry_id: int, index: int) -> None:
        before = self.box(box_id)
        after = before.moved(entry_id, index)
        if after != before:
            self._push(before, after, self.tr("flytting"), entry_id)

    def set_discussed(self, box_id: str, discussed: bool) -> None:
        before = self.box(box_id)
        if before.discussed != discussed:
            self._push(before, replace(before, discussed=discussed),
                       self.tr("tatt opp i møtet"), None)

    def accept_suggestion(self, suggestion: MeasureSuggestion) -> int | None:
        """The suggestion becomes a measure in its box (status ACCEPTED)."""
        if self.read_only:
            return None
        entry = self.service.new_entry(EntryKind.MEASURE, suggestion.text)
        before = self.box(suggestion.box_id)
        self._push(before, before.with_added(entry), self.tr("forslag godtatt"), entry.id,
                   {suggestion.id: suggestion.status},
                   {suggestion.id: SuggestionStatus.ACCEPTED})
        return entry.id

    def drop_suggestion(self, suggestion: MeasureSuggestion) -> None:
        if self.read_only:
            return
        box = self.box(suggestion.box_id)
        self._push(box, box, self.tr("forslag forkastet"), None,
                   {suggestion.id: suggestion.status},
                   {suggestion.id: SuggestionStatus.DROPPED})

    # --- helpers --------------------------------------------------------------------------
    def _add_text(self, kind: EntryKind) -> str:
        return {EntryKind.RESOURCE: self.tr("ny ressurs"), EntryKind.RISK: self.tr("ny risiko"),
                EntryKind.MEASURE: self.tr("nytt tiltak")}[kind]

    def _push(self, before: Box, after: Box, text: str, focus_id: int | None,
              s_before=None, s_after=None) -> None:
        if self.read_only:
            return
        self.stack.push(BoxCommand(self, before, after, text, s_before, s_after, focus_id))

    def _apply(self, box: Box, suggestions: dict[int, SuggestionStatus],
               focus_id: int | None) -> None:
        self.service.write_box(box, suggestions)
        self.box_changed.emit(box.id, -1 if focus_id is None else focus_id)
