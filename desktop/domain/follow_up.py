"""What people decide and do along the ladder: phase decisions (the program
suggests, the user decides, with date and by whom), the ticked tasks of a
phase, and the contact log with the home (seed 001 fase 2: "Denne kontakten
må dokumenteres")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum


@dataclass(frozen=True, slots=True)
class PhaseDecision:
    id: int | None
    decided_on: date
    rule_set_id: str
    rule_set_version: int
    phase_id: str
    phase_name: str  # as the rule set named it then, so an old case still reads well
    decided_by: str
    note: str = ""


class Channel(str, Enum):
    PHONE = "telefon"
    MEETING = "møte"
    MESSAGE = "melding"
    LETTER = "brev"
    OTHER = "annet"


@dataclass(frozen=True, slots=True)
class Contact:
    id: int | None
    at: datetime
    with_whom: str
    channel: Channel = Channel.PHONE
    by_whom: str = ""
    summary: str = ""
    agreed: str = ""
    next_step: str = ""
    next_date: date | None = None
