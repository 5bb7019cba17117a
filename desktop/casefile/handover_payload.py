"""The plaintext inside a handover file: a manifest and the cases' SQLite images.

    4      manifest length M (at most MAX_MANIFEST_BYTES)
    M      manifest, UTF-8 JSON:
             {"format": "naervaer-handover-payload", "document_id", "created_at",
              "sender", "recipient", "scope": "full" | "without_internal",
              "cases": [{"case_id", "name", "updated_at", "image_len"}, ...]}
    ...    the images, one after another, in the manifest's order

Attachments (scanned agreements) are blobs inside the images. The payload is
only read after the AES-GCM tag has verified it, but it is still parsed with
limits: a file made by someone who knows the passphrase must not crash us.
Also here (the only place with SQL): removing the internal parts of a case,
counting records per section, and the handover log table's rows.
"""

from __future__ import annotations

import json
import sqlite3
import struct
from dataclasses import dataclass

from desktop.casefile.errors import HandoverDamaged, HandoverNewerFormat, NewerFormat
from desktop.casefile.migrations import LATEST_SCHEMA, migrate
from desktop.casefile.store import memory_database
from desktop.domain.conversation_tools import INTERNAL_TOOLS
from desktop.domain.handover import HandoverRecord, Scope, known_parts
from desktop.domain.referral import INTERNAL_PARTS

PAYLOAD_FORMAT = "naervaer-handover-payload"
MAX_MANIFEST_BYTES = 1 << 20
MAX_CASES = 1000
SQLITE_MAGIC = b"SQLite format 3\x00"
_LEN = struct.Struct(">I")

# The tables counted when an incoming case is compared with one already here,
# in the order of the case's sections.
SECTION_TABLES = ("guardian", "team_member", "absence_record", "contact_log", "conversation",
                  "circle_entry", "plan", "agreement", "meeting", "consent", "handover_log")


@dataclass(frozen=True, slots=True)
class CaseImage:
    case_id: str
    name: str
    updated_at: str
    image: bytes


@dataclass(frozen=True, slots=True)
class Manifest:
    document_id: str
    created_at: str
    sender: str
    recipient: str
    scope: Scope
    left_out: tuple[str, ...] = ()  # LEAVABLE keys (optional member; older files lack it)


def pack(manifest: Manifest, cases: list[CaseImage]) -> bytes:
    doc = {"format": PAYLOAD_FORMAT, "document_id": manifest.document_id,
           "created_at": manifest.created_at, "sender": manifest.sender,
           "recipient": manifest.recipient, "scope": manifest.scope.value,
           "left_out": list(manifest.left_out),
           "cases": [{"case_id": c.case_id, "name": c.name, "updated_at": c.updated_at,
                      "image_len": len(c.image)} for c in cases]}
    head = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    return b"".join((_LEN.pack(len(head)), head, *(c.image for c in cases)))


def _text(doc: dict, key: str, limit: int = 2000) -> str:
    value = doc.get(key, "")
    if not isinstance(value, str) or len(value) > limit:
        raise HandoverDamaged(f"manifest field {key}")
    return value


def unpack(payload: bytes) -> tuple[Manifest, list[CaseImage]]:
    """Raises HandoverDamaged for anything that does not add up."""
    if len(payload) < _LEN.size:
        raise HandoverDamaged("payload too short")
    (head_len,) = _LEN.unpack_from(payload)
    if head_len > MAX_MANIFEST_BYTES or head_len > len(payload) - _LEN.size:
        raise HandoverDamaged("manifest length")
    try:
        doc = json.loads(payload[_LEN.size:_LEN.size + head_len].decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise HandoverDamaged("manifest") from None
    if not isinstance(doc, dict) or doc.get("format") != PAYLOAD_FORMAT:
        raise HandoverDamaged("manifest format")
    entries = doc.get("cases")
    if not isinstance(entries, list) or not 1 <= len(entries) <= MAX_CASES:
        raise HandoverDamaged("manifest cases")
    try:
        scope = Scope(doc.get("scope"))
    except ValueError:
        raise HandoverDamaged("manifest scope") from None
    left_out = doc.get("left_out", [])
    if not isinstance(left_out, list) or len(left_out) > 50:
        raise HandoverDamaged("manifest left_out")
    manifest = Manifest(_text(doc, "document_id", 100), _text(doc, "created_at", 100),
                        _text(doc, "sender"), _text(doc, "recipient"), scope,
                        known_parts(left_out))
    offset, cases, ids = _LEN.size + head_len, [], set()
    for entry in entries:
        if not isinstance(entry, dict):
            raise HandoverDamaged("manifest case")
        size = entry.get("image_len")
        case_id = _text(entry, "case_id", 64)
        if (not isinstance(size, int) or isinstance(size, bool) or size < len(SQLITE_MAGIC)
                or size > len(payload) - offset or not (case_id.isascii() and case_id.isalnum())
                or case_id in ids):
            raise HandoverDamaged("manifest case entry")
        image = payload[offset:offset + size]
        if image[:len(SQLITE_MAGIC)] != SQLITE_MAGIC:
            raise HandoverDamaged("case image")
        ids.add(case_id)
        cases.append(CaseImage(case_id, _text(entry, "name"), _text(entry, "updated_at", 100),
                               image))
        offset += size
    if offset != len(payload):
        raise HandoverDamaged("payload length")
    return manifest, cases


def open_image(image: bytes) -> sqlite3.Connection:
    """An incoming image as a working database at this program's schema.
    Raises HandoverNewerFormat (a newer schema) or HandoverDamaged."""
    conn = memory_database()
    try:
        conn.deserialize(image)
        migrate(conn)
        if conn.execute("SELECT count(*) FROM pupil WHERE id = 1").fetchone()[0] != 1:
            raise HandoverDamaged("no pupil")
    except NewerFormat as exc:
        conn.close()
        raise HandoverNewerFormat(exc.found, LATEST_SCHEMA) from None
    except (sqlite3.DatabaseError, OverflowError):
        conn.close()
        raise HandoverDamaged("case database") from None
    except BaseException:
        conn.close()
        raise
    return conn


def checked_summary(conn: sqlite3.Connection) -> dict:
    """The case-list summary of an incoming case; content this program cannot
    read (a file crafted by someone who had the passphrase) is damage, found
    before anything is written."""
    from desktop.casefile.repository import CaseRepository, summary_to_dict
    from desktop.casefile.store import load_sqlite_utils

    try:
        return summary_to_dict(CaseRepository(load_sqlite_utils().Database(conn)).summary())
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, sqlite3.Error):
        raise HandoverDamaged("case content") from None


