"""Injected failures during a save: the old file stays byte-identical and
opens, nothing is left behind, and a retry succeeds (DESIGN.md §3 "Saving")."""

from __future__ import annotations

import errno
import os
import stat

import pytest

import desktop.casefile.atomic as atomic
from desktop.casefile.atomic import backup_path
from desktop.casefile.errors import ChangedOnDisk, SaveFailed, SaveProblem
from desktop.casefile.lockfile import lock_path

from .conftest import new_service
from .helpers import open_image, stray_files


@pytest.fixture
def saved(data_dir):
    """A case saved twice (so there is a .bak), then edited: a save is pending."""
    service = new_service(data_dir)
    session = service.create_case("Lagre Ŋ Test")
    session.set_pupil_field("note", "versjon 1")
    session.save_now()
    path = service._require_store().path_for(session.case_id)
    session.set_pupil_field("note", "versjon 2 – ikke lagret ennå")
    assert session.dirty
    before = {p.name: p.read_bytes() for p in (path, backup_path(path))}
    yield service, session, path, before
    service.lock()


def _note_on_disk(service, path) -> str:
    _, repo = open_image(service._require_store().vault, path.read_bytes())
    return repo.get_pupil().note


def _assert_untouched(service, session, path, before) -> None:
    assert {p.name: p.read_bytes() for p in (path, backup_path(path))} == before
    assert _note_on_disk(service, path) == "versjon 1"
    assert stray_files(path.parent) == []
    assert session.dirty
    assert isinstance(session.last_error, SaveFailed)


def _retry_succeeds(service, session, path) -> None:
    session.save_now()
    assert not session.dirty and session.last_error is None
    assert _note_on_disk(service, path) == "versjon 2 – ikke lagret ennå"
    assert stray_files(path.parent) == []


def _fail_save(session, monkeypatch, name, replacement) -> SaveFailed:
    with monkeypatch.context() as m:
        m.setattr(atomic.os, name, replacement)
        with pytest.raises(SaveFailed) as info:
            session.save_now()
    return info.value


def _raise(err: int, cls=OSError):
    def fail(*args, **kwargs):
        raise cls(err, os.strerror(err))
    return fail


def test_fsync_error_cancels_the_save(saved, monkeypatch):
    service, session, path, before = saved
    error = _fail_save(session, monkeypatch, "fsync", _raise(errno.EIO))
    assert error.problem is SaveProblem.IO_ERROR
    _assert_untouched(service, session, path, before)
    _retry_succeeds(service, session, path)


