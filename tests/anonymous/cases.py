"""Three invented pupils for the anonymous consultation tests, with Norwegian
and Sámi names, guardians, a team, a contact log, a meeting, an agreement with
an evaluation, a circle, a conversation, and free text that names people by
first name, with possessives and in NFD. Every name here is made up."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from desktop.casefile.agreements_repo import AgreementRepository
from desktop.domain.absence import AbsenceRecord
from desktop.domain.agreements import Agreement, AgreementMeasure, Participant, SubGoal
from desktop.domain.conversations import Answer
from desktop.domain.evaluations import Evaluation, Outcome, RatedItem, Rating
from desktop.domain.follow_up import Channel, Contact
from desktop.domain.measure_circle import EntryKind, Party
from desktop.domain.meetings import Meeting
from desktop.domain.people import Guardian, TeamMember, TeamRole

TODAY = date(2026, 12, 2)
START = date(2026, 9, 7)  # a Monday: the first record of every case


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@dataclass(frozen=True)
class CaseSpec:
    pupil: str
    birth: date
    school: str
    class_name: str
    guardians: tuple[Guardian, ...]
    team: tuple[TeamMember, ...]
    note: str
    contact_text: str
    stranger: str  # named only in the records (a contact's "by whom")
    principal: str  # present at the meeting as "Rektor"
    places: tuple[str, ...]  # place names from addresses and schools
    phones: tuple[str, ...]

    @property
    def names(self) -> list[str]:
        return [self.pupil, *(g.name for g in self.guardians), *(m.name for m in self.team),
                self.stranger, self.principal]


CASES = [
    CaseSpec(
        pupil="Tonje Marie Haugen", birth=date(2012, 5, 9), school="Solbakken skole",
        class_name="8C",
        guardians=(Guardian(name="Kari Haugen", relation="mor", phone="412 34 567",
                            address="Lyngveien 5\n1234 Solbakken"),
                   Guardian(name="Ola Nordli", relation="far", phone="+47 987 65 432")),
        team=(TeamMember(role=TeamRole.CONTACT_TEACHER, name="Liv Berg",
                         organisation="Solbakken skole", phone="22 11 00 99"),
              TeamMember(role=TeamRole.HEALTH_NURSE, name="Rita Strand",
                         organisation="Solbakken helsestasjon")),
        note="Tonjes mor forteller at Tonje gruer seg. TONJE'S far Ola mener at Marie "
             "(som hun kalles hjemme) har et godt liv utenom skolen. Ring Kari på "
             "412 34 567 eller kari.haugen@epost.no. Født 09.05.2012.",
        contact_text="Liv Berg snakket med Kari. Haugen-familien ønsker møte 14.09.2026.",
        stranger="Sigrid Moe", principal="Hege Dahl",
        places=("Solbakken", "Lyngveien"), phones=("41234567", "98765432", "22110099")),
    CaseSpec(
        pupil="Áile Ŋuolja Sárá", birth=date(2013, 1, 21), school="Guovdageainnu skuvla",
        class_name="7A",
        guardians=(Guardian(name="Elle Máret Sárá", relation="mor", phone="900 11 222",
                            address="Čuoppusvegen 4\n9520 Guovdageaidnu"),
                   Guardian(name="Nils Ánte Gaup", relation="far")),
        team=(TeamMember(role=TeamRole.CONTACT_TEACHER, name="Biret Ánne Somby",
                         organisation="Guovdageainnu skuvla", phone="78 48 00 01"),
              TeamMember(role=TeamRole.PPT, name="Jon Ivvár Buljo",
                         organisation="PPT Sis-Finnmárku")),
        note=nfd("Áiles mor Elle Máret sier at Áile's beste venn har flyttet. Ŋuolja er "
                 "navnet bestemor bruker. Nils Ánte kjører Áile til skolen i Guovdageaidnu. "
                 "Ánte og Máret ønsker tolk. Aile Sara (skrevet uten tegn) liker duodji."),
        contact_text=nfd("Biret Ánne ringte Elle Máret Sárá. Sárá-familien ba om et nytt "
                         "møte; Áiles far kommer også."),
        stranger="Ánde Buljo", principal="Máhtte Eira",
        places=("Guovdageaidnu", "Čuoppusvegen", "Guovdageainnu", "Sis-Finnmárku"),
        phones=("90011222", "78480001")),
    CaseSpec(
        pupil="Per-Olav Østby", birth=date(2011, 10, 30), school="Nordre Ås ungdomsskole",
        class_name="10B",
        guardians=(Guardian(name="Anne-Lise Østby", relation="", phone="45 45 45 45",
                            address="Åsveien 12B\n1430 Ås"),
                   Guardian(name="Tor Øverland", relation="stefar")),
        team=(TeamMember(role=TeamRole.CONTACT_TEACHER, name="Mari Lunde",
                         organisation="Nordre Ås ungdomsskole"),
              TeamMember(role=TeamRole.SOCIAL_TEACHER, name="Eli Aasen",
                         organisation="Nordre Ås ungdomsskole")),
        note="Per-Olavs mor Anne-Lise sier at Per sover dårlig. Olav spiller håndball. "
             "Personalet på skolen ser at Per-Olav trekker seg unna; ingen Person eller "
             "personer har merket mobbing. Østbys nabo Tor er stefar.",
        contact_text="Mari ringte Anne-Lise Østby om Per-Olav's fravær. Per kom dagen etter.",
        stranger="Gunnar Ås-Hansen", principal="Eli Aasen",
        places=("Åsveien",), phones=("45454545",)),
]


def build_case(service, spec: CaseSpec) -> str:
    """A case with everything the consultation reads; returns its id."""
    from desktop.casefile.conversations_repo import ConversationRepository
    from desktop.services.absence_register import AbsenceRegister
    from desktop.services.circle_service import MeasureCircleService, circle_form
    from desktop.services.conversation_service import ConversationForms, Conversations

    session = service.create_case(spec.pupil)
    for key, value in dict(birth_date=spec.birth, grade="8", school=spec.school,
                           class_name=spec.class_name, contact_teacher=spec.team[0].name,
                           note=spec.note).items():
        session.set_pupil_field(key, value)
    for guardian in spec.guardians:
        session.add_guardian(guardian)
    for member in spec.team:
        session.add_team_member(member)
    register = AbsenceRegister(session)
    days = [START + timedelta(days=n) for n in range(0, 12 * 7) if (START + timedelta(days=n)).weekday() == 0]
    register.add_records([AbsenceRecord(None, d) for d in days]
                         + [AbsenceRecord(None, d + timedelta(days=1), whole_day=False,
                                          late_minutes=15) for d in days[:4]])
    first = spec.guardians[0]
    register.add_contact(Contact(None, datetime(2026, 9, 10, 15, 0),
                                 f"{first.name} ({first.relation or 'foresatt'})",
                                 Channel.PHONE, spec.stranger, spec.contact_text,
                                 f"{spec.pupil.split()[0]} kommer på møtet.", "Møte", None))
    repo = session.repository(AgreementRepository)
    people = (Participant(spec.pupil, "Elev", Party.PUPIL),
              Participant(first.name, first.relation or "Foresatt", Party.GUARDIANS),
              Participant(spec.team[0].name, "Kontaktlærer", Party.CONTACT_TEACHER),
              Participant(spec.principal, "Rektor", Party.LEADERSHIP))

    def records():
        repo.add_meeting(Meeting(None, datetime(2026, 9, 21, 9, 0), participants=people,
                                 notes=f"{spec.pupil.split()[0]} fortalte selv.",
                                 decisions=f"{spec.team[0].name} lager avtale.",
                                 place=spec.school))
        agreement = repo.add_agreement(Agreement(
            number=1, held_on=date(2026, 9, 21), place=spec.school, participants=people,
            long_term_goal=f"{spec.pupil.split()[0]} er på skolen hver dag.",
            sub_goals=(SubGoal("Møter til første time tre dager i uka", "3 uker"),),
            measures=(AgreementMeasure(f"Tar imot {spec.pupil.split()[0]} i døra",
                                       Party.CONTACT_TEACHER, spec.team[0].name),)))
        repo.add_evaluation(Evaluation(
            agreement_id=agreement.id, held_on=date(2026, 10, 12), participants=people,
            goal_note=f"{spec.guardians[0].name.split()[0]} ser bedring.",
            sub_goals=(RatedItem("Møter til første time", Rating.PARTLY,
                                 f"{spec.pupil.split()[0]}s morgener er tunge"),),
            outcome=Outcome.NEW_AGREEMENT, finished=True))
    session.edit(records)

    form, _ = circle_form(None)
    circle = MeasureCircleService(session, form)
    box = circle.box(form.box_ids[0])
    circle.write_box(replace(box, entries=(
        circle.new_entry(EntryKind.RESOURCE, f"{spec.guardians[0].name.split()[0]} er engasjert"),
        circle.new_entry(EntryKind.MEASURE, "Fast morgenrutine", party=Party.GUARDIANS,
                         person=spec.guardians[-1].name, start=date(2026, 9, 28)))))

    talks = Conversations(session)
    conversation = talks.start(ConversationForms(), "kartlegging_samtaleguide",
                               date(2026, 9, 14), [spec.pupil, first.name])
    talks.put_answer(conversation.id, Answer("elev_onske", "Hvordan ønsker du at dagen var?",
                                             f"At {spec.team[0].name.split()[0]} hilser på meg",
                                             pupil_voice=True))
    talks.put_answer(conversation.id, Answer("etter_utlosende", "Utløsende?",
                                             "INTERNT: hypotese om friminuttene"))
    assert session.repository(ConversationRepository).answers(conversation.id)
    service.close_case(session)
    return session.case_id
