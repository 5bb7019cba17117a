"""Handing a case over (issue 14): what a handover record holds, and the
one-time passphrase made of words. Plain Python.

Where the guides move a case on: seed 002 (Oslo), "Eks.: Ha overføringsmøte ved
overgangen til ny skole."; seed 003 (Udir), "gode overganger – ... ved bytte av
lærer eller hvis eleven bytter skole". Seed 001 (Bærum, Vedlegg 2:1) says why
the file is encrypted and the passphrase goes by another channel:
"Personsensitiv informasjon skal ikke sendes på e-post."
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

PASSPHRASE_WORDS = 6

# Who receives a handover file (issue 14, samtykke). A colleague or the next
# school takes the case on within the school's own duty to follow the pupil up
# (seed 002: "Ha overføringsmøte ved overgangen til ny skole"): that is not a
# disclosure to another service, so no consent is checked — and it is the
# default, since a handover file goes to another Nærvær. Every other kind is a
# service (the ConsentService codes): a valid consent is checked, and without
# one the user gives a reason, stored with the record.
COLLEAGUE = "kollega"


class Direction(Enum):
    OUT = "out"  # a handover file was written from this case
    IN = "in"  # this case was read in from a handover file


class Scope(Enum):
    FULL = "full"
    WITHOUT_INTERNAL = "without_internal"  # no internal reflection, no Kearney hypotheses


# Parts of a case the sender may leave behind (besides the internal parts), by key;
# the tables behind each key are in desktop/casefile/handover_payload.py. The pupil,
# guardians, team, follow-up decisions and the handover log always go.
LEAVABLE = ("absence", "log", "mapping", "circle", "plan", "agreements", "meetings",
            "consent", "referral", "disclosure")


@dataclass(frozen=True, slots=True)
class HandoverRecord:
    """One line of the case's utleveringslogg for handovers."""

    direction: Direction
    at: datetime
    sender: str  # free text: who handed it over
    recipient: str  # free text: to whom
    scope: Scope
    document_id: str  # the same on both sides, e.g. "OVF-20261202-7F3A9C"
    file_name: str = ""
    case_count: int = 1
    recipient_kind: str = ""  # COLLEAGUE, a ConsentService code, or "" (before issue 14's consent)
    consent_reason: str = ""  # why it went without a valid consent ("" when one covered it)
    left_out: tuple[str, ...] = ()  # LEAVABLE keys the sender kept back

    @classmethod
    def from_row(cls, direction: str, at: str, sender: str, recipient: str, scope: str,
                 document_id: str, file_name: str, case_count: int, recipient_kind: str = "",
                 consent_reason: str = "", left_out: str = "") -> "HandoverRecord":
        return cls(Direction(direction), datetime.fromisoformat(at), sender, recipient,
                   Scope(scope), document_id, file_name, case_count, recipient_kind or "",
                   consent_reason or "", known_parts((left_out or "").split(",")))


def known_parts(keys) -> tuple[str, ...]:
    """The LEAVABLE keys among `keys`, in LEAVABLE's order (unknown ones dropped:
    a newer program may know more parts)."""
    wanted = {k for k in keys if isinstance(k, str)}
    return tuple(k for k in LEAVABLE if k in wanted)


def new_document_id(now: datetime) -> str:
    return f"OVF-{now:%Y%m%d}-{secrets.token_hex(3).upper()}"


def generate_passphrase(words: list[str], count: int = PASSPHRASE_WORDS) -> str:
    """`count` words drawn uniformly (secrets) from the list, one space between."""
    if len(words) < 2:
        raise ValueError("word list too short")
    return " ".join(secrets.choice(words) for _ in range(count))


def passphrase_bits(list_size: int, count: int = PASSPHRASE_WORDS) -> float:
    """Entropy of a generated passphrase: count × log2(list size)."""
    return count * math.log2(list_size)
