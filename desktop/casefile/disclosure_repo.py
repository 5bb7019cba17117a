"""Rows ↔ the utleveringslogg (table disclosure_log, migration
_v13_disclosure_log) and the case's key for check values (case_meta
"disclosure.key"; the case file is encrypted, so the key never lies on disk
in plaintext)."""

from __future__ import annotations

import secrets
from dataclasses import asdict
from datetime import datetime

from desktop.domain.disclosure import Disclosure

_KEY = "disclosure.key"
_BY = "disclosure.by"  # the name last written in "Utlevert av"


class DisclosureRepository:
    def __init__(self, db):
        self.db = db

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM case_meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db["case_meta"].upsert({"key": key, "value": value}, pk="key")

    def key(self) -> bytes | None:
        value = self._meta(_KEY)
        return bytes.fromhex(value) if value else None

    def make_key(self) -> bytes:
        """The key, made (32 random bytes) when the case has none yet."""
        key = self.key()
        if key is None:
            key = secrets.token_bytes(32)
            self._set_meta(_KEY, key.hex())
        return key

    def last_by(self) -> str:
        return self._meta(_BY) or ""

    def entries(self) -> list[Disclosure]:
        rows = self.db.execute(
            "SELECT document_id, at, channel, title, recipient, by_whom, check_value, "
            "file_sha256, file_name, file_size FROM disclosure_log ORDER BY at, id").fetchall()
        return [Disclosure(r[0], datetime.fromisoformat(r[1]), *r[2:]) for r in rows]

    def add(self, entry: Disclosure) -> None:
        if self.db.execute("SELECT 1 FROM disclosure_log WHERE document_id = ?",
                           [entry.document_id]).fetchone():
            raise ValueError(f"document id {entry.document_id} already used")
        row = asdict(entry)
        row["at"] = entry.at.isoformat(timespec="seconds")
        del row["left_out"]  # a handover's; handover files are in handover_log
        self.db["disclosure_log"].insert(row)
        if entry.by_whom.strip():
            self._set_meta(_BY, entry.by_whom.strip())
