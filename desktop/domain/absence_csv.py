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

Comma or semicolon; UTF-8 (with or without BOM) or Windows-1252, decided per
line when a file mixes them (the lines read as Windows-1252 are named); a header
line is recognised and skipped. A record that spans several lines (a quote that
never closes swallows the lines after it) or has a cell longer than
MAX_CELL_CHARS is refused with its line numbers, never taken as one good line.

`ImportReader` reads line by line so a caller can show the first lines at
once, report progress and stop early; `preview()` reads it all.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from typing import Iterator

from desktop.domain.absence import (
    AbsenceInputError,
    AbsenceRecord,
    Reason,
    parse_lessons,
)
from desktop.domain.school_week import SchoolWeek
from desktop.domain.validation import parse_date

TYPES = {"dag": "day", "hel dag": "day", "heldag": "day", "timer": "lessons",
         "time": "lessons", "forsent": "late", "for sent": "late", "forlot": "left",
         "forlot skolen": "left"}
YES = {"ja", "j", "x", "1", "yes", "y"}
NO = {"nei", "n", "0", "no", ""}
MAX_CELL_CHARS = 200  # the longest sane cell: a reason written out


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
    # In a UTF-8 file, the lines that are not UTF-8 and were read as Windows-1252.
    windows_lines: tuple[int, ...] = ()

    def records(self) -> list[AbsenceRecord]:
        return [line.record for line in self.lines if line.ok]

    @property
    def errors(self) -> int:
        return sum(1 for line in self.lines if line.error)

    @property
    def duplicates(self) -> int:
        return sum(1 for line in self.lines if line.duplicate)


def decode(data: bytes) -> tuple[str, str, tuple[int, ...]]:
    """(text, encoding name, lines read as Windows-1252 in a UTF-8 file).

    Valid UTF-8 as a whole is UTF-8. Otherwise each line is decided on its own:
    UTF-8 where it is valid UTF-8, else Windows-1252 (a file pasted together
    from two sources). With no non-ASCII UTF-8 line at all, the file is
    Windows-1252."""
    try:
        return data.decode("utf-8-sig"), "UTF-8", ()
    except UnicodeDecodeError:
        pass
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    parts: list[str] = []
    windows: list[int] = []
    any_utf8 = False
    for number, raw in enumerate(data.split(b"\n"), 1):
        try:
            parts.append(raw.decode("utf-8"))
            any_utf8 = any_utf8 or not raw.isascii()
        except UnicodeDecodeError:
            parts.append(raw.decode("cp1252", errors="replace"))
            windows.append(number)
    text = "\n".join(parts)
    if not any_utf8:
        return text, "Windows-1252", ()
    return text, "UTF-8", tuple(windows)


class ImportReader:
    """One file, read one record at a time (`lines()`); `position` is the
    physical line reached and `total` the number of lines, for a progress bar."""

    def __init__(self, data: bytes, week: SchoolWeek, existing: list[AbsenceRecord]):
        text, self.encoding, self.windows_lines = decode(data)
        self._text = text.replace("\x00", "")
        first = next((line for line in self._text.splitlines() if line.strip()), "")
        self.separator = ";" if first.count(";") >= first.count(",") and ";" in first else ","
        self.total = max(self._text.count("\n") + (not self._text.endswith("\n")), 1)
        self.position = 0
        self._week = week
        self._known = {r.key() for r in existing}

    def lines(self) -> Iterator[ImportLine]:
        reader = csv.reader(io.StringIO(self._text, newline=""), delimiter=self.separator)
        seen_content = False
        while True:
            start = self.position + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:  # e.g. a field larger than csv's limit
                self.position = self.total
                yield ImportLine(start, None, "csv", str(error))
                return
            self.position = end = reader.line_num
            cells = [c.strip() for c in row]
            if not any(cells):
                continue
            if not seen_content:
                seen_content = True
                if _is_header(cells):
                    continue
            if end > start:  # a quote that does not close takes the next lines along
                yield ImportLine(start, None, "spans_lines", f"{start}–{end}")
                continue
            if any(len(cell) > MAX_CELL_CHARS for cell in cells):
                yield ImportLine(start, None, "too_long", str(MAX_CELL_CHARS))
                continue
            line = _parse_row(start, cells, self._week)
            if line.record is not None:
                key = line.record.key()
                if key in self._known:
                    line = ImportLine(start, line.record, duplicate=True)
                self._known.add(key)
            yield line


def preview(data: bytes, week: SchoolWeek, existing: list[AbsenceRecord]) -> ImportPreview:
    reader = ImportReader(data, week, existing)
    lines = tuple(reader.lines())
    return ImportPreview(lines, reader.encoding, reader.separator, reader.windows_lines)


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