def test_disk_full_during_write_cancels_the_save(saved, monkeypatch):
    service, session, path, before = saved
    calls = []

    def write_some_then_fail(fd, data):  # the first chunk goes out, then the disk is full
        calls.append(len(data))
        if len(calls) == 1:
            return os.write(fd, bytes(data[:1000]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    error = _fail_save(session, monkeypatch, "write", write_some_then_fail)
    assert error.problem is SaveProblem.DISK_FULL
    assert len(calls) == 2
    _assert_untouched(service, session, path, before)
    _retry_succeeds(service, session, path)


def test_no_permission_to_create_the_temp_file_is_read_only(saved, monkeypatch):
    service, session, path, before = saved
    real_open = os.open

    def no_create(file, flags, *args, **kwargs):  # reading the file on disk still works
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(file, flags, *args, **kwargs)

    error = _fail_save(session, monkeypatch, "open", no_create)
    assert error.problem is SaveProblem.READ_ONLY
    _assert_untouched(service, session, path, before)
    _retry_succeeds(service, session, path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root ignores folder permissions")
def test_read_only_folder_is_read_only(saved):
    service, session, path, before = saved
    folder = path.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(SaveFailed) as info:
            session.save_now()
    finally:
        folder.chmod(stat.S_IRWXU)
    assert info.value.problem is SaveProblem.READ_ONLY
    _assert_untouched(service, session, path, before)
    _retry_succeeds(service, session, path)


def test_corrupted_write_is_caught_by_the_read_back(saved, monkeypatch):
    service, session, path, before = saved
    real_write = os.write

    def flip_a_byte(fd, data):
        damaged = bytearray(data)
        damaged[len(damaged) // 2] ^= 0x10
        return real_write(fd, bytes(damaged))

    error = _fail_save(session, monkeypatch, "write", flip_a_byte)
    assert error.problem is SaveProblem.VERIFY_FAILED
    _assert_untouched(service, session, path, before)
    _retry_succeeds(service, session, path)


def test_replace_retried_on_permission_error_like_windows_antivirus(saved, monkeypatch):
    service, session, path, before = saved
    monkeypatch.setattr(atomic, "REPLACE_RETRY_DELAY", 0.0)
    real_replace = os.replace
    failures = []

    def busy_then_free(src, dst):
        if len(failures) < 3:
            failures.append(str(dst))
            raise PermissionError(errno.EACCES, "in use by another process")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", busy_then_free)
    session.save_now()
    monkeypatch.undo()
    assert len(failures) == 3
    assert not session.dirty and session.last_error is None
    assert _note_on_disk(service, path) == "versjon 2 – ikke lagret ennå"
    assert backup_path(path).read_bytes() == before[path.name]  # previous save kept
    assert stray_files(path.parent) == []


@pytest.mark.parametrize("exc, problem", [
    (PermissionError(errno.EACCES, "always busy"), SaveProblem.READ_ONLY),
    (OSError(errno.EIO, "I/O error"), SaveProblem.IO_ERROR),
])
def test_replace_that_never_succeeds_leaves_nothing_behind(saved, monkeypatch, exc, problem):
    service, session, path, before = saved
    monkeypatch.setattr(atomic, "REPLACE_RETRY_DELAY", 0.0)

    def fail(src, dst):
        raise exc

    error = _fail_save(session, monkeypatch, "replace", fail)
    assert error.problem is problem
    _assert_untouched(service, session, path, before)
    _retry_succeeds(service, session, path)


def test_folder_fsync_failure_after_the_replace_does_not_wedge_the_case(saved, monkeypatch):
    """fsync of the folder comes after os.replace. Whatever the save reports,
    it must be true of the disk, and the next save must not be refused as
    'changed on disk' because of our own write."""
    service, session, path, before = saved
    real_fsync = os.fsync

    def fail_on_folders(fd):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return real_fsync(fd)

    with monkeypatch.context() as m:
        m.setattr(atomic.os, "fsync", fail_on_folders)
        try:
            session.save_now()
            failed = False
        except SaveFailed:
            failed = True
    if failed:  # "not saved" must mean the old file is still there
        assert path.read_bytes() == before[path.name]
    else:
        assert _note_on_disk(service, path) == "versjon 2 – ikke lagret ennå"
    session.set_pupil_field("note", "versjon 3")
    session.save_now()  # must not raise ChangedOnDisk
    assert _note_on_disk(service, path) == "versjon 3"
    assert stray_files(path.parent) == []


# --- someone else wrote the file ------------------------------------------------------


def test_second_writer_replaced_the_file_we_do_not_overwrite(data_dir):
    """Another copy of the program (e.g. on a USB stick, where our lock file was
    not seen) saved the case after we opened it: our save is refused."""
    service = new_service(data_dir)
    session = service.create_case("Andre Ŋ Skriver")
    path = service._require_store().path_for(session.case_id)
    session.set_pupil_field("note", "vår endring")

    lock = lock_path(path)
    lock.rename(lock.with_name("held-elsewhere"))  # the other writer never saw our lock
    other = new_service(data_dir)
    other_session = other.open_case(session.case_id)
    assert not other_session.read_only
    other_session.set_pupil_field("note", "den andres endring")
    other.close_case(other_session)
    lock.with_name("held-elsewhere").rename(lock)
    theirs = path.read_bytes()

    with pytest.raises(ChangedOnDisk):
        session.save_now()
    assert isinstance(session.last_error, ChangedOnDisk)
    assert session.dirty
    assert path.read_bytes() == theirs
    assert _note_on_disk(service, path) == "den andres endring"
    assert stray_files(path.parent) == []
    other.lock()
    service.lock()  # lock() reports the refused save and still closes everything
    assert path.read_bytes() == theirs


def test_an_older_copy_put_back_over_the_file_is_not_overwritten(saved):
    service, session, path, before = saved
    session.save_now()
    older = before[path.name]
    path.write_bytes(older)  # e.g. restored from a USB stick
    session.set_pupil_field("note", "versjon 3")
    with pytest.raises(ChangedOnDisk):
        session.save_now()
    assert path.read_bytes() == older
    problems = service.lock()
    assert [type(e) for _, e in problems] == [ChangedOnDisk]
    assert path.read_bytes() == older
