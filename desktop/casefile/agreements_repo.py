"""Rows ↔ Agreement, Evaluation and Meeting. The only place with SQL for the
agreement, evaluation and meeting tables. The content of each is one JSON
document (a frozen version is read and printed as a whole); the scan of a
signed paper is a blob in the (encrypted) case database."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from desktop.domain.agreements import (
    Agreement,
    AgreementMeasure,
    AgreementStatus,
    Participant,
    Signature,
    SubGoal,
)
from desktop.domain.evaluations import (
    Evaluation,
    Outcome,
    RatedItem,
    Rating,
    Referral,
    ReferralKind,
)
from desktop.domain.measure_circle import Party
from desktop.domain.meetings import (
    AgendaState,
    Interpreter,
    Meeting,
    MeetingKind,
    MeetingStatus,
    MeetingTask,
)
from desktop.domain.signing import Decline, DeclineReason


def _d(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _dt(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _iso(value: date | datetime | None) -> str:
    return value.isoformat() if value else ""


def _code(kind, value: str, unknown):
    """A stored code as its Enum member; an unknown code (a newer or damaged
    document) becomes `unknown` rather than failing the whole case."""
    try:
        return kind(value)
    except ValueError:
        return unknown


def _party(value: str) -> Party:
    return _code(Party, value, Party.OTHER)


def _people(items: list[dict]) -> tuple[Participant, ...]:
    return tuple(Participant(p.get("name", ""), p.get("role", ""), _party(p.get("party", "")),
                             p.get("interpreter", "")) for p in items)


def _people_doc(people: tuple[Participant, ...]) -> list[dict]:
    docs = []
    for p in people:
        doc = {"name": p.name, "role": p.role, "party": p.party.value}
        if p.interpreter:  # documents written before it existed have no key
            doc["interpreter"] = p.interpreter
        docs.append(doc)
    return docs


def _tie(value) -> int | None:
    """A measure's sub-goal (an index), absent in documents written before ties."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else None


def _measure_doc(m: AgreementMeasure) -> dict:
    doc = {"text": m.text, "party": m.party.value, "person": m.person, "why": m.why}
    if m.sub_goal is not None:
        doc["sub_goal"] = m.sub_goal
    return doc


def _signatures(items: list[dict]) -> tuple[Signature, ...]:
    return tuple(Signature(s.get("name", ""), s.get("role", ""), _d(s.get("signed_on")),
                           base64.b64decode(s["drawing"]) if s.get("drawing") else None)
                 for s in items)


def _signatures_doc(signatures: tuple[Signature, ...]) -> list[dict]:
    return [{"name": s.name, "role": s.role, "signed_on": _iso(s.signed_on),
             "drawing": base64.b64encode(s.drawing).decode("ascii") if s.drawing else ""}
            for s in signatures]


def _declines(items: list[dict]) -> tuple[Decline, ...]:
    """Marks "signerer ikke" (absent in documents written before they existed)."""
    return tuple(Decline(d.get("name", ""),
                         _code(DeclineReason, d.get("reason", ""), DeclineReason.OTHER),
                         d.get("note", ""), _d(d.get("marked_on"))) for d in items)


def _declines_doc(declines: tuple[Decline, ...]) -> list[dict]:
    return [{"name": d.name, "reason": d.reason.value, "note": d.note,
             "marked_on": _iso(d.marked_on)} for d in declines]


def agreement_doc(a: Agreement) -> dict[str, Any]:
    return {
        "place": a.place, "held_on": _iso(a.held_on),
        "participants": _people_doc(a.participants), "long_term_goal": a.long_term_goal,
        "sub_goals": [{"text": g.text, "period": g.period} for g in a.sub_goals],
        "measures": [_measure_doc(m) for m in a.measures],
        "plan_b": a.plan_b, "plan_b_responsible": a.plan_b_responsible,
        "interpreter": a.interpreter,
        "period_weeks": a.period_weeks, "evaluation_on": _iso(a.evaluation_on),
        "period_ends_on": _iso(a.period_ends_on),
        "contact_routine": a.contact_routine, "next_meeting": a.next_meeting,
        "signatures": _signatures_doc(a.signatures), "declines": _declines_doc(a.declines),
        "frozen_on": _iso(a.frozen_on),
    }


