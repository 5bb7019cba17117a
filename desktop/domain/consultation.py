"""The text of an anonymous consultation (Anonym drøfting) as plain data: parts
with headings and lines, first as gathered from the case (with names), then
anonymised line by line (desktop/domain/anonymise.py). The preview, the
printout and the PDF are drawn from the anonymised form only. No Qt."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import Enum

from desktop.domain.anonymise import Anonymiser, Piece


class Style(str, Enum):
    TEXT = "text"
    BULLET = "bullet"
    SUBHEADING = "subheading"
    NOTE = "note"  # a short explanation in small print


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    style: Style = Style.TEXT


@dataclass(frozen=True, slots=True)
class Part:
    title: str
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """What was gathered from the case, before anonymising (never printed)."""

    title: str
    parts: tuple[Part, ...]


@dataclass(frozen=True, slots=True)
class AnonLine:
    pieces: tuple[Piece, ...]
    style: Style = Style.TEXT

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


@dataclass(frozen=True, slots=True)
class AnonPart:
    title: tuple[Piece, ...]
    lines: tuple[AnonLine, ...]

    @property
    def title_text(self) -> str:
        return "".join(p.text for p in self.title)


@dataclass(frozen=True, slots=True)
class AnonymousReport:
    title: str
    parts: tuple[AnonPart, ...]

    def replacements(self) -> Counter:
        """How many replacements of each kind (what the preview sums up)."""
        counts: Counter = Counter()
        for part in self.parts:
            for pieces in (part.title, *(line.pieces for line in part.lines)):
                counts.update(p.kind for p in pieces if p.kind is not None)
        return counts

    def plain_text(self) -> str:
        out = [self.title]
        for part in self.parts:
            out.append(part.title_text)
            out += [line.text for line in part.lines]
        return "\n".join(out)


def anonymise_report(report: Report, anonymiser: Anonymiser) -> AnonymousReport:
    """Every heading and line through the anonymiser (headings hold names too:
    a conversation's title may be "Samtale med Tonje")."""
    return AnonymousReport(report.title, tuple(
        AnonPart(anonymiser.scrub(part.title),
                 tuple(AnonLine(anonymiser.scrub(line.text), line.style)
                       for line in part.lines))
        for part in report.parts))

