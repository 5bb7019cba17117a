"""The anonymiser on its own (no Qt, no case): every spelling of a known name
goes, ordinary words that merely begin like a name stay."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.anonymise import (
    Anonymiser,
    Kind,
    RelativeWeeks,
    Term,
    name_variants,
    person_terms,
)

PEOPLE = {"Tonje Marie Haugen": "eleven", "Áile Ŋuolja Sárá": "mor", "Per-Olav Østby": "far",
          "Liv Berg": "kontaktlærer"}
TERMS = [t for name, word in PEOPLE.items() for t in person_terms(name, word)]
PARTS = sorted({p for name in PEOPLE for p in re.split(r"[\s-]+", name)} | set(PEOPLE))


_ANONYMISER = Anonymiser(TERMS, RelativeWeeks(date(2026, 9, 7)), [date(2012, 5, 9)])


def anonymiser() -> Anonymiser:
    return _ANONYMISER


def leaks(text: str) -> list[str]:
    """Names still standing as whole words in `text`, compared in NFC and NFD,
    case-insensitively."""
    found = []
    for form in ("NFC", "NFD"):
        haystack = unicodedata.normalize(form, text).casefold()
        for name in PARTS:
            needle = unicodedata.normalize(form, name).casefold()
            if re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack):
                found.append(name)
    return found


def test_first_names_surnames_possessives_and_case():
    text = ("Tonjes mor ringte. TONJE'S far og tonje’s bror. Haugen kom. Marie Haugen også. "
            "Per-Olavs sekk, Per og Olav, Østbys hage. Áile's venn, Ánde's nabo.")
    out = anonymiser().plain(text)
    assert leaks(out) == []
    assert out.startswith("Elevens mor ringte. Elevens far og elevens bror. Eleven kom.")
    assert "Fars sekk, far og far, fars hage. Mors venn" in out


def test_nfd_input_and_sami_letters_without_marks():
    text = unicodedata.normalize("NFD", "Áile Ŋuolja Sárá og Áiles bror") + " Aile Nuolja Sara"
    out = anonymiser().plain(text)
    assert out == "Mor og mors bror mor"  # a sentence starts with a capital


def test_whole_words_only():
    out = anonymiser().plain("Personalet og en Person i Perlen; Tonjemor, Livet, Bergen, Marienlyst")
    assert out == "Personalet og en Person i Perlen; Tonjemor, Livet, Bergen, Marienlyst"


def test_a_name_that_is_an_ordinary_word_is_replaced_where_it_stands_alone():
    # Documented choice (desktop/domain/anonymise.py): "liv" goes with "Liv".
    assert anonymiser().plain("et godt liv, et livløst rom") == "et godt kontaktlærer, et livløst rom"


def test_phones_emails_identity_numbers_and_dates():
    a = anonymiser()
    out = a.scrub("Ring 412 34 567, +47 98765432 eller 0047-22110099; tonje.haugen@skole.no; "
                  "fnr 090512 12345; født 09.05.2012; møte 21.09.2026, 2026-10-12 og "
                  "14. sep. 2026; 31.02.2026; 4.5 timer kl. 14.30")
    kinds = [p.kind for p in out if p.kind is not None]
    assert kinds == [Kind.PHONE, Kind.PHONE, Kind.PHONE, Kind.EMAIL, Kind.ID_NUMBER,
                     Kind.BIRTH_DATE, Kind.DATE, Kind.DATE, Kind.DATE, Kind.DATE]
    text = "".join(p.text for p in out)
    assert "uke 2 etter første registrering" in text and "uke 5 etter første registrering" in text
    assert "uke 1 etter første registrering" in text and "[dato]" in text
    assert "4.5 timer kl. 14.30" in text
    assert not re.search(r"\d{4}", text.replace("[", ""))


def test_a_shared_family_name_becomes_a_neutral_word():
    terms = person_terms("Kari Haugen", "mor") + person_terms("Tonje Haugen", "eleven")
    assert Anonymiser(terms).plain("Haugen-familien: Kari Haugen og Tonje") == \
        "[navn]-familien: mor og eleven"


def test_words_the_user_adds_win():
    a = Anonymiser([*TERMS, Term("Bergen", "[fjernet]", Kind.WORD)])
    assert a.plain("Flyttet fra Bergen, Liv Berg vet") == "Flyttet fra [fjernet], kontaktlærer vet"


def test_variants_of_one_name():
    assert set(name_variants("Per-Olav Østby")) >= {"Per-Olav Østby", "Per-Olav", "Per", "Olav",
                                                   "Østby"}
    assert "Aile" in name_variants("Áile Sárá") and "Sara" in name_variants("Áile Sárá")
    assert "av" not in name_variants("Anne av Skogen")


def test_person_survives_per():
    assert Anonymiser(person_terms("Per", "eleven")).plain("Person, Per, per, pers. Pers") == \
        "Person, eleven, eleven, elevens. Elevens"


SEPARATORS = st.sampled_from([" ", "\n", ", ", ". ", " (", ") ", " – ", "«", "» ", "\t", ": "])
FILLER = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "Mn")),
                 max_size=30)
SPELLINGS = st.tuples(
    st.sampled_from(PARTS),
    st.sampled_from(["NFC", "NFD"]),
    st.sampled_from([str.lower, str.upper, str.title, lambda s: s]),
    st.sampled_from(["", "s", "'s", "’s"]))


def _spelt(choice) -> str:
    name, form, case, suffix = choice
    return unicodedata.normalize(form, case(name)) + suffix


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(FILLER, SEPARATORS, SPELLINGS, SEPARATORS), min_size=1, max_size=8))
def test_random_text_with_names_never_leaks(chunks):
    text = "".join(f"{filler}{before}{_spelt(name)}{after}" for filler, before, name, after in chunks)
    assert leaks(anonymiser().plain(text)) == []


LETTERS = "abcdefghijklmnopqrstuvwxyzæøåáčđŋšŧž"
NAME_PART = st.text(alphabet=LETTERS, min_size=2, max_size=9).map(str.capitalize)
NAMES = st.lists(NAME_PART, min_size=1, max_size=3).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(NAMES, st.lists(st.tuples(FILLER, SEPARATORS, st.integers(0, 3),
                                 st.sampled_from(["NFC", "NFD"]),
                                 st.sampled_from([str.lower, str.upper, str.title]),
                                 st.sampled_from(["", "s", "'s"]), SEPARATORS),
                       min_size=1, max_size=6))
def test_any_name_in_any_text_is_removed(name, chunks):
    parts = name.split()
    a = Anonymiser(person_terms(name, "eleven"))
    text = "".join(f"{filler}{before}"
                   f"{unicodedata.normalize(form, case(parts[i % len(parts)])) + suffix}{after}"
                   for filler, before, i, form, case, suffix, after in chunks)
    out = unicodedata.normalize("NFC", a.plain(text)).casefold()
    for part in parts:
        needle = unicodedata.normalize("NFC", part).casefold()
        assert not re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", out), (part, out)
