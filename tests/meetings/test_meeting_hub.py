"""The meeting as the hub: present and absent chosen once, what is done during
the meeting belongs to it (a conversation, a circle stand, an agreement
version, an evaluation), and the end page says what was decided."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.domain.agreements import AgreementMeasure, Participant
from desktop.domain.evaluations import Outcome
from desktop.domain.measure_circle import Party
from desktop.domain.meeting_work import MeetingWork, WorkItem, WorkKind, decided
from desktop.domain.meetings import (
    AgendaState,
    Interpreter,
    Meeting,
    MeetingError,
    MeetingKind,
    MeetingStatus,
    MeetingTask,
    running_meeting,
    start,
)
from desktop.services.agreement_service import AgreementService
from desktop.services.circle_service import MeasureCircleService, circle_form
from desktop.services.conversation_service import ConversationForms, Conversations
from desktop.services.meeting_service import MeetingService, present_or

PUPIL = Participant("Tonje Ánde", "Elev", Party.PUPIL)
MOTHER = Participant("Kari Ánde", "Mor", Party.GUARDIANS)
TEACHER = Participant("Ola Lærer", "Kontaktlærer", Party.CONTACT_TEACHER)
PPT = Participant("Per Ŋ. Hansen", "PPT", Party.PPT)
NURSE = Participant("Sára Žeađđi", "Helsesykepleier", Party.HEALTH_NURSE)
AT = datetime(2026, 3, 2, 8, 30)


# --- domain ---------------------------------------------------------------------------------
def test_nobody_is_present_unless_chosen_and_nobody_is_both():
    with pytest.raises(MeetingError) as nobody:
        start(MeetingKind.MAPPING, AT, "", ())
    assert nobody.value.problem == "no_present"
    with pytest.raises(MeetingError) as both:
        start(MeetingKind.MAPPING, AT, "", (PUPIL, PPT), (PPT,))
    assert both.value.problem == "present_and_absent"
    with pytest.raises(MeetingError) as language:
        start(MeetingKind.MAPPING, AT, "", (MOTHER,), interpreter=Interpreter(" ", "Mor"))
    assert language.value.problem == "interpreter_language"
    meeting = start(MeetingKind.MAPPING, AT, " Møterom 2 ", (PUPIL, MOTHER, TEACHER),
                    (PPT, NURSE), Interpreter("arabisk", "Mor"), "forste_mote")
    assert meeting.status is MeetingStatus.RUNNING and meeting.running
    assert meeting.place == "Møterom 2"
    assert meeting.present_names() == ["Tonje Ánde", "Kari Ánde", "Ola Lærer"]
    assert meeting.absent == (PPT, NURSE)


def test_agenda_items_are_done_skipped_or_opened_again_in_any_order():
    meeting = start(MeetingKind.EVALUATION, AT, "", (PUPIL,), agenda_id="evalueringsmote")
    meeting = meeting.with_item("utfall", AgendaState.DONE).with_item(
        "fravaer_i_perioden", AgendaState.SKIPPED)
    assert meeting.item_state("utfall") is AgendaState.DONE
    assert meeting.item_state("fravaer_i_perioden") is AgendaState.SKIPPED
    assert meeting.item_state("evaluering") is AgendaState.OPEN
    meeting = meeting.with_item("fravaer_i_perioden", AgendaState.OPEN)
    assert meeting.agenda_state == {"utfall": AgendaState.DONE}
    ended = meeting.end(datetime(2026, 3, 2, 9, 45))
    assert ended.status is MeetingStatus.ENDED and not ended.running
    assert running_meeting([ended, meeting]) is meeting
    assert running_meeting([ended]) is None


def test_what_was_decided_comes_from_the_records_the_meeting_holds():
    from tests.agreements.examples import tonje
    older = replace(tonje(), id=1, number=1, version=1)
    newer = replace(tonje(), id=2, number=1, version=2, evaluation_on=date(2026, 3, 23),
                    measures=(AgreementMeasure("Møter Tonje i porten", Party.CONTACT_TEACHER),
                              AgreementMeasure("Kjører til skolen", Party.GUARDIANS, "Mor")))
    meeting = Meeting(id=7, held_at=AT, participants=(PUPIL, MOTHER),
                      tasks=(MeetingTask("Ringe BUP", "Ola Lærer", date(2026, 3, 9)),),
                      next_meeting=datetime(2026, 3, 23, 8, 30))
    work = MeetingWork(7, (WorkItem(WorkKind.CONVERSATION, 3, "Kartleggingssamtale"),
                           WorkItem(WorkKind.AGREEMENT, 2, number=1, version=2)))
    page = decided(meeting, work, [older, newer], [], lambda m: m.party.value)
    assert page.agreement is newer and page.evaluation is None
    assert [(r.text, r.responsible, r.due, r.source) for r in page.responsibilities] == [
        ("Møter Tonje i porten", "kontaktlaerer", date(2026, 3, 23), "measure"),
        ("Kjører til skolen", "Mor", date(2026, 3, 23), "measure"),
        ("Ringe BUP", "Ola Lærer", date(2026, 3, 9), "task")]
    assert page.next_meeting == datetime(2026, 3, 23, 8, 30)
    assert page.conversations == ("Kartleggingssamtale",)


# --- with storage ---------------------------------------------------------------------------
def test_a_meeting_holds_a_conversation_a_stand_an_agreement_version_and_an_evaluation(
        service, data_dir):
    session = service.create_case("Tonje Ánde")
    today = date(2026, 3, 2)
    meetings = MeetingService(session, today=lambda: today, now=lambda: AT)
    agreements = AgreementService(session, today=lambda: today)
    # before the meeting: an agreement made on its own belongs to no meeting
    earlier = agreements.new_draft()
    agreements.write(earlier.edited(participants=(PUPIL,),
                                    measures=(AgreementMeasure("Fast voksen", Party.LEADERSHIP),)))
    earlier = agreements.freeze(earlier.id)
    assert present_or(session, [NURSE]) == [NURSE]

    meeting = meetings.start(MeetingKind.MAPPING, AT, "Møterom 2", [PUPIL, MOTHER, TEACHER],
                             [PPT, NURSE], Interpreter("arabisk", "Mor"), "forste_mote")
    with pytest.raises(MeetingError):  # one meeting at a time
        meetings.start(MeetingKind.OTHER, AT, "", [PUPIL])
    assert present_or(session, [NURSE]) == [PUPIL, MOTHER, TEACHER]

    forms = ConversationForms()
    talk = Conversations(session).start(forms, "kartlegging_samtaleguide", today,
                                        meetings.running().present_names())
    form, _ = circle_form(None)
    stand = MeasureCircleService(session, form).save_snapshot("Første møte", today)
    evaluation = agreements.start_evaluation(earlier.id, lambda m: m.party.value)
    assert evaluation.participants == (PUPIL, MOTHER, TEACHER)  # the meeting's, not the agreement's
    agreements.finish_evaluation(replace(evaluation, outcome=Outcome.NEW_AGREEMENT))
    draft = agreements.new_draft()
    # the agreement's "til stede" and place come from the meeting: PPT and the nurse sent
    # word they could not come, so they get no signature line
    assert draft.participants == (PUPIL, MOTHER, TEACHER) and draft.place == "Møterom 2"
    assert draft.held_on == today
    agreements.write(draft.edited(measures=(AgreementMeasure("Møter Tonje", Party.CONTACT_TEACHER),)))
    version = agreements.freeze(draft.id)
    meetings.write(meetings.running().edited(
        tasks=(MeetingTask("Ringe hjem", "Ola Lærer", date(2026, 3, 6)),),
        next_meeting=datetime(2026, 3, 23, 8, 30)))
    ended = meetings.end(meeting.id)
    assert meetings.running() is None and ended.ended_at == AT

    service.close_case(session)
    reopened = service.open_case(session.case_id)
    meetings = MeetingService(reopened, today=lambda: today)
    stored = meetings.meeting(meeting.id)
    assert (stored.status, stored.place, stored.absent, stored.interpreter, stored.agenda_id) == (
        MeetingStatus.ENDED, "Møterom 2", (PPT, NURSE), Interpreter("arabisk", "Mor"),
        "forste_mote")
    work = meetings.work(meeting.id)
    assert work.ids(WorkKind.CONVERSATION) == {talk.id}
    assert work.ids(WorkKind.CIRCLE_STAND) == {stand.id}
    assert work.ids(WorkKind.EVALUATION) == {evaluation.id}
    assert version.id in work.ids(WorkKind.AGREEMENT) and earlier.id not in work.ids(
        WorkKind.AGREEMENT)
    page = meetings.decided(meeting.id, lambda m: m.party.value)
    assert (page.agreement.id, page.agreement.version) == (version.id, version.version)
    assert page.evaluation.id == evaluation.id and page.outcome is Outcome.NEW_AGREEMENT
    assert [r.text for r in page.responsibilities] == ["Møter Tonje", "Ringe hjem"]
    assert page.next_meeting == datetime(2026, 3, 23, 8, 30)

    # deleting the meeting keeps its records; undo (restore) attaches them again
    old = meetings.remove(meeting.id)
    assert Conversations(reopened).get(talk.id).id == talk.id
    meetings.restore(*old)
    assert meetings.work(meeting.id).ids(WorkKind.CONVERSATION) == {talk.id}


def test_ending_a_meeting_that_worked_on_the_circle_saves_its_stand_once(service, data_dir):
    session = service.create_case("Tonje Ánde")
    meetings = MeetingService(session, today=lambda: date(2026, 3, 23), now=lambda: AT)
    form, _ = circle_form(None)
    circle = MeasureCircleService(session, form)
    first = meetings.start(MeetingKind.COOPERATION, AT, "", [PUPIL, MOTHER])
    meetings.end(first.id, circle_stand="Møte 02.03.2026")
    [stand] = circle.snapshots()
    assert (stand.label, stand.taken_on) == ("Møte 02.03.2026", date(2026, 3, 2))
    assert meetings.work(first.id).ids(WorkKind.CIRCLE_STAND) == {stand.id}
    # a stand saved by hand during the meeting is the meeting's: no second one at the end
    second = meetings.start(MeetingKind.COOPERATION, AT, "", [PUPIL])
    by_hand = circle.save_snapshot("Etter runden", date(2026, 3, 23))
    meetings.end(second.id, circle_stand="Møte 23.03.2026")
    assert [s.id for s in circle.snapshots()] == [stand.id, by_hand.id]
    # without a label (the circle was not opened) nothing is saved
    third = meetings.start(MeetingKind.OTHER, AT, "", [PUPIL])
    meetings.end(third.id)
    assert len(circle.snapshots()) == 2
