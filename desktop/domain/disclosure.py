"""What has left the laptop (utleveringslogg, issue 14): one entry per saved
PDF and per print, with its document id ("Dok. 2026-0041": per case, per
year, increasing) and its check value ("kontroll 7F3A-91C2"). Handover files
keep their own records (domain/handover.py, ids "OVF-…") and are shown in
the same list. Plain Python.

The check value is the first 32 bits of an HMAC-SHA-256 under a random key
kept inside the (encrypted) case, written as two groups of four hex digits.
Exactly what is hashed is said where it is computed: for a PDF in
export/document_stamp.py, for a print in `print_check`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

PDF, PRINT = "pdf", "print"  # Disclosure.channel
HANDOVER = "handover"  # a handover file (shown from handover_log)
CHECK_LABEL = b"naervaer-dok-v1\x00"  # domain separation for every check value
_CHECK_TEXT = re.compile(r"^\s*([0-9A-Fa-f]{4})[\s\-–·.]*([0-9A-Fa-f]{4})\s*$")


@dataclass(frozen=True, slots=True)
class Disclosure:
    """One document that left the laptop."""

    document_id: str  # "2026-0041" (printed as "Dok. 2026-0041")
    at: datetime
    channel: str  # PDF | PRINT | HANDOVER
    title: str  # what: the document's kind and title, e.g. "Samarbeidsavtale 1"
    recipient: str = ""  # to whom, free text
    by_whom: str = ""  # who handed it out, free text
    check_value: str = ""  # "7F3A-91C2"; none for a handover file
    file_sha256: str = ""  # hex SHA-256 of the whole PDF as written; none for a print
    file_name: str = ""  # the name only, never the folder (folders name pupils)
    file_size: int = 0  # bytes of the PDF as written; 0 for a print
    left_out: tuple[str, ...] = ()  # a handover file: the parts of the case kept back


def check_text(digest: bytes) -> str:
    """ "7F3A-91C2": the first four bytes of a digest."""
    hexed = digest[:4].hex().upper()
    return f"{hexed[:4]}-{hexed[4:]}"


def keyed_check(key: bytes, message: bytes) -> str:
    return check_text(hmac.new(key, CHECK_LABEL + message, hashlib.sha256).digest())


def print_check(key: bytes, document_id: str, html: str) -> str:
    """A print keeps no file: its check value is over the document id and the
    HTML laid out for the printer, before the stamp line is added."""
    return keyed_check(key, document_id.encode("ascii") + b"\x00" + html.encode("utf-8"))


def normalise_check(text: str) -> str | None:
    """What a person types from paper ("7f3a 91c2", "7F3A-91C2", "7F3A91C2")
    as "7F3A-91C2"; None when it is not a check value."""
    match = _CHECK_TEXT.match(text or "")
    if match is None:
        return None
    return f"{match.group(1)}-{match.group(2)}".upper()


def next_document_id(existing: list[str], year: int) -> str:
    """ "2026-0042": one more than the highest number of that year in the case."""
    numbers = [int(d[5:]) for d in existing
               if len(d) >= 9 and d[:4] == f"{year:04d}" and d[4] == "-" and d[5:].isdigit()]
    return f"{year:04d}-{max(numbers, default=0) + 1:04d}"


def stamp_line(document_id: str, check: str) -> str:
    return f"Dok. {document_id} · kontroll {check}"


class Verdict(Enum):
    UNALTERED = "unaltered"  # the document as it was issued from this case
    ALTERED = "altered"  # carries an id of this case, but the file has been changed
    KNOWN_CHECK = "known_check"  # a typed check value that this case issued
    UNKNOWN = "unknown"  # nothing this case issued
    NOT_PDF = "not_pdf"
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class Verification:
    verdict: Verdict
    entry: Disclosure | None = None  # the log entry it matched (or claims to be)
    case_name: str = ""  # checked across every case: the pupil of the case it matched
