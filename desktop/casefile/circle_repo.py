"""Rows ↔ the tiltakssirkel (MeasureCircle, Box, Snapshot). The only SQL for
the circle. A box is written as a whole (its entries are few: tens, not
thousands), which keeps undo simple: restoring a box is writing it again."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Iterable

from desktop.domain.measure_circle import (
    Box,
    CircleEntry,
    EntryKind,
    MeasureCircle,
    MeasureStatus,
    Party,
    Snapshot,
)

_META_NEXT = "circle_next_id"
_META_FORM = "circle_form"  # "id@version" of the form the circle was made with


def entry_to_record(entry: CircleEntry) -> dict:
    return {"id": entry.id, "kind": entry.kind.value, "text": entry.text,
            "party": entry.party.value if entry.party else None, "person": entry.person,
            "start": entry.start.isoformat() if entry.start else None,
            "status": entry.status.value, "link_id": entry.link_id}


def entry_from_record(row: dict) -> CircleEntry:
    return CircleEntry(
        row["id"], EntryKind(row["kind"]), row["text"],
        Party(row["party"]) if row.get("party") else None, row.get("person") or "",
        date.fromisoformat(row["start"]) if row.get("start") else None,
        MeasureStatus(row.get("status") or MeasureStatus.PROPOSED.value), row.get("link_id"))


class CircleRepository:
    """One per session (CaseSession.repository). Holds the loaded circle so the
    UI reads from memory; every write goes to the database at once."""

    def __init__(self, db):
        self.db = db
        self._circle: MeasureCircle | None = None

    # --- meta -----------------------------------------------------------------------
    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM case_meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db["case_meta"].upsert({"key": key, "value": value}, pk="key")

    # --- the circle ----------------------------------------------------------------
    def load(self, box_ids: Iterable[str], form_id: str, form_version: int) -> MeasureCircle:
        """The stored circle, with every box of the form (empty where nothing is
        stored). Boxes stored under ids the form no longer has are kept."""
        if self._circle is not None:
            return self._circle
        boxes: dict[str, list[CircleEntry]] = {b: [] for b in box_ids}
        for row in self.db["circle_entry"].rows_where(order_by="box_id, kind, position, id"):
            boxes.setdefault(row["box_id"], []).append(entry_from_record(row))
        discussed = {r["box_id"]: bool(r["discussed"]) for r in self.db["circle_box"].rows}
        for box_id in discussed:
            boxes.setdefault(box_id, [])
        built = {}
        for box_id, entries in boxes.items():
            ordered = tuple(e for k in EntryKind for e in entries if e.kind is k)
            built[box_id] = Box(box_id, discussed.get(box_id, False), ordered)
        highest = max((e.id for b in built.values() for e in b.entries), default=0)
        next_id = max(int(self._meta(_META_NEXT) or 1), highest + 1)
        stored_form = self._meta(_META_FORM)
        if stored_form:
            form_id, _, version = stored_form.partition("@")
            form_version = int(version or form_version)
        self._circle = MeasureCircle(built, next_id, form_id, form_version)
        return self._circle

    @property
    def circle(self) -> MeasureCircle:
        assert self._circle is not None, "load() first"
        return self._circle

    def write_box(self, box: Box) -> None:
        """Stores one box as it is (entries, order, discussed) and keeps the
        in-memory circle in step."""
        table = self.db["circle_entry"]
        table.delete_where("box_id = ?", [box.id])
        records = []
        for kind in EntryKind:
            for position, entry in enumerate(box.of_kind(kind)):
                records.append({**entry_to_record(entry), "box_id": box.id,
                                "position": position})
        if records:
            table.insert_all(records)
        self.db["circle_box"].upsert({"box_id": box.id, "discussed": int(box.discussed)},
                                     pk="box_id")
        circle = self.circle
        circle.boxes[box.id] = box
        self._set_meta(_META_NEXT, str(circle.next_id))
        self._set_meta(_META_FORM, f"{circle.form_id}@{circle.form_version}")

    # --- snapshots -------------------------------------------------------------------
    def add_snapshot(self, snapshot: Snapshot) -> Snapshot:
        data = {b.id: {"discussed": b.discussed,
                       "entries": [entry_to_record(e) for e in b.entries]}
                for b in snapshot.boxes.values()}
        created = snapshot.created_at or datetime.now().isoformat(timespec="seconds")
        new_id = self.db["circle_snapshot"].insert({
            "label": snapshot.label, "taken_on": snapshot.taken_on.isoformat(),
            "created_at": created, "form_id": snapshot.form_id,
            "form_version": snapshot.form_version,
            "data": json.dumps(data, ensure_ascii=False)}).last_pk
        return Snapshot(new_id, snapshot.label, snapshot.taken_on, snapshot.boxes,
                        snapshot.form_id, snapshot.form_version, created)

    def snapshots(self) -> list[Snapshot]:
        result = []
        for row in self.db["circle_snapshot"].rows_where(order_by="taken_on, id"):
            data = json.loads(row["data"])
            boxes = {box_id: Box(box_id, bool(b["discussed"]),
                                 tuple(entry_from_record(e) for e in b["entries"]))
                     for box_id, b in data.items()}
            result.append(Snapshot(row["id"], row["label"], date.fromisoformat(row["taken_on"]),
                                   boxes, row["form_id"], row["form_version"],
                                   row["created_at"]))
        return result

    def remove_snapshot(self, snapshot_id: int) -> None:
        self.db["circle_snapshot"].delete(snapshot_id)
