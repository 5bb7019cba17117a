"""Locking never drops typed changes: a save that fails at lock time (disk
full) is kept sealed in memory and written later; a case changed on disk by
someone else is kept as a copy beside it."""

from __future__ import annotations

import errno
import os

from desktop.casefile import atomic
from desktop.casefile.errors import ChangedOnDisk, SaveFailed, SaveProblem
from tests.casefile.conftest import PASSPHRASE, new_service


def _disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_save_that_fails_at_lock_is_kept_sealed_and_written_at_unlock(service, data_dir,
                                                                         monkeypatch):
    session = service.create_case("Ánde Sárá")
    case_id = session.case_id
    path = data_dir / "cases" / f"{case_id}.naervaer"
    before = path.read_bytes()

    monkeypatch.setattr(atomic.os, "write", _disk_full)
    session.set_pupil_field("note", "skrevet rett før låsing – ŧ")
    problems = service.lock()
    assert [type(e) for _, e in problems] == [SaveFailed]
    assert problems[0][1].problem is SaveProblem.DISK_FULL
    assert service.pending_saves == 1
    assert path.read_bytes() == before  # the last complete save, untouched
    # What waits in memory is ciphertext: the note is not in it.
    pending = next(iter(service._pending.values()))
    assert "skrevet rett før".encode() not in pending.data

    # Still full at unlock: kept, and the case opens with the newer content.
    service.unlock(PASSPHRASE)
    assert service.pending_saves == 1 and service.pending_problems
    reopened = service.open_case(case_id)
    assert reopened.pupil().note == "skrevet rett før låsing – ŧ"
    assert reopened.dirty  # not on disk yet
    service.lock()
    assert service.pending_saves == 1

    monkeypatch.undo()  # space freed
    service.unlock(PASSPHRASE)
    assert service.pending_saves == 0 and service.pending_problems == []
    fresh = new_service(data_dir)
    assert fresh.open_case(case_id).pupil().note == "skrevet rett før låsing – ŧ"
    fresh.lock()


def test_pending_saves_can_be_written_while_locked(service, data_dir, monkeypatch):
    """The bytes are sealed, so writing them needs no key."""
    session = service.create_case("Emil")
    case_id = session.case_id
    monkeypatch.setattr(atomic.os, "write", _disk_full)
    session.set_pupil_field("school", "Fjellbakken")
    service.lock()
    monkeypatch.undo()
    assert not service.is_unlocked
    assert service.flush_pending() == []
    assert service.pending_saves == 0
    fresh = new_service(data_dir)
    assert fresh.open_case(case_id).pupil().school == "Fjellbakken"
    fresh.lock()


def test_a_case_changed_by_someone_else_is_kept_as_a_copy_at_lock_and_close(service, data_dir):
    session = service.create_case("Amina")
    case_id = session.case_id
    path = data_dir / "cases" / f"{case_id}.naervaer"
    other = service.create_case("Noen andre")
    theirs = data_dir / "cases" / f"{other.case_id}.naervaer"
    service.close_case(other)

    older = path.read_bytes()
    session.set_pupil_field("class_name", "9A")
    session.save_now()
    path.write_bytes(older)  # another program put an older copy back
    session.set_pupil_field("class_name", "9B")
    problems = service.lock()
    assert [type(e) for _, e in problems] == [ChangedOnDisk]
    assert path.read_bytes() == older  # not overwritten

    fresh = new_service(data_dir)
    names = {e.case_id: e.summary.name for e in fresh.list_cases()}
    assert len(names) == 3 and theirs.exists()
    copy_id = next(i for i, n in names.items() if n == "Amina" and i != case_id)
    assert fresh.open_case(copy_id).pupil().class_name == "9B"

    # close_case does the same and says which copy it made.
    again = fresh.open_case(case_id)
    older = path.read_bytes()
    again.set_pupil_field("class_name", "9C")
    again.save_now()
    path.write_bytes(older)
    again.set_pupil_field("class_name", "9D")
    second_copy = fresh.close_case(again)
    assert second_copy and second_copy not in names
    assert fresh.open_case(second_copy).pupil().class_name == "9D"
    fresh.lock()


def test_discarding_drops_changes_and_pending_saves(service, data_dir, monkeypatch):
    session = service.create_case("Kari")
    case_id = session.case_id
    session.set_pupil_field("note", "lagret")
    session.save_now()
    monkeypatch.setattr(atomic.os, "write", _disk_full)
    session.set_pupil_field("note", "ikke lagret")
    service.discard_case(session)
    service.lock()
    assert service.pending_saves == 0
    monkeypatch.undo()
    fresh = new_service(data_dir)
    assert fresh.open_case(case_id).pupil().note == "lagret"
    fresh.lock()
