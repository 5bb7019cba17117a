"""Sealed saves outlive the process that locked (issue 16, "Memory after lock"):
a save the disk refused at lock is handed to the process that replaces the
locked one, as ciphertext, and written there. The replacement is simulated: the
hand-over goes through the real ProcessRestart with a `replace` that starts a
fresh AppService instead of exec'ing."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.casefile import atomic, sealed_handoff
from desktop.casefile.store import SealedSave
from desktop.services.app_service import AppService
from desktop.services.lock_restart import (
    RESUME_FLAG,
    LockHandoff,
    ProcessRestart,
    adopt_handoff,
)
from desktop.services.return_point import ReturnPoint
from tests.casefile.conftest import PASSPHRASE, new_service

NOTE = "skrevet rett før låsing – ŧ"
ROOT = Path(__file__).resolve().parents[2]


def _disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _save(cases: Path, name: str = "ab12cd34ab12cd34ab12cd34", data: bytes = b"\x01sealed\n\x00",
          expected: bytes | None = b"\x07" * 16) -> SealedSave:
    return SealedSave(cases / f"{name}.naervaer", data, expected, b"\x09" * 16)


def test_encode_and_decode_keep_every_field(tmp_path):
    saves = [_save(tmp_path), _save(tmp_path, "ff" * 12, b"x" * 70_000, None)]
    assert sealed_handoff.decode(sealed_handoff.encode(saves), tmp_path) == saves


@pytest.mark.parametrize("path", ["../elsewhere.naervaer", "sub/ab12.naervaer", "ab12.txt",
                                  "/etc/passwd"])
def test_a_save_for_a_file_outside_the_case_folder_is_refused(tmp_path, path):
    cases = tmp_path / "cases"
    raw = sealed_handoff.encode([SealedSave(cases / path, b"data", None, b"\x01")])
    assert sealed_handoff.decode(raw, cases) == []


def test_damaged_hand_over_gives_what_was_whole(tmp_path):
    good = _save(tmp_path)
    raw = sealed_handoff.encode([good, _save(tmp_path, "ee" * 12)])
    assert sealed_handoff.decode(raw[:-3], tmp_path) == [good]  # the second is cut short
    assert sealed_handoff.decode(b"not a hand-over", tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "memfd_create"), reason="Linux memory files")
def test_the_memory_file_is_inherited_and_closed_after_reading(tmp_path):
    location = sealed_handoff.put([_save(tmp_path)], [tmp_path])
    assert location.startswith("fd:") and os.get_inheritable(int(location[3:]))
    assert list(tmp_path.iterdir()) == []  # nothing on disk
    assert sealed_handoff.take(location, tmp_path) == [_save(tmp_path)]
    with pytest.raises(OSError):
        os.fstat(int(location[3:]))


@pytest.mark.skipif(not hasattr(os, "memfd_create"), reason="Linux memory files")
def test_a_hand_over_naming_another_descriptor_is_not_read(tmp_path):
    read_end, write_end = os.pipe()  # e.g. stdin, or a socket: a read could wait forever
    try:
        for location in ("fd:0", "fd:2", f"fd:{read_end}", "fd:x", "fd:99999"):
            assert sealed_handoff.take(location, tmp_path) == []
        os.fstat(read_end)  # left alone, not closed
    finally:
        os.close(read_end)
        os.close(write_end)


def test_without_memory_files_the_first_folder_that_takes_it_is_used(tmp_path):
    missing = tmp_path / "gone"
    location = sealed_handoff.put([_save(tmp_path)], [missing, tmp_path], use_memory=False)
    path = Path(location)
    assert path.parent == tmp_path and path.name.startswith(".naervaer-sealed-")
    if os.name == "posix":
        assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert sealed_handoff.take(location, tmp_path) == [_save(tmp_path)]
    assert not path.exists()
    with pytest.raises(sealed_handoff.HandoffFailed):
        sealed_handoff.put([_save(tmp_path)], [missing], use_memory=False)


def test_a_save_refused_at_lock_survives_the_process_change(service, data_dir, monkeypatch):
    session = service.create_case("Ánde Sárá")
    case_id = session.case_id
    monkeypatch.setattr(atomic.os, "write", _disk_full)
    session.set_pupil_field("note", NOTE)
    service.lock()
    assert service.pending_saves == 1
    # (The patch would refuse the memory file too: os.write is os.write.)
    monkeypatch.undo()
    started: list[list[str]] = []
    restart = ProcessRestart(["--data-dir", str(data_dir)],
                             replace=lambda argv, env: started.append(argv))
    assert restart(service, ReturnPoint(case_id, "overview"), "låst", "maximized")
    assert service.pending_saves == 0  # handed over, not kept here

    argv = started[0]
    assert argv[argv.index(RESUME_FLAG) - 2:argv.index(RESUME_FLAG)] == ["--data-dir",
                                                                          str(data_dir)]
    handoff = LockHandoff.from_text(argv[-1])
    assert handoff.return_point == ReturnPoint(case_id, "overview")
    assert handoff.notice == "låst" and handoff.window == "maximized" and handoff.pending
    assert NOTE.encode() not in argv[-1].encode()  # ids and ciphertext only

    fresh = AppService(service.paths)
    adopt_handoff(fresh, handoff)
    assert fresh.pending_saves == 1
    fresh.unlock(PASSPHRASE)  # writes what waited
    assert fresh.pending_saves == 0
    fresh.lock()
    check = new_service(data_dir)
    assert check.open_case(case_id).pupil().note == NOTE
    check.lock()


def test_when_the_new_process_cannot_start_the_saves_stay_here(service, monkeypatch):
    session = service.create_case("Emil")
    monkeypatch.setattr(atomic.os, "write", _disk_full)
    session.set_pupil_field("school", "Fjellbakken")
    service.lock()
    monkeypatch.undo()

    def refuse(argv, env):
        raise OSError(errno.ENOENT, "no such program")

    assert ProcessRestart([], replace=refuse)(service, None, "") is False
    assert service.pending_saves == 1


@pytest.mark.skipif(not hasattr(os, "memfd_create"), reason="Linux memory files")
def test_the_memory_file_survives_a_real_exec(tmp_path):
    """What the lock does: put the saves in a memory file, exec, take them back."""
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from desktop.casefile import sealed_handoff\n"
        "from desktop.casefile.store import SealedSave\n"
        "cases = Path(sys.argv[1])\n"
        "if len(sys.argv) == 2:\n"
        "    save = SealedSave(cases / ('ab' * 12 + '.naervaer'), b'cipher', None, b'id')\n"
        "    where = sealed_handoff.put([save], [])\n"
        "    os.execv(sys.executable, [sys.executable, '-c', SCRIPT, str(cases), where])\n"
        "print([s.data for s in sealed_handoff.take(sys.argv[2], cases)])\n")
    full = f"SCRIPT = {script!r}\n" + script  # the exec'd process needs no SCRIPT
    result = subprocess.run([sys.executable, "-c", full, str(tmp_path)], capture_output=True,
                            text=True, timeout=60, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.stdout.strip() == "[b'cipher']", result.stderr


# --- hostile input: what a new process reads at start after a lock ---------------------

@settings(max_examples=300, deadline=None, database=None)
@given(st.binary(max_size=600), st.integers(0, 3))
def test_any_bytes_as_a_hand_over_give_saves_or_nothing_never_an_error(tmp_path_factory, raw,
                                                                       cut):
    cases = tmp_path_factory.getbasetemp() / "cases"
    good = sealed_handoff.encode([_save(cases)])
    for data in (raw, sealed_handoff.MAGIC + raw, good[: len(good) - cut] + raw):
        for save in sealed_handoff.decode(data, cases):
            assert save.path.parent == cases


@settings(max_examples=300, deadline=None, database=None)
@given(st.one_of(st.text(max_size=300), st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["return", "notice", "demo", "pending", "window", "x"]), inner,
        max_size=6), max_leaves=12).map(json.dumps)))
def test_any_text_as_a_hand_over_is_one_or_none(text):
    handoff = LockHandoff.from_text(text)
    assert handoff is None or isinstance(handoff, LockHandoff)
