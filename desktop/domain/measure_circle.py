"""Tiltakssirkelen (Otnes 2016; seed 001 "Tiltakssirkelen" and Vedlegg 1:2).

Eight boxes around one goal, "more resources, less risk". Each box holds, in
order, the resources (what helps), the risks (what makes school harder) and
the measures (tiltak): small, concrete, each with someone responsible
("alle bekker små"). A box is marked as discussed once the meeting has been
through it.

Boxes are immutable values: every change makes a new Box, so a snapshot, an
undo step or a comparison is just a reference to the old value.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from typing import Iterable


class EntryKind(str, Enum):
    RESOURCE = "resource"  # ressurs (+)
    RISK = "risk"  # risiko (−)
    MEASURE = "measure"  # tiltak


class Party(str, Enum):
    """Who a measure belongs to (seed 001: every party leaves the meeting with
    measures). Values are stable storage codes."""

    PUPIL = "eleven"
    GUARDIANS = "foresatte"
    CONTACT_TEACHER = "kontaktlaerer"
    LEADERSHIP = "ledelse"
    PPT = "ppt"
    HEALTH_NURSE = "helsesykepleier"
    OTHER = "annen"


class MeasureStatus(str, Enum):
    PROPOSED = "proposed"  # foreslått
    AGREED = "agreed"  # avtalt
    IN_PROGRESS = "in_progress"  # i gang
    DONE = "done"  # fullført
    ENDED = "ended"  # avsluttet (stopped without being completed)


@dataclass(frozen=True, slots=True)
class CircleEntry:
    """One resource, risk or measure. The measure fields are unused for the
    other kinds. `link_id` is the resource a measure builds on or the risk it
    reduces (an entry id in the same box)."""

    id: int
    kind: EntryKind
    text: str
    party: Party | None = None
    person: str = ""  # a named person from the case, when chosen
    start: date | None = None
    status: MeasureStatus = MeasureStatus.PROPOSED
    link_id: int | None = None


@dataclass(frozen=True, slots=True)
class Box:
    id: str
    discussed: bool = False
    entries: tuple[CircleEntry, ...] = ()

    def of_kind(self, kind: EntryKind) -> list[CircleEntry]:
        return [e for e in self.entries if e.kind is kind]

    def counts(self) -> tuple[int, int, int]:
        """(resources, risks, measures)."""
        kinds = [e.kind for e in self.entries]
        return (kinds.count(EntryKind.RESOURCE), kinds.count(EntryKind.RISK),
                kinds.count(EntryKind.MEASURE))

    def entry(self, entry_id: int) -> CircleEntry:
        for e in self.entries:
            if e.id == entry_id:
                return e
        raise KeyError(entry_id)

    def with_added(self, entry: CircleEntry, index: int | None = None) -> "Box":
        """`index` counts within the entry's kind; at the end when None."""
        same = self.of_kind(entry.kind)
        index = len(same) if index is None else max(0, min(index, len(same)))
        same.insert(index, entry)
        return self._with_kind(entry.kind, same)

    def with_updated(self, entry_id: int, **changes) -> "Box":
        return replace(self, entries=tuple(replace(e, **changes) if e.id == entry_id else e
                                           for e in self.entries))

    def without(self, entry_id: int) -> "Box":
        """Removes the entry; links to it from measures are cleared."""
        kept = tuple(e for e in self.entries if e.id != entry_id)
        kept = tuple(replace(e, link_id=None) if e.link_id == entry_id else e for e in kept)
        return replace(self, entries=kept)

    def moved(self, entry_id: int, index: int) -> "Box":
        entry = self.entry(entry_id)
        same = [e for e in self.of_kind(entry.kind) if e.id != entry_id]
        same.insert(max(0, min(index, len(same))), entry)
        return self._with_kind(entry.kind, same)

    def index_of(self, entry_id: int) -> int:
        entry = self.entry(entry_id)
        return [e.id for e in self.of_kind(entry.kind)].index(entry_id)

    def _with_kind(self, kind: EntryKind, ordered: list[CircleEntry]) -> "Box":
        entries = [e for k in EntryKind for e in (ordered if k is kind else self.of_kind(k))]
        return replace(self, entries=tuple(entries))


