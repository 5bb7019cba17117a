"""Lock files: who holds a case, read-only second opens, stale locks (DESIGN.md §3)."""

from __future__ import annotations

import getpass
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.casefile import lockfile
from desktop.casefile.atomic import backup_path
from desktop.casefile.errors import LockedByOther, ReadOnlyCase
from desktop.casefile.lockfile import CaseLock, lock_path, pid_alive, read_holder
from desktop.domain.people import Guardian, TeamMember

from .conftest import new_service
from .helpers import stray_files

_HOLDER = """
import sys
from pathlib import Path
from desktop.casefile.lockfile import CaseLock
lock = CaseLock.acquire(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.read()
lock.release()
print("released", flush=True)
"""


class Holder:
    """Another running program holding a case open."""

    def __init__(self, case_path: Path):
        self.proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(case_path)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "held"
        self.pid = self.proc.pid

    def release(self) -> None:
        self.proc.stdin.close()
        assert self.proc.stdout.readline().strip() == "released"
        assert self.proc.wait(10) == 0

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.kill()


@pytest.fixture
def holders():
    started: list[Holder] = []

    def start(case_path: Path) -> Holder:
        holder = Holder(case_path)
        started.append(holder)
        return holder

    yield start
    for holder in started:
        holder.stop()


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    assert not pid_alive(proc.pid)
    return proc.pid


def _write_lock(case_path: Path, **fields) -> Path:
    doc = {"host": socket.gethostname(), "pid": os.getpid(), "user": "someone",
           "since": "2026-01-01T08:00:00", "token": "feedfeedfeedfeed"}
    doc.update(fields)
    path = lock_path(case_path)
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_acquire_writes_who_holds_it_and_release_removes_it(tmp_path):
    case = tmp_path / "abc.naervaer"
    lock = CaseLock.acquire(case)
    holder = read_holder(lock_path(case))
    assert (holder.host, holder.pid) == (socket.gethostname(), os.getpid())
    assert holder.user == getpass.getuser()
    assert holder.since
    lock.release()
    assert not lock_path(case).exists()
    assert stray_files(tmp_path) == []
    CaseLock.acquire(case).release()  # free again


def test_second_acquire_names_the_holder(tmp_path):
    case = tmp_path / "abc.naervaer"
    lock = CaseLock.acquire(case)
    with pytest.raises(LockedByOther) as info:
        CaseLock.acquire(case)
    held = info.value.holder
    assert (held.host, held.pid, held.user) == (socket.gethostname(), os.getpid(),
                                                getpass.getuser())
    lock.release()


def test_lock_held_by_another_live_process(tmp_path, holders):
    case = tmp_path / "abc.naervaer"
    holder = holders(case)
    with pytest.raises(LockedByOther) as info:
        CaseLock.acquire(case)
    assert info.value.holder.pid == holder.pid
    assert info.value.holder.host == socket.gethostname()
    holder.release()
    assert not lock_path(case).exists()
    CaseLock.acquire(case).release()


def test_stale_lock_of_a_dead_process_on_this_machine_is_taken_over(tmp_path):
    case = tmp_path / "abc.naervaer"
    _write_lock(case, pid=_dead_pid())
    lock = CaseLock.acquire(case)
    assert read_holder(lock_path(case)).pid == os.getpid()
    lock.release()
    assert not lock_path(case).exists()
    assert stray_files(tmp_path) == []


def test_lock_of_a_killed_holder_is_taken_over(tmp_path, holders):
    case = tmp_path / "abc.naervaer"
    holder = holders(case)
    holder.kill()  # SIGKILL: no chance to release
    assert read_holder(lock_path(case)).pid == holder.pid
    CaseLock.acquire(case).release()


def test_lock_from_another_host_is_never_taken_over(tmp_path):
    case = tmp_path / "abc.naervaer"
    path = _write_lock(case, host="rektors-pc.skole.local", pid=_dead_pid())
    before = path.read_bytes()
    with pytest.raises(LockedByOther) as info:
        CaseLock.acquire(case)
    assert info.value.holder.host == "rektors-pc.skole.local"
    assert path.read_bytes() == before
    assert stray_files(tmp_path) == []


@pytest.mark.parametrize("content", [b"", b"{\"host\": \"x\", ", b"\xff\xfe garbage", b"[]"])
def test_unreadable_lock_is_respected_then_taken_over_after_the_grace_period(tmp_path, content):
    case = tmp_path / "abc.naervaer"
    path = lock_path(case)
    path.write_bytes(content)
    with pytest.raises(LockedByOther) as info:  # fresh: a writer may be mid-write
        CaseLock.acquire(case)
    assert info.value.holder.pid == -1
    past = time.time() - lockfile.UNREADABLE_LOCK_GRACE - 5
    os.utime(path, (past, past))
    lock = CaseLock.acquire(case)
    assert read_holder(path).pid == os.getpid()
    lock.release()


