"""People on the papers: a principal is "rektor", not "Ledelse"; a person's
role is rektor, inspektør or avdelingsleder, while "ledelsen" stays where a
guide names the body (a party with measures, Bærum's "Ledelsen og
ressursteamet"); and a person who needs an interpreter is said so on the
agreement and the minutes ("Tolk: somali, for mor").

Seed 001 (Bærum): "Fase 3 - Avdelingsleder informeres og tar ansvaret for
oppfølgingen." and "Avdelingsleder og rektor gjennomgår fraværsføringen";
seed 001 Vedlegg 3: "Spesifiser ansvar for tiltak for kontaktlærer, ledelse,
foresatte, elev og andre involverte parter." (the party)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from desktop.domain.agreements import Agreement, freeze
from desktop.domain.measure_circle import Party
from desktop.domain.meetings import ROLE_SUGGESTIONS, Interpreter, Meeting
from desktop.domain.people import Guardian, TeamMember, TeamRole
from desktop.export.agreement_pdf import build_agreement_pdf
from desktop.export.minutes_draft import attendance_lines
from desktop.forms.rule_sets import load_rule_sets
from desktop.services.agreement_service import AgreementService
from tests.agreements.examples import tonje
from tests.agreements.test_pdf import HEADER, TEMPLATES, flat, pages_of

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def test_school_leaders_are_people_with_their_own_role(service):
    session = service.create_case("Tonje Ánde")
    session.add_team_member(TeamMember(role=TeamRole.PRINCIPAL, name="Ola Šára"))
    session.add_team_member(TeamMember(role=TeamRole.DEPARTMENT_HEAD, name="Rut Berg"))
    session.add_team_member(TeamMember(role=TeamRole.DEPUTY, name="Isak Moe"))
    session.add_team_member(TeamMember(role=TeamRole.LEADERSHIP, name="Eldre Sak"))
    session.add_guardian(Guardian(name="Hodan Nur", relation="Mor", interpreter_needed=True,
                                  interpreter_language="somali"))
    people = {p.name: p for p in AgreementService(session).case_people()}
    assert [(people[n].role, people[n].party) for n in ("Ola Šára", "Rut Berg", "Isak Moe")] \
        == [("Rektor", Party.LEADERSHIP), ("Avdelingsleder", Party.LEADERSHIP),
            ("Inspektør", Party.LEADERSHIP)]
    assert people["Eldre Sak"].role == "Skoleleder"  # an older file's "ledelse": a person
    assert people["Hodan Nur"].interpreter == "somali"
    assert {"Rektor", "Inspektør", "Avdelingsleder"} <= set(ROLE_SUGGESTIONS)
    assert not {"Ledelse", "Ledelsen"} & set(ROLE_SUGGESTIONS)

    agreement = freeze(Agreement(number=1, held_on=date(2026, 3, 2), participants=tuple(
        people[n] for n in ("Tonje Ánde", "Hodan Nur", "Ola Šára")),
        measures=tonje().measures), date(2026, 3, 2))
    text = flat(" ".join(pages_of(build_agreement_pdf, agreement, TEMPLATES.agreement, HEADER)))
    assert "Ola Šára (rektor)" in text and "Ola Šára – rektor" in text
    assert "Tolk: somali, for mor" in text  # from the guardian's card, as nobody wrote one
    assert "Ledelsen ved skolen har ansvar for:" in text  # the party keeps the guide's word
    written = flat(" ".join(pages_of(build_agreement_pdf, replace(
        agreement, interpreter="somali, for mor (Ayaan Ali)"), TEMPLATES.agreement, HEADER)))
    assert "Tolk: somali, for mor (Ayaan Ali)" in written


def test_no_person_is_called_ledelse_in_the_program_or_the_stafett_texts():
    role_literal = re.compile(r'["\']Ledelse["\']')
    offenders = [str(path.relative_to(DESKTOP)) for path in DESKTOP.rglob("*.py")
                 if role_literal.search(path.read_text(encoding="utf-8"))]
    assert offenders == []
    rule_sets, _ = load_rule_sets()
    holders = {(s.id, phase.id): phase.stafettholder for s in rule_sets.values()
               for phase in s.phases}
    assert not [key for key, holder in holders.items()
                if holder.strip().casefold() in ("ledelse", "ledelsen")]
    assert holders[("baerum", "fase3")].startswith("Avdelingsleder")


def test_the_minutes_say_who_the_interpreter_is_for_and_who_else_needs_one():
    people = (tonje().participants[2], )  # Kari Ánde, Mor
    meeting = Meeting(held_at=datetime(2026, 3, 2, 8, 30),
                      participants=people + (replace(tonje().participants[1],
                                                     interpreter="arabisk"),),
                      interpreter=Interpreter("somali", "Kari Ánde", "Ayaan Ali"))
    assert attendance_lines(meeting) == [
        ("Tolk", "somali, for mor, Ayaan Ali; arabisk, for far")]


def test_an_agreement_made_in_a_meeting_with_an_interpreter_says_so(service):
    """The meeting's interpreter is the agreement's "Tolk" (editor and PDF)."""
    from desktop.domain.meetings import MeetingKind
    from desktop.services.meeting_service import MeetingService

    session = service.create_case("Tonje Ánde")
    at = datetime(2026, 3, 2, 8, 30)
    people = tonje().participants
    MeetingService(session, today=lambda: at.date(), now=lambda: at).start(
        MeetingKind.COOPERATION, at, "Møterom 2", list(people[:3]), [],
        Interpreter("somali", "Mor", "Ayaan Ali"), "samarbeidsmote")
    draft = AgreementService(session, today=lambda: at.date()).new_draft()
    assert draft.interpreter == "somali, for mor, Ayaan Ali"
    assert draft.interpreter_line() == "somali, for mor, Ayaan Ali"


def test_every_team_role_has_a_word_in_the_anonymous_consultation():
    """A rektor is called "rektor" there too, not "annen voksen"."""
    from desktop.services.anonymous_people import TEAM_WORDS

    assert set(TEAM_WORDS) == set(TeamRole)
    assert TEAM_WORDS[TeamRole.PRINCIPAL] == "rektor"
