"""The referral to PPT (henvisning) and its pedagogisk rapport, as plain data.

Seed 002, Appendiks 6 (retningslinjer for samarbeid skole – PPT), point 5:
"Skolen må sende med pedagogisk rapport som gir en god beskrivelse av saken".
Seed 001, fase 4 ("Henvisning til PP-tjenesten"): the school "utarbeide[r] en
pedagogisk rapport der tiltakene som har vært prøvd ut beskrives".

A draft is a list of parts in the order PPT's forms ask for them. Each part is
plain text the program assembles from the case and the user may rewrite;
`edited` says the user changed it since (so re-assembling asks first), and
`included` whether it goes into the printout. The internal part (the adults'
reflection, Kearney hypotheses, the case's internal note) starts unticked:
nothing internal leaves the laptop unless a person chooses it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from desktop.domain.language import QT_TRANSLATE_NOOP, translate


class PartKey(str, Enum):
    """The parts, in print order. Values are stable storage codes."""

    BACKGROUND = "bakgrunn"
    ABSENCE = "fravaer"
    TRIED = "tiltak"
    PLAN = "opptrapping"
    PUPIL_VOICE = "elevens_stemme"
    GUARDIANS = "foresatte"
    QUESTIONS = "sporsmal"
    INTERNAL = "internt"


PART_ORDER: tuple[PartKey, ...] = tuple(PartKey)

# The headings as printed, in bokmål; `ReferralPart.title` gives them in the
# current language (the UI shows its own translated labels).
PART_TITLES: dict[PartKey, str] = {
    PartKey.BACKGROUND: QT_TRANSLATE_NOOP("export", "Bakgrunn og bekymring"),
    PartKey.ABSENCE: QT_TRANSLATE_NOOP("export", "Fraværet i tall"),
    PartKey.TRIED: QT_TRANSLATE_NOOP("export", "Det som er prøvd"),
    PartKey.PLAN: QT_TRANSLATE_NOOP("export", "Opptrappingsplanen"),
    PartKey.PUPIL_VOICE: QT_TRANSLATE_NOOP("export", "Elevens stemme"),
    PartKey.GUARDIANS: QT_TRANSLATE_NOOP("export", "De foresattes syn"),
    PartKey.QUESTIONS: QT_TRANSLATE_NOOP("export", "Det skolen ber PPT om"),
    PartKey.INTERNAL: QT_TRANSLATE_NOOP("export", "Internt: de voksnes refleksjon og hypoteser"),
}

# Parts a person writes; the program has nothing to assemble into them.
WRITTEN_BY_USER = frozenset({PartKey.QUESTIONS})
# Parts left out of the printout until the user ticks them.
INTERNAL_PARTS = frozenset({PartKey.INTERNAL})

# Bokmål as written; translate("export", …) where printed.
TITLE = QT_TRANSLATE_NOOP("export", "Henvisning til PPT – pedagogisk rapport")
MARKING = QT_TRANSLATE_NOOP("export", "Unntatt offentlighet")
INTERNAL_MARK = QT_TRANSLATE_NOOP("export", "INTERNT")


@dataclass(frozen=True, slots=True)
class ReferralPart:
    key: PartKey
    text: str = ""
    edited: bool = False
    included: bool = True
    assembled_at: str = ""  # ISO time of the last assembly from the case ("" = never)

    @property
    def title(self) -> str:
        """The heading in the current language (the document's, when printing)."""
        return translate("export", PART_TITLES[self.key])

    @property
    def stored(self) -> bool:
        return bool(self.assembled_at) or self.edited


def referral_in_view(phase_rank: int, phase_count: int) -> bool:
    """Whether the case has come so far up its rule set's ladder that a
    referral is part of the work: the last two phases of a ladder of three or
    more (Bærum fase 3 "Vurdere andre instanser inn i saken" and fase 4 "Vurder
    henvisning til PP-tjeneste"; Ørland trinn 2–3). `phase_rank` counts from 0."""
    return phase_count >= 3 and phase_rank >= phase_count - 2


def default_included(key: PartKey) -> bool:
    return key not in INTERNAL_PARTS


@dataclass(frozen=True, slots=True)
class ReferralDraft:
    """Every part, in print order."""

    parts: tuple[ReferralPart, ...]

    def part(self, key: PartKey) -> ReferralPart:
        return next(p for p in self.parts if p.key is key)

    def with_part(self, part: ReferralPart) -> "ReferralDraft":
        return ReferralDraft(tuple(part if p.key is part.key else p for p in self.parts))

    def printed(self) -> list[ReferralPart]:
        """The parts that go on paper: ticked, and with something in them."""
        return [p for p in self.parts if p.included and p.text.strip()]

    @property
    def internal(self) -> bool:
        """Whether anything internal is ticked for print (the PDF says INTERNT)."""
        return any(p.key in INTERNAL_PARTS for p in self.printed())


def merged(stored: dict[PartKey, ReferralPart], assembled: dict[PartKey, str],
           at: str) -> ReferralDraft:
    """The draft as shown: a stored part as the user left it, any other part
    freshly assembled (and not yet stored)."""
    parts = []
    for key in PART_ORDER:
        if key in stored:
            parts.append(stored[key])
        else:
            parts.append(ReferralPart(key, assembled.get(key, ""), False,
                                      default_included(key), at))
    return ReferralDraft(tuple(parts))


def reassembled(part: ReferralPart, text: str, at: str) -> ReferralPart:
    """"Hent på nytt fra saken": the case's text now; the tick stays."""
    return replace(part, text=text, edited=False, assembled_at=at)
