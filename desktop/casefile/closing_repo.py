"""Rows ↔ ClosingEvent for one case (table case_closing, _v15_case_closing).
The closing in force also sets the case's "archived" mark (case_meta), which
the case list reads from the summary block."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from desktop.domain.case_closing import ClosingEvent, ClosingKind, ClosingReason

if TYPE_CHECKING:
    import sqlite_utils


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


class ClosingRepository:
    def __init__(self, db: "sqlite_utils.Database"):
        self.db = db

    def history(self) -> list[ClosingEvent]:
        """Oldest first; a row that cannot be read (a date garbled) is skipped."""
        events = []
        for row in self.db.execute(
                "SELECT id, kind, on_date, by_whom, reason, text, delete_by, recorded_at "
                "FROM case_closing ORDER BY id").fetchall():
            try:
                recorded = datetime.fromisoformat(row[7]) if row[7] else None
                events.append(ClosingEvent(
                    ClosingKind(row[1]), date.fromisoformat(row[2]), row[3],
                    ClosingReason(row[4]) if row[4] else None, row[5], _day(row[6]),
                    recorded, row[0]))
            except ValueError:
                continue
        return events

    def add(self, event: ClosingEvent) -> ClosingEvent:
        """Stores the event and sets the archived mark to match it."""
        new_id = self.db["case_closing"].insert({
            "kind": event.kind.value, "on_date": event.on.isoformat(), "by_whom": event.by,
            "reason": event.reason.value if event.reason else None, "text": event.text,
            "delete_by": event.delete_by.isoformat() if event.delete_by else None,
            "recorded_at": event.recorded_at.isoformat(timespec="seconds")
            if event.recorded_at else "",
        }).last_pk
        self.db["case_meta"].upsert(
            {"key": "archived", "value": "1" if event.kind is ClosingKind.CLOSED else ""},
            pk="key")
        return self.history()[-1] if new_id is not None else event
