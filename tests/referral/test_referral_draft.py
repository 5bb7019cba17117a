"""The draft pedagogisk rapport (issue 14, "PPT referral pack"): assembled from
the demo case in the order PPT's forms use, nothing internal unless ticked,
the pupil's voice only from answers marked as such, and the draft kept in the
case across closing and reopening. No Qt.

Seed 002 Appendiks 6, point 5: "Skolen må sende med pedagogisk rapport som gir
en god beskrivelse av saken og evt. referat fra tverrfaglig møte."
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

from desktop.casefile.migrations import _v14_referral_drafts, schema_version
from desktop.casefile.store import memory_database
from desktop.domain.referral import PART_ORDER, PartKey
from desktop.services.referral_service import ReferralService
from tests.referral import helpers as h
from tests.referral.conftest import unlocked

FIXTURE_V7 = Path(__file__).resolve().parent.parent / "fixtures" / "v7"
V7_CASE = "345cb4545f95500d8532c013"


def test_every_part_is_assembled_in_the_order_ppt_forms_use(session):
    draft = ReferralService(session).draft()
    assert [p.key for p in draft.parts] == list(PART_ORDER) == [
        PartKey.BACKGROUND, PartKey.ABSENCE, PartKey.TRIED, PartKey.PLAN,
        PartKey.PUPIL_VOICE, PartKey.GUARDIANS, PartKey.QUESTIONS, PartKey.INTERNAL]
    text = {p.key: p.text for p in draft.parts}
    assert "Ánde Sárá" in text[PartKey.BACKGROUND] and "7. trinn" in text[PartKey.BACKGROUND]
    assert "Fjellbakken skole" in text[PartKey.BACKGROUND]
    assert "Første registrerte fravær" in text[PartKey.BACKGROUND]
    assert "Snakket om mandagene" in text[PartKey.BACKGROUND]  # the contact log
    # the absence in figures: periods with percentages, and the pattern sentence
    assert "Siste 14 dager" in text[PartKey.ABSENCE] and " %" in text[PartKey.ABSENCE]
    assert "fraværsdager siste 8 uker er mandager" in text[PartKey.ABSENCE]
    assert "Fraværet før og etter tiltak" in text[PartKey.ABSENCE]
    # what has been tried: circle measure, agreement measure with responsible, evaluation
    assert h.MEASURE in text[PartKey.TRIED] and "ansvar: Ingrid Dahl" in text[PartKey.TRIED]
    assert h.AGREEMENT_MEASURE in text[PartKey.TRIED]
    assert f"fungerte delvis – {h.EVALUATION_NOTE}" in text[PartKey.TRIED]
    # the plan's history: repeated, stepped back, with the reasons
    assert "gjentatt" in text[PartKey.PLAN] and "gikk ett trinn tilbake" in text[PartKey.PLAN]
    assert h.REPEAT_REASON in text[PartKey.PLAN] and h.BACK_REASON in text[PartKey.PLAN]
    assert h.GUARDIAN_VIEW in text[PartKey.GUARDIANS]
    assert text[PartKey.QUESTIONS] == ""  # the school writes what it asks PPT about


def test_the_pupils_voice_holds_only_answers_marked_as_the_pupils_words(session):
    draft = ReferralService(session).draft()
    voice = draft.part(PartKey.PUPIL_VOICE).text
    assert f"«{h.VOICE}»" in voice
    assert h.NOT_VOICE not in voice  # answered by the pupil's step, but not marked
    assert h.GUARDIAN_VIEW not in voice and h.INTERNAL_REFLECTION not in voice
    everything_else = "\n".join(p.text for p in draft.parts if p.key is not PartKey.PUPIL_VOICE)
    assert h.VOICE not in everything_else


def test_nothing_internal_is_printed_unless_ticked(session):
    referral = ReferralService(session)
    draft = referral.start()
    internal = draft.part(PartKey.INTERNAL)
    assert h.INTERNAL_REFLECTION in internal.text and h.KEARNEY_NOTE in internal.text
    assert "Merknad i saken" in internal.text  # the case's internal note
    assert not internal.included and not draft.internal
    printed = "\n".join(p.text for p in draft.printed())
    for secret in (h.INTERNAL_REFLECTION, h.KEARNEY_NOTE, "kalvingstida"):
        assert secret not in printed
    referral.set_included(PartKey.INTERNAL, True)
    ticked = referral.draft()
    assert ticked.internal and h.KEARNEY_NOTE in "\n".join(p.text for p in ticked.printed())
    assert referral.header().restricted.startswith("INTERNT")
    assert referral.file_name().startswith("INTERNT-")


def test_edits_and_ticks_survive_closing_and_reopening(demo_dir, case_ids):
    service = unlocked(demo_dir)
    session = service.open_case(case_ids[0])
    referral = ReferralService(session)
    referral.start()
    referral.set_text(PartKey.QUESTIONS, "Vi ber om veiledning til skolen og utredning.")
    referral.set_text(PartKey.BACKGROUND, "Omskrevet bakgrunn – Ánde, čđŋšŧž")
    referral.set_included(PartKey.PLAN, False)
    service.close_case(session)
    service.lock()

    again = unlocked(demo_dir)
    try:
        draft = ReferralService(again.open_case(case_ids[0])).draft()
        assert draft.part(PartKey.QUESTIONS).text == "Vi ber om veiledning til skolen og utredning."
        assert draft.part(PartKey.BACKGROUND).text == "Omskrevet bakgrunn – Ánde, čđŋšŧž"
        assert draft.part(PartKey.BACKGROUND).edited
        assert not draft.part(PartKey.PLAN).included
        assert PartKey.PLAN not in {p.key for p in draft.printed()}
    finally:
        again.lock()


def test_a_stored_draft_stays_as_read_until_a_part_is_fetched_again(session):
    from datetime import datetime

    from desktop.domain.follow_up import Channel, Contact
    from desktop.services.absence_register import AbsenceRegister

    referral = ReferralService(session)
    before = referral.start().part(PartKey.BACKGROUND).text
    AbsenceRegister(session).add_contact(Contact(
        None, datetime(2026, 12, 1, 10, 0), "Mikkal Sárá (far)", Channel.MEETING, "Ingrid Dahl",
        "Far ønsker henvisning til PPT."))
    assert referral.draft().part(PartKey.BACKGROUND).text == before  # not moved under the reader
    assert PartKey.BACKGROUND in referral.outdated()
    fetched = referral.refetch(PartKey.BACKGROUND)
    assert "Far ønsker henvisning til PPT." in fetched.text and not fetched.edited
    assert PartKey.BACKGROUND not in referral.outdated()


def test_the_referral_asks_the_cases_consent_records(session):
    """Without a consent for PPT the referral says so; with every guardian's
    consent given it does not (the check is the Samtykke section's rule)."""
    from desktop.domain.consent import ConsentService, Giver
    from desktop.services.consent_service import ConsentRecords

    day = date(2026, 12, 2)
    problem = ReferralService(session).consent_problem(day)
    assert problem and "samtykke" in problem.lower()
    referral = ReferralService(session)
    assert not referral.may_send(day)  # not without a reason
    referral.set_consent_reason("Haster; skriftlig samtykke kommer")
    assert referral.may_send(day)
    assert referral.consent_text(day).endswith("Begrunnelse: Haster; skriftlig samtykke kommer")
    records = ConsentRecords(session, today=lambda: day)
    givers = [Giver(name) for name in records.guardian_names()]
    if records.pupil_may_consent(day):
        givers.append(Giver(records.pupil_name(), is_pupil=True))
    records.write(replace(records.new(ConsentService.PPT), givers=tuple(givers),
                          shared="Fravær, tiltak og evalueringer"))
    assert ReferralService(session).consent_problem(day) is None
    assert ReferralService(session).consent_text(day).startswith("Det foreligger gyldig samtykke")


def test_a_caller_may_bring_its_own_consent_check(session):
    asked = []

    def check(service: str, day: date) -> str | None:
        asked.append((service, day))
        return "Ingen gyldig samtykke for PPT."
    referral = ReferralService(session, consent_check=check)
    assert referral.consent_problem(date(2026, 12, 2)) == "Ingen gyldig samtykke for PPT."
    assert asked == [("ppt", date(2026, 12, 2))]


def test_an_old_case_gets_the_table_and_a_draft(tmp_path):
    """The committed v7 fixture (schema 7) opens, migrates, and holds a draft."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURE_V7, target)
    from desktop.paths import Paths
    from desktop.services.app_service import AppService

    service = AppService(Paths.resolve(target))
    service.check_data_dir()
    service.unlock("fixture passphrase v7")
    try:
        session = service.open_case(V7_CASE)
        referral = ReferralService(session)
        assert not referral.exists()
        draft = referral.start()
        assert "«Det er tungt om morgenen.»" in draft.part(PartKey.PUPIL_VOICE).text
        assert "Eli Nordmann" in draft.part(PartKey.BACKGROUND).text
        assert ("02.11.2026: Samarbeidsmøte holdt. Besluttet: Avtale 1 gjelder i tre uker."
                in draft.part(PartKey.BACKGROUND).text)  # seed 002: "referat fra … møte"
        referral.set_text(PartKey.QUESTIONS, "Hva kan skolen gjøre annerledes?")
        service.close_case(session)
        session = service.open_case(V7_CASE)
        assert ReferralService(session).draft().part(PartKey.QUESTIONS).text == \
            "Hva kan skolen gjøre annerledes?"
    finally:
        service.lock()


def test_the_migration_step_is_idempotent():
    conn = memory_database()
    try:
        _v14_referral_drafts(conn)
        conn.execute("INSERT INTO referral_part (part, text) VALUES ('sporsmal', 'x')")
        _v14_referral_drafts(conn)  # the lead may renumber: running it again changes nothing
        assert conn.execute("SELECT text FROM referral_part").fetchall() == [("x",)]
        assert schema_version(conn) == 0
    finally:
        conn.close()
