"""The application facade for kartleggingssamtaler: what the Kartlegging
section calls. Reads through the feature repositories; every write goes through
session.edit (read-only cases refuse, autosave follows)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from desktop.casefile.conversations_repo import ConversationRepository
from desktop.casefile.suggestions_repo import SuggestionRepository
from desktop.domain.conversation_tools import Tool, normalised
from desktop.domain.conversations import (
    Answer,
    Conversation,
    ConversationStatus,
    Guide,
    guide_from_data,
)
from desktop.domain.suggestions import MeasureSuggestion
from desktop.forms.conversation_forms import load_conversation_forms
from desktop.forms.loader import FormProblem
from desktop.paths import forms_dir
from desktop.services.case_session import CaseSession
from desktop.services.meeting_service import WorkKind, attach_to_running

SOURCE_KIND = "conversation"


class ConversationForms:
    """The guides the user can start a conversation with, and the circle's boxes."""

    def __init__(self, local_dir: Path | None = None, bundled: Path | None = None):
        guides, boxes, forms = load_conversation_forms(bundled or forms_dir(), local_dir)
        self.guides: list[Guide] = guides
        self.boxes: dict[str, str] = boxes  # {box id: title}
        self.problems: list[FormProblem] = [p for p in forms.problems]
        self._data = {f.id: f.data for f in forms.forms.values() if f.kind == "conversation"}

    def data_of(self, guide_id: str) -> dict[str, Any]:
        return self._data[guide_id]


class Conversations:
    """The conversations of one open case."""

    def __init__(self, session: CaseSession):
        self.session = session
        self._repo = session.repository(ConversationRepository)
        self._suggestions = session.repository(SuggestionRepository)

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    # --- conversations --------------------------------------------------------------
    def list(self) -> list[Conversation]:
        return self._repo.list()

    def get(self, conversation_id: int) -> Conversation:
        return self._repo.get(conversation_id)

    def guide_of(self, conversation: Conversation) -> Guide:
        """The form exactly as it was when the conversation started (a snapshot):
        an old conversation reads the same after the bundled form has changed."""
        return guide_from_data(conversation.form_snapshot)

    def start(self, forms: ConversationForms, guide_id: str, held_on: date,
              present: list[str]) -> Conversation:
        data = forms.data_of(guide_id)
        guide = guide_from_data(data)
        conversation = Conversation(
            id=None, form_id=guide.id, form_version=guide.version, title=guide.title,
            held_on=held_on.isoformat(), present=tuple(present), form_snapshot=data)

        def change() -> Conversation:
            added = self._repo.add(conversation)
            attach_to_running(self.session, WorkKind.CONVERSATION, added.id)  # issue 13
            return added
        return self.session.edit(change)

    def set_step(self, conversation_id: int, step: int) -> None:
        """Where the conversation is: kept so that it resumes there. Not an undo step."""
        if self.read_only or self._repo.get(conversation_id).current_step == step:
            return
        self.session.edit(lambda: self._repo.update(conversation_id, current_step=step))

    def set_status(self, conversation_id: int, status: ConversationStatus) -> None:
        if self.read_only:
            return
        self.session.edit(lambda: self._repo.update(conversation_id, status=status))

    def set_details(self, conversation_id: int, held_on: str, present: list[str]) -> None:
        self.session.edit(lambda: self._repo.update(conversation_id, held_on=held_on,
                                                    present=present))

    def set_voice(self, conversation_id: int, by: str, on: str) -> None:
        """Who gathered the pupil's voice (and the ISO day) when the pupil was not
        at the conversation (seed 003: "henter inn elevens stemme gjennom noen som
        har en god og trygg relasjon til eleven"). An undo writes the old pair back."""
        self.session.edit(lambda: self._repo.update(conversation_id, voice_by=by.strip(),
                                                    voice_on=on))

    # --- answers ----------------------------------------------------------------------
    def answers(self, conversation_id: int) -> dict[str, Answer]:
        return self._repo.answers(conversation_id)

    def answer(self, conversation_id: int, question_id: str, question_text: str) -> Answer:
        found = self._repo.answer(conversation_id, question_id)
        return found if found is not None else Answer(question_id, question_text)

    def put_answer(self, conversation_id: int, answer: Answer) -> None:
        self.session.edit(lambda: self._repo.put_answer(conversation_id, answer))

    def set_answer_field(self, conversation_id: int, question_id: str, question_text: str,
                         **values: Any) -> Answer:
        """Change value / pupil_voice / skipped / skip_reason of one answer."""
        current = self.answer(conversation_id, question_id, question_text)
        updated = replace(current, question_text=question_text, **values)
        self.put_answer(conversation_id, updated)
        return updated

    # --- tools ---------------------------------------------------------------------------
    def tool_data(self, conversation_id: int, tool: Tool) -> dict[str, Any]:
        return normalised(tool, self._repo.tool_data(conversation_id, tool.value))

    def set_tool_data(self, conversation_id: int, tool: Tool, data: dict[str, Any]) -> None:
        self.session.edit(lambda: self._repo.put_tool_data(conversation_id, tool.value, data))

    # --- forslag til tiltak ---------------------------------------------------------------
    def suggestions(self, conversation_id: int) -> list[MeasureSuggestion]:
        return [s for s in self._suggestions.list()
                if s.source_kind == SOURCE_KIND and s.source_id == conversation_id]

    def add_suggestion(self, conversation: Conversation, box_id: str, text: str,
                       question_text: str = "") -> MeasureSuggestion:
        label = f"Kartleggingssamtale {_norwegian_date(conversation.held_on)}"
        if question_text:
            label += f" – {question_text}"
        suggestion = MeasureSuggestion(id=None, box_id=box_id, text=text,
                                       source_kind=SOURCE_KIND, source_id=conversation.id,
                                       source_label=label)
        return self.session.edit(lambda: self._suggestions.add(suggestion))

    def remove_suggestion(self, suggestion_id: int) -> MeasureSuggestion:
        return self.session.edit(lambda: self._suggestions.remove(suggestion_id))

    def restore_suggestion(self, suggestion: MeasureSuggestion) -> None:
        self.session.edit(lambda: self._suggestions.restore(suggestion))


def _norwegian_date(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime("%d.%m.%Y")
    except ValueError:
        return iso
