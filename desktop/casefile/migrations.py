"""Numbered schema migrations. The database records its schema version in
PRAGMA user_version; a database from a newer program is refused, untouched.

Add a migration by appending a function to MIGRATIONS; never edit an old one.
tests/fixtures/ holds case files of old versions to prove each step.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Callable

from desktop.casefile.errors import NewerFormat


def _v1_people(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        CREATE TABLE pupil (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '',
            birth_date TEXT,
            grade TEXT NOT NULL DEFAULT '',
            school TEXT NOT NULL DEFAULT '',
            class_name TEXT NOT NULL DEFAULT '',
            contact_teacher TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO pupil (id) VALUES (1);
        CREATE TABLE guardian (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL DEFAULT '',
            relation TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            parental_responsibility INTEGER NOT NULL DEFAULT 1,
            interpreter_needed INTEGER NOT NULL DEFAULT 0,
            interpreter_language TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE team_member (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL DEFAULT 0,
            role TEXT NOT NULL DEFAULT 'annet',
            name TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE case_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL DEFAULT ''
        );
        """
    )


def _v2_measure_suggestions(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        CREATE TABLE measure_suggestion (
            id INTEGER PRIMARY KEY,
            box_id TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            source_kind TEXT NOT NULL DEFAULT '',
            source_id INTEGER,
            source_label TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open'
        );
        """
    )


def _v3_absence_register(conn: sqlite3.Connection) -> None:
    """Issue 3: absence records, phase decisions, ticked tasks and the contact
    log. (The school week, days off and rule-set choice are small values in
    case_meta: every table costs a 4 KB page in every case file.)"""
    conn.executescript(
        """
        CREATE TABLE absence_record (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            whole_day INTEGER NOT NULL DEFAULT 1,
            lessons TEXT NOT NULL DEFAULT '',
            documented INTEGER NOT NULL DEFAULT 0,
            reason TEXT NOT NULL DEFAULT 'ukjent',
            reason_text TEXT NOT NULL DEFAULT '',
            late_minutes INTEGER NOT NULL DEFAULT 0,
            left_school INTEGER NOT NULL DEFAULT 0,
            settled INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE phase_decision (
            id INTEGER PRIMARY KEY,
            decided_on TEXT NOT NULL,
            rule_set_id TEXT NOT NULL,
            rule_set_version INTEGER NOT NULL,
            phase_id TEXT NOT NULL,
            phase_name TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE phase_task (
            rule_set_id TEXT NOT NULL,
            task_id TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            done_on TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (rule_set_id, task_id)
        ) WITHOUT ROWID;
        CREATE TABLE contact_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            with_whom TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL DEFAULT 'telefon',
            by_whom TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            agreed TEXT NOT NULL DEFAULT '',
            next_step TEXT NOT NULL DEFAULT '',
            next_date TEXT
        );
        """
    )


def _v4_conversations(conn: sqlite3.Connection) -> None:
    """Kartleggingssamtaler: the conversation (with a snapshot of its form),
    its answers (with the question text as asked) and its tools' data."""
    conn.executescript(
        """
        CREATE TABLE conversation (
            id INTEGER PRIMARY KEY,
            form_id TEXT NOT NULL,
            form_version INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            held_on TEXT NOT NULL DEFAULT '',
            present TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT 'active',
            current_step INTEGER NOT NULL DEFAULT 0,
            form_snapshot TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE conversation_answer (
            conversation_id INTEGER NOT NULL REFERENCES conversation(id),
            question_id TEXT NOT NULL,
            question_text TEXT NOT NULL DEFAULT '',
            value TEXT NOT NULL DEFAULT '',
            pupil_voice INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            skip_reason TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (conversation_id, question_id)
        );
        CREATE TABLE conversation_tool (
            conversation_id INTEGER NOT NULL REFERENCES conversation(id),
            tool TEXT NOT NULL,
            data TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (conversation_id, tool)
        );
        """
    )


def _v5_measure_circle(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        CREATE TABLE circle_entry (
            id INTEGER PRIMARY KEY,
            box_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL DEFAULT '',
            party TEXT,
            person TEXT NOT NULL DEFAULT '',
            start TEXT,
            status TEXT NOT NULL DEFAULT 'proposed',
            link_id INTEGER
        );
        CREATE TABLE circle_box (
            box_id TEXT PRIMARY KEY,
            discussed INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE circle_snapshot (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL DEFAULT '',
            taken_on TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT '',
            form_id TEXT NOT NULL DEFAULT '',
            form_version INTEGER NOT NULL DEFAULT 0,
            data TEXT NOT NULL DEFAULT '{}'
        );
        """
    )


def _v6_escalation_plan(conn: sqlite3.Connection) -> None:
    # Two tables: a plan with its steps as JSON (a step is edited as a whole and
    # plans have a handful of steps), and an append-only history.
    conn.executescript(
        """
        CREATE TABLE plan (
            id INTEGER PRIMARY KEY,
            goal TEXT NOT NULL DEFAULT '',
            start TEXT,
            is_current INTEGER NOT NULL DEFAULT 0,
            baseline TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT '',
            steps TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE plan_history (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id),
            step_id INTEGER NOT NULL,
            on_day TEXT NOT NULL,
            result TEXT,
            decision TEXT,
            text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT ''
        );
        """
    )


def _v7_agreements_meetings(conn: sqlite3.Connection) -> None:
    """Issue 7: samarbeidsavtaler (one row per version; the content of a frozen
    version is a JSON document, its attached scan a blob in the encrypted case),
    their evaluations and the meetings with minutes. Three tables only."""
    conn.executescript(
        """
        CREATE TABLE agreement (
            id INTEGER PRIMARY KEY,
            number INTEGER NOT NULL,
            version INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'utkast',
            data TEXT NOT NULL DEFAULT '{}',
            scan_name TEXT NOT NULL DEFAULT '',
            scan BLOB,
            created_at TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE evaluation (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL REFERENCES agreement(id),
            data TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE meeting (
            id INTEGER PRIMARY KEY,
            held_at TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL DEFAULT '{}'
        );
        """
    )


def _v8_signing_status(conn: sqlite3.Connection) -> None:
    """Issue 13: an agreement was stored as 'signert' as soon as one person had
    signed. Now 'signert' means everyone present signed (or has a reason not
    to); a version with someone still missing goes back to 'klar' and shows
    "delvis signert (n av m)". The signatures themselves (with their dates)
    are untouched; the new "declines" list lives in the same JSON document,
    so no column is added. Self-contained (no domain import) and safe to run
    twice: it only ever moves an incomplete 'signert' to 'klar'."""
    rows = conn.execute("SELECT id, data FROM agreement WHERE status = 'signert'").fetchall()
    for row_id, data in rows:
        try:
            doc = json.loads(data or "{}")
        except ValueError:
            continue  # unreadable content: leave the row as it was
        present = {p.get("name", "") for p in doc.get("participants", [])
                   if isinstance(p, dict) and str(p.get("name", "")).strip()}
        done = {s.get("name", "") for key in ("signatures", "declines")
                for s in doc.get(key, []) if isinstance(s, dict)}
        if present - done:
            conn.execute("UPDATE agreement SET status = 'klar' WHERE id = ?", [row_id])


def _v9_stafett_handover(conn: sqlite3.Connection) -> None:
    """Issue 13: the stafettholder is a named person with a history of
    handovers (from whom, to whom, date, note). Before this step a case had
    only the phase's role; it starts with no handover and Oversikt asks for a
    name. IF NOT EXISTS: safe when the lead renumbers parallel steps."""
    conn.executescript(
        """
        CREATE TABLE IF NOT EXISTS stafett_handover (
            id INTEGER PRIMARY KEY,
            handed_on TEXT NOT NULL,
            to_name TEXT NOT NULL,
            to_role TEXT NOT NULL DEFAULT '',
            from_name TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        """
    )


def _v11_handover_log(conn: sqlite3.Connection) -> None:
    """Issue 14: every handover file written from the case ('out') and every
    import of the case from one ('in'): when, from whom, to whom, what went
    (scope) and the document id both sides share. Safe to run twice."""
    conn.executescript(
        """
        CREATE TABLE IF NOT EXISTS handover_log (
            id INTEGER PRIMARY KEY,
            direction TEXT NOT NULL,
            at TEXT NOT NULL,
            sender TEXT NOT NULL DEFAULT '',
            recipient TEXT NOT NULL DEFAULT '',
            scope TEXT NOT NULL DEFAULT 'full',
            document_id TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            case_count INTEGER NOT NULL DEFAULT 1
        );
        """
    )


def _v13_disclosure_log(conn: sqlite3.Connection) -> None:
    """Issue 14, utleveringslogg: every PDF saved and every print made from the
    case: its document id ("2026-0041"), when, how (pdf/print), what, to whom,
    by whom, the check value, the SHA-256 and the size of the file as written. The key
    of the check values lives in case_meta ("disclosure.key"), made at the
    first entry. Handover files stay in handover_log. No UNIQUE index (a 4 KB
    page per case): the repository keeps the ids unique. Safe to run twice."""
    conn.executescript(
        """
        CREATE TABLE IF NOT EXISTS disclosure_log (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL,
            at TEXT NOT NULL,
            channel TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            recipient TEXT NOT NULL DEFAULT '',
            by_whom TEXT NOT NULL DEFAULT '',
            check_value TEXT NOT NULL DEFAULT '',
            file_sha256 TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            file_size INTEGER NOT NULL DEFAULT 0
        );
        """
    )


# The records a meeting holds (issue 13, "the meeting is the hub"): the meeting's id
# on each. Kept here so the migration and MeetingLinkRepository name the same tables.
MEETING_LINKED_TABLES = ("conversation", "circle_snapshot", "agreement", "evaluation")


def _v10_meeting_hub(conn: sqlite3.Connection) -> None:
    """Issue 13: a meeting holds what is done in it. Each record made during a
    meeting (conversation, circle stand, agreement version, evaluation) stores
    the meeting's id; records made before stay as they are (NULL: no meeting).
    The meeting's own new fields (place, absent, interpreter, status, agenda)
    live in its JSON document, which old meetings simply lack. Safe to run
    twice: a column that exists is left alone."""
    for table in MEETING_LINKED_TABLES:
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if "meeting_id" not in columns:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN meeting_id INTEGER")
    # No index: a case has a handful of these records, and every index costs a
    # 4 KB page in every case file.


def _v12_consent(conn: sqlite3.Connection) -> None:
    """Issue 14, samtykke: one row per consent (its content a JSON document, the
    scan of the signed form a blob inside the encrypted case, as for agreements);
    and on each handover record what kind of receiver it went to and, when no
    valid consent covered it, the reason the user gave. Safe to run twice."""
    conn.executescript(
        """
        CREATE TABLE IF NOT EXISTS consent (
            id INTEGER PRIMARY KEY,
            data TEXT NOT NULL DEFAULT '{}',
            scan_name TEXT NOT NULL DEFAULT '',
            scan BLOB,
            created_at TEXT NOT NULL DEFAULT ''
        );
        """
    )
    columns = {row[1] for row in conn.execute("PRAGMA table_info(handover_log)")}
    for column in ("recipient_kind", "consent_reason"):
        if column not in columns:
            conn.execute(f"ALTER TABLE handover_log ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


# Append new steps at the end; never reorder or edit a step that has shipped.
def _v14_referral_drafts(conn: sqlite3.Connection) -> None:
    """Issue 14: the draft pedagogisk rapport for a referral to PPT, one row per
    part: its text as last assembled or edited, whether the user changed it
    since it was assembled (then "Hent på nytt" asks first), and whether it is
    included in the printout (the internal part starts unticked). Safe to run
    twice."""
    conn.executescript(
        """
        CREATE TABLE IF NOT EXISTS referral_part (
            part TEXT PRIMARY KEY,
            text TEXT NOT NULL DEFAULT '',
            edited INTEGER NOT NULL DEFAULT 0,
            included INTEGER NOT NULL DEFAULT 1,
            assembled_at TEXT NOT NULL DEFAULT ''
        ) WITHOUT ROWID;
        """
    )


def _v15_case_closing(conn: sqlite3.Connection) -> None:
    """Issue 14: the case's closing history (closed with a reason and a
    delete-by date, reopened with a reason). The case list reads the closing
    in force from the encrypted summary block, not from here. Safe to run twice."""
    conn.execute(
        """
        CREATE TABLE IF NOT EXISTS case_closing (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            on_date TEXT NOT NULL,
            by_whom TEXT NOT NULL DEFAULT '',
            reason TEXT,
            text TEXT NOT NULL DEFAULT '',
            delete_by TEXT,
            recorded_at TEXT NOT NULL DEFAULT ''
        )
        """
    )


def _v16_subgoal_measures(conn: sqlite3.Connection) -> None:
    """Issue 15. Measures tied to sub-goals, the evaluation's place and plan B
    rating and a person's interpreter live in the agreement and evaluation JSON
    documents (older documents simply lack them), so this step only adds to the
    conversation who gathered the pupil's voice and when, for a conversation
    the pupil was not at (seed 002 kap. 2, seed 003). Safe to run twice."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(conversation)")}
    for column in ("voice_by", "voice_on"):
        if column not in columns:
            conn.execute(f"ALTER TABLE conversation ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


def _v17_handover_left_out(conn: sqlite3.Connection) -> None:
    """Issue 14: the parts of a case the sender chose to leave behind in a
    handover (comma-separated keys of domain.handover.LEAVABLE), kept in the
    handover record on both sides. Safe to run twice."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(handover_log)")}
    if "left_out" not in columns:
        conn.execute("ALTER TABLE handover_log ADD COLUMN left_out TEXT NOT NULL DEFAULT ''")


def _v18_case_language(conn: sqlite3.Connection) -> None:
    """Issue 18: the written language of the case's documents ("" = the program's,
    "nb", "nn"). Safe to run twice."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(pupil)")}
    if "language" not in columns:
        conn.execute("ALTER TABLE pupil ADD COLUMN language TEXT NOT NULL DEFAULT ''")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_people,
    _v2_measure_suggestions,
    _v3_absence_register,
    _v4_conversations,
    _v5_measure_circle,
    _v6_escalation_plan,
    _v7_agreements_meetings,
    _v8_signing_status,
    _v9_stafett_handover,
    _v10_meeting_hub,
    _v11_handover_log,
    _v12_consent,
    _v13_disclosure_log,
    _v14_referral_drafts,
    _v15_case_closing,
    _v16_subgoal_measures,
    _v17_handover_left_out,
    _v18_case_language,
]
LATEST_SCHEMA = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Brings the database to LATEST_SCHEMA; returns the version it had."""
    found = schema_version(conn)
    if found > LATEST_SCHEMA:
        raise NewerFormat(found, LATEST_SCHEMA)
    # The database is the in-memory working copy: if a step fails half-way
    # (executescript commits as it goes) the open fails and the copy is thrown
    # away; the file on disk is only written after a successful open.
    for version in range(found, LATEST_SCHEMA):
        with conn:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
    return found
