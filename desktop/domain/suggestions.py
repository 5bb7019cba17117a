"""Measure suggestions (forslag til tiltak) noted anywhere in a case — during a
kartleggingssamtale, typically — and tagged with a tiltakssirkel box. The circle
shows them in their box to accept or drop (seed 001: the circle is filled in the
cooperation meeting; seed 002 appendix 2: "forslag til tiltak" per checklist)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class SuggestionStatus(str, Enum):
    OPEN = "open"
    ACCEPTED = "accepted"  # became a measure in the circle
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class MeasureSuggestion:
    id: int | None
    box_id: str  # a box id from forms/tiltakssirkel.toml, or "" when not yet placed
    text: str
    source_kind: str = ""  # "conversation", …
    source_id: int | None = None  # e.g. the conversation's id
    source_label: str = ""  # shown to the user: "Kartleggingssamtale 12.03.2026"
    created_at: str = ""  # ISO timestamp
    status: SuggestionStatus = SuggestionStatus.OPEN