def agreement_from(row: dict) -> Agreement:
    doc = json.loads(row["data"] or "{}")
    return Agreement(
        id=row["id"], number=row["number"], version=row["version"],
        status=AgreementStatus(row["status"]), place=doc.get("place", ""),
        held_on=_d(doc.get("held_on")), participants=_people(doc.get("participants", [])),
        long_term_goal=doc.get("long_term_goal", ""),
        sub_goals=tuple(SubGoal(g.get("text", ""), g.get("period", ""))
                        for g in doc.get("sub_goals", [])),
        measures=tuple(AgreementMeasure(m.get("text", ""), _party(m.get("party", "")),
                                        m.get("person", ""), m.get("why", ""),
                                        _tie(m.get("sub_goal")))
                       for m in doc.get("measures", [])),
        plan_b=doc.get("plan_b", ""), plan_b_responsible=doc.get("plan_b_responsible", ""),
        interpreter=doc.get("interpreter", ""),
        period_weeks=int(doc.get("period_weeks", 3) or 3),
        evaluation_on=_d(doc.get("evaluation_on")),
        period_ends_on=_d(doc.get("period_ends_on")),
        contact_routine=doc.get("contact_routine", ""), next_meeting=doc.get("next_meeting", ""),
        signatures=_signatures(doc.get("signatures", [])),
        declines=_declines(doc.get("declines", [])), frozen_on=_d(doc.get("frozen_on")),
        has_scan=bool(row.get("scan_name")), created_at=row.get("created_at", ""))


def _rated(items: list[dict]) -> tuple[RatedItem, ...]:
    return tuple(RatedItem(i.get("text", ""), Rating(i.get("rating", "")), i.get("note", ""),
                           i.get("party", ""), _tie(i.get("sub_goal")), i.get("label", ""))
                 for i in items)


def _rated_doc(items: tuple[RatedItem, ...]) -> list[dict]:
    docs = []
    for i in items:
        doc = {"text": i.text, "rating": i.rating.value, "note": i.note, "party": i.party}
        if i.sub_goal is not None:
            doc.update(sub_goal=i.sub_goal, label=i.label)
        docs.append(doc)
    return docs


def evaluation_doc(e: Evaluation) -> dict[str, Any]:
    return {
        "held_on": _iso(e.held_on), "participants": _people_doc(e.participants),
        "goal_note": e.goal_note, "sub_goals": _rated_doc(e.sub_goals),
        "measures": _rated_doc(e.measures), "plan_b_note": e.plan_b_note,
        "plan_b_rating": e.plan_b_rating.value, "place": e.place,
        "outcome": e.outcome.value, "outcome_text": e.outcome_text,
        "referral": e.referral.value,
        "referral_kind": e.referral_kind.value if e.referral_kind else "",
        "referral_note": e.referral_note, "signatures": _signatures_doc(e.signatures),
        "declines": _declines_doc(e.declines), "finished": e.finished,
    }


def evaluation_from(row: dict) -> Evaluation:
    doc = json.loads(row["data"] or "{}")
    kind = doc.get("referral_kind") or ""
    outcome = Outcome(doc.get("outcome", ""))
    referral = Referral(doc.get("referral", ""))
    if outcome is Outcome.REFERRAL:
        # Stored before the referral assessment stood apart (Vedlegg 4): "henvisning
        # vurderes" meant more was needed and a referral was made.
        outcome, referral = Outcome.FURTHER, Referral.REFER
    return Evaluation(
        id=row["id"], agreement_id=row["agreement_id"], held_on=_d(doc.get("held_on")),
        participants=_people(doc.get("participants", [])), goal_note=doc.get("goal_note", ""),
        sub_goals=_rated(doc.get("sub_goals", [])), measures=_rated(doc.get("measures", [])),
        plan_b_note=doc.get("plan_b_note", ""),
        plan_b_rating=_code(Rating, doc.get("plan_b_rating", ""), Rating.UNSET),
        place=doc.get("place", ""), outcome=outcome,
        outcome_text=doc.get("outcome_text", ""), referral=referral,
        referral_kind=ReferralKind(kind) if kind else None,
        referral_note=doc.get("referral_note", ""),
        signatures=_signatures(doc.get("signatures", [])),
        declines=_declines(doc.get("declines", [])), finished=bool(doc.get("finished")))


