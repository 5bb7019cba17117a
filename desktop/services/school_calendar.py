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
from desktop.domain.school_calendar import MAX_ENTRIES, CalendarEntry, SchoolCalendar

log = logging.getLogger(__name__)

FILE_NAME = "skoleruta.json"
FORMAT = 1
MAX_BYTES = 256 * 1024
MAX_NAME = 200


class CalendarUnreadable(ValueError):
    """skoleruta.json exists but cannot be used; the calendar is empty meanwhile."""


def calendar_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def load_calendar(path: Path) -> SchoolCalendar:
    """The stored calendar; an empty one when there is none. Raises
    CalendarUnreadable for a file that is too large, not JSON or not ours."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return SchoolCalendar()
    except OSError as exc:
        raise CalendarUnreadable(type(exc).__name__) from exc
    if len(raw) > MAX_BYTES:
        raise CalendarUnreadable("too large")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise CalendarUnreadable("not JSON") from exc
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
