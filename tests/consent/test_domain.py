"""The consent rule (domain/consent.py), without Qt or storage: valid on a day
when given, not expired and not withdrawn; given by every guardian with
parental responsibility (both, when they share it), by the pupil too from the
15th birthday and by the pupil alone from the 18th."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.consent import (
    Consent,
    ConsentService,
    Giver,
    Person,
    State,
    age_on,
    problem_for,
    required_givers,
    signers,
    status,
    valid_for,
)
from desktop.services.consent_service import barnevern_note, problem_text, status_words

MOR, FAR = "Kari Ánde", "Áilu Ŋuolja"
BOTH = [Person(MOR), Person(FAR)]
BIRTH = date(2013, 3, 10)  # 15 on 10.03.2028


def _consent(**kw) -> Consent:
    base = dict(id=1, service=ConsentService.PPT, givers=(Giver(MOR), Giver(FAR)),
                given_on=date(2027, 1, 5), valid_until=date(2027, 6, 30))
    base.update(kw)
    return Consent(**base)


@pytest.mark.parametrize("day, state", [
    (date(2027, 1, 4), State.NOT_YET),
    (date(2027, 1, 5), State.VALID),  # the day it is given
    (date(2027, 6, 30), State.VALID),  # the last day it holds
    (date(2027, 7, 1), State.EXPIRED),
])
def test_valid_from_the_day_given_to_the_last_day_inclusive(day, state):
    assert status(_consent(), day, BOTH, BIRTH).state is state


def test_without_an_end_date_it_holds_until_withdrawn_and_not_on_the_day_withdrawn():
    c = _consent(valid_until=None, withdrawn_on=date(2027, 3, 1))
    assert status(c, date(2027, 2, 28), BOTH, BIRTH).valid
    withdrawn = status(c, date(2027, 3, 1), BOTH, BIRTH)
    assert withdrawn.state is State.WITHDRAWN and withdrawn.withdrawn_on == date(2027, 3, 1)
    assert status_words(withdrawn) == "trukket tilbake 01.03.2027"
    assert status(c, date(2030, 1, 1), BOTH, BIRTH).state is State.WITHDRAWN


def test_status_in_words():
    assert status_words(status(_consent(), date(2027, 2, 1), BOTH, BIRTH)) == \
        "gyldig til 30.06.2027"
    assert status_words(status(_consent(), date(2027, 7, 1), BOTH, BIRTH)) == \
        "utløpt (30.06.2027)"
    assert status_words(status(_consent(valid_until=None), date(2027, 2, 1), BOTH, BIRTH)) == \
        "gyldig (uten sluttdato)"
    assert status_words(status(_consent(given_on=None), date(2027, 2, 1), BOTH, BIRTH)) == \
        "ikke gitt (dato mangler)"


def test_shared_parental_responsibility_needs_both_guardians():
    one = _consent(givers=(Giver(MOR),))
    s = status(one, date(2027, 2, 1), BOTH, BIRTH)
    assert s.state is State.INCOMPLETE and s.missing == (FAR,)
    assert status_words(s) == f"ikke gyldig: mangler samtykke fra {FAR}"
    # A guardian without parental responsibility is not asked.
    assert status(one, date(2027, 2, 1), [Person(MOR), Person(FAR, False)], BIRTH).valid
    # Names match regardless of case and spacing (typed on the form, kept in the case).
    typed = _consent(givers=(Giver(" kari  ánde"), Giver(FAR)))
    assert status(typed, date(2027, 2, 1), BOTH, BIRTH).valid


def test_with_no_guardian_marked_responsible_one_guardian_is_enough():
    nobody = [Person(MOR, False), Person(FAR, False)]
    assert required_givers(nobody, BIRTH, date(2027, 1, 5)).any_guardian
    assert status(_consent(givers=(Giver(FAR),)), date(2027, 2, 1), nobody, BIRTH).valid
    missing = status(_consent(givers=()), date(2027, 2, 1), nobody, BIRTH)
    assert missing.state is State.INCOMPLETE and missing.missing == (MOR,)


def test_the_pupils_own_consent_is_needed_from_the_15th_birthday():
    guardians_only = (Giver(MOR), Giver(FAR))
    before = _consent(givers=guardians_only, given_on=date(2028, 3, 9), valid_until=None)
    on_birthday = _consent(givers=guardians_only, given_on=date(2028, 3, 10), valid_until=None)
    assert status(before, date(2028, 4, 1), BOTH, BIRTH).valid  # judged on the day given
    s = status(on_birthday, date(2028, 4, 1), BOTH, BIRTH)
    assert s.state is State.INCOMPLETE and s.pupil_missing and s.missing == ()
    assert status_words(s) == "ikke gyldig: mangler samtykke fra eleven"
    with_pupil = _consent(givers=guardians_only + (Giver("", is_pupil=True),),
                          given_on=date(2028, 3, 10), valid_until=None)
    assert status(with_pupil, date(2028, 4, 1), BOTH, BIRTH).valid


def test_from_18_the_pupil_alone_consents():
    c = _consent(givers=(Giver("", is_pupil=True),), given_on=date(2031, 3, 10),
                 valid_until=None)
    assert required_givers(BOTH, BIRTH, date(2031, 3, 10)).pupil_alone
    assert status(c, date(2031, 4, 1), BOTH, BIRTH).valid
    assert not status(_consent(given_on=date(2031, 3, 10), valid_until=None),
                      date(2031, 4, 1), BOTH, BIRTH).valid  # the parents' word is not enough


def test_age_on_the_birthday_and_a_leap_day_birth():
    assert age_on(BIRTH, date(2028, 3, 9)) == 14
    assert age_on(BIRTH, date(2028, 3, 10)) == 15
    leap = date(2012, 2, 29)
    assert age_on(leap, date(2027, 2, 28)) == 14
    assert age_on(leap, date(2027, 3, 1)) == 15


def test_an_unknown_birth_date_counts_as_under_15_and_is_said():
    s = status(_consent(), date(2027, 2, 1), BOTH, None)
    assert s.valid and s.birth_date_unknown
    assert status_words(s).endswith("elevens fødselsdato mangler")


def test_a_consent_covers_only_its_own_service():
    consents = [_consent(), _consent(id=2, service=ConsentService.OTHER,
                                     service_other="Familievernkontoret")]
    day = date(2027, 2, 1)
    assert valid_for(consents, ConsentService.PPT, day, BOTH, BIRTH).id == 1
    assert valid_for(consents, ConsentService.BUP, day, BOTH, BIRTH) is None
    assert valid_for(consents, ConsentService.OTHER, day, BOTH, BIRTH,
                     "familievernkontoret").id == 2
    assert valid_for(consents, ConsentService.OTHER, day, BOTH, BIRTH, "Utekontakten") is None


def test_the_problem_text_says_what_is_wrong_and_that_a_report_of_concern_needs_none():
    day = date(2027, 7, 1)
    assert problem_for([_consent()], ConsentService.PPT, date(2027, 2, 1), BOTH, BIRTH) is None
    expired = problem_for([_consent()], ConsentService.PPT, day, BOTH, BIRTH)
    assert problem_text(expired) == ("Samtykket til å dele opplysninger med PPT er "
                                     "utløpt (30.06.2027).")
    none = problem_for([], ConsentService.CHILD_WELFARE, day, BOTH, BIRTH)
    text = problem_text(none)
    assert text.startswith("Det er ikke registrert samtykke til å dele opplysninger med "
                           "barneverntjenesten.")
    assert "bekymringsmelding trenger likevel ikke samtykke" in text
    assert "trenger ikke samtykke" in barnevern_note() and "opplysningsplikten" in barnevern_note()


def test_the_form_has_a_line_for_each_guardian_and_the_pupil_from_15():
    assert signers(BOTH, BIRTH, date(2028, 3, 9)) == [Giver(MOR), Giver(FAR)]
    assert signers(BOTH, BIRTH, date(2028, 3, 10)) == [Giver(MOR), Giver(FAR),
                                                       Giver("", is_pupil=True)]
    assert signers(BOTH, BIRTH, date(2031, 3, 10)) == [Giver("", is_pupil=True)]
    # someone recorded as consenting who is not required still gets a line
    assert signers([Person(MOR)], BIRTH, date(2027, 1, 5), (Giver("Bestemor Ella"),)) == [
        Giver(MOR), Giver("Bestemor Ella")]


dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


@given(given_on=dates, until=st.none() | dates, withdrawn=st.none() | dates, day=dates,
       birth=st.none() | st.dates(min_value=date(2005, 1, 1), max_value=date(2020, 1, 1)),
       pupil=st.booleans())
def test_valid_means_given_not_expired_not_withdrawn(given_on, until, withdrawn, day, birth,
                                                     pupil):
    givers = (Giver(MOR), Giver(FAR)) + ((Giver("", is_pupil=True),) if pupil else ())
    c = Consent(1, ConsentService.PPT, givers=givers, given_on=given_on, valid_until=until,
                withdrawn_on=withdrawn)
    s = status(c, day, BOTH, birth)
    if s.valid:
        assert given_on <= day and (until is None or day <= until)
        assert withdrawn is None or day < withdrawn
        assert birth is None or age_on(birth, given_on) < 15 or pupil
    elif given_on <= day and (until is None or day <= until) and (
            withdrawn is None or day < withdrawn):
        # in its period and not withdrawn: only a missing giver makes it invalid
        assert s.state is State.INCOMPLETE and s.pupil_missing
    assert status_words(s)  # every state has words
