"""Anonymising text for an anonymous consultation (Anonym drøfting, issue 14).

Seed 001, Vedlegg 2:1, asks after the mapping conversation: "Er det behov for å
drøfte saken anonymt med andre hjelpeinstanser?" This module makes the text for
such a consultation: every name the case knows, schools, places, addresses,
phone numbers, e-mail addresses, national identity numbers and dates are
replaced by role words ("eleven", "mor", "kontaktlærer", "skole A", "[telefon]")
or by weeks relative to the first record. No Qt, no storage.

How names are matched (decided here, tested in tests/anonymous/):
- Text is normalised to NFC first (a name typed as NFD — "A" + U+0301 — is the
  same name) and invisible characters (soft hyphen, zero-width) are removed.
- Case-insensitive, whole words only: the name "Per" replaces "per" and "PER"
  but never the "Per" in "Person" or "Perlen". A name that is also an ordinary
  word ("Liv", "Eli", "Mari", "Rita", "Ola") is therefore replaced wherever the
  word stands alone ("et godt liv" loses "liv"); reading a sentence with one
  word too many removed is better than a name left in. The preview highlights
  every replacement so the reader sees why.
- A full name, each of its parts ("Tonje", "Marie", "Haugen"), every run of
  parts and first + last name; a hyphenated part also by each half ("Per-Olav",
  "Per", "Olav"); a possessive -s, -'s, -’s or a lone apostrophe ("Tonjes",
  "Tonje's", "Ánde's", "Elias'") is kept on the role word ("elevens").
- Sámi letters match as typed and also without their marks ("Ánde" also
  replaces "Ande", "Ŋuolja" also "Nuolja"), since a name is often typed on a
  keyboard without them. Norwegian æ, ø, å are letters of their own and are not
  folded.
- A part shared by several people (a family name) becomes "[navn]"; lower-case
  particles ("av", "de", "van") and one-letter parts are not names on their
  own. Initials ("T. H.") and names the case does not know are not found: the
  user adds them as words to remove.
- Dates in the text ("14.03.2026", "2026-03-14", "14. mars 2026", "14/3-26")
  become weeks relative to the first record; a birth date becomes
  "[fødselsdato]"; a date that cannot be a day ("31.02.2026") "[dato]".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import Callable, Iterable

from desktop.domain.language import translate
from desktop.domain.wording import fill


class Kind(str, Enum):
    """What a replacement stands for (the preview's tooltip names it)."""

    NAME = "name"
    PLACE = "place"  # a school, an organisation, a place, an address
    PHONE = "phone"
    EMAIL = "email"
    DATE = "date"
    BIRTH_DATE = "birth_date"
    ID_NUMBER = "id_number"  # fødselsnummer / D-nummer
    WORD = "word"  # a word the user asked to remove


@dataclass(frozen=True, slots=True)
class Term:
    """A word or name to replace, with the word that stands in its place."""

    text: str
    replacement: str
    kind: Kind = Kind.NAME


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of the anonymised text: as written (`kind` None) or a replacement."""

    text: str
    kind: Kind | None = None


SHARED_NAME = "[navn]"
UNKNOWN_DATE = "[dato]"
BIRTH_DATE_WORD = "[fødselsdato]"
PHONE_WORD = "[telefon]"
EMAIL_WORD = "[e-post]"
ID_WORD = "[fødselsnummer]"

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_HYPHENS = "-\u2010\u2011\u2012\u2013"
_APOSTROPHES = "'\u2019\u02bc\u00b4`"
_PARTICLES = frozenset({"av", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le",
                        "af", "bin", "ibn", "al", "el", "og"})
_SAMI_FOLD = str.maketrans({"ŋ": "n", "Ŋ": "N", "đ": "d", "Đ": "D", "ŧ": "t", "Ŧ": "T",
                            "ʒ": "z", "Ʒ": "Z"})
_KEEP_MARKS = {"å", "Å"}  # ring above: a Norwegian letter, not a mark to fold away

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
          "september", "oktober", "november", "desember")


def clean(text: str) -> str:
    """NFC, without invisible characters: the form every text is matched in."""
    return unicodedata.normalize("NFC", text).translate(_INVISIBLE)


def key(text: str) -> str:
    """How two spellings of one name are compared: NFC, case-folded, one kind
    of hyphen and apostrophe, single spaces."""
    text = clean(text).casefold()
    text = re.sub(f"[{_HYPHENS}]", "-", text)
    text = re.sub(f"[{_APOSTROPHES}]", "'", text)
    return " ".join(text.split())


def fold_marks(text: str) -> str:
    """The name without Sámi (and other) accents: "Ánde Ŋuolja" → "Ande Nuolja";
    æ, ø and å stay as they are."""
    out = []
    for char in clean(text).translate(_SAMI_FOLD):
        if char in _KEEP_MARKS or char in "æÆøØ":
            out.append(char)
            continue
        decomposed = unicodedata.normalize("NFD", char)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return unicodedata.normalize("NFC", "".join(out))


def name_variants(full_name: str) -> list[str]:
    """Every way the text may name one person (see the module docstring)."""
    parts = [p for p in clean(full_name).split() if p]
    if not parts:
        return []
    found: list[str] = []
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            found.append(" ".join(parts[start:end]))
    if len(parts) > 2:
        found.append(f"{parts[0]} {parts[-1]}")
    for part in parts:
        halves = re.split(f"[{_HYPHENS}]", part)
        if len(halves) > 1:
            found += halves
    variants = []
    for text in found:
        words = text.split()
        if len(words) == 1 and (len(text) < 2 or text in _PARTICLES
                                or text.casefold() in _PARTICLES and text.islower()):
            continue
        variants.append(text)
        folded = fold_marks(text)
        if folded != text:
            variants.append(folded)
    return list(dict.fromkeys(variants))


def person_terms(full_name: str, role_word: str) -> list[Term]:
    return [Term(v, role_word, Kind.NAME) for v in name_variants(full_name)]


def possessive(word: str) -> str:
    """The role word with the possessive the name had: "eleven" → "elevens"."""
    return word + "s"


def _name_pattern(text: str) -> str:
    """A term as a regular expression: any kind of space between words, any
    hyphen, any apostrophe."""
    out = []
    for word_index, word in enumerate(text.split()):
        if word_index:
            out.append(r"\s+")
        for char in word:
            if char in _HYPHENS:
                out.append(f"[{_HYPHENS}]")
            elif char in _APOSTROPHES:
                out.append(f"[{_APOSTROPHES}]")
            else:
                out.append(re.escape(char))
    return "".join(out)


_EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Fødselsnummer: 11 digits, often written 6 + 5.
_ID_NUMBER = re.compile(r"(?<![\w])\d{6}[\s.-]?\d{5}(?![\w])")
_PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)47[\s.-]?)?\d(?:[\s.-]?\d){7}(?![\w])")
_MONTH_ALT = "|".join(m + ("" if len(m) <= 3 else f"|{m[:3]}") for m in MONTHS)
_DATE = re.compile(
    r"(?<![\w.])(?:"
    r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?:[./-](?P<y>\d{4}|\d{2})|(?P<dot>\.))?"
    rf"|(?P<td>\d{{1,2}})\.?\s*(?P<tm>{_MONTH_ALT})\.?(?:\s+(?P<ty>\d{{4}}))?"
    r")(?!\w)", re.IGNORECASE)


def _year(text: str | None, near: date) -> int:
    if not text:
        return near.year
    value = int(text)
    return value if len(text) == 4 else 2000 + value if value < 70 else 1900 + value


def parse_date(match: re.Match, near: date) -> date | None:
    """The date a _DATE match names, or None when it cannot be a day. A date
    without a year is taken in the year that puts it nearest to `near`."""
    g = match.groupdict()
    try:
        if g["iy"]:
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["d"]:
            if g["y"] is None and g["dot"] is None and g["sep"] == ".":
                return None  # "4.5 timer" is not a date; "4.5." and "4/5" are
            year, month, day = g["y"], int(g["m"]), int(g["d"])
        else:
            month = next(i for i, m in enumerate(MONTHS, 1)
                         if m.startswith(g["tm"].casefold()[:3]))
            year, day = g["ty"], int(g["td"])
        if year:
            return date(_year(year, near), month, day)
        candidates = []
        for y in (near.year - 1, near.year, near.year + 1):
            try:
                candidates.append(date(y, month, day))
            except ValueError:
                pass
        return min(candidates, key=lambda d: abs((d - near).days)) if candidates else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class RelativeWeeks:
    """Dates as weeks counted from the week of the case's first record."""

    first: date

    def words(self, day: date) -> str:
        weeks = ((day - timedelta(days=day.weekday()))
                 - (self.first - timedelta(days=self.first.weekday()))).days // 7
        if weeks == 0:
            return translate("export", "samme uke som første registrering")
        if weeks > 0:
            return fill(translate("export", "uke %1 etter første registrering"), weeks)
        if weeks == -1:
            return translate("export", "1 uke før første registrering")
        return fill(translate("export", "%1 uker før første registrering"), -weeks)

    def week_number(self, day: date) -> int:
        return ((day - timedelta(days=day.weekday()))
                - (self.first - timedelta(days=self.first.weekday()))).days // 7


class Anonymiser:
    """Replaces every term, e-mail address, identity number, phone number and
    date in a text. Built once per report (the pattern is compiled here)."""

    def __init__(self, terms: Iterable[Term], weeks: RelativeWeeks | None = None,
                 birth_dates: Iterable[date] = ()):
        self.weeks = weeks
        self.birth_dates = set(birth_dates)
        by_key: dict[str, Term] = {}
        for term in terms:
            text = clean(term.text).strip()
            if not text:
                continue
            k = key(text)
            known = by_key.get(k)
            if known is None or _priority(term) < _priority(known):
                by_key[k] = Term(text, term.replacement, term.kind)
            elif (known.kind is term.kind is Kind.NAME
                  and known.replacement != term.replacement):
                by_key[k] = Term(text, SHARED_NAME, Kind.NAME)
        self.terms = by_key
        self._names: re.Pattern | None = None
        if by_key:
            alternatives = sorted(by_key.values(), key=lambda t: -len(t.text))
            body = "|".join(_name_pattern(t.text) for t in alternatives)
            self._names = re.compile(
                rf"(?<!\w)(?P<name>{body})"
                rf"(?P<poss>(?:[{_APOSTROPHES}]s|s|[{_APOSTROPHES}])(?!\w))?(?!\w)",
                re.IGNORECASE)

    # --- the passes ----------------------------------------------------------------
    def scrub(self, text: str) -> tuple[Piece, ...]:
        pieces = [Piece(clean(text))]
        for pattern, replace in ((_EMAIL, self._email), (_ID_NUMBER, self._id_number),
                                 (_DATE, self._date), (_PHONE, self._phone),
                                 (self._names, self._name)):
            if pattern is not None:
                pieces = _apply(pieces, pattern, replace)
        return tuple(_sentence_starts(_merge(pieces)))

    def plain(self, text: str) -> str:
        return "".join(p.text for p in self.scrub(text))

    @staticmethod
    def _email(_m: re.Match) -> Piece:
        return Piece(EMAIL_WORD, Kind.EMAIL)

    @staticmethod
    def _id_number(_m: re.Match) -> Piece:
        return Piece(ID_WORD, Kind.ID_NUMBER)

    @staticmethod
    def _phone(_m: re.Match) -> Piece:
        return Piece(PHONE_WORD, Kind.PHONE)

    def _date(self, m: re.Match) -> Piece:
        near = self.weeks.first if self.weeks else date.today()
        day = parse_date(m, near)
        if day is None and m.group("d") and m.group("y") is None:
            return Piece(m.group(0))  # a number such as "4.5" or "14.30", not a date
        if day is not None and day in self.birth_dates:
            return Piece(BIRTH_DATE_WORD, Kind.BIRTH_DATE)
        if day is None or self.weeks is None or abs((day - near).days) > 3 * 365:
            return Piece(UNKNOWN_DATE, Kind.DATE)
        return Piece(self.weeks.words(day), Kind.DATE)

    def _name(self, m: re.Match) -> Piece:
        term = self.terms.get(key(m.group("name")))
        word = term.replacement if term is not None else SHARED_NAME
        kind = term.kind if term is not None else Kind.NAME
        if m.group("poss"):
            word = possessive(word)
        return Piece(word, kind)


def _priority(term: Term) -> int:
    """Which replacement wins when two terms are spelt the same: a word the
    user added, then a person, then a place."""
    return {Kind.WORD: 0, Kind.NAME: 1}.get(term.kind, 2)


def _apply(pieces: list[Piece], pattern: re.Pattern,
           replace: Callable[[re.Match], Piece]) -> list[Piece]:
    out: list[Piece] = []
    for piece in pieces:
        if piece.kind is not None:
            out.append(piece)
            continue
        at = 0
        for m in pattern.finditer(piece.text):
            if m.start() > at:
                out.append(Piece(piece.text[at:m.start()]))
            out.append(replace(m))
            at = m.end()
        if at < len(piece.text):
            out.append(Piece(piece.text[at:]))
    return out


def _sentence_starts(pieces: list[Piece]) -> list[Piece]:
    """A role word that begins a sentence begins with a capital ("Elevens mor
    ringte. Mor sa …"); a bracketed word stays as it is."""
    out: list[Piece] = []
    for index, piece in enumerate(pieces):
        before = pieces[index - 1].text if index else ""
        starts = index == 0 or re.search(r"(?:[.!?]\s|\n)\s*$", before) is not None
        if piece.kind is not None and starts and piece.text[:1].islower():
            piece = Piece(piece.text[:1].upper() + piece.text[1:], piece.kind)
        out.append(piece)
    return out


def _merge(pieces: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for piece in pieces:
        if not piece.text:
            continue
        if out and piece.kind is None and out[-1].kind is None:
            out[-1] = Piece(out[-1].text + piece.text)
        else:
            out.append(piece)
    return out