@dataclass(slots=True)
class MeasureCircle:
    """The whole circle of one case. `box_ids` come from the form
    (forms/tiltakssirkel.toml), in the order they are drawn."""

    boxes: dict[str, Box]
    next_id: int = 1
    form_id: str = "tiltakssirkel"
    form_version: int = 1

    @classmethod
    def empty(cls, box_ids: Iterable[str], **kwargs) -> "MeasureCircle":
        return cls({b: Box(b) for b in box_ids}, **kwargs)

    # --- reading ------------------------------------------------------------------
    def box(self, box_id: str) -> Box:
        return self.boxes[box_id]

    def find(self, entry_id: int) -> tuple[str, CircleEntry]:
        for box in self.boxes.values():
            for e in box.entries:
                if e.id == entry_id:
                    return box.id, e
        raise KeyError(entry_id)

    def measures(self) -> list[tuple[str, CircleEntry]]:
        return [(b.id, e) for b in self.boxes.values() for e in b.of_kind(EntryKind.MEASURE)]

    # --- changing -------------------------------------------------------------------
    def new_entry(self, kind: EntryKind, text: str, **fields) -> CircleEntry:
        entry = CircleEntry(self.next_id, kind, text.strip(), **fields)
        self.next_id += 1
        return entry

    def add(self, box_id: str, kind: EntryKind, text: str, index: int | None = None,
            **fields) -> CircleEntry:
        entry = self.new_entry(kind, text, **fields)
        self.boxes[box_id] = self.boxes[box_id].with_added(entry, index)
        return entry

    def update(self, entry_id: int, **changes) -> CircleEntry:
        box_id, _ = self.find(entry_id)
        self.boxes[box_id] = self.boxes[box_id].with_updated(entry_id, **changes)
        return self.boxes[box_id].entry(entry_id)

    def remove(self, entry_id: int) -> CircleEntry:
        box_id, entry = self.find(entry_id)
        self.boxes[box_id] = self.boxes[box_id].without(entry_id)
        return entry

    def move(self, entry_id: int, index: int) -> None:
        box_id, _ = self.find(entry_id)
        self.boxes[box_id] = self.boxes[box_id].moved(entry_id, index)

    def set_discussed(self, box_id: str, discussed: bool = True) -> None:
        self.boxes[box_id] = replace(self.boxes[box_id], discussed=discussed)

    def snapshot(self, label: str, taken_on: date) -> "Snapshot":
        return Snapshot(None, label, taken_on, dict(self.boxes), self.form_id, self.form_version)


def measures_by_party(circle: MeasureCircle) -> dict[Party, list[tuple[str, CircleEntry]]]:
    """Measures grouped by the responsible party, in Party order, then box order
    (for the samarbeidsavtale: every party's responsibilities). Measures with
    no party yet are listed under OTHER. Ended measures are left out."""
    groups: dict[Party, list[tuple[str, CircleEntry]]] = {p: [] for p in Party}
    for box_id, entry in circle.measures():
        if entry.status is MeasureStatus.ENDED:
            continue
        groups[entry.party or Party.OTHER].append((box_id, entry))
    return {p: items for p, items in groups.items() if items}


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The circle as it was on a date ("Ta vare på sirkelen"), e.g. at each meeting."""

    id: int | None
    label: str
    taken_on: date
    boxes: dict[str, Box]
    form_id: str = "tiltakssirkel"
    form_version: int = 1
    created_at: str = ""

    def entries(self) -> dict[int, tuple[str, CircleEntry]]:
        return {e.id: (b.id, e) for b in self.boxes.values() for e in b.entries}


@dataclass(frozen=True, slots=True)
class Change:
    box_id: str
    before: CircleEntry | None
    after: CircleEntry | None


@dataclass(frozen=True, slots=True)
class SnapshotDiff:
    added: list[Change] = field(default_factory=list)
    removed: list[Change] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)  # text, responsible, status, start …
    completed: list[Change] = field(default_factory=list)  # measures that became DONE
    newly_discussed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.completed
                    or self.newly_discussed)


def compare(older: Snapshot, newer: Snapshot) -> SnapshotDiff:
    """What happened between two snapshots. A measure that became DONE is listed
    under `completed` (and not again under `changed`)."""
    old, new = older.entries(), newer.entries()
    diff = SnapshotDiff()
    for entry_id, (box_id, entry) in new.items():
        if entry_id not in old:
            diff.added.append(Change(box_id, None, entry))
            continue
        _, before = old[entry_id]
        if before == entry:
            continue
        change = Change(box_id, before, entry)
        if (entry.kind is EntryKind.MEASURE and entry.status is MeasureStatus.DONE
                and before.status is not MeasureStatus.DONE):
            diff.completed.append(change)
        else:
            diff.changed.append(change)
    for entry_id, (box_id, entry) in old.items():
        if entry_id not in new:
            diff.removed.append(Change(box_id, entry, None))
    for box_id, box in newer.boxes.items():
        before = older.boxes.get(box_id)
        if box.discussed and (before is None or not before.discussed):
            diff.newly_discussed.append(box_id)
    return diff
