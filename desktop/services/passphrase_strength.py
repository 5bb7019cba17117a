"""How long a passphrase would hold against someone who has copied the key file.

The key file (vault.key) can be copied off a laptop and attacked offline, one
Argon2id derivation per guess. At the program's cost (KdfParams(): 64 MiB,
3 passes) one core manages about 8 guesses a second (measured on the
development machine, see tests/benchmarks/bench_passphrase.py). We assume a
determined attacker with ATTACK_CORES cores and require the expected search
to take at least REQUIRED_YEARS.

The number of guesses comes from zxcvbn (Dropbox's estimator: dictionaries,
keyboard patterns, dates, repeats, l33t), with Norwegian common words and names
added from resources/wordlists/norsk.txt, which zxcvbn does not know.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import Enum

GUESSES_PER_SECOND_PER_CORE = 8
ATTACK_CORES = 100  # a rented cloud for a few days
GUESSES_PER_SECOND = GUESSES_PER_SECOND_PER_CORE * ATTACK_CORES
REQUIRED_YEARS = 100
SECONDS_PER_YEAR = 365.25 * 24 * 3600
REQUIRED_GUESSES = GUESSES_PER_SECOND * REQUIRED_YEARS * SECONDS_PER_YEAR
# zxcvbn refuses longer input; a longer passphrase is at least as strong as its
# first 72 characters.
ESTIMATE_CHARS = 72
WORDLIST_NAME = "norwegian"


class TimeUnit(Enum):
    SECONDS = 1
    MINUTES = 60
    HOURS = 3600
    DAYS = 86400
    MONTHS = SECONDS_PER_YEAR / 12
    YEARS = SECONDS_PER_YEAR


# Beyond this the number stops meaning anything to a reader.
MAX_SHOWN_YEARS = 1_000_000


@dataclass(frozen=True, slots=True)
class GuessTime:
    """A duration rounded for reading aloud: amount of unit, e.g. 300 YEARS.
    `beyond` means more than MAX_SHOWN_YEARS."""

    amount: int
    unit: TimeUnit
    beyond: bool = False


@dataclass(frozen=True, slots=True)
class Strength:
    guesses: float
    seconds: float  # expected time for the attacker above

    @property
    def strong_enough(self) -> bool:
        return self.guesses >= REQUIRED_GUESSES

    @property
    def time(self) -> GuessTime:
        return rounded_time(self.seconds)


def _round_2(value: float) -> int:
    """Two significant figures at most: 347 → 350, 12.4 → 12, 0.6 → 1."""
    whole = max(int(round(value)), 1)
    digits = len(str(whole))
    if digits <= 2:
        return whole
    step = 10 ** (digits - 2)
    return int(round(whole / step) * step)


def rounded_time(seconds: float) -> GuessTime:
    if seconds >= MAX_SHOWN_YEARS * SECONDS_PER_YEAR:
        return GuessTime(MAX_SHOWN_YEARS, TimeUnit.YEARS, beyond=True)
    unit = TimeUnit.SECONDS
    for candidate in TimeUnit:  # ordered from seconds up
        if seconds >= candidate.value:
            unit = candidate
    return GuessTime(_round_2(seconds / unit.value), unit)


@functools.cache
def _estimator():
    """zxcvbn with the Norwegian list added (once; importing zxcvbn builds its
    dictionaries, ~0.2 s, so it happens at first use, not at program start)."""
    from zxcvbn import matching, zxcvbn

    from desktop.paths import resources_dir

    path = resources_dir() / "wordlists" / "norsk.txt"
    words = [line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    matching.add_frequency_lists({WORDLIST_NAME: list(dict.fromkeys(words))})
    return zxcvbn


def warm() -> None:
    """Builds the estimator ahead of the first keystroke (called on a worker thread)."""
    _estimator()


def estimate(passphrase: str) -> Strength:
    """The expected number of guesses and the attacker's time for them."""
    if not passphrase:
        return Strength(1.0, 0.0)
    guesses = float(_estimator()(passphrase[:ESTIMATE_CHARS])["guesses"])
    return Strength(guesses, guesses / GUESSES_PER_SECOND)
