"""Input rules the user can break. Each returns a problem code, never a message:
the UI turns codes into Norwegian text (one place: desktop/ui/messages.py)."""

from __future__ import annotations

import re
from datetime import date
from enum import Enum

MIN_PASSPHRASE_CHARS = 10
MIN_PASSPHRASE_WORDS = 4
EARLIEST_BIRTH_YEAR = 1900


class PassphraseProblem(Enum):
    EMPTY = "empty"
    TOO_SHORT = "too_short"  # fewer than 10 characters and fewer than 4 words
    MISMATCH = "mismatch"  # the two entries differ


def passphrase_problem(passphrase: str, repeated: str | None = None) -> PassphraseProblem | None:
    """A new passphrase must have at least 10 characters or at least 4 words."""
    if not passphrase.strip():
        return PassphraseProblem.EMPTY
    long_enough = len(passphrase.strip()) >= MIN_PASSPHRASE_CHARS
    enough_words = len(passphrase.split()) >= MIN_PASSPHRASE_WORDS
    if not (long_enough or enough_words):
        return PassphraseProblem.TOO_SHORT
    if repeated is not None and repeated != passphrase:
        return PassphraseProblem.MISMATCH
    return None


class DateProblem(Enum):
    INVALID = "invalid"  # not a date we can read
    IN_FUTURE = "in_future"
    TOO_EARLY = "too_early"


_NO_DATE = re.compile(r"^\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str) -> date | None:
    """Read a date typed the Norwegian way (dd.mm.åååå) or as ISO (åååå-mm-dd).

    Returns None for empty text; raises ValueError for text that is not a date.
    """
    if not text.strip():
        return None
    if m := _NO_DATE.match(text):
        day, month, year = (int(g) for g in m.groups())
    elif m := _ISO_DATE.match(text):
        year, month, day = (int(g) for g in m.groups())
    else:
        raise ValueError(text)
    return date(year, month, day)  # raises ValueError for 31.02.2020


def format_date(value: date | None) -> str:
    """The Norwegian way: 05.03.2014."""
    return value.strftime("%d.%m.%Y") if value else ""


def birth_date_problem(text: str, today: date) -> DateProblem | None:
    """A birth date must be a real date, not in the future and not before 1900."""
    try:
        value = parse_date(text)
    except ValueError:
        return DateProblem.INVALID
    if value is None:
        return None
    if value > today:
        return DateProblem.IN_FUTURE
    if value.year < EARLIEST_BIRTH_YEAR:
        return DateProblem.TOO_EARLY
    return None
