"""Rows ↔ Consent. The only place with SQL for the consent table (migration
_v12_consent): the consent's content is one JSON document; the scan of the
signed form is a blob inside the (encrypted) case database, never a loose file."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from desktop.domain.consent import Consent, ConsentService, Giver

_COLUMNS = ("id", "data", "scan_name", "created_at")


def _d(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _s(doc: dict, key: str) -> str:
    value = doc.get(key, "")
    return value if isinstance(value, str) else ""


def consent_doc(c: Consent) -> dict[str, Any]:
    return {"service": c.service.value, "service_other": c.service_other, "shared": c.shared,
            "purpose": c.purpose,
            "givers": [{"name": g.name, "pupil": g.is_pupil} for g in c.givers],
            "given_on": _iso(c.given_on), "valid_until": _iso(c.valid_until),
            "withdrawn_on": _iso(c.withdrawn_on), "note": c.note}


def consent_from(row: dict) -> Consent:
    try:
        doc = json.loads(row.get("data") or "{}")
    except ValueError:
        doc = {}
    if not isinstance(doc, dict):
        doc = {}
    try:
        service = ConsentService(doc.get("service", ""))
    except ValueError:
        service = ConsentService.OTHER  # an unknown code from a newer program reads as "annet"
    givers = tuple(Giver(_s(g, "name"), bool(g.get("pupil", False)))
                   for g in doc.get("givers", []) if isinstance(g, dict))
    return Consent(id=row["id"], service=service, service_other=_s(doc, "service_other"),
                   shared=_s(doc, "shared"), purpose=_s(doc, "purpose"), givers=givers,
                   given_on=_d(doc.get("given_on")), valid_until=_d(doc.get("valid_until")),
                   withdrawn_on=_d(doc.get("withdrawn_on")), note=_s(doc, "note"),
                   has_scan=bool(row.get("scan_name")), scan_name=row.get("scan_name") or "",
                   created_at=row.get("created_at") or "")


def _json(c: Consent) -> str:
    return json.dumps(consent_doc(c), ensure_ascii=False)


class ConsentRepository:
    def __init__(self, db):
        self.db = db

    def consents(self) -> list[Consent]:
        rows = self.db.execute("SELECT id, data, scan_name, created_at FROM consent "
                               "ORDER BY id").fetchall()
        return [consent_from(dict(zip(_COLUMNS, r))) for r in rows]

    def consent(self, consent_id: int) -> Consent:
        row = self.db.execute("SELECT id, data, scan_name, created_at FROM consent WHERE id = ?",
                              [consent_id]).fetchone()
        if row is None:
            raise KeyError(consent_id)
        return consent_from(dict(zip(_COLUMNS, row)))

    def add(self, c: Consent) -> Consent:
        created = c.created_at or datetime.now().isoformat(timespec="seconds")
        new_id = self.db["consent"].insert({"data": _json(c), "created_at": created}).last_pk
        return replace(c, id=new_id, created_at=created)

    def write(self, c: Consent) -> None:
        """The whole value (an undo step writes the old value back); the scan stays."""
        self.db["consent"].update(c.id, {"data": _json(c)})

    def remove(self, consent_id: int) -> tuple[Consent, tuple[str, bytes] | None]:
        """Removes the consent; returns it with its scan, so undo can put both back."""
        old = self.consent(consent_id), self.scan(consent_id)
        self.db["consent"].delete(consent_id)
        return old

    def restore(self, c: Consent, scan: tuple[str, bytes] | None) -> None:
        self.db["consent"].insert({"id": c.id, "data": _json(c), "created_at": c.created_at,
                                   "scan_name": scan[0] if scan else "",
                                   "scan": scan[1] if scan else None}, replace=True)

    def set_scan(self, consent_id: int, name: str, content: bytes | None) -> None:
        self.db["consent"].update(consent_id, {"scan_name": name if content else "",
                                               "scan": content})

    def scan(self, consent_id: int) -> tuple[str, bytes] | None:
        row = self.db.execute("SELECT scan_name, scan FROM consent WHERE id = ?",
                              [consent_id]).fetchone()
        return (row[0], bytes(row[1])) if row and row[1] else None
