"""AppService and CaseSession: the one door the UI uses (no Qt here)."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import threading

import pytest

import desktop.casefile.atomic as atomic
from desktop.casefile.atomic import backup_path
from desktop.casefile.errors import (
    DamagedFile,
    DamageReason,
    DataDirUnavailable,
    NotACaseFile,
    SaveFailed,
    SaveProblem,
)
from desktop.casefile.lockfile import lock_path
from desktop.casefile.store import SUFFIX
from desktop.paths import Paths
from desktop.services.app_service import AppService

from .conftest import PASSPHRASE, new_service
from .helpers import open_image


def _names(entries):
    return {e.case_id: e.summary.name for e in entries if e.summary is not None}


def test_case_files_have_random_names(service):
    ids = [service.create_case(name).case_id for name in ("Ánne", "Ánne", "Bjørn")]
    assert len(set(ids)) == 3
    for case_id in ids:
        assert re.fullmatch(r"[0-9a-f]{24}", case_id)


def test_delete_case_removes_file_backup_and_lock(service):
    keep = service.create_case("Beholdes")
    session = service.create_case("Slettes Ŋ")
    session.set_pupil_field("note", "to lagringer")
    session.save_now()
    path = service._require_store().path_for(session.case_id)
    assert path.exists() and backup_path(path).exists() and lock_path(path).exists()
    service.delete_case(session.case_id)  # open in this service: closed first
    assert session.closed
    assert sorted(p.name for p in path.parent.iterdir() if session.case_id in p.name) == []
    assert [e.case_id for e in service.list_cases()] == [keep.case_id]
    assert service.open_sessions() == [keep]


def test_delete_case_that_is_not_open_removes_it(service):
    session = service.create_case("Lukket")
    case_id = session.case_id
    session.set_pupil_field("note", "x")
    service.close_case(session)
    service.delete_case(case_id)
    assert list(service.paths.cases_dir.iterdir()) == []


def test_delete_case_also_removes_crash_leftovers_of_that_case(service):
    """A kill between writing the temp file and the rename leaves a complete,
    sealed copy as a hidden temp file (see test_crash_safety). Deleting the
    case must not leave that copy behind."""
    other = service.create_case("Annen")
    session = service.create_case("Slettes med rester")
    path = service._require_store().path_for(session.case_id)
    folder = path.parent
    leftovers = [folder / f".{path.name}.0123456789ab.tmp",
                 folder / f".{path.name}.01234567.baktmp"]
    for leftover in leftovers:
        shutil.copyfile(path, leftover)
    other_path = service._require_store().path_for(other.case_id)
    other_leftover = folder / f".{other_path.name}.0123456789ab.tmp"
    shutil.copyfile(other_path, other_leftover)

    service.delete_case(session.case_id)
    assert [p for p in folder.iterdir() if session.case_id in p.name] == []
    assert other_leftover.exists()  # another case's files are not touched


def test_archived_cases_are_hidden_unless_asked_for(service):
    visible = service.create_case("Synlig")
    archived = service.create_case("Arkivert Ŋ")
    service.close_case(archived)
    service.set_archived(archived.case_id, True)  # not open: opened, saved, closed
    assert service.open_sessions() == [visible]
    assert _names(service.list_cases()) == {visible.case_id: "Synlig"}
    entries = {e.case_id: e for e in service.list_cases(include_archived=True)}
    assert entries[archived.case_id].summary.archived
    assert not entries[visible.case_id].summary.archived
    service.set_archived(visible.case_id, True)  # open: saved, stays open
    assert visible in service.open_sessions() and not visible.dirty
    assert _names(service.list_cases()) == {}
    service.set_archived(archived.case_id, False)
    assert _names(service.list_cases()) == {archived.case_id: "Arkivert Ŋ"}
    assert not lock_path(service._require_store().path_for(archived.case_id)).exists()


def test_archived_state_survives_a_new_service(data_dir):
    service = new_service(data_dir)
    session = service.create_case("Arkiv")
    service.set_archived(session.case_id, True)
    service.lock()
    service2 = new_service(data_dir)
    try:
        assert service2.list_cases() == []
        [entry] = service2.list_cases(include_archived=True)
        assert entry.summary.archived
    finally:
        service2.lock()


def test_list_cases_with_damaged_files_among_good_ones(service):
    good = {}
    for name in ("God En", "God To", "God Tre"):
        session = service.create_case(name)
        good[session.case_id] = name
    victim = service.create_case("Skadet")
    service.lock()
    service.unlock(PASSPHRASE)
    store = service._require_store()
    path = store.path_for(victim.case_id)
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size // 2)
    plain = store.path_for("plain")
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    (service.paths.cases_dir / ".hidden.naervaer").write_bytes(b"ignored")  # hidden: not listed
    # Not regular files: not listed (a FIFO would block the list forever if opened).
    (service.paths.cases_dir / f"dir{SUFFIX}").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(service.paths.cases_dir / f"fifo{SUFFIX}")

    entries = {e.case_id: e for e in service.list_cases()}
    assert set(entries) == set(good) | {victim.case_id, "plain"}
    assert _names(entries.values()) == good
    assert isinstance(entries[victim.case_id].error, DamagedFile)
    assert entries[victim.case_id].error.reason is DamageReason.TRUNCATED
    assert isinstance(entries["plain"].error, NotACaseFile) and entries["plain"].error.plain_sqlite
    for case_id in good:
        assert service.open_case(case_id).pupil().name == good[case_id]


def test_check_data_dir_under_a_regular_file_is_unavailable(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    service = AppService(Paths.resolve(blocker / "x"))
    with pytest.raises(DataDirUnavailable) as info:
        service.check_data_dir()
    assert info.value.path == str(blocker / "x")
    assert blocker.read_text() == "a file"


def test_check_data_dir_creates_a_missing_folder(tmp_path):
    service = AppService(Paths.resolve(tmp_path / "ny" / "mappe"))
    service.check_data_dir()
    assert service.paths.cases_dir.is_dir()
    assert list(service.paths.cases_dir.iterdir()) == []  # the write probe is gone
    assert not service.has_vault()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root ignores folder permissions")
def test_check_data_dir_read_only(tmp_path):
    service = AppService(Paths.resolve(tmp_path / "data"))
    service.check_data_dir()
    service.paths.cases_dir.chmod(0o500)
    try:
        with pytest.raises(DataDirUnavailable):
            service.check_data_dir()
    finally:
        service.paths.cases_dir.chmod(0o700)


def test_locked_service_refuses_case_access(data_dir):
    service = new_service(data_dir)
    session = service.create_case("Låses")
    session.set_pupil_field("note", "lagres ved låsing")
    path = service._require_store().path_for(session.case_id)
    assert service.lock() == []
    assert not service.is_unlocked and session.closed
    assert not lock_path(path).exists()
    with pytest.raises(RuntimeError):
        service.list_cases()
    service.unlock(PASSPHRASE)
    assert service.open_case(session.case_id).pupil().note == "lagres ved låsing"
    service.lock()


def test_open_case_twice_gives_the_same_session(service):
    session = service.create_case("Én gang")
    assert service.open_case(session.case_id) is session


def test_close_case_that_cannot_save_stays_open(service, monkeypatch):
    session = service.create_case("Full disk")
    session.set_pupil_field("note", "ulagret")

    def full(fd, data):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(atomic.os, "write", full)
        with pytest.raises(SaveFailed) as info:
            service.close_case(session)
        assert info.value.problem is SaveProblem.DISK_FULL
        assert session in service.open_sessions() and not session.closed
        problems = service.lock()  # lock still closes everything and reports
    assert [(cid, type(e)) for cid, e in problems] == [(session.case_id, SaveFailed)]
    assert session.closed and not service.is_unlocked


def test_save_job_on_a_worker_thread_and_edits_meanwhile(service):
    session = service.create_case("Tråd")
    changes = []
    session.add_change_listener(lambda s: changes.append(s.revision))
    session.set_pupil_field("note", "før lagring")
    job = session.prepare_save()
    session.set_pupil_field("note", "etter at lagringen ble forberedt")
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("outcome", job.run()))
    worker.start()
    worker.join()
    session.finish_save(job, result["outcome"], None)
    assert changes == [1, 2]
    assert session.saved_revision == 1 and session.dirty  # the later edit is not saved yet
    assert session.last_saved_at is not None
    path = service._require_store().path_for(session.case_id)
    _, repo = open_image(service._require_store().vault, path.read_bytes())
    assert repo.get_pupil().note == "før lagring"
    session.save_now()
    assert not session.dirty


def test_the_storage_layer_and_service_load_without_qt():
    """The service is the UI's only door to the data and must stay Qt-free
    (so these tests, the benchmarks and a future CLI run without a display)."""
    import subprocess
    import sys

    code = ("import sys, desktop.services.app_service, desktop.casefile.store, desktop.casefile.vault, "
            "desktop.domain.validation; "
            "print(sorted(m for m in sys.modules if m.split('.')[0].startswith(('PySide', 'shiboken'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_demo_cases_show_the_follow_up_ladder(tmp_path):
    """--demo holds invented pupils with absence relative to today, so a newcomer
    sees a suggested phase in the case list and on Oversikt."""
    from desktop.paths import Paths
    from desktop.services.absence_register import AbsenceRegister
    from desktop.services.app_service import AppService
    from desktop.services.demo import create_demo

    service = AppService(Paths.resolve(tmp_path / "demo"), demo=True)
    service.check_data_dir()
    ids = create_demo(service)
    entries = {e.case_id: e for e in service.list_cases()}
    assert set(entries) == set(ids) and len(ids) == 3
    assert all(e.summary.phase.endswith("(forslag)") for e in entries.values())
    register = AbsenceRegister(service.open_case(ids[0]))
    assert register.records() and register.contacts()
    service.lock()
