"""The growing pause after wrong passphrases, kept across restarts.

Restarting the program must not reset the pause, so the count of wrong tries
in a row and the time of the last one live in a small file in the data folder
(unlock-pause.json), outside the encrypted vault: it must be readable before
the vault is unlocked. It holds no secret, only {"failures": n, "last": t}.

The file is parsed defensively: anything unreadable, oversized, of the wrong
type or absurd counts as no file (the pause then starts over, which is what a
restart did before); a time in the future (a clock set back) never makes the
pause longer than the pause for the count.
"""

from __future__ import annotations

import json
import logging
import math
import time
from pathlib import Path
from typing import Callable

from desktop.casefile.atomic import write_atomic
from desktop.casefile.errors import SaveFailed
from desktop.domain.safe_parse import InputProblem, Limits, UnsafeInput, read_json

log = logging.getLogger(__name__)

MAX_DELAY_S = 30
FORGET_AFTER_S = 24 * 3600  # a slip tomorrow starts the count again
MAX_FILE_BYTES = 1024
MAX_FAILURES = 1_000_000


def unlock_delay(failures: int) -> int:
    """Seconds to wait after the n-th wrong passphrase in a row: 0, 1, 2, 4, 8 … ≤ 30."""
    if failures <= 1:
        return 0
    return min(2 ** min(failures - 2, 16), MAX_DELAY_S)


class UnlockBackoff:
    """Counts wrong passphrases in a row; says how long the next try must wait."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time,
                 delay: Callable[[int], float] = unlock_delay):
        self.path = path
        self.clock = clock
        self.delay = delay
        self.failures, self.last = self._load()

    def _load(self) -> tuple[int, float]:
        try:
            # Regular files only (a FIFO here would hang the start), size and nesting bounded.
            doc = read_json(self.path, Limits(max_bytes=MAX_FILE_BYTES, max_depth=2))
            failures, last = doc["failures"], doc["last"]
            if (type(failures) is not int or not 0 <= failures <= MAX_FAILURES
                    or type(last) not in (int, float) or not math.isfinite(last)):
                raise ValueError("fields")
            return failures, float(last)
        except UnsafeInput as exc:
            if exc.problem is InputProblem.MISSING:
                return 0, 0.0
            log.warning("unlock pause file unreadable, starting over: %s", exc.problem.value)
            return 0, 0.0
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("unlock pause file unreadable, starting over: %s", type(exc).__name__)
            return 0, 0.0

    def _store(self) -> None:
        try:
            if self.failures == 0:
                self.path.unlink(missing_ok=True)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(self.path, json.dumps(
                    {"failures": self.failures, "last": self.last}).encode("ascii"),
                    keep_backup=False)
        except (OSError, SaveFailed) as exc:  # the pause still holds for this run
            log.warning("unlock pause file not written: %s", type(exc).__name__)

    def record_failure(self) -> None:
        now = self.clock()
        if now - self.last > FORGET_AFTER_S:
            self.failures = 0
        self.failures += 1
        self.last = now
        self._store()

    def reset(self) -> None:
        if self.failures:
            self.failures, self.last = 0, 0.0
            self._store()

    def remaining(self) -> int:
        """Whole seconds until the next try is allowed (0: now)."""
        delay = max(float(self.delay(self.failures)), 0.0)
        left = self.last + delay - self.clock()
        return int(math.ceil(min(max(left, 0.0), delay)))
