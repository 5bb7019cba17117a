"""The laptop's school calendar (skoleruta): one file beside the vault,
`skoleruta.json`, used by every case's dates (plans, evaluation dates, shares of
absence). It holds only dates and the names of holidays, no personal data, so
it is plain JSON; it is read defensively (size, types, count) and a damaged
file gives an empty calendar and a problem the UI can show. No Qt."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

from desktop.casefile.atomic import write_atomic
from desktop.domain.safe_parse import InputProblem, Limits, UnsafeInput, read_json
from desktop.domain.school_calendar import MAX_ENTRIES, CalendarEntry, SchoolCalendar

log = logging.getLogger(__name__)

FILE_NAME = "skoleruta.json"
FORMAT = 1
MAX_BYTES = 256 * 1024
MAX_NAME = 200
CALENDAR_LIMITS = Limits(max_bytes=MAX_BYTES, max_depth=4, max_string=1000,
                         max_items=20 * MAX_ENTRIES + 10)


class CalendarUnreadable(ValueError):
    """skoleruta.json exists but cannot be used; the calendar is empty meanwhile."""


def calendar_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def load_calendar(path: Path) -> SchoolCalendar:
    """The stored calendar; an empty one when there is none. Raises
    CalendarUnreadable for a file that is too large, not JSON or not ours."""
    try:
        doc = read_json(path, CALENDAR_LIMITS)  # regular files only, nesting counted first
    except UnsafeInput as exc:
        if exc.problem is InputProblem.MISSING:
            return SchoolCalendar()
        raise CalendarUnreadable(exc.problem.value) from None
    return _calendar_from(doc)


def _calendar_from(doc: object) -> SchoolCalendar:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise CalendarUnreadable("not a school calendar of format 1")
    items = doc.get("entries")
    name = doc.get("name", "")
    if not isinstance(items, list) or len(items) > MAX_ENTRIES or not isinstance(name, str):
        raise CalendarUnreadable("entries")
    entries = []
    for item in items:
        if not isinstance(item, dict):
            raise CalendarUnreadable("entry")
        try:
            first = date.fromisoformat(item["first"])
            last = date.fromisoformat(item["last"])
        except (KeyError, TypeError, ValueError) as exc:
            raise CalendarUnreadable("entry date") from exc
        label = item.get("name", "")
        if first > last or (last - first).days > 366 or not isinstance(label, str):
            raise CalendarUnreadable("entry period")
        entries.append(CalendarEntry(first, last, label[:MAX_NAME]))
    return SchoolCalendar(tuple(sorted(entries, key=lambda e: (e.first, e.last))),
                          name[:MAX_NAME])


def save_calendar(path: Path, calendar: SchoolCalendar) -> None:
    """Crash-safe (write_atomic); raises SaveFailed and leaves the old file."""
    doc = {"format": FORMAT, "name": calendar.name,
           "entries": [{"first": e.first.isoformat(), "last": e.last.isoformat(),
                        "name": e.name} for e in calendar.entries]}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"),
                 keep_backup=False)
