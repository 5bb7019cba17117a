"""Which records belong to which meeting: the `meeting_id` column that schema 8
added to the conversation, circle_snapshot, agreement and evaluation tables.
The only place with SQL for it. Records made outside a meeting have NULL."""

from __future__ import annotations

import json

from desktop.casefile.migrations import MEETING_LINKED_TABLES
from desktop.domain.meeting_work import MeetingWork, WorkItem, WorkKind

_TABLE = {WorkKind.CONVERSATION: "conversation", WorkKind.CIRCLE_STAND: "circle_snapshot",
          WorkKind.AGREEMENT: "agreement", WorkKind.EVALUATION: "evaluation"}
assert set(_TABLE.values()) == set(MEETING_LINKED_TABLES)


class MeetingLinkRepository:
    def __init__(self, db):
        self.db = db

    def attach(self, kind: WorkKind, record_id: int, meeting_id: int | None) -> None:
        self.db.execute(f"UPDATE {_TABLE[kind]} SET meeting_id = ? WHERE id = ?",
                        [meeting_id, record_id])

    def meeting_of(self, kind: WorkKind, record_id: int) -> int | None:
        row = self.db.execute(f"SELECT meeting_id FROM {_TABLE[kind]} WHERE id = ?",
                              [record_id]).fetchone()
        return row[0] if row else None

    def work(self, meeting_id: int) -> MeetingWork:
        """Everything the meeting holds, in the order it was made."""
        items: list[WorkItem] = []
        for row in self.db.execute("SELECT id, title FROM conversation "
                                   "WHERE meeting_id = ? ORDER BY id", [meeting_id]):
            items.append(WorkItem(WorkKind.CONVERSATION, row[0], row[1]))
        for row in self.db.execute("SELECT id, label FROM circle_snapshot "
                                   "WHERE meeting_id = ? ORDER BY id", [meeting_id]):
            items.append(WorkItem(WorkKind.CIRCLE_STAND, row[0], row[1]))
        for row in self.db.execute("SELECT id, number, version FROM agreement "
                                   "WHERE meeting_id = ? ORDER BY id", [meeting_id]):
            items.append(WorkItem(WorkKind.AGREEMENT, row[0], "", number=row[1],
                                  version=row[2]))
        for row in self.db.execute("SELECT e.id, a.number, a.version, e.data FROM evaluation e "
                                   "JOIN agreement a ON a.id = e.agreement_id "
                                   "WHERE e.meeting_id = ? ORDER BY e.id", [meeting_id]):
            finished = bool(json.loads(row[3] or "{}").get("finished"))
            items.append(WorkItem(WorkKind.EVALUATION, row[0], "", number=row[1],
                                  version=row[2], finished=finished))
        return MeetingWork(meeting_id, tuple(items))

    def detach_all(self, meeting_id: int) -> MeetingWork:
        """The meeting is deleted: its records stay, without it. Returns what
        was attached, so that an undo can attach it again."""
        work = self.work(meeting_id)
        for table in _TABLE.values():
            self.db.execute(f"UPDATE {table} SET meeting_id = NULL WHERE meeting_id = ?",
                            [meeting_id])
        return work
