"""Issue 16: passphrases that an offline attack on a copied key file guesses
quickly are refused; the estimate is said in words."""

from __future__ import annotations

import pytest

from desktop.services.passphrase_strength import (
    GUESSES_PER_SECOND,
    REQUIRED_GUESSES,
    SECONDS_PER_YEAR,
    GuessTime,
    TimeUnit,
    estimate,
    rounded_time,
)

# Every one of these was accepted before issue 16.
ACCEPTED_BEFORE = ["aaaaaaaaaa", "1234567890", "passord123", "qwertyuiop", "sommer2026",
                   "a b c d", "1 2 3 4"]


@pytest.mark.parametrize("passphrase", ACCEPTED_BEFORE)
def test_weak_passphrases_from_the_issue_are_refused(passphrase):
    strength = estimate(passphrase)
    assert not strength.strong_enough
    assert strength.seconds < 100 * SECONDS_PER_YEAR


@pytest.mark.parametrize("passphrase", [
    "blåbær tyttebær multe krekling", "gul sykkel tåke rabarbra", "sol regn snø vind"])
def test_a_few_unrelated_words_are_strong_enough(passphrase):
    strength = estimate(passphrase)
    assert strength.strong_enough
    assert strength.guesses >= REQUIRED_GUESSES


def test_norwegian_words_and_names_count_as_dictionary_words():
    # zxcvbn alone treats these as random letters; the bundled list knows them.
    assert estimate("hemmelig").guesses < 1_000
    assert estimate("kari nordmann").guesses < estimate("kxri nxrdmann").guesses / 1_000
    assert not estimate("ola nordmann 1990").strong_enough


def test_time_is_what_the_attacker_needs_for_the_guesses():
    strength = estimate("sommer2026")
    assert strength.seconds == pytest.approx(strength.guesses / GUESSES_PER_SECOND)


def test_a_very_long_passphrase_is_estimated_quickly_and_strong():
    strength = estimate("lang natt i Tromsø " * 1000)
    assert strength.strong_enough


@pytest.mark.parametrize("seconds, expected", [
    (0.2, GuessTime(1, TimeUnit.SECONDS)),
    (59, GuessTime(59, TimeUnit.SECONDS)),
    (15 * 60, GuessTime(15, TimeUnit.MINUTES)),
    (3 * 3600 + 100, GuessTime(3, TimeUnit.HOURS)),
    (2 * 86400, GuessTime(2, TimeUnit.DAYS)),
    (347 * SECONDS_PER_YEAR, GuessTime(350, TimeUnit.YEARS)),
    (2e6 * SECONDS_PER_YEAR, GuessTime(1_000_000, TimeUnit.YEARS, beyond=True)),
])
def test_rounded_time(seconds, expected):
    assert rounded_time(seconds) == expected