def section_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Records per section (table) of a case, for "what differs"."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {table: (conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
                    if table in present else 0) for table in SECTION_TABLES}


def strip_internal(conn: sqlite3.Connection) -> None:
    """Removes what the guide keeps among the adults at school: the answers of a
    conversation's internal steps (the reflection after the meeting, marked
    `internal = true` in its form), the Kearney hypotheses tool and the
    referral draft's internal part."""
    with conn:
        for conversation_id, snapshot in conn.execute(
                "SELECT id, form_snapshot FROM conversation").fetchall():
            try:
                form = json.loads(snapshot or "{}")
            except ValueError:
                form = {}
            steps = form.get("steps", []) if isinstance(form, dict) else []
            hidden = [q.get("id") for s in steps if isinstance(s, dict) and s.get("internal")
                      for q in s.get("questions", []) if isinstance(q, dict) and q.get("id")]
            conn.executemany(
                "DELETE FROM conversation_answer WHERE conversation_id = ? AND question_id = ?",
                [(conversation_id, qid) for qid in hidden])
        conn.executemany("DELETE FROM conversation_tool WHERE tool = ?",
                         [(tool.value,) for tool in INTERNAL_TOOLS])
        # The referral draft's internal part (_v14_referral_drafts) holds the same
        # reflection and hypotheses, and the case's internal note, as text.
        conn.executemany("DELETE FROM referral_part WHERE part = ?",
                         [(part.value,) for part in INTERNAL_PARTS])
    conn.execute("VACUUM")  # no deleted text left in free pages of the image


# What each LEAVABLE part is in the database: its tables, children first.
LEAVABLE_TABLES = {
    "absence": ("absence_record",),
    "log": ("contact_log",),
    "mapping": ("conversation_answer", "conversation_tool", "conversation"),
    "circle": ("circle_entry", "circle_box", "circle_snapshot"),
    "plan": ("plan_history", "plan"),
    "agreements": ("evaluation", "agreement"),
    "meetings": ("meeting",),
    "consent": ("consent",),
    "referral": ("referral_part",),
    "disclosure": ("disclosure_log",),
}


def strip_sections(conn: sqlite3.Connection, keys: tuple[str, ...]) -> None:
    """Removes the chosen parts of the case from a copy being handed over."""
    with conn:
        for key in keys:
            for table in LEAVABLE_TABLES[key]:
                conn.execute(f"DELETE FROM {table}")  # noqa: S608 (names from the table above)
    conn.execute("VACUUM")  # no deleted text left in free pages of the image


# --- the handover log (table handover_log, migrations _v11_handover_log, _v12_consent) ----
def add_record(conn: sqlite3.Connection, record: HandoverRecord) -> None:
    with conn:
        conn.execute(
            "INSERT INTO handover_log (direction, at, sender, recipient, scope, document_id, "
            "file_name, case_count, recipient_kind, consent_reason, left_out) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record.direction.value, record.at.isoformat(timespec="seconds"), record.sender,
             record.recipient, record.scope.value, record.document_id, record.file_name,
             record.case_count, record.recipient_kind, record.consent_reason,
             ",".join(record.left_out)))


def list_records(conn: sqlite3.Connection) -> list[HandoverRecord]:
    rows = conn.execute("SELECT direction, at, sender, recipient, scope, document_id, "
                        "file_name, case_count, recipient_kind, consent_reason, left_out "
                        "FROM handover_log "
                        "ORDER BY at, id").fetchall()
    return [HandoverRecord.from_row(*row) for row in rows]
