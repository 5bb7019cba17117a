"""Demo data: a throwaway vault holding three invented pupils.

Every person here is made up for the demo; any likeness to real people is
accidental. No Qt: `create_demo(service)` only calls the application service.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop.domain.people import Guardian, TeamMember, TeamRole
from desktop.services.app_service import AppService

DEMO_PASSPHRASE = "demo demo demo demo"

_PUPILS = [
    {
        "pupil": dict(name="Ánde Sárá", birth_date=date(2013, 3, 14), grade="7",
                      school="Fjellbakken skole", class_name="7B",
                      contact_teacher="Ingrid Dahl",
                      note="Snakker nordsamisk hjemme og norsk på skolen. Fraværet startet "
                           "etter høstferien, mest mandager. Liker sløyd og gym; sier at "
                           "friminuttene er «det verste». Familien driver med rein – "
                           "fravær i kalvingstida er avtalt permisjon og teller ikke her."),
        "guardians": [
            Guardian(name="Elle Sárá", relation="mor", phone="000 00 101",
                     address="Čuoppusvegen 4\n9999 Fjellbakken",
                     parental_responsibility=True, interpreter_needed=True,
                     interpreter_language="nordsamisk"),
            Guardian(name="Mikkal Sárá", relation="far", phone="000 00 102",
                     address="Čuoppusvegen 4\n9999 Fjellbakken",
                     parental_responsibility=True),
        ],
        "team": [
            TeamMember(role=TeamRole.CONTACT_TEACHER, name="Ingrid Dahl",
                       organisation="Fjellbakken skole", phone="000 00 201"),
            TeamMember(role=TeamRole.HEALTH_NURSE, name="Siri Holm",
                       organisation="Fjellbakken helsestasjon", phone="000 00 202"),
            TeamMember(role=TeamRole.PPT, name="Jon Ivvár Buljo",
                       organisation="PPT Nordvidda", phone="000 00 203"),
        ],
    },
    {
        "pupil": dict(name="Emil Haugland", birth_date=date(2011, 11, 2), grade="9",
                      school="Bjørkelia ungdomsskole", class_name="9A",
                      contact_teacher="Kari Solberg",
                      note="Mange sene morgener og forsentkomminger siden jul. Sier selv at "
                           "han gruer seg til matteprøver. Spiller fotball to kvelder i uka."),
        "guardians": [
            Guardian(name="Hanne Haugland", relation="mor", phone="000 00 111",
                     address="Bjørkeveien 12\n9998 Bjørkelia",
                     parental_responsibility=True),
            Guardian(name="Tor Vik", relation="far", phone="000 00 112",
                     address="Strandgata 3\n9997 Nordvik", parental_responsibility=True),
        ],
        "team": [
            TeamMember(role=TeamRole.CONTACT_TEACHER, name="Kari Solberg",
                       organisation="Bjørkelia ungdomsskole", phone="000 00 211"),
            TeamMember(role=TeamRole.SOCIAL_TEACHER, name="Petter Lunde",
                       organisation="Bjørkelia ungdomsskole", phone="000 00 212"),
            TeamMember(role=TeamRole.BUP, name="Marte Øien",
                       organisation="BUP Nordvik", phone="000 00 213"),
        ],
    },
    {
        "pupil": dict(name="Amina Yusuf", birth_date=date(2010, 6, 27), grade="vg1",
                      school="Elvetun videregående skole", class_name="1STA",
                      contact_teacher="Lars Nygård",
                      note="Godt oppmøte til oktober, deretter hele dager borte. Tar ansvar "
                           "for småsøsken om morgenen. Ønsker selv å fullføre skoleåret."),
        "guardians": [
            Guardian(name="Faadumo Yusuf", relation="mor", phone="000 00 121",
                     address="Elvebakken 7\n9996 Elvetun", parental_responsibility=True,
                     interpreter_needed=True, interpreter_language="somali"),
        ],
        "team": [
            TeamMember(role=TeamRole.CONTACT_TEACHER, name="Lars Nygård",
                       organisation="Elvetun videregående skole", phone="000 00 221"),
            TeamMember(role=TeamRole.LOS, name="Sara Bakke",
                       organisation="Elvetun videregående skole", phone="000 00 222"),
            TeamMember(role=TeamRole.HEALTH_NURSE, name="Nora Eide",
                       organisation="Skolehelsetjenesten Elvetun", phone="000 00 223"),
        ],
    },
]


def _school_days_back(today: date, weeks: int) -> list[date]:
    start = today - timedelta(weeks=weeks)
    return [start + timedelta(days=n) for n in range((today - start).days)
            if (start + timedelta(days=n)).weekday() < 5]


def _absence(session, index: int, today: date) -> None:
    """Some invented absence relative to today, so the follow-up ladder on
    Oversikt and the Fravær section have something to show."""
    from desktop.domain.absence import AbsenceRecord, Reason
    from desktop.domain.follow_up import Channel, Contact
    from desktop.services.absence_register import AbsenceRegister

    days = _school_days_back(today, 6)
    if index == 0:  # Ánde: Mondays, undocumented, and late on some Tuesdays
        records = [AbsenceRecord(None, d) for d in days if d.weekday() == 0]
        records += [AbsenceRecord(None, d, whole_day=False, late_minutes=20)
                    for d in days if d.weekday() == 1][-3:]
    elif index == 1:  # Emil: sick days with a note from home
        records = [AbsenceRecord(None, d, documented=True, reason=Reason.ILLNESS)
                   for d in days[-12:-6]]
    else:  # Amina: single lessons, first lesson
        records = [AbsenceRecord(None, d, whole_day=False, lessons=(1,))
                   for d in days[-10:] if d.weekday() in (0, 2, 4)]
    register = AbsenceRegister(session)
    register.add_records(records)
    if index == 0:
        register.add_contact(Contact(
            None, datetime.combine(days[-3], datetime.min.time()).replace(hour=15),
            "Elle Sárá (mor)", Channel.PHONE, "Ingrid Dahl",
            "Snakket om mandagene. Mor forteller at Ánde gruer seg til friminuttene.",
            "Møte på skolen neste uke, med tolk.", "Kalle inn til samarbeidsmøte",
            today + timedelta(days=5)))


def _consents(session, index: int, today: date) -> None:
    """Emil (15): a valid consent to the health nurse from both parents and Emil
    himself, and one to PPT that only his mother has given yet (both parents
    have parental responsibility, so it is not valid: Samtykke says so)."""
    from dataclasses import replace

    from desktop.domain.consent import ConsentService, Giver
    from desktop.services.consent_service import ConsentRecords

    if index != 1:
        return
    records = ConsentRecords(session, today=lambda: today - timedelta(days=14))
    end = date(today.year if today.month < 7 else today.year + 1, 6, 30)
    nurse = records.new(ConsentService.HEALTH_NURSE)
    records.write(replace(nurse, shared="Fraværet og forsentkommingene\nSøvn og morgenrutiner",
                          purpose="Samtale om søvn og morgener med helsesykepleier",
                          givers=(Giver("Hanne Haugland"), Giver("Tor Vik"),
                                  Giver("", is_pupil=True)), valid_until=end))
    ppt = records.new(ConsentService.PPT)
    records.write(replace(ppt, shared="Fraværet (dager, timer og mønster)",
                          purpose="Veiledning til skolen om matteangst",
                          givers=(Giver("Hanne Haugland"),), valid_until=end))


def create_demo(service: AppService) -> list[str]:
    """Create the demo vault (unlocked afterwards) and the demo cases; returns their ids."""
    today = date.today()
    service.create_vault(DEMO_PASSPHRASE)
    case_ids = []
    for data in _PUPILS:
        session = service.create_case(data["pupil"]["name"])
        for key, value in data["pupil"].items():
            if key != "name":
                session.set_pupil_field(key, value)
        for guardian in data["guardians"]:
            session.add_guardian(guardian)
        for member in data["team"]:
            session.add_team_member(member)
        _absence(session, len(case_ids), today)
        _consents(session, len(case_ids), today)
        service.close_case(session)
        case_ids.append(session.case_id)
    return case_ids
