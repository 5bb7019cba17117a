"""Schema migrations, proven against the committed v1 fixture."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.casefile import container
from desktop.casefile.errors import CaseFileError, NewerFormat
from desktop.casefile.migrations import LATEST_SCHEMA, MIGRATIONS, migrate, schema_version
from desktop.casefile.store import memory_database
from desktop.domain.people import Guardian, Pupil, TeamMember, TeamRole

from .conftest import V1_FIXTURE, V1_PASSPHRASE, copy_v1_fixture, new_service
from .helpers import case_files

FIXTURE, FIXTURE_PASSPHRASE = V1_FIXTURE, V1_PASSPHRASE  # other tests import these names
CASE_ID = "095a6335f7fc086ecd19afbd"

EXPECTED_PUPIL = Pupil(
    name="Ánte Ŋuolga Čuđe",
    birth_date=date(2012, 3, 14),
    grade="7",
    school="Šuoššjávrri skuvla",
    class_name="7Ž",
    contact_teacher="Máret Ŧoađđi",
    note="Fravær siden høstferien. Sámi: á č đ ŋ š ŧ ž. Emoji: 🙂. Linje to.\nSlutt.",
)
EXPECTED_GUARDIANS = [
    Guardian(id=1, position=0, name="Biret Čuoŋŋá", relation="mor", phone="+47 911 22 333",
             address="Đuolbbasgeaidnu 3\n9730 Kárášjohka", parental_responsibility=True,
             interpreter_needed=False, interpreter_language=""),
    Guardian(id=2, position=1, name="Ahmad Šáhkir", relation="far", phone="004790000001",
             address="Storgata 1, Oslo", parental_responsibility=False,
             interpreter_needed=True, interpreter_language="arabisk"),
]
EXPECTED_TEAM = [
    TeamMember(id=1, position=0, role=TeamRole.CONTACT_TEACHER, name="Máret Ŧoađđi",
               organisation="Šuoššjávrri skuvla", phone="78 00 00 01"),
    TeamMember(id=2, position=1, role=TeamRole.PPT, name="Per Ŋ. Hansen",
               organisation="PPT Kárášjohka", phone="78 00 00 02"),
    TeamMember(id=3, position=2, role=TeamRole.HEALTH_NURSE, name="Sára Žeađđi",
               organisation="Helsestasjonen", phone="78 00 00 03"),
]


@pytest.fixture
def v1_data_dir(tmp_path) -> Path:
    return copy_v1_fixture(tmp_path)


def _stored_schema(vault, path: Path) -> int:
    opened = container.read_file(vault, path)
    conn = memory_database(opened.body)
    try:
        return schema_version(conn)
    finally:
        conn.close()


def _check_content(session) -> None:
    assert session.pupil() == EXPECTED_PUPIL
    assert session.guardians() == EXPECTED_GUARDIANS
    assert session.team() == EXPECTED_TEAM
    summary = session.summary()
    assert (summary.name, summary.grade, summary.school) == (
        EXPECTED_PUPIL.name, "7", EXPECTED_PUPIL.school)
    # "Neste frist" is computed from the dates the case stores (issue 13): version 1
    # stored none, so the date its summary carried is not carried on.
    assert (summary.phase, summary.next_due, summary.archived) == ("kartlegging", None, False)


def test_fixture_is_what_version_1_wrote(v1_data_dir):
    [path] = case_files(v1_data_dir / "cases")
    assert path.name == f"{CASE_ID}.naervaer"
    raw = path.read_bytes()
    assert raw[:8] == b"NAERVAER" and raw[8:10] == b"\x00\x01"
    service = new_service(v1_data_dir, FIXTURE_PASSPHRASE)
    try:
        assert _stored_schema(service._require_store().vault, path) == 1
    finally:
        service.lock()


def test_v1_fixture_opens_migrates_saves_and_reopens(v1_data_dir):
    service = new_service(v1_data_dir, FIXTURE_PASSPHRASE)
    path = service._require_store().path_for(CASE_ID)
    [entry] = service.list_cases()
    assert entry.error is None
    assert (entry.summary.name, entry.summary.grade, entry.summary.school,
            entry.summary.phase, entry.summary.next_due) == (
        EXPECTED_PUPIL.name, "7", EXPECTED_PUPIL.school, "kartlegging", date(2026, 12, 1))

    session = service.open_case(CASE_ID)
    assert not session.read_only
    _check_content(session)
    assert schema_version(session._case._conn) == LATEST_SCHEMA
    session.set_pupil_field("class_name", "8Ž")
    service.close_case(session)
    assert _stored_schema(service._require_store().vault, path) == LATEST_SCHEMA
    service.lock()

    service2 = new_service(v1_data_dir, FIXTURE_PASSPHRASE)
    try:
        reopened = service2.open_case(CASE_ID)
        assert reopened.pupil().class_name == "8Ž"
        reopened.set_pupil_field("class_name", "7Ž")
        _check_content(reopened)
    finally:
        service2.lock()


def test_migrate_brings_an_empty_database_to_the_latest_schema():
    conn = sqlite3.connect(":memory:")
    assert schema_version(conn) == 0
    assert migrate(conn) == 0  # returns the version it found
    assert schema_version(conn) == LATEST_SCHEMA == len(MIGRATIONS)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"pupil", "guardian", "team_member", "case_meta"} <= tables
    assert conn.execute("SELECT id FROM pupil").fetchall() == [(1,)]
    assert migrate(conn) == LATEST_SCHEMA  # a second run changes nothing
    assert conn.execute("SELECT COUNT(*) FROM pupil").fetchone() == (1,)


def test_migrate_refuses_a_newer_schema_and_leaves_it_alone():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {LATEST_SCHEMA + 1}")
    with pytest.raises(NewerFormat) as info:
        migrate(conn)
    assert (info.value.found, info.value.supported) == (LATEST_SCHEMA + 1, LATEST_SCHEMA)
    assert schema_version(conn) == LATEST_SCHEMA + 1
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    assert tables == ["future"]


def test_a_failing_migration_never_changes_the_file(v1_data_dir, monkeypatch):
    """A (future) migration step that fails: the case does not open, and the
    v1 file on disk is exactly as it was (migrations run on the in-memory copy)."""
    import desktop.casefile.migrations as migrations

    def broken_v2(conn):
        conn.execute("ALTER TABLE pupil ADD COLUMN nickname TEXT")
        raise sqlite3.OperationalError("step 2 failed")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, broken_v2])
    monkeypatch.setattr(migrations, "LATEST_SCHEMA", LATEST_SCHEMA + 1)
    service = new_service(v1_data_dir, FIXTURE_PASSPHRASE)
    path = service._require_store().path_for(CASE_ID)
    before = path.read_bytes()
    try:
        with pytest.raises(CaseFileError):
            service.open_case(CASE_ID)
        assert service.open_sessions() == []
    finally:
        service.lock()
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
