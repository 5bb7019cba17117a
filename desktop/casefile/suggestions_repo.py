"""Rows ↔ MeasureSuggestion. Written by the conversation feature, read and
resolved by the tiltakssirkel feature."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import datetime

from desktop.domain.suggestions import MeasureSuggestion, SuggestionStatus


class SuggestionRepository:
    def __init__(self, db):
        self.db = db

    @staticmethod
    def _from_row(row: dict) -> MeasureSuggestion:
        return MeasureSuggestion(**{**row, "status": SuggestionStatus(row["status"])})

    def add(self, suggestion: MeasureSuggestion) -> MeasureSuggestion:
        record = asdict(suggestion)
        record.pop("id")
        record["status"] = suggestion.status.value
        record["created_at"] = suggestion.created_at or datetime.now().isoformat(timespec="seconds")
        new_id = self.db["measure_suggestion"].insert(record).last_pk
        return replace(suggestion, id=new_id, created_at=record["created_at"])

    def list(self, box_id: str | None = None,
             status: SuggestionStatus | None = None) -> list[MeasureSuggestion]:
        where, args = [], []
        if box_id is not None:
            where.append("box_id = ?")
            args.append(box_id)
        if status is not None:
            where.append("status = ?")
            args.append(status.value)
        rows = self.db["measure_suggestion"].rows_where(
            " AND ".join(where) or None, args or None, order_by="id")
        return [self._from_row(r) for r in rows]

    def update(self, suggestion_id: int, **values) -> None:
        if "status" in values:
            values["status"] = SuggestionStatus(values["status"]).value
        self.db["measure_suggestion"].update(suggestion_id, values)

    def remove(self, suggestion_id: int) -> MeasureSuggestion:
        removed = self._from_row(self.db["measure_suggestion"].get(suggestion_id))
        self.db["measure_suggestion"].delete(suggestion_id)
        return removed

    def restore(self, suggestion: MeasureSuggestion) -> None:
        record = asdict(suggestion)
        record["status"] = suggestion.status.value
        self.db["measure_suggestion"].insert(record, replace=True)
