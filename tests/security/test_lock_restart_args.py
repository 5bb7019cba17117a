"""The command line and environment of the process that replaces a locked one
(services/lock_restart.py): the same program, the same flags and environment,
plus a hand-over that holds no names and is refused when malformed."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop.app import parse_args
from desktop.services.lock_restart import (
    DEMO_PREFIX,
    RESUME_FLAG,
    LockHandoff,
    program_args_without_handoff,
    restart_command,
    restart_env,
    reusable_demo_dir,
)
from desktop.services.return_point import ReturnPoint

ROOT = Path(__file__).resolve().parents[2]


def test_the_hand_over_round_trips_and_refuses_what_is_not_one():
    handoff = LockHandoff(ReturnPoint("a1b2c3", "circle", True), "Låst.", "/tmp/x", "fd:7",
                          "maximized")
    assert LockHandoff.from_text(handoff.to_text()) == handoff
    assert LockHandoff.from_text(LockHandoff().to_text()) == LockHandoff()
    for bad in ("", "[]", "{", '{"notice": 3, "window": "normal"}', '{"notice": ""}',
                '{"notice": "", "window": "normal", "pending": 5}',
                '{"notice": "", "window": "huge"}', "x" * 9000):
        assert LockHandoff.from_text(bad) is None
    # A return point naming something other than ids is dropped, the rest kept.
    text = LockHandoff(notice="n").to_text().replace('"return": null',
                                                      '"return": "{\\"case\\": \\"../x\\"}"')
    assert LockHandoff.from_text(text) == LockHandoff(notice="n")


def test_the_command_repeats_the_program_and_its_flags_once():
    handoff = LockHandoff(notice="n")
    args = ["--data-dir", "/d", "--demo", RESUME_FLAG, "old", f"{RESUME_FLAG}=older"]
    assert program_args_without_handoff(args) == ["--data-dir", "/d", "--demo"]
    assert restart_command(args, handoff, frozen=False, executable="/py") == [
        "/py", "-m", "desktop", "--data-dir", "/d", "--demo", RESUME_FLAG, handoff.to_text()]
    assert restart_command(args, handoff, frozen=True, executable="/app/naervaer") == [
        "/app/naervaer", "--data-dir", "/d", "--demo", RESUME_FLAG, handoff.to_text()]
    # The new process understands it; --help does not mention it.
    assert parse_args(restart_command(args, handoff, frozen=True)[1:]).resume_after_lock == \
        handoff.to_text()


def test_the_environment_carries_over_with_this_code_first_on_the_path():
    env = restart_env({"NAERVAER_DATA_DIR": "/d", "PYTHONPATH": "/other"}, frozen=False)
    assert env["NAERVAER_DATA_DIR"] == "/d"
    assert env["PYTHONPATH"].split(os.pathsep) == [str(ROOT), "/other"]
    assert restart_env(env, frozen=False)["PYTHONPATH"] == env["PYTHONPATH"]  # not twice
    assert "PYTHONPATH" not in restart_env({}, frozen=True)


def test_help_does_not_show_the_hidden_flag():
    result = subprocess.run([sys.executable, "-m", "desktop", "--help"], capture_output=True,
                            text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0 and "resume" not in result.stdout


def test_only_a_demo_folder_in_the_temporary_folder_is_reused(tmp_path):
    real = tempfile.mkdtemp(prefix=DEMO_PREFIX)
    try:
        assert reusable_demo_dir(real) == real
        assert reusable_demo_dir(str(tmp_path)) is None  # not a demo folder
        assert reusable_demo_dir(None) is None
    finally:
        os.rmdir(real)
    assert reusable_demo_dir(real) is None  # gone: a fresh demo is made


@pytest.mark.skipif(os.name != "posix", reason="exec")
def test_demo_lock_reuses_the_folder_and_the_real_exit_deletes_it(tmp_path):
    """--demo through a real lock: the new process (same pid) uses the same
    throw-away folder, and quitting deletes it."""
    from tests.security.lock_child import Child

    temp = tmp_path / "tmp"
    temp.mkdir()
    child = Child(tmp_path / "data", "--demo", env={"TMPDIR": str(temp)})
    try:
        child.wait_for("ready", page="caseListPage")  # the demo starts unlocked
        folders = list(temp.glob(DEMO_PREFIX + "*"))
        assert len(folders) == 1
        child.send(cmd="lock")
        ready = child.wait_for("ready", page="unlockPage")
        assert ready["pid"] == child.pid
        assert list(temp.glob(DEMO_PREFIX + "*")) == folders  # reused, not made anew
        child.send(cmd="unlock", passphrase="demo demo demo demo")
        child.wait_for("page", page="caseListPage")
        assert child.close() == 0
    finally:
        child.close()
    assert list(temp.iterdir()) == []  # the real exit deleted it


@pytest.mark.skipif(os.name != "posix", reason="the control channel reads stdin (POSIX)")
def test_a_process_started_after_a_lock_writes_the_sealed_saves_it_was_handed(
        tmp_path, monkeypatch):
    """The real program started as a lock starts it: the sealed save the disk
    refused before the lock waits in a file named on the command line; the new
    process takes it (the file goes) and writes it at the unlock."""
    import errno

    from desktop.casefile import atomic, sealed_handoff
    from desktop.paths import Paths
    from desktop.services.app_service import AppService
    from tests.security.lock_child import PASSPHRASE, Child, seed

    data_dir = tmp_path / "data"
    case_id = seed(data_dir)
    service = AppService(Paths.resolve(data_dir))
    service.unlock(PASSPHRASE)
    session = service.open_case(case_id)

    def disk_full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", disk_full)
    session.set_pupil_field("school", "Ventende skole ŋ")
    service.lock()
    monkeypatch.undo()
    location = sealed_handoff.put(service.take_pending(), [data_dir], use_memory=False)
    handoff = LockHandoff(ReturnPoint(case_id, "overview"), "Endringer venter.", None,
                          location)

    child = Child(data_dir, RESUME_FLAG, handoff.to_text())
    try:
        ready = child.wait_for("ready", page="unlockPage")
        assert ready["notice"] == "Endringer venter."
        assert not Path(location).exists()  # taken over
        child.send(cmd="unlock", passphrase=PASSPHRASE)
        back = child.wait_for("page", page="casePage")
        assert (back["case"], back["section"], back["meeting_mode"]) == (
            case_id, "overview", True)
    finally:
        child.close()
    check = AppService(Paths.resolve(data_dir))
    check.unlock(PASSPHRASE)
    assert check.open_case(case_id).pupil().school == "Ventende skole ŋ"
    check.lock()
