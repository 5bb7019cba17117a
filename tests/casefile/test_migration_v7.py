"""The meeting-hub step (schema 8) against the committed v7 fixture: every
conversation, circle stand, agreement, evaluation and meeting recorded on its
own before the hub reads exactly as before, belongs to no meeting, and a new
meeting can hold new records beside them."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.casefile.meeting_links_repo import MeetingLinkRepository
from desktop.casefile.migrations import (
    LATEST_SCHEMA,
    MIGRATIONS,
    _v10_meeting_hub,
    migrate,
    schema_version,
)
from desktop.domain.agreements import AgreementStatus, Participant
from desktop.domain.measure_circle import Party
from desktop.domain.meeting_work import WorkKind
from desktop.domain.meetings import MeetingKind, MeetingStatus, MeetingTask
from desktop.services.agreement_service import AgreementService
from desktop.services.circle_service import MeasureCircleService, circle_form
from desktop.services.conversation_service import Conversations
from desktop.services.meeting_service import MeetingService

from .conftest import new_service

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "v7"
PASSPHRASE = "fixture passphrase v7"
CASE_ID = "345cb4545f95500d8532c013"
PRESENT = (Participant("Eli Nordmann", "Eleven", Party.PUPIL),
           Participant("Kari Nordmann", "Mor", Party.GUARDIANS),
           Participant("Ola Lærer", "Kontaktlærer", Party.CONTACT_TEACHER))


@pytest.fixture
def v7_session(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(FIXTURE, target)
    service = new_service(target, PASSPHRASE)
    session = service.open_case(CASE_ID)
    yield session
    service.lock()


def _check_v7_records(session) -> None:
    [talk] = Conversations(session).list()
    assert (talk.form_id, talk.held_on, talk.present) == (
        "kartlegging_samtaleguide", "2026-11-02", ("Eli Nordmann", "Kari Nordmann"))
    [answer] = Conversations(session).answers(talk.id).values()
    assert (answer.value, answer.pupil_voice) == ("Det er tungt om morgenen.", True)
    form, _ = circle_form(None)
    circle = MeasureCircleService(session, form)
    [stand] = circle.snapshots()
    assert (stand.label, stand.taken_on) == ("Første møte", date(2026, 11, 2))
    assert [e.text for e in circle.box(form.box_ids[0]).entries] == ["Fast voksen tar imot i døra"]
    agreements = AgreementService(session)
    [agreement] = agreements.agreements()
    assert (agreement.number, agreement.version, agreement.status, agreement.place) == (
        1, 1, AgreementStatus.READY, "Møterom 2")
    assert agreement.participants == PRESENT
    assert [m.text for m in agreement.measures] == ["Tar imot Eli kl. 08.15"]
    [evaluation] = agreements.evaluations()
    assert evaluation.agreement_id == agreement.id and not evaluation.finished
    [meeting] = MeetingService(session).meetings()
    assert (meeting.held_at, meeting.kind, meeting.participants) == (
        datetime(2026, 11, 2, 9, 0), MeetingKind.COOPERATION, PRESENT)
    assert (meeting.agenda, meeting.notes, meeting.decisions) == (
        "Fraværet\nAvtalen", "Eli sa selv hva som hjelper.", "Avtale 1 gjelder i tre uker.")
    assert meeting.tasks == (MeetingTask("Ringe hjem fredag", "Ola Lærer", date(2026, 11, 6)),)
    assert meeting.next_meeting == datetime(2026, 11, 23, 9, 0)
    # recorded after the fact: no status, no place, nobody absent, no agenda
    assert (meeting.status, meeting.place, meeting.absent, meeting.interpreter,
            meeting.agenda_id) == (MeetingStatus.RECORDED, "", (), None, "")


def test_v7_fixture_loses_nothing_and_its_records_belong_to_no_meeting(v7_session):
    assert schema_version(v7_session._case._conn) == LATEST_SCHEMA
    _check_v7_records(v7_session)
    links = v7_session.repository(MeetingLinkRepository)
    [meeting] = MeetingService(v7_session).meetings()
    assert MeetingService(v7_session).work(meeting.id).items == ()
    for kind in WorkKind:
        assert links.meeting_of(kind, 1) is None


def test_after_the_migration_a_meeting_holds_new_records_beside_the_old(v7_session):
    meetings = MeetingService(v7_session, now=lambda: datetime(2026, 11, 23, 9, 5))
    running = meetings.start(MeetingKind.EVALUATION, datetime(2026, 11, 23, 9, 0), "Møterom 2",
                             list(PRESENT[:2]), [PRESENT[2]])
    agreements = AgreementService(v7_session)
    [old] = agreements.agreements()
    evaluation = agreements.evaluations(old.id)[0]  # the unfinished one is taken up again …
    assert agreements.start_evaluation(old.id, lambda m: m.party.value) == evaluation
    draft = agreements.new_draft()
    assert draft.participants == PRESENT[:2] and draft.place == "Møterom 2"
    work = meetings.work(running.id)  # … and is now held in this meeting
    assert [(i.kind, i.record_id) for i in work.items] == [
        (WorkKind.AGREEMENT, draft.id), (WorkKind.EVALUATION, evaluation.id)]
    # a draft deleted by mistake and brought back (undo) is the meeting's again
    agreements.restore(agreements.remove_draft(draft.id))
    assert meetings.work(running.id).ids(WorkKind.AGREEMENT) == {draft.id}
    meetings.end(running.id)
    v7_session.set_pupil_field("class_name", "9B")  # a save goes through the whole case
    _check_v7_records_but_new(v7_session, draft.id)


def _check_v7_records_but_new(session, draft_id: int) -> None:
    agreements = AgreementService(session)
    assert [a.id for a in agreements.agreements()][-1] == draft_id
    [old, new] = sorted(MeetingService(session).meetings(), key=lambda m: m.held_at)
    assert old.status is MeetingStatus.RECORDED and new.status is MeetingStatus.ENDED


def test_the_step_can_run_twice_and_leaves_an_empty_v7_database_valid():
    conn = sqlite3.connect(":memory:")
    for step in MIGRATIONS[:7]:
        step(conn)
    conn.execute("PRAGMA user_version = 7")
    assert migrate(conn) == 7
    _v10_meeting_hub(conn)  # again: the columns exist, nothing happens
    for table in ("conversation", "circle_snapshot", "agreement", "evaluation"):
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        assert columns.count("meeting_id") == 1
