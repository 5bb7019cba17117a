"""Undo/redo for the kartleggingssamtale. Every change is a QUndoCommand on the
case's stack (CaseEditing.stack) that writes through the Conversations facade at
once (session.edit → autosave). Typing in one answer or one tool field merges
into one command until the focus leaves the field (see undo.EditorEvents)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from desktop.domain.conversation_tools import Tool
from desktop.domain.conversations import Conversation
from desktop.domain.suggestions import MeasureSuggestion
from desktop.services.conversation_service import Conversations
from desktop.ui.undo import CaseEditing, EditorEvents

_ANSWER_MERGE = 2001
_TOOL_MERGE = 2002
_VOICE_MERGE = 2003


class AnswerCommand(QUndoCommand):
    def __init__(self, owner: "MappingEditing", conv_id: int, question_id: str,
                 question_text: str, field: str, old: Any, new: Any, generation: int | None):
        super().__init__(owner.tr("svar på «%1»").replace("%1", question_text[:40]))
        self._owner = owner
        self.key = (conv_id, question_id, field)
        self._text = question_text
        self.old, self.new = old, new
        self.generation = generation

    def _write(self, value: Any) -> None:
        conv_id, question_id, field = self.key
        self._owner.talks.set_answer_field(conv_id, question_id, self._text, **{field: value})
        self._owner.answer_changed.emit(conv_id, question_id)

    def redo(self) -> None:
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)

    def id(self) -> int:
        return _ANSWER_MERGE if self.generation is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if (not isinstance(other, AnswerCommand) or other.key != self.key
                or other.generation != self.generation):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class ToolCommand(QUndoCommand):
    def __init__(self, owner: "MappingEditing", conv_id: int, tool: Tool, old: dict,
                 new: dict, text: str, generation: int | None, field: str = ""):
        super().__init__(text)
        self._owner = owner
        self.key = (conv_id, tool, field)
        self.old, self.new = old, new
        self.generation = generation

    def _write(self, data: dict) -> None:
        conv_id, tool, _ = self.key
        self._owner.talks.set_tool_data(conv_id, tool, data)
        self._owner.tool_changed.emit(conv_id, tool.value)

    def redo(self) -> None:
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)

    def id(self) -> int:
        return _TOOL_MERGE if self.generation is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if (not isinstance(other, ToolCommand) or other.key != self.key
                or other.generation != self.generation):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class VoiceCommand(QUndoCommand):
    """Who gathered the pupil's voice and when: (by, ISO day) written as a pair."""

    def __init__(self, owner: "MappingEditing", conv_id: int, old: tuple[str, str],
                 new: tuple[str, str], generation: int | None):
        super().__init__(owner.tr("hvem som hentet inn elevens stemme"))
        self._owner = owner
        self.conv_id = conv_id
        self.old, self.new = old, new
        self.generation = generation

    def _write(self, value: tuple[str, str]) -> None:
        self._owner.talks.set_voice(self.conv_id, *value)
        self._owner.voice_changed.emit(self.conv_id)

    def redo(self) -> None:
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)

    def id(self) -> int:
        return _VOICE_MERGE if self.generation is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if (not isinstance(other, VoiceCommand) or other.conv_id != self.conv_id
                or other.generation != self.generation):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class AddSuggestionCommand(QUndoCommand):
    def __init__(self, owner: "MappingEditing", conversation: Conversation, box_id: str,
                 text: str, question_text: str):
        super().__init__(owner.tr("forslag til tiltak"))
        self._owner = owner
        self._args = (conversation, box_id, text, question_text)
        self.suggestion: MeasureSuggestion | None = None

    def redo(self) -> None:
        if self.suggestion is None:
            self.suggestion = self._owner.talks.add_suggestion(*self._args)
        else:
            self._owner.talks.restore_suggestion(self.suggestion)
        self._owner.suggestions_changed.emit(self._args[0].id)

    def undo(self) -> None:
        self._owner.talks.remove_suggestion(self.suggestion.id)
        self._owner.suggestions_changed.emit(self._args[0].id)


class RemoveSuggestionCommand(QUndoCommand):
    def __init__(self, owner: "MappingEditing", conv_id: int, suggestion_id: int):
        super().__init__(owner.tr("fjerning av forslag til tiltak"))
        self._owner = owner
        self._conv_id = conv_id
        self._id = suggestion_id
        self._removed: MeasureSuggestion | None = None

    def redo(self) -> None:
        self._removed = self._owner.talks.remove_suggestion(self._id)
        self._owner.suggestions_changed.emit(self._conv_id)

    def undo(self) -> None:
        self._owner.talks.restore_suggestion(self._removed)
        self._owner.suggestions_changed.emit(self._conv_id)


class MappingEditing(QObject):
    """The Kartlegging section's edit path: the facade, the case's undo stack and
    signals that tell the views to redraw (also after undo/redo)."""

    answer_changed = Signal(int, str)  # conversation id, question id
    tool_changed = Signal(int, str)  # conversation id, tool
    suggestions_changed = Signal(int)  # conversation id
    voice_changed = Signal(int)  # conversation id

    def __init__(self, editing: CaseEditing, parent: QObject | None = None):
        super().__init__(parent)
        self.case_editing = editing
        self.talks = Conversations(editing.session)
        self.stack = editing.stack
        self._generation = 0
        self.events = EditorEvents(self, self)  # undo keys to the stack; focus-out ends merging

    @property
    def read_only(self) -> bool:
        return self.talks.read_only

    def end_merge(self) -> None:
        self._generation += 1

    def set_answer(self, conv_id: int, question_id: str, question_text: str, field: str,
                   new: Any, merge: bool = False) -> None:
        if self.read_only:
            return
        old = getattr(self.talks.answer(conv_id, question_id, question_text), field)
        if old == new:
            return
        generation = self._generation if merge else None
        self.stack.push(AnswerCommand(self, conv_id, question_id, question_text, field, old,
                                      new, generation))
        if not merge:
            self.end_merge()

    def set_tool(self, conv_id: int, tool: Tool, new: dict, text: str, merge_field: str = "") -> None:
        """merge_field: typing in that field merges into one command."""
        if self.read_only:
            return
        old = self.talks.tool_data(conv_id, tool)
        if old == new:
            return
        generation = self._generation if merge_field else None
        self.stack.push(ToolCommand(self, conv_id, tool, old, new, text, generation, merge_field))
        if not merge_field:
            self.end_merge()

    def set_voice(self, conv_id: int, by: str, on: str, merge: bool = False) -> None:
        """Typing the name merges into one undo step until the field is left."""
        if self.read_only:
            return
        current = self.talks.get(conv_id)
        old, new = (current.voice_by, current.voice_on), (by, on)
        if old == new:
            return
        generation = self._generation if merge else None
        self.stack.push(VoiceCommand(self, conv_id, old, new, generation))
        if not merge:
            self.end_merge()

    def add_suggestion(self, conversation: Conversation, box_id: str, text: str,
                       question_text: str) -> None:
        if self.read_only or not text.strip():
            return
        self.end_merge()
        self.stack.push(AddSuggestionCommand(self, conversation, box_id, text.strip(),
                                             question_text))

    def remove_suggestion(self, conv_id: int, suggestion_id: int) -> None:
        if self.read_only:
            return
        self.end_merge()
        self.stack.push(RemoveSuggestionCommand(self, conv_id, suggestion_id))
