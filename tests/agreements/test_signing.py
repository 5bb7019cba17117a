"""The signing rule (desktop/domain/signing.py) and its words
(desktop/export/status_words.py). Seed 001, Vedlegg 3: "Alle som er til stede
signerer på avtalen, også eleven." No storage, no Qt."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain import agreements as rules
from desktop.domain.agreements import AgreementStatus, Participant
from desktop.domain.evaluations import start_evaluation
from desktop.domain.signing import (
    Decline,
    DeclineReason,
    Signature,
    SigningError,
    SigningState,
    signing_status,
    status_of,
    with_decline,
    with_signature,
    without_decline,
)
from desktop.export.status_words import (
    agreement_status_words,
    evaluation_words,
    line_words,
    signing_note,
    signing_words,
    version_words,
)
from tests.agreements.examples import tonje

SIX = ["Tonje Ánde", "Per Ánde", "Kari Ánde", "Siv Lund", "Ola Šára", "Máret Ŧoađđi"]
MARCH_2, MARCH_4 = date(2026, 3, 2), date(2026, 3, 4)


def signed(*names: str, on: date = MARCH_2) -> tuple[Signature, ...]:
    return tuple(Signature(n, "", on) for n in names)


def test_nobody_signed_is_ready_for_signing():
    status = signing_status(SIX, ())
    assert status.state is SigningState.NONE
    assert status.missing == tuple(SIX) and status.signed_count == 0 and status.total == 6
    assert signing_words(status) == "klar til signering"
    assert signing_note(status) == ""


def test_three_of_six_is_partly_signed_and_names_who_is_missing():
    status = signing_status(SIX, signed("Tonje Ánde", "Siv Lund", "Per Ánde"))
    assert status.state is SigningState.PARTIAL
    assert signing_words(status) == "delvis signert (3 av 6)"
    assert status.missing == ("Kari Ánde", "Ola Šára", "Máret Ŧoađđi")
    assert signing_note(status) == "Mangler underskrift fra: Kari Ánde, Ola Šára, Máret Ŧoađđi."
    # signed in the present list's order, whatever order they signed in
    assert [s.name for s in status.signed] == ["Tonje Ánde", "Per Ánde", "Siv Lund"]


def test_everyone_signed_is_signed_and_each_line_carries_its_own_day():
    signatures = signed(*SIX[:3]) + signed(*SIX[3:], on=MARCH_4)
    status = signing_status(SIX, signatures)
    assert status.state is SigningState.COMPLETE
    assert signing_words(status) == "signert"
    assert line_words(status, "Tonje Ánde") == "02.03.2026"
    assert line_words(status, "Máret Ŧoađđi") == "04.03.2026"


def test_an_old_signature_without_a_date_counts_and_shows_no_date():
    status = signing_status(["Tonje"], (Signature("Tonje", "Elev", None),))
    assert status.state is SigningState.COMPLETE
    assert line_words(status, "Tonje") == ""


def test_some_declined_and_some_missing_is_still_partly_signed():
    declines = (Decline("Ola Šára", DeclineReason.UNWILLING),)
    status = signing_status(SIX, signed("Tonje Ánde", "Per Ánde"), declines)
    assert status.state is SigningState.PARTIAL
    assert signing_words(status) == "delvis signert (2 av 6)"
    assert signing_note(status) == (
        "Mangler underskrift fra: Kari Ánde, Siv Lund, Máret Ŧoađđi. "
        "Signerer ikke: Ola Šára (ønsker ikke å signere).")
    assert line_words(status, "Ola Šára") == "Ønsker ikke å signere"
    assert line_words(status, "Kari Ánde") == ""


def test_signed_or_declined_with_a_reason_is_signed_with_a_note():
    declines = (Decline("Kari Ánde", DeclineReason.LATER),
                Decline("Máret Ŧoađđi", DeclineReason.OTHER, "på kurs", MARCH_2))
    status = signing_status(SIX, signed(*[n for n in SIX if n not in ("Kari Ánde",
                                                                      "Máret Ŧoađđi")]),
                            declines)
    assert status.state is SigningState.COMPLETE
    assert signing_words(status) == (
        "signert (Kari Ánde signerer senere; Máret Ŧoađđi signerer ikke: på kurs)")
    assert line_words(status, "Kari Ánde") == "Signerer senere"
    assert line_words(status, "Máret Ŧoađđi") == "Signerer ikke: på kurs"


def test_everyone_declined_is_complete_with_nobody_signed():
    declines = tuple(Decline(n, DeclineReason.LATER) for n in SIX[:2])
    status = signing_status(SIX[:2], (), declines)
    assert status.state is SigningState.COMPLETE and status.signed_count == 0
    assert signing_words(status) == "signert (Tonje Ánde signerer senere; Per Ánde signerer senere)"


def test_only_the_present_list_counts_and_it_may_change():
    signatures = signed("Tonje Ánde", "Per Ánde")
    assert signing_status(SIX[:2], signatures).state is SigningState.COMPLETE
    # one more person present: the same signatures are no longer enough
    grown = signing_status(SIX[:3], signatures)
    assert (grown.state, grown.missing) == (SigningState.PARTIAL, ("Kari Ánde",))
    # someone left the list: their signature is kept but not counted
    shrunk = signing_status(["Tonje Ánde"], signatures)
    assert (shrunk.state, shrunk.total, shrunk.signed_count) == (SigningState.COMPLETE, 1, 1)
    # nobody present (blank names are nobody): nothing to sign
    assert signing_status(["", "  "], ()).state is SigningState.NONE


def test_signing_takes_back_a_decline_and_a_decline_can_be_undone():
    declines = with_decline((), (), Decline("Per Ánde", DeclineReason.LATER, "  ", MARCH_2))
    assert declines == (Decline("Per Ánde", DeclineReason.LATER, "", MARCH_2),)
    signatures, declines = with_signature((), declines, Signature("Per Ánde", "Far", MARCH_4))
    assert declines == () and signatures[0].signed_on == MARCH_4
    with pytest.raises(SigningError):
        with_decline(signatures, (), Decline("Per Ánde"))  # he has signed
    with pytest.raises(SigningError):
        with_decline((), (), Decline("Kari Ánde", DeclineReason.OTHER, " "))  # annet needs words
    marked = with_decline((), (), Decline("Kari Ánde", DeclineReason.UNWILLING))
    assert without_decline(marked, "Kari Ánde") == ()
    # signing again replaces the first signature (one line per person)
    again, _ = with_signature(signatures, (), Signature("Per Ánde", "Far", MARCH_2))
    assert again == (Signature("Per Ánde", "Far", MARCH_2),)


def test_the_agreement_status_follows_the_rule_and_its_words():
    frozen = rules.freeze(tonje(), MARCH_2)  # five present
    assert version_words(frozen) == "Avtale 1, versjon 1 – klar til signering"
    names = [p.name for p in frozen.participants]
    four = rules.sign(frozen, signed(*names[:4]))
    assert four.status is AgreementStatus.READY
    assert agreement_status_words(four) == "delvis signert (4 av 5)"
    done = rules.sign(four, four.signatures, (Decline(names[4], DeclineReason.LATER),))
    assert done.status is AgreementStatus.SIGNED
    assert version_words(done) == "Avtale 1, versjon 1 – signert (Ola Šára signerer senere)"
    # an undo writes the old lists back: the status goes back with them
    assert rules.sign(done, four.signatures, ()).status is AgreementStatus.READY
    assert agreement_status_words(rules.superseded(done)) == "erstattet av en nyere versjon"
    assert agreement_status_words(rules.evaluated(done)) == "evaluert"
    assert agreement_status_words(tonje()) == "utkast"


def test_the_evaluation_is_signed_by_the_same_rule():
    agreement = replace(rules.freeze(tonje(), MARCH_2), id=3)
    evaluation = start_evaluation(agreement, date(2026, 3, 6), lambda m: "")
    evaluation = replace(evaluation, signatures=signed("Tonje Ánde", on=date(2026, 3, 6)))
    assert status_of(evaluation) == evaluation.signing()
    assert evaluation_words(evaluation, agreement) == (
        "Avtale 1, versjon 1 · evaluert 06.03.2026 · delvis signert (1 av 5)")


def test_a_present_person_with_a_blank_role_and_duplicate_names_count_once():
    people = (Participant("Tonje"), Participant("Tonje"), Participant("Per"))
    agreement = replace(rules.freeze(tonje(), MARCH_2), participants=people)
    assert agreement.signing().total == 2
