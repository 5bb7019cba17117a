"""CSV import of absence, checked line by line before anything is stored.

Layout (documented in the README), one line per day:

    dato;type;timer;dokumentert;årsak
    02.03.2026;dag;;ja;sykdom
    03.03.2026;timer;2 3;nei;
    04.03.2026;forsent;15;nei;buss
    05.03.2026;forlot;5-6;nei;

dato         dd.mm.åååå or åååå-mm-dd
type         dag | timer | forsent | forlot
timer        lessons for "timer"/"forlot" (1 2, 1+2, 3-5, or "1,2" in quotes);
             minutes for "forsent"
dokumentert  ja/nei (j, n, x, 1, 0; empty = nei)
årsak        sykdom | permisjon | ukjent | annet, or any text (kept as "annet")

Comma or semicolon; UTF-8 (with or without BOM) or Windows-1252; a header
line is recognised and skipped.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace

from desktop.domain.absence import AbsenceInputError, AbsenceRecord, Reason, parse_lessons
from desktop.domain.school_week import SchoolWeek
from desktop.domain.validation import parse_date

TYPES = {"dag": "day", "hel dag": "day", "heldag": "day", "timer": "lessons",
         "time": "lessons", "forsent": "late", "for sent": "late", "forlot": "left",
         "forlot skolen": "left"}
YES = {"ja", "j", "x", "1", "yes", "y"}
NO = {"nei", "n", "0", "no", ""}


@dataclass(frozen=True, slots=True)
class ImportLine:
    line: int  # 1-based line in the file
    record: AbsenceRecord | None
    error: str = ""  # date | type | lessons | minutes | documented | columns | csv | …
    detail: str = ""
    duplicate: bool = False

    @property
    def ok(self) -> bool:
        return self.record is not None and not self.duplicate


@dataclass(frozen=True, slots=True)
class ImportPreview:
    lines: tuple[ImportLine, ...]
    encoding: str
    separator: str

    def records(self) -> list[AbsenceRecord]:
        return [line.record for line in self.lines if line.ok]

    @property
    def errors(self) -> int:
        return sum(1 for line in self.lines if line.error)

    @property
    def duplicates(self) -> int:
        return sum(1 for line in self.lines if line.duplicate)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name): UTF-8 when it is valid UTF-8, else Windows-1252."""
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def preview(data: bytes, week: SchoolWeek, existing: list[AbsenceRecord]) -> ImportPreview:
    text, encoding = decode(data)
    first = next((line for line in text.splitlines() if line.strip()), "")
    separator = ";" if first.count(";") >= first.count(",") and ";" in first else ","
    known = {r.key() for r in existing}
    lines: list[ImportLine] = []
    reader = csv.reader(io.StringIO(text.replace("\x00", ""), newline=""), delimiter=separator)
    try:
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as error:  # e.g. a quote that never closes
        return ImportPreview((ImportLine(reader.line_num or 1, None, "csv", str(error)),),
                             encoding, separator)
    for number, row in rows:
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if not lines and _is_header(cells):
            continue
        line = _parse_row(number, cells, week)
        if line.record is not None:
            key = line.record.key()
            if key in known:
                line = ImportLine(number, line.record, duplicate=True)
            known.add(key)
        lines.append(line)
    return ImportPreview(tuple(lines), encoding, separator)


def _is_header(cells: list[str]) -> bool:
    return cells[0].casefold() in ("dato", "date", "dag")


def _parse_row(number: int, cells: list[str], week: SchoolWeek) -> ImportLine:
    if len(cells) < 2:
        return ImportLine(number, None, "columns", str(len(cells)))
    cells = (cells + [""] * 5)[:5]
    when, kind_text, lessons_text, documented_text, reason_text = cells
    try:
        day = parse_date(when)
    except ValueError:
        day = None
    if day is None:
        return ImportLine(number, None, "date", when)
    kind = TYPES.get(kind_text.casefold())
    if kind is None:
        return ImportLine(number, None, "type", kind_text)
    documented_key = documented_text.casefold()
    if documented_key not in YES | NO:
        return ImportLine(number, None, "documented", documented_text)
    if not week.is_school_day(day):
        return ImportLine(number, None, "not_school_day", when)
    reason, free_text = _reason(reason_text)
    record = AbsenceRecord(None, day, documented=documented_key in YES, reason=reason,
                           reason_text=free_text, whole_day=kind == "day")
    try:
        if kind in ("lessons", "left"):
            spaced = lessons_text.replace("+", ",").replace(" ", ",")
            lessons = parse_lessons(spaced, week, day) if spaced.strip(",") else ()
            if kind == "lessons" and not lessons:
                return ImportLine(number, None, "lessons", lessons_text)
            record = _with(record, lessons=lessons, left_school=kind == "left")
        elif kind == "late":
            if not lessons_text.isdigit() or not 0 < int(lessons_text) <= 480:
                return ImportLine(number, None, "minutes", lessons_text)
            record = _with(record, late_minutes=int(lessons_text))
    except AbsenceInputError as error:
        return ImportLine(number, None, error.code, error.detail)
    return ImportLine(number, record)


def _reason(text: str) -> tuple[Reason, str]:
    for reason in Reason:
        if text.casefold() == reason.value:
            return reason, ""
    return (Reason.OTHER, text) if text else (Reason.UNKNOWN, "")


def _with(record: AbsenceRecord, **changes) -> AbsenceRecord:
    return replace(record, **changes)
