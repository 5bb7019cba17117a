"""Rows ↔ phase decisions, ticked tasks, the contact log and the
stafettholder's handovers."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date, datetime

from desktop.domain.follow_up import Channel, Contact, Handover, PhaseDecision


class FollowUpRepository:
    def __init__(self, db):
        self.db = db

    # --- decisions ----------------------------------------------------------------------
    def decisions(self) -> list[PhaseDecision]:
        rows = self.db["phase_decision"].rows_where(order_by="decided_on, id")
        return [PhaseDecision(**{**r, "decided_on": date.fromisoformat(r["decided_on"])})
                for r in rows]

    def add_decision(self, decision: PhaseDecision) -> PhaseDecision:
        row = {**asdict(decision), "decided_on": decision.decided_on.isoformat()}
        row.pop("id")
        return replace(decision, id=self.db["phase_decision"].insert(row).last_pk)

    def remove_decision(self, decision_id: int) -> None:
        self.db["phase_decision"].delete(decision_id)

    # --- tasks ----------------------------------------------------------------------------
    def done_tasks(self, rule_set_id: str) -> dict[str, date]:
        rows = self.db["phase_task"].rows_where("rule_set_id = ? AND done = 1", [rule_set_id])
        return {r["task_id"]: date.fromisoformat(r["done_on"]) for r in rows}

    def set_task(self, rule_set_id: str, task_id: str, done: bool, on: date) -> None:
        self.db["phase_task"].upsert({"rule_set_id": rule_set_id, "task_id": task_id,
                                      "done": int(done), "done_on": on.isoformat()},
                                     pk=("rule_set_id", "task_id"))

    # --- contact log ---------------------------------------------------------------------------
    @staticmethod
    def _contact(row: dict) -> Contact:
        return Contact(**{**row, "at": datetime.fromisoformat(row["at"]),
                          "channel": Channel(row["channel"]),
                          "next_date": date.fromisoformat(row["next_date"])
                          if row["next_date"] else None})

    @staticmethod
    def _contact_row(contact: Contact) -> dict:
        row = asdict(contact)
        row.update(at=contact.at.isoformat(timespec="minutes"), channel=contact.channel.value,
                   next_date=contact.next_date.isoformat() if contact.next_date else None)
        return row

    def contacts(self) -> list[Contact]:
        return [self._contact(r) for r in self.db["contact_log"].rows_where(order_by="at, id")]

    def add_contact(self, contact: Contact) -> Contact:
        row = self._contact_row(contact)
        row.pop("id")
        return replace(contact, id=self.db["contact_log"].insert(row).last_pk)

    def update_contact(self, contact: Contact) -> None:
        row = self._contact_row(contact)
        self.db["contact_log"].update(row.pop("id"), row)

    def remove_contact(self, contact_id: int) -> Contact:
        removed = self._contact(self.db["contact_log"].get(contact_id))
        self.db["contact_log"].delete(contact_id)
        return removed

    def restore_contact(self, contact: Contact) -> None:
        self.db["contact_log"].insert(self._contact_row(contact), replace=True)

    # --- stafettholder ----------------------------------------------------------------------
    def handovers(self) -> list[Handover]:
        rows = self.db["stafett_handover"].rows_where(order_by="handed_on, id")
        return [Handover(**{**r, "handed_on": date.fromisoformat(r["handed_on"])})
                for r in rows]

    def add_handover(self, handover: Handover) -> Handover:
        row = {**asdict(handover), "handed_on": handover.handed_on.isoformat()}
        row.pop("id")
        return replace(handover, id=self.db["stafett_handover"].insert(row).last_pk)

    def remove_handover(self, handover_id: int) -> None:
        self.db["stafett_handover"].delete(handover_id)

    def restore_handover(self, handover: Handover) -> None:
        row = {**asdict(handover), "handed_on": handover.handed_on.isoformat()}
        self.db["stafett_handover"].insert(row, replace=True)
