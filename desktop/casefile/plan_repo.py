"""Rows ↔ opptrappingsplaner (EscalationPlan, Step, HistoryEntry). The only SQL for
the plans. A plan row holds its steps as JSON; the history is append-only:
there is no update or delete of a history row."""

from __future__ import annotations

import json
from datetime import date, datetime

from desktop.domain.escalation_plan import (
    Cell,
    Decision,
    EscalationPlan,
    HistoryEntry,
    Step,
    WeekResult,
)


def step_to_json(step: Step) -> dict:
    return {"id": step.id, "title": step.title, "weeks": step.weeks,
            "grid": {str(d): [c.value for c in cells] for d, cells in step.grid.items()},
            "arrival": step.arrival, "place": step.place, "support": step.support,
            "escape_route": step.escape_route, "responsibilities": step.responsibilities,
            "note": step.note, "best_interest": step.best_interest}


def step_from_json(data: dict) -> Step:
    return Step(int(data["id"]), data.get("title", ""), int(data.get("weeks", 2)),
                {int(d): tuple(Cell(c) for c in cells)
                 for d, cells in data.get("grid", {}).items()},
                data.get("arrival", ""), data.get("place", "klasserom"),
                data.get("support", ""), data.get("escape_route", ""),
                dict(data.get("responsibilities", {})), data.get("note", ""),
                str(data.get("best_interest", "")))


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


class PlanRepository:
    """One per session (CaseSession.repository)."""

    def __init__(self, db):
        self.db = db

    # --- the guided flow's first page, before the plan exists ------------------------
    # A plan needs a step, so it is stored from the flow's second page on; what
    # is typed on the first page waits here (case_meta) so nothing is lost.
    _DRAFT_KEY = "plan.draft"

    def draft(self) -> dict:
        row = self.db.execute("SELECT value FROM case_meta WHERE key = ?",
                              [self._DRAFT_KEY]).fetchone()
        try:
            value = json.loads(row[0]) if row and row[0] else {}
        except ValueError:
            value = {}
        return value if isinstance(value, dict) else {}

    def set_draft(self, draft: dict) -> None:
        self.db["case_meta"].upsert(
            {"key": self._DRAFT_KEY, "value": json.dumps(draft, ensure_ascii=False) if draft else ""},
            pk="key")

    @staticmethod
    def _plan(row: dict) -> EscalationPlan:
        return EscalationPlan(row["id"], row["goal"],
                    date.fromisoformat(row["start"]) if row["start"] else None,
                    tuple(step_from_json(s) for s in json.loads(row["steps"])),
                    bool(row["is_current"]), row["baseline"], row["created_at"])

    def plans(self) -> list[EscalationPlan]:
        return [self._plan(r) for r in self.db["plan"].rows_where(order_by="id")]

    def get(self, plan_id: int) -> EscalationPlan:
        return self._plan(self.db["plan"].get(plan_id))

    def write(self, plan: EscalationPlan) -> EscalationPlan:
        """Inserts (id None) or replaces a plan; a plan written as current
        makes every other plan not current."""
        record = {"goal": plan.goal, "start": plan.start.isoformat() if plan.start else None,
                  "is_current": int(plan.current), "baseline": plan.baseline,
                  "created_at": plan.created_at or _now(),
                  "steps": json.dumps([step_to_json(s) for s in plan.steps], ensure_ascii=False)}
        if plan.id is None:
            plan_id = self.db["plan"].insert(record).last_pk
        else:
            plan_id = plan.id
            self.db["plan"].upsert({"id": plan_id, **record}, pk="id")
        if plan.current:
            self.db.execute("UPDATE plan SET is_current = 0 WHERE id != ?", [plan_id])
        return self.get(plan_id)

    def remove(self, plan_id: int) -> None:
        """Only for undoing the creation of a plan that has no history yet."""
        self.db["plan_history"].delete_where("plan_id = ?", [plan_id])
        self.db["plan"].delete(plan_id)

    # --- history (append only) ------------------------------------------------------------
    def add_history(self, plan_id: int, entry: HistoryEntry) -> HistoryEntry:
        created = entry.created_at or _now()
        new_id = self.db["plan_history"].insert({
            "plan_id": plan_id, "step_id": entry.step_id, "on_day": entry.on.isoformat(),
            "result": entry.result.value if entry.result else None,
            "decision": entry.decision.value if entry.decision else None,
            "text": entry.text, "created_at": created}).last_pk
        return HistoryEntry(new_id, entry.step_id, entry.on, entry.result, entry.decision,
                            entry.text, created)

    def history(self, plan_id: int) -> list[HistoryEntry]:
        return [HistoryEntry(r["id"], r["step_id"], date.fromisoformat(r["on_day"]),
                             WeekResult(r["result"]) if r["result"] else None,
                             Decision(r["decision"]) if r["decision"] else None,
                             r["text"], r["created_at"])
                for r in self.db["plan_history"].rows_where(
                    "plan_id = ?", [plan_id], order_by="on_day, id")]
