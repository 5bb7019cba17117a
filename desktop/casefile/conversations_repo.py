"""Rows ↔ Conversation, Answer and tool data (JSON per tool). The only place
with SQL for the kartleggingssamtale tables."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

from desktop.domain.conversations import Answer, Conversation, ConversationStatus


class ConversationRepository:
    def __init__(self, db):
        self.db = db

    # --- conversations ------------------------------------------------------------
    @staticmethod
    def _from_row(row: dict) -> Conversation:
        return Conversation(
            id=row["id"], form_id=row["form_id"], form_version=row["form_version"],
            title=row["title"], held_on=row["held_on"],
            present=tuple(json.loads(row["present"] or "[]")),
            status=ConversationStatus(row["status"]), current_step=row["current_step"],
            form_snapshot=json.loads(row["form_snapshot"] or "{}"), created_at=row["created_at"],
            voice_by=row.get("voice_by") or "", voice_on=row.get("voice_on") or "")

    def add(self, conversation: Conversation) -> Conversation:
        created = conversation.created_at or datetime.now().isoformat(timespec="seconds")
        new_id = self.db["conversation"].insert({
            "form_id": conversation.form_id, "form_version": conversation.form_version,
            "title": conversation.title, "held_on": conversation.held_on,
            "present": json.dumps(list(conversation.present), ensure_ascii=False),
            "status": conversation.status.value, "current_step": conversation.current_step,
            "form_snapshot": json.dumps(conversation.form_snapshot, ensure_ascii=False),
            "created_at": created, "voice_by": conversation.voice_by,
            "voice_on": conversation.voice_on,
        }).last_pk
        return replace(conversation, id=new_id, created_at=created)

    def get(self, conversation_id: int) -> Conversation:
        return self._from_row(self.db["conversation"].get(conversation_id))

    def list(self) -> list[Conversation]:
        rows = self.db["conversation"].rows_where(order_by="held_on DESC, id DESC")
        return [self._from_row(r) for r in rows]

    def update(self, conversation_id: int, **values: Any) -> None:
        if "status" in values:
            values["status"] = ConversationStatus(values["status"]).value
        if "present" in values:
            values["present"] = json.dumps(list(values["present"]), ensure_ascii=False)
        self.db["conversation"].update(conversation_id, values)

    def remove(self, conversation_id: int) -> None:
        for table in ("conversation_answer", "conversation_tool"):
            self.db.execute(f"DELETE FROM {table} WHERE conversation_id = ?", [conversation_id])
        self.db["conversation"].delete(conversation_id)

    # --- answers ---------------------------------------------------------------------
    def answers(self, conversation_id: int) -> dict[str, Answer]:
        rows = self.db["conversation_answer"].rows_where(
            "conversation_id = ?", [conversation_id], order_by="rowid")
        return {r["question_id"]: Answer(
            question_id=r["question_id"], question_text=r["question_text"], value=r["value"],
            pupil_voice=bool(r["pupil_voice"]), skipped=bool(r["skipped"]),
            skip_reason=r["skip_reason"]) for r in rows}

    def answer(self, conversation_id: int, question_id: str) -> Answer | None:
        rows = list(self.db["conversation_answer"].rows_where(
            "conversation_id = ? AND question_id = ?", [conversation_id, question_id]))
        if not rows:
            return None
        r = rows[0]
        return Answer(question_id=r["question_id"], question_text=r["question_text"],
                      value=r["value"], pupil_voice=bool(r["pupil_voice"]),
                      skipped=bool(r["skipped"]), skip_reason=r["skip_reason"])

    def put_answer(self, conversation_id: int, answer: Answer) -> None:
        self.db["conversation_answer"].upsert({
            "conversation_id": conversation_id, "question_id": answer.question_id,
            "question_text": answer.question_text, "value": answer.value,
            "pupil_voice": int(answer.pupil_voice), "skipped": int(answer.skipped),
            "skip_reason": answer.skip_reason,
        }, pk=("conversation_id", "question_id"))

    # --- tools -----------------------------------------------------------------------------
    def tool_data(self, conversation_id: int, tool: str) -> dict[str, Any]:
        rows = list(self.db["conversation_tool"].rows_where(
            "conversation_id = ? AND tool = ?", [conversation_id, tool]))
        return json.loads(rows[0]["data"]) if rows else {}

    def put_tool_data(self, conversation_id: int, tool: str, data: dict[str, Any]) -> None:
        self.db["conversation_tool"].upsert({
            "conversation_id": conversation_id, "tool": tool,
            "data": json.dumps(data, ensure_ascii=False),
        }, pk=("conversation_id", "tool"))
