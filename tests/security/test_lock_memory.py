"""Issue 16, "Memory after lock" (DESIGN.md §6, "Locked means gone from memory").

The real program runs as a child process (offscreen), driven through its test
control channel: unlock with the passphrase, open a case that holds canary
texts (pupil, note, guardian, an answer), type one more into the note, lock
with the Lås action. Then the locked process's own memory is read through
/proc/<pid>/mem and none of the passphrase or canaries may be found, in UTF-8,
UTF-16 or UTF-32. Then unlock: the same case and section come back, with
what was typed saved.

The memory reader is proven to see them: the same scan finds them while the
case is open, and after the old lock that keeps the process (the control
channel's in-process lock, the seam the pytest-qt tests use), which is what
this test would meet without the process replacement.
"""

from __future__ import annotations

import sys

import pytest

from desktop.paths import Paths
from desktop.services.app_service import AppService
from tests.security.lock_child import (
    CANARIES,
    NOTE,
    PASSPHRASE,
    TYPED,
    Child,
    memory_hits,
    needles,
    seed,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads /proc/<pid>/mem")


def _open_case_and_type(child: Child, case_id: str) -> None:
    child.wait_for("ready", page="unlockPage")
    child.send(cmd="unlock", passphrase=PASSPHRASE)
    child.wait_for("page", page="caseListPage")
    child.command(cmd="open", case=case_id)
    child.command(cmd="section", key="overview")
    child.command(cmd="type", widget="pupilNote", text=" " + TYPED)


def test_nothing_of_the_case_or_the_passphrase_is_in_memory_after_lock(tmp_path):
    data_dir = tmp_path / "data"
    case_id = seed(data_dir)
    child = Child(data_dir, env={"NAERVAER_CONFIG_DIR": str(tmp_path / "config")})
    try:
        _open_case_and_type(child, case_id)
        pid = child.pid
        # The reader sees what the open case holds (the passphrase may or may not
        # still be there while unlocked: that is not what is tested).
        before, _ = memory_hits(pid, needles(whole_only=True))
        assert {hit.split(":")[0] for hit in before} >= {*CANARIES, "sqlite"} - {
            "passphrase"}, before

        # Meeting mode in Tiltakssirkel, then Ctrl+L (Fil → Lås).
        child.command(cmd="section", key="circle")
        child.command(cmd="meeting", on=True)
        child.send(cmd="lock")
        locked = child.wait_for("ready")
        assert locked["pid"] == pid  # exec: the same process id, a fresh address space
        assert locked["page"] == "unlockPage" and locked["case"] is None
        assert "samme sted i møtemodus" in locked["notice"]
        assert not list((data_dir / "cases").glob("*.lock"))  # released as at a close

        hits, read = memory_hits(pid, needles())
        assert read > 10_000_000  # the interpreter, Qt and the heap were read
        assert hits == [], f"readable after lock: {hits}"

        # The unlock returns to the same case and section, still in meeting mode.
        child.send(cmd="unlock", passphrase=PASSPHRASE)
        back = child.wait_for("page", page="casePage")
        assert (back["case"], back["section"], back["meeting_mode"]) == (case_id, "circle", True)

        # Outside meeting mode a lock leads to the case list after the unlock, as before.
        child.command(cmd="meeting", on=False)
        child.send(cmd="lock")
        locked = child.wait_for("ready")
        assert locked["pid"] == pid and locked["notice"] == ""
        child.send(cmd="unlock", passphrase=PASSPHRASE)
        child.wait_for("page", page="caseListPage")
        assert child.close() == 0
    finally:
        child.close()
    # What was typed just before the first lock was saved by it.
    service = AppService(Paths.resolve(data_dir))
    service.unlock(PASSPHRASE)
    assert service.open_case(case_id).pupil().note == f"{NOTE} {TYPED}"
    service.lock()
    # The settings (the window's place) went to the folder the environment named.
    assert (tmp_path / "config" / "settings.json").is_file()
    assert not (data_dir / "config").exists()


def test_the_old_in_process_lock_leaves_the_canaries_readable(tmp_path):
    """What the test above meets without the process replacement: the lock that
    keeps the process (the seam the pytest-qt tests use) leaves the case or the
    passphrase in memory, so the test above would fail."""
    data_dir = tmp_path / "data"
    case_id = seed(data_dir)
    child = Child(data_dir)
    try:
        _open_case_and_type(child, case_id)
        pid = child.pid
        child.send(cmd="lock", in_process=True)
        locked = child.wait_for("page", page="unlockPage")
        assert locked["pid"] == pid and locked["case"] is None
        hits, _ = memory_hits(pid, needles(), first_only=True)  # (all of them, in fact)
        assert hits, "the in-process lock left nothing: the reader cannot see"
    finally:
        child.close()