def meeting_doc(m: Meeting) -> dict[str, Any]:
    doc = {
        "kind": m.kind.value, "participants": _people_doc(m.participants), "agenda": m.agenda,
        "notes": m.notes, "decisions": m.decisions,
        "tasks": [{"text": t.text, "responsible": t.responsible, "due": _iso(t.due),
                   "done": t.done} for t in m.tasks],
        "next_meeting": _iso(m.next_meeting),
    }
    if m.status is not MeetingStatus.RECORDED:  # a meeting held with the hub (schema 8)
        doc.update({
            "status": m.status.value, "place": m.place, "absent": _people_doc(m.absent),
            "interpreter": ({"language": m.interpreter.language,
                             "for_whom": m.interpreter.for_whom, "name": m.interpreter.name}
                            if m.interpreter else None),
            "agenda_id": m.agenda_id,
            "agenda_state": {k: v.value for k, v in m.agenda_state.items()},
            "ended_at": _iso(m.ended_at)})
    return doc


def _enum(kind, value, default):
    try:
        return kind(value)
    except ValueError:
        return default


def meeting_from(row: dict) -> Meeting:
    doc = json.loads(row["data"] or "{}")
    interpreter = doc.get("interpreter") or None
    return Meeting(
        id=row["id"], held_at=_dt(row["held_at"]),
        kind=_enum(MeetingKind, doc.get("kind", ""), MeetingKind.OTHER),
        participants=_people(doc.get("participants", [])), agenda=doc.get("agenda", ""),
        notes=doc.get("notes", ""), decisions=doc.get("decisions", ""),
        tasks=tuple(MeetingTask(t.get("text", ""), t.get("responsible", ""), _d(t.get("due")),
                                bool(t.get("done"))) for t in doc.get("tasks", [])),
        next_meeting=_dt(doc.get("next_meeting")), place=doc.get("place", ""),
        absent=_people(doc.get("absent", [])),
        interpreter=(Interpreter(interpreter.get("language", ""), interpreter.get("for_whom", ""),
                                 interpreter.get("name", "")) if interpreter else None),
        status=_enum(MeetingStatus, doc.get("status", ""), MeetingStatus.RECORDED),
        agenda_id=doc.get("agenda_id", ""),
        agenda_state={k: _enum(AgendaState, v, AgendaState.OPEN)
                      for k, v in (doc.get("agenda_state") or {}).items()},
        ended_at=_dt(doc.get("ended_at")))


def _json(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False)


