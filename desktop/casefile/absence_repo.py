"""Rows ↔ absence records, the school week and days off, and the per-case
rule-set choice. The only place with SQL for these tables."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from desktop.casefile.repository import generation as case_generation
from desktop.casefile.repository import quiet_write
from desktop.domain.absence import AbsenceRecord, Reason
from desktop.domain.school_week import SchoolWeek


class AbsenceRepository:
    def __init__(self, db):
        self.db = db
        # Every figure on Fravær and Oversikt starts from the whole register; with
        # a long register (a 100 000-line import) reading it costs ~1 s, and one
        # change used to read it eight times. Kept until the database changes in
        # any way (sqlite3's total_changes counts every insert, update and delete
        # on this connection, undo included), so it can never be stale.
        self._records: tuple[int, tuple[AbsenceRecord, ...]] | None = None

    # --- records --------------------------------------------------------------------
    @staticmethod
    def _from_row(row: dict) -> AbsenceRecord:
        lessons = tuple(int(n) for n in row["lessons"].split(",") if n)
        return AbsenceRecord(
            id=row["id"], day=date.fromisoformat(row["day"]), whole_day=bool(row["whole_day"]),
            lessons=lessons, documented=bool(row["documented"]), reason=Reason(row["reason"]),
            reason_text=row["reason_text"], late_minutes=row["late_minutes"],
            left_school=bool(row["left_school"]), settled=bool(row["settled"]))

    @staticmethod
    def _to_row(record: AbsenceRecord) -> dict:
        return {
            "day": record.day.isoformat(), "whole_day": int(record.whole_day),
            "lessons": ",".join(str(n) for n in record.lessons),
            "documented": int(record.documented), "reason": record.reason.value,
            "reason_text": record.reason_text, "late_minutes": int(record.late_minutes),
            "left_school": int(record.left_school), "settled": int(record.settled)}

    def records(self) -> list[AbsenceRecord]:
        generation = case_generation(self.db)  # every write but the quiet ones (the phase label)
        if self._records is None or self._records[0] != generation:
            rows = self.db["absence_record"].rows_where(order_by="day, id")
            self._records = (generation, tuple(self._from_row(r) for r in rows))
        return list(self._records[1])  # records are frozen; the list is the caller's

    def count(self) -> int:
        return self.db["absence_record"].count

    def remember(self, generation: int, records: tuple[AbsenceRecord, ...]) -> None:
        """The register as read elsewhere (a worker's copy of the case at
        `generation`, in day order): kept if the database is still at it."""
        if generation == case_generation(self.db):
            self._records = (generation, tuple(records))

    def get(self, record_id: int) -> AbsenceRecord:
        return self._from_row(self.db["absence_record"].get(record_id))

    def add(self, record: AbsenceRecord) -> AbsenceRecord:
        new_id = self.db["absence_record"].insert(self._to_row(record)).last_pk
        return replace(record, id=new_id)

    def update(self, record: AbsenceRecord) -> None:
        self.db["absence_record"].update(record.id, self._to_row(record))

    def remove(self, record_id: int) -> AbsenceRecord:
        removed = self.get(record_id)
        self.db["absence_record"].delete(record_id)
        return removed

    def restore(self, record: AbsenceRecord) -> None:
        self.db["absence_record"].insert({"id": record.id, **self._to_row(record)}, replace=True)

    # --- settings of the case ----------------------------------------------------------
    # Small values live in case_meta under an "absence." prefix.
    def setting(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM case_meta WHERE key = ?",
                              ["absence." + key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self.db["case_meta"].upsert({"key": "absence." + key, "value": value}, pk="key")

    # --- school week and days off --------------------------------------------------------
    def week(self) -> SchoolWeek:
        raw = self.setting("school_week")
        days_off = frozenset(date.fromisoformat(d)
                             for d in json.loads(self.setting("days_off", "[]")))
        if not raw:
            return SchoolWeek(days_off=days_off)
        lessons = {int(day): tuple(subjects) for day, subjects in json.loads(raw).items()}
        return SchoolWeek(lessons, days_off)

    def set_week(self, week: SchoolWeek) -> None:
        self.set_setting("school_week", json.dumps(
            {str(day): list(subjects) for day, subjects in sorted(week.lessons.items())},
            ensure_ascii=False))
        self.set_setting("days_off", json.dumps([d.isoformat() for d in sorted(week.days_off)]))

    # --- the case summary (shown in the case list) -----------------------------------------
    def summary_phase(self) -> str:
        row = self.db.execute("SELECT value FROM case_meta WHERE key = 'phase'").fetchone()
        return row[0] if row else ""

    def set_summary(self, phase: str) -> None:
        """Writes the case list's phase. An empty value only clears what this
        feature wrote itself, never a value another feature set. ("Neste frist"
        is computed from the stored dates: CaseRepository.next_due.)"""
        mine = self.setting("wrote_phase")
        current = self.db.execute("SELECT value FROM case_meta WHERE key = 'phase'").fetchone()
        current = current[0] if current else ""
        if phase == current and mine == phase:
            return  # unchanged: no write
        if phase or (mine and current == mine):
            def write():
                self.db["case_meta"].upsert({"key": "phase", "value": phase}, pk="key")
                self.set_setting("wrote_phase", phase)
            quiet_write(self.db, write)
