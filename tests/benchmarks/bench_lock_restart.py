"""Lock and unlock when locking replaces the process (issue 16, "Memory after lock").

The real program runs as a child process (offscreen), driven through its test
control channel (desktop/ui/test_control.py), with a case open in Tiltakssirkel
in meeting mode (so the unlock goes back to it).
Measured from the driving process, wall clock:

- lock → unlock screen: from the Lås command until the fresh process (same pid,
  after exec) has its window up at the unlock page;
- unlock → same place, beyond the KDF: from the passphrase's Enter until the
  same case and section are shown, minus the key derivation (timed on the same
  vault here, median of several runs).

The unlock is measured twice: with the passphrase sent the moment the unlock
page is up, and after the fresh process has imported the case page's code
(startup.warm_up_case_page), as when a person takes a few seconds to type.
For comparison, the same with the old lock that keeps the process (the seam
the pytest-qt tests use).

    .venv/bin/python tests/benchmarks/bench_lock_restart.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_table, row  # noqa: E402

from desktop.casefile.vault import Vault  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from tests.security.lock_child import PASSPHRASE, Child, seed  # noqa: E402


def kdf_seconds(data_dir: Path, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        Vault.unlock(Paths.resolve(data_dir).vault_file, PASSPHRASE).close()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def wait_until_warm(child: Child, timeout: float = 60) -> None:
    """A person takes a few seconds to type the passphrase; meanwhile the fresh
    process imports the case page's code (startup.warm_up_case_page)."""
    deadline = time.monotonic() + timeout
    while not child.command(cmd="state")["warm"]:
        if time.monotonic() > deadline:
            raise TimeoutError("the case page's code was never imported")


def measure(data_dir: Path, case_id: str, runs: int, in_process: bool,
            typing_time: bool = False) -> tuple[list, list]:
    kdf = kdf_seconds(data_dir)
    child = Child(data_dir)
    lock_times, unlock_times = [], []
    try:
        child.wait_for("ready", page="unlockPage")
        child.send(cmd="unlock", passphrase=PASSPHRASE)
        child.wait_for("page", page="caseListPage")
        child.command(cmd="open", case=case_id)
        child.command(cmd="section", key="circle")
        child.command(cmd="meeting", on=True)  # the unlock returns to the case in meeting mode
        for _ in range(runs):
            start = time.perf_counter()
            child.send(cmd="lock", in_process=in_process)
            if in_process:
                child.wait_for("page", page="unlockPage")
            else:
                child.wait_for("ready", page="unlockPage")
            lock_times.append(time.perf_counter() - start)
            if typing_time:
                wait_until_warm(child)
            start = time.perf_counter()
            child.send(cmd="unlock", passphrase=PASSPHRASE)
            back = child.wait_for("page", page="casePage")
            unlock_times.append(time.perf_counter() - start - kdf)
            assert back["case"] == case_id and back["section"] == "circle", back
    finally:
        child.close()
    print(f"key derivation (median, subtracted): {kdf * 1000:.0f} ms")
    return lock_times, unlock_times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        case_id = seed(data_dir)
        restart_lock, restart_unlock = measure(data_dir, case_id, runs, in_process=False)
        _, typed_unlock = measure(data_dir, case_id, runs, in_process=False, typing_time=True)
        old_lock, old_unlock = measure(data_dir, case_id, runs, in_process=True)
    print(f"load average: {os.getloadavg()[0]:.1f}")
    print_table([
        row("lock → unlock screen (process replaced)", restart_lock),
        row("unlock → same case and section, beyond the KDF (process replaced; "
            "passphrase sent at once)", restart_unlock),
        row("unlock → same case and section, beyond the KDF (process replaced; "
            "passphrase after the warm-up)", typed_unlock),
        row("lock → unlock screen (old in-process lock)", old_lock),
        row("unlock → same case and section, beyond the KDF (old in-process lock)", old_unlock),
    ])


if __name__ == "__main__":
    main()
