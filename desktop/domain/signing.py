"""Who has signed a frozen document (agreement or evaluation), who is missing,
and who will not sign — one rule for the list, the status line, the preview
and the PDF.

Seed 001, Vedlegg 3: "Alle som er til stede signerer på avtalen, også eleven."
Vedlegg 4: "Signaturer på evaluering: De som er tilstede på evalueringsmøtet
signerer." So the document is signed when every person present has either
signed or been marked as not signing with a reason (signerer senere, ønsker
ikke, annet + free text). A reason is what makes the gap honest: the status
says "signert", and the note says who did not sign and why.

Only the people present count: a signature or a mark for someone no longer on
the present list is kept but ignored. Names identify people (the present list
and the signatures are stored by name).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import Enum


class DeclineReason(str, Enum):
    """Why a person present does not sign. Values are stable storage codes."""

    LATER = "senere"  # signerer senere
    UNWILLING = "onsker_ikke"  # ønsker ikke å signere
    OTHER = "annet"  # annet: the note says what


@dataclass(frozen=True, slots=True)
class Signature:
    """Who signed, and the day they signed (`signed_on`; None only for
    signatures stored before dates were kept: shown without a date, never
    given one). `drawing` is a PNG drawn on screen; None = signed on paper."""

    name: str
    role: str = ""
    signed_on: date | None = None
    drawing: bytes | None = None


@dataclass(frozen=True, slots=True)
class Decline:
    """A person present marked as not signing, with the reason, a free text
    (required for "annet") and the day it was marked."""

    name: str
    reason: DeclineReason = DeclineReason.LATER
    note: str = ""
    marked_on: date | None = None


class SigningError(ValueError):
    """A signing rule was broken (the UI words it)."""


class SigningState(str, Enum):
    NONE = "none"  # klar til signering: nobody has signed or been marked
    PARTIAL = "partial"  # delvis signert: someone present is still missing
    COMPLETE = "complete"  # signert: everyone present signed or has a reason


@dataclass(frozen=True, slots=True)
class SigningStatus:
    """The signing of one document, computed by `signing_status`."""

    state: SigningState
    present: tuple[str, ...]
    signed: tuple[Signature, ...]  # in the order of the present list
    declined: tuple[Decline, ...]  # in the order of the present list
    missing: tuple[str, ...]  # names, in the order of the present list

    @property
    def signed_count(self) -> int:
        return len(self.signed)

    @property
    def total(self) -> int:
        return len(self.present)

    def signature_of(self, name: str) -> Signature | None:
        return next((s for s in self.signed if s.name == name), None)

    def decline_of(self, name: str) -> Decline | None:
        return next((d for d in self.declined if d.name == name), None)


def signing_status(present: list[str] | tuple[str, ...], signatures: tuple[Signature, ...],
                   declines: tuple[Decline, ...] = ()) -> SigningStatus:
    """The one rule. `present`: the names of those present (blank names are
    nobody). A signature wins over a mark for the same person."""
    names = tuple(dict.fromkeys(n for n in present if n.strip()))
    by_name = {s.name: s for s in signatures}
    declined_by = {d.name: d for d in declines}
    signed = tuple(by_name[n] for n in names if n in by_name)
    declined = tuple(declined_by[n] for n in names if n in declined_by and n not in by_name)
    missing = tuple(n for n in names if n not in by_name and n not in declined_by)
    if names and not missing:
        state = SigningState.COMPLETE
    elif signed or declined:
        state = SigningState.PARTIAL
    else:
        state = SigningState.NONE
    return SigningStatus(state, names, signed, declined, missing)


def with_signature(signatures: tuple[Signature, ...], declines: tuple[Decline, ...],
                   signature: Signature) -> tuple[tuple[Signature, ...], tuple[Decline, ...]]:
    """A person signs (again: the new signature replaces the old one). A mark
    that they would not sign goes: they did sign."""
    return (tuple(s for s in signatures if s.name != signature.name) + (signature,),
            tuple(d for d in declines if d.name != signature.name))


def with_decline(signatures: tuple[Signature, ...], declines: tuple[Decline, ...],
                 decline: Decline) -> tuple[Decline, ...]:
    """Marks a person as not signing. Refused (SigningError) for someone who
    has signed, and for "annet" without a note."""
    if any(s.name == decline.name for s in signatures):
        raise SigningError("already signed")
    if decline.reason is DeclineReason.OTHER and not decline.note.strip():
        raise SigningError("other needs a note")
    cleaned = replace(decline, note=decline.note.strip())
    return tuple(d for d in declines if d.name != decline.name) + (cleaned,)


def without_decline(declines: tuple[Decline, ...], name: str) -> tuple[Decline, ...]:
    """Takes a "signerer ikke" mark back: the person is missing again."""
    return tuple(d for d in declines if d.name != name)


def status_of(document) -> SigningStatus:
    """The signing of an agreement or an evaluation: anything with
    `participants` (those present), `signatures` and `declines`."""
    return signing_status([p.name for p in document.participants], document.signatures,
                          document.declines)