class AgreementRepository:
    """Agreements (every version), evaluations and meetings."""

    def __init__(self, db):
        self.db = db

    # --- agreements -----------------------------------------------------------------
    def agreements(self) -> list[Agreement]:
        rows = self.db.execute(
            "SELECT id, number, version, status, data, scan_name, created_at FROM agreement "
            "ORDER BY number, version").fetchall()
        cols = ("id", "number", "version", "status", "data", "scan_name", "created_at")
        return [agreement_from(dict(zip(cols, r))) for r in rows]

    def agreement(self, agreement_id: int) -> Agreement:
        for a in self.agreements():
            if a.id == agreement_id:
                return a
        raise KeyError(agreement_id)

    def next_number(self) -> int:
        return self.db.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM agreement"
                               ).fetchone()[0]

    def next_version(self, number: int) -> int:
        return self.db.execute("SELECT COALESCE(MAX(version), 0) + 1 FROM agreement "
                               "WHERE number = ?", [number]).fetchone()[0]

    def add_agreement(self, a: Agreement) -> Agreement:
        created = a.created_at or datetime.now().isoformat(timespec="seconds")
        new_id = self.db["agreement"].insert({
            "number": a.number, "version": a.version, "status": a.status.value,
            "data": _json(agreement_doc(a)), "created_at": created}).last_pk
        return replace(a, id=new_id, created_at=created)

    def write_agreement(self, a: Agreement) -> None:
        """Writes the whole value (an undo step writes the old value back)."""
        self.db["agreement"].update(a.id, {"status": a.status.value,
                                           "data": _json(agreement_doc(a))})

    def remove_agreement(self, agreement_id: int) -> None:
        self.db.execute("DELETE FROM evaluation WHERE agreement_id = ?", [agreement_id])
        self.db["agreement"].delete(agreement_id)

    def restore_agreement(self, a: Agreement) -> None:
        self.db["agreement"].insert({
            "id": a.id, "number": a.number, "version": a.version, "status": a.status.value,
            "data": _json(agreement_doc(a)), "created_at": a.created_at}, replace=True)

    def set_scan(self, agreement_id: int, name: str, content: bytes | None) -> None:
        self.db["agreement"].update(agreement_id, {"scan_name": name if content else "",
                                                   "scan": content})

    def scan(self, agreement_id: int) -> tuple[str, bytes] | None:
        row = self.db.execute("SELECT scan_name, scan FROM agreement WHERE id = ?",
                              [agreement_id]).fetchone()
        return (row[0], bytes(row[1])) if row and row[1] else None

    # --- evaluations -------------------------------------------------------------------
    def evaluations(self, agreement_id: int | None = None) -> list[Evaluation]:
        where, args = ("WHERE agreement_id = ?", [agreement_id]) if agreement_id else ("", [])
        rows = self.db.execute(f"SELECT id, agreement_id, data FROM evaluation {where} "
                               "ORDER BY id", args).fetchall()
        return [evaluation_from(dict(zip(("id", "agreement_id", "data"), r))) for r in rows]

    def add_evaluation(self, e: Evaluation) -> Evaluation:
        new_id = self.db["evaluation"].insert({"agreement_id": e.agreement_id,
                                               "data": _json(evaluation_doc(e))}).last_pk
        return replace(e, id=new_id)

    def write_evaluation(self, e: Evaluation) -> None:
        self.db["evaluation"].update(e.id, {"data": _json(evaluation_doc(e))})

    def remove_evaluation(self, evaluation_id: int) -> None:
        self.db["evaluation"].delete(evaluation_id)

    # --- meetings -------------------------------------------------------------------------
    def meetings(self) -> list[Meeting]:
        rows = self.db.execute("SELECT id, held_at, data FROM meeting "
                               "ORDER BY held_at DESC, id DESC").fetchall()
        return [meeting_from(dict(zip(("id", "held_at", "data"), r))) for r in rows]

    def meeting(self, meeting_id: int) -> Meeting:
        row = self.db.execute("SELECT id, held_at, data FROM meeting WHERE id = ?",
                              [meeting_id]).fetchone()
        if row is None:
            raise KeyError(meeting_id)
        return meeting_from(dict(zip(("id", "held_at", "data"), row)))

    def running_meetings(self) -> list[Meeting]:
        """Meetings being held (read without parsing every other meeting)."""
        rows = self.db.execute("SELECT id, held_at, data FROM meeting "
                               "WHERE json_extract(data, '$.status') = ?",
                               [MeetingStatus.RUNNING.value]).fetchall()
        return [meeting_from(dict(zip(("id", "held_at", "data"), r))) for r in rows]

    def add_meeting(self, m: Meeting) -> Meeting:
        new_id = self.db["meeting"].insert({"held_at": _iso(m.held_at),
                                            "data": _json(meeting_doc(m))}).last_pk
        return replace(m, id=new_id)

    def write_meeting(self, m: Meeting) -> None:
        self.db["meeting"].update(m.id, {"held_at": _iso(m.held_at),
                                         "data": _json(meeting_doc(m))})

    def remove_meeting(self, meeting_id: int) -> None:
        self.db["meeting"].delete(meeting_id)

    def restore_meeting(self, m: Meeting) -> None:
        self.db["meeting"].insert({"id": m.id, "held_at": _iso(m.held_at),
                                   "data": _json(meeting_doc(m))}, replace=True)

    # --- dates for the case summary ---------------------------------------------------------
    def set_due(self, key: str, when: date | None) -> None:
        """A case_meta key "due.<key>". No longer read: the case list's "Neste
        frist" is computed from the stored agreements, meetings and contacts
        (CaseRepository.next_due). Kept while meeting_service still writes it."""
        self.db["case_meta"].upsert({"key": "due." + key, "value": _iso(when)}, pk="key")
