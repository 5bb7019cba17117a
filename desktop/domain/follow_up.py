"""What people decide and do along the ladder: phase decisions (the program
suggests, the user decides, with date and by whom), the ticked tasks of a
phase, the contact log with the home (seed 001 fase 2: "Denne kontakten
må dokumenteres"), and the stafettholder's handovers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from desktop.domain.language import translate


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


def channel_word(channel: Channel) -> str:
    """The channel as a document prints it, in the current language (the
    values are bokmål storage codes)."""
    return {Channel.PHONE: translate("export", "telefon"),
            Channel.MEETING: translate("export", "møte"),
            Channel.MESSAGE: translate("export", "melding"),
            Channel.LETTER: translate("export", "brev"),
            Channel.OTHER: translate("export", "annet")}.get(channel, str(channel.value))


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


@dataclass(frozen=True, slots=True)
class Handover:
    """The baton passes: from whom to whom, on which day, and why. The
    stafettholder is a named person ("Stafettholder er jfr. BTI-modellen en
    person som har koordineringsansvar for oppfølging av barn", seed 004), so
    the holder is the last handover's `to_name`, not the phase's role."""

    id: int | None
    handed_on: date
    to_name: str
    to_role: str = ""  # "Kontaktlærer", "Mor" … as the case knows the person
    from_name: str = ""  # empty for the first holder
    note: str = ""


def current_holder(handovers: list[Handover]) -> Handover | None:
    """The latest handover (by date, then in the order they were written)."""
    ordered = sorted(handovers, key=lambda h: (h.handed_on, h.id or 0))
    return ordered[-1] if ordered else None
