"""Input rules (desktop/domain/validation.py): problem codes, never messages."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.validation import (
    DateProblem,
    PassphraseProblem,
    birth_date_problem,
    format_date,
    parse_date,
    passphrase_problem,
)


@pytest.mark.parametrize("passphrase, repeated, problem", [
    ("", None, PassphraseProblem.EMPTY),
    ("   ", None, PassphraseProblem.EMPTY),
    ("\t\n ", "\t\n ", PassphraseProblem.EMPTY),
    ("123456789", None, PassphraseProblem.TOO_SHORT),  # 9 characters
    ("123456789", "123456789", PassphraseProblem.TOO_SHORT),
    ("  12345678  ", None, PassphraseProblem.TOO_SHORT),  # spaces around do not count
    ("ab cd ef", None, PassphraseProblem.TOO_SHORT),  # 3 short words, 8 characters
    ("1234567890", None, None),  # 10 characters
    ("1234567890", "1234567890", None),
    ("áčđŋšŧžáčđ", None, None),  # 10 Sámi letters (characters, not bytes)
    ("áčđŋšŧžáč", None, PassphraseProblem.TOO_SHORT),  # 9 of them (18 bytes)
    ("a b c d", None, None),  # 4 short words
    ("ku ja li ŋa", "ku ja li ŋa", None),
    ("1234567890", "1234567891", PassphraseProblem.MISMATCH),
    ("a b c d", "a b c  d", PassphraseProblem.MISMATCH),
    ("1234567890", "", PassphraseProblem.MISMATCH),
    ("123", "456", PassphraseProblem.TOO_SHORT),  # too short is said first
])
def test_passphrase_problem(passphrase, repeated, problem):
    assert passphrase_problem(passphrase, repeated) is problem


@pytest.mark.parametrize("text, expected", [
    ("05.03.2014", date(2014, 3, 5)),
    ("5.3.2014", date(2014, 3, 5)),
    (" 5 . 3 . 2014 ", date(2014, 3, 5)),
    ("05-03-2014", date(2014, 3, 5)),
    ("05/03/2014", date(2014, 3, 5)),
    ("2014-03-05", date(2014, 3, 5)),
    ("2014-3-5", date(2014, 3, 5)),
    ("29.02.2020", date(2020, 2, 29)),
    ("31.12.1899", date(1899, 12, 31)),
    ("", None),
    ("   ", None),
])
def test_parse_date_reads_norwegian_and_iso_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "31.02.2020", "29.02.2021", "00.01.2020", "32.01.2020", "01.13.2020", "2020-13-01",
    "2020-02-30", "1.1.14", "2014", "05.03", "garbage", "i går", "05.03.2014 12:00",
    "05..03.2014", "5,3,2014", "05.03.20145",
])
def test_parse_date_refuses_what_is_not_a_date(text):
    with pytest.raises(ValueError):
        parse_date(text)


@settings(max_examples=50, deadline=None, database=None)
@given(st.dates(min_value=date(1000, 1, 1)))
def test_format_date_and_parse_date_round_trip(value):
    text = format_date(value)
    assert len(text) == 10 and text[2] == text[5] == "."
    assert parse_date(text) == value


def test_format_date_of_nothing_is_empty():
    assert format_date(None) == ""
    assert format_date(date(2014, 3, 5)) == "05.03.2014"


TODAY = date(2024, 6, 1)


@pytest.mark.parametrize("text, problem", [
    ("01.06.2024", None),  # today
    ("31.05.2024", None),
    ("02.06.2024", DateProblem.IN_FUTURE),  # tomorrow
    ("01.06.2124", DateProblem.IN_FUTURE),
    ("01.01.1900", None),
    ("31.12.1899", DateProblem.TOO_EARLY),
    ("01.01.1000", DateProblem.TOO_EARLY),
    ("", None),  # not given yet
    ("31.02.2020", DateProblem.INVALID),
    ("garbage", DateProblem.INVALID),
    ("2024-06-02", DateProblem.IN_FUTURE),
])
def test_birth_date_problem(text, problem):
    assert birth_date_problem(text, TODAY) is problem