def test_release_does_not_remove_a_lock_that_is_no_longer_ours(tmp_path):
    case = tmp_path / "abc.naervaer"
    first = CaseLock.acquire(case)
    _write_lock(case, pid=_dead_pid(), token="0123456789abcdef")  # someone else's, now stale
    second = CaseLock.acquire(case)  # takes it over
    first.release()
    assert lock_path(case).exists()
    assert read_holder(lock_path(case)).pid == os.getpid()
    second.release()
    assert not lock_path(case).exists()


# --- through the service -------------------------------------------------------------


@pytest.fixture
def held_case(data_dir, holders):
    service = new_service(data_dir)
    session = service.create_case("Låst Ŋ Sak")
    guardian = session.add_guardian(Guardian(name="Foresatt"))
    member = session.add_team_member(TeamMember(name="Lærer"))
    session.save_now()
    session.set_pupil_field("note", "andre lagring")  # so there is a .bak too
    case_id = session.case_id
    path = service._require_store().path_for(case_id)
    service.close_case(session)
    holder = holders(path)
    yield service, case_id, path, holder, guardian, member
    service.lock()


def test_case_held_elsewhere_opens_read_only_and_says_who(held_case):
    service, case_id, path, holder, guardian, member = held_case
    before = path.read_bytes()
    session = service.open_case(case_id)
    assert session.read_only
    assert session.locked_by.pid == holder.pid
    assert session.locked_by.host == socket.gethostname()
    assert session.locked_by.user == getpass.getuser()
    assert session.pupil().name == "Låst Ŋ Sak"  # readable
    assert session.pupil().note == "andre lagring"

    mutations = [
        lambda: session.set_pupil_field("note", "x"),
        lambda: session.add_guardian(),
        lambda: session.update_guardian(guardian.id, "name", "x"),
        lambda: session.remove_guardian(guardian.id),
        lambda: session.restore_guardian(guardian),
        lambda: session.add_team_member(),
        lambda: session.update_team_member(member.id, "name", "x"),
        lambda: session.remove_team_member(member.id),
        lambda: session.restore_team_member(member),
        lambda: session.prepare_save(),
        lambda: service.set_archived(case_id, True),
    ]
    for mutate in mutations:
        with pytest.raises(ReadOnlyCase):
            mutate()
    assert session.revision == 0 and not session.dirty
    assert [g.name for g in session.guardians()] == ["Foresatt"]
    session.save_now()  # nothing to save, must not write
    service.close_case(session)
    assert path.read_bytes() == before
    assert read_holder(lock_path(path)).pid == holder.pid  # we did not touch their lock


def test_delete_of_a_case_held_elsewhere_is_refused(held_case):
    service, case_id, path, holder, *_ = held_case
    with pytest.raises(LockedByOther) as info:
        service.delete_case(case_id)
    assert info.value.holder.pid == holder.pid
    assert path.exists() and backup_path(path).exists()
    assert read_holder(lock_path(path)).pid == holder.pid


def test_after_the_holder_lets_go_the_case_opens_for_editing(held_case):
    service, case_id, path, holder, *_ = held_case
    read_only = service.open_case(case_id)
    assert read_only.read_only
    holder.release()
    service.close_case(read_only)
    session = service.open_case(case_id)
    assert not session.read_only and session.locked_by is None
    session.set_pupil_field("note", "endret etterpå")
    service.close_case(session)
    assert not lock_path(path).exists()


def test_after_the_holder_is_killed_its_lock_is_taken_over(held_case):
    service, case_id, path, holder, *_ = held_case
    holder.proc.send_signal(signal.SIGKILL)
    holder.proc.wait(10)
    session = service.open_case(case_id)
    assert not session.read_only
    assert read_holder(lock_path(path)).pid == os.getpid()


def test_opening_a_case_removes_temp_files_a_killed_save_left(tmp_path):
    """A save killed half-way leaves `.NAME.*.tmp`; the next open (holding the
    lock) removes them, and never touches another case's files."""
    from desktop.paths import Paths
    from desktop.services.app_service import AppService

    service = AppService(Paths.resolve(tmp_path))
    service.check_data_dir()
    service.create_vault("kort og godt passord")
    first = service.create_case("Første")
    second = service.create_case("Andre")
    first_id, second_id = first.case_id, second.case_id
    service.lock()
    cases = tmp_path / "cases"
    mine = [cases / f".{first_id}.naervaer.abc123.tmp", cases / f".{first_id}.naervaer.ab12.baktmp"]
    other = cases / f".{second_id}.naervaer.def456.tmp"
    for leftover in (*mine, other):
        leftover.write_bytes(b"sealed copy")
    service.unlock("kort og godt passord")
    service.open_case(first_id)
    assert not any(p.exists() for p in mine)
    assert other.exists()
    service.lock()
