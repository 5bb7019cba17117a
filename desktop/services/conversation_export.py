"""App layer: gather a conversation and write its summary PDF (the UI asks
where; this writes). PDFs are plaintext by nature: only where the user chose."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.conversation_tools import Tool
from desktop.export.conversation_pdf import ConversationSummary, build_conversation_pdf
from desktop.forms.conversation_forms import circle_validators, tiltakssirkel_box_ids
from desktop.forms.loader import load_forms
from desktop.paths import forms_dir
from desktop.services.conversation_service import Conversations


def conversation_summary(talks: Conversations, conversation_id: int,
                         include_internal: bool = False,
                         box_titles: dict[str, str] | None = None) -> ConversationSummary:
    conversation = talks.get(conversation_id)
    if box_titles is None:
        box_titles = tiltakssirkel_box_ids(load_forms(forms_dir(), None, circle_validators()))
    return ConversationSummary(
        pupil_name=talks.session.pupil().name,
        conversation=conversation,
        guide=talks.guide_of(conversation),
        answers=talks.answers(conversation_id),
        suggestions=talks.suggestions(conversation_id),
        box_titles=box_titles,
        tools={tool: talks.tool_data(conversation_id, tool) for tool in Tool},
        include_internal=include_internal,
        school=talks.session.pupil().school,
    )


def pdf_file_name(held_on: str, include_internal: bool) -> str:
    """The name offered when saving: an internal summary says so in its name."""
    return ("INTERNT-" if include_internal else "") + f"kartleggingssamtale-{held_on}.pdf"


def write_conversation_pdf(talks: Conversations, conversation_id: int, path: Path,
                           include_internal: bool = False,
                           box_titles: dict[str, str] | None = None) -> None:
    data = build_conversation_pdf(conversation_summary(talks, conversation_id, include_internal,
                                                       box_titles))
    path.write_bytes(data)
