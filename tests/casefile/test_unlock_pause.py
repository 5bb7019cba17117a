"""Issue 16: the pause after wrong passphrases survives a restart. The count and
its time live in unlock-pause.json in the data folder, parsed defensively."""

from __future__ import annotations

import json

import pytest

from desktop.casefile.errors import WrongPassphrase
from desktop.paths import Paths
from desktop.services.app_service import AppService
from desktop.services.unlock_backoff import FORGET_AFTER_S, UnlockBackoff, unlock_delay

from .conftest import PASSPHRASE


class Clock:
    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_unlock_delay_grows_and_is_capped():
    assert [unlock_delay(n) for n in range(1, 10)] == [0, 1, 2, 4, 8, 16, 30, 30, 30]
    assert unlock_delay(10**9) == 30  # no huge power of two from a large count


def test_a_restart_keeps_the_pause(data_dir):
    service = AppService(Paths.resolve(data_dir))
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            service.unlock("gjett gjett")
    assert service.backoff.remaining() > 0

    restarted = AppService(Paths.resolve(data_dir))  # the program started again
    assert restarted.backoff.failures == 5
    assert 0 < restarted.backoff.remaining() <= unlock_delay(5)
    pause_file = Paths.resolve(data_dir).unlock_pause_file
    assert PASSPHRASE not in pause_file.read_text()

    restarted.unlock(PASSPHRASE)  # the right one resets the count, on disk too
    assert not pause_file.exists()
    assert AppService(Paths.resolve(data_dir)).backoff.remaining() == 0
    restarted.lock()


def test_the_pause_runs_on_the_wall_clock(tmp_path):
    clock = Clock()
    path = tmp_path / "unlock-pause.json"
    backoff = UnlockBackoff(path, clock)
    for _ in range(4):
        backoff.record_failure()
    assert backoff.remaining() == 4
    clock.now += 3
    assert UnlockBackoff(path, clock).remaining() == 1
    clock.now += 1
    assert UnlockBackoff(path, clock).remaining() == 0
    clock.now -= 10_000  # the clock set back: never more than the pause itself
    assert UnlockBackoff(path, clock).remaining() == 4
    clock.now += FORGET_AFTER_S + 20_000  # a slip the next day starts over
    backoff = UnlockBackoff(path, clock)
    backoff.record_failure()
    assert backoff.failures == 1 and backoff.remaining() == 0


@pytest.mark.parametrize("content", [
    b"", b"{", b"null", b"[]", b"\xff\xfe", b'{"failures": "9", "last": 1}',
    b'{"failures": -3, "last": 1}', b'{"failures": 1e999, "last": 1}',
    b'{"failures": 9, "last": NaN}', b'{"failures": 9, "last": Infinity}',
    b'{"failures": 99999999999, "last": 1}', b'{"failures": true, "last": 1}',
    b'{"failures": 9}', b"[" * 100_000, b'{"failures": 9, "last": 1, "x": "' + b"a" * 5000 + b'"}',
])
def test_a_damaged_pause_file_starts_over_without_a_crash(tmp_path, content):
    path = tmp_path / "unlock-pause.json"
    path.write_bytes(content)
    backoff = UnlockBackoff(path, Clock())
    assert (backoff.failures, backoff.remaining()) == (0, 0)
    backoff.record_failure()
    backoff.record_failure()
    assert json.loads(path.read_text())["failures"] == 2


def test_a_pause_file_that_cannot_be_written_keeps_the_pause_in_memory(tmp_path):
    blocker = tmp_path / "fil"
    blocker.write_text("ikke en mappe")
    backoff = UnlockBackoff(blocker / "unlock-pause.json", Clock())
    for _ in range(3):
        backoff.record_failure()
    assert backoff.remaining() == 2
