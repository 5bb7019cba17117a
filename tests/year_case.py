"""A case followed for a whole school year (2026–27), for the closing report
and its benchmark (issue 14): the fullest case's people, circle (50 entries)
and 10-step plan (tests/ui/worst_case.py), absence on ~200 school days,
60 logged contacts, two conversations, 6 agreements (signed, 5 evaluated),
12 meetings, three stafettholders, two handovers, and the closing. No Qt.

    case_id = fill_year_case(service)      # closed (saved) afterwards
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from desktop.domain.absence import AbsenceRecord, Reason
from desktop.domain.agreements import Signature
from desktop.domain.case_closing import ClosingReason
from desktop.domain.conversation_tools import Tool
from desktop.domain.evaluations import Outcome, Referral
from desktop.domain.follow_up import Channel, Contact
from desktop.domain.handover import Direction, HandoverRecord, Scope
from desktop.domain.meetings import MeetingTask
from desktop.services.absence_register import AbsenceRegister
from desktop.services.agreement_service import AgreementService
from desktop.services.app_service import AppService
from desktop.services.case_closing import CaseClosing
from desktop.services.conversation_service import ConversationForms, Conversations
from desktop.services.handover import HandoverService
from desktop.services.meeting_service import MeetingService
from tests.agreements.examples import tonje
from tests.ui.worst_case import fill_worst_case

START = date(2026, 8, 17)
CLOSED_ON = date(2027, 6, 18)
NAME = "Ánde Mikkel Sárá Eira-Haugland"


def school_days(start: date = START, end: date = CLOSED_ON) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)
            if (start + timedelta(days=n)).weekday() < 5]


def _absence(session) -> None:
    records = []
    for n, day in enumerate(school_days()):
        if day.weekday() == 0 or n % 7 == 3:  # Mondays and now and then
            records.append(AbsenceRecord(None, day, documented=n % 3 == 0,
                                         reason=Reason.ILLNESS if n % 3 == 0 else Reason.UNKNOWN))
        elif n % 5 == 1:
            records.append(AbsenceRecord(None, day, whole_day=False, lessons=(1, 2)))
        elif n % 11 == 2:
            records.append(AbsenceRecord(None, day, whole_day=False, late_minutes=15))
    register = AbsenceRegister(session)
    register.add_records(records)
    at = datetime(2026, 8, 24, 15, 0)
    for n in range(60):
        register.add_contact(Contact(
            None, at + timedelta(days=5 * n), "Elle Sárá (mor)", list(Channel)[n % 5],
            "Ingrid Dahl", f"Samtale {n + 1}: mandagene er tunge, Ánde gruer seg til friminuttene.",
            "Mor følger til skolen onsdag.", "Ringe igjen", (at + timedelta(days=5 * n + 7)).date()))
    for n, (who, role) in enumerate((("Ingrid Dahl", "Kontaktlærer"), ("Siri Holm", "Helsesykepleier"),
                                     ("Jon Ivvár Buljo", "PPT"))):
        register.hand_over(who, role, START + timedelta(weeks=12 * n), "Etter møtet")


def _conversations(session) -> None:
    talks = Conversations(session)
    for held in (date(2026, 9, 10), date(2027, 2, 4)):
        conv = talks.start(ConversationForms(), "kartlegging_samtaleguide", held,
                           ["Elle Sárá (mor)", "Ingrid Dahl (kontaktlærer)"])
        talks.set_answer_field(conv.id, "elev_trivsel", "Hvordan har du det på skolen?",
                               value="Friminuttene er det verste. Sløyd er bra.",
                               pupil_voice=True)
        talks.set_answer_field(conv.id, "elev_trivsel_skala", "Skala", value="4")
        talks.set_tool_data(conv.id, Tool.SCALING,
                            {"items": [{"label": "Morgenen", "value": 2}]})


def _documents(session) -> None:
    agreements = AgreementService(session)
    for n in range(6):
        draft = agreements.new_draft()
        agreements.write(replace(tonje(held_on=date(2026, 9, 1) + timedelta(weeks=6 * n)),
                                 id=draft.id, number=draft.number))
        agreements.freeze(draft.id)
        agreements.sign(draft.id, [Signature("Elle Sárá", signed_on=date(2026, 9, 1))])
        if n < 5:
            evaluation = agreements.start_evaluation(draft.id, lambda m: "")
            agreements.finish_evaluation(replace(evaluation, outcome=Outcome.NEW_AGREEMENT,
                                                 referral=Referral.NOT_NEEDED))
    meetings = MeetingService(session)
    for n in range(12):
        meeting = meetings.new_meeting()
        meetings.write(replace(meeting, notes=f"Møte {n + 1}: vi så på fraværet og tiltakene.",
                               tasks=tuple(MeetingTask(f"Oppgave {k}", "Ingrid",
                                                       START + timedelta(weeks=3 * n, days=k))
                                           for k in range(4))))


def _handovers(session) -> None:
    for n, direction in enumerate((Direction.IN, Direction.OUT)):
        HandoverService.add_record(session, HandoverRecord(
            direction, datetime(2026, 8, 20 + n, 9, 0), "Fjellbakken skole", "Nordvik skole",
            Scope.FULL, f"OVF-2026082{n}-7F3A9C", "", 1))


def fill_year_case(service: AppService, closed: bool = True) -> str:
    """A school year's case (see the module's docstring); returns its id."""
    case_id = fill_worst_case(service, NAME)
    session = service.open_case(case_id)
    _absence(session)
    _conversations(session)
    _documents(session)
    _handovers(session)
    if closed:
        CaseClosing(session).close(ClosingReason.MOVED_SCHOOL, CLOSED_ON, "Ingrid Dahl",
                                   date(2027, 7, 31), "Familien flytter til Nordvik")
    service.close_case(session)
    return case_id
