"""Absence records, school week, decisions, tasks and contacts survive a save
and a re-open through a new AppService; the case list sees phase and next date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.casefile.errors import ReadOnlyCase
from desktop.domain.absence import AbsenceRecord, Reason
from desktop.domain.follow_up import Channel, Contact
from desktop.domain.school_week import SchoolWeek
from desktop.services import app_service as service_module
from desktop.services.absence_register import AbsenceRegister
from tests.casefile.conftest import V1_PASSPHRASE, copy_v1_fixture, new_service


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(service_module, "today", lambda: date(2026, 3, 31))


def test_everything_survives_reopen(service, data_dir):
    session = service.create_case("Áilu Ŋuolja")
    register = AbsenceRegister(session)
    week = SchoolWeek({0: ("norsk", "matte"), 2: ("gym",) * 5}, frozenset({date(2026, 3, 4)}))
    register.set_week(week)
    added = register.add_records([
        AbsenceRecord(None, date(2026, 3, 2), whole_day=False, lessons=(2,), documented=False,
                      reason=Reason.OTHER, reason_text="sa ikke fra ŧ"),
        AbsenceRecord(None, date(2026, 3, 9), documented=True, reason=Reason.ILLNESS,
                      late_minutes=0, settled=True),
    ])
    assert [r.id for r in added] == [1, 2]
    register.set_rule_set_override("oslo")
    register.decide("bekymring", date(2026, 3, 3), "Kari (kontaktlærer)")
    task = register.rule_set().phase("bekymring").tasks[0]
    assert task.id.startswith("bekymring.")
    register.set_task(task.id, True)
    register.add_contact(Contact(None, datetime(2026, 3, 3, 14, 30), "Mor", Channel.PHONE,
                                 "Kari", "Snakket om morgenene", "Ringe fredag",
                                 "Ny samtale", date(2026, 4, 10)))
    service.close_case(session)

    reopened = new_service(data_dir).open_case(session.case_id)
    again = AbsenceRegister(reopened)
    assert again.records() == added
    assert again.week() == week
    assert again.rule_set().id == "oslo"
    assert [d.phase_id for d in again.decisions()] == ["bekymring"]
    assert again.done_tasks() == {task.id: date(2026, 3, 31)}
    contact = again.contacts()[0]
    assert (contact.with_whom, contact.channel, contact.next_date) == ("Mor", Channel.PHONE,
                                                                       date(2026, 4, 10))
    summary = reopened.summary()
    assert summary.phase == "Bekymringsfullt fravær – årsaken undersøkes"
    assert summary.next_due == date(2026, 4, 10)


def test_summary_shows_a_suggestion_until_someone_decides(service):
    session = service.create_case("Elev")
    register = AbsenceRegister(session)
    assert session.summary().phase == ""
    register.add_records([AbsenceRecord(None, date(2026, 3, 2), whole_day=False, lessons=(1,))])
    assert session.summary().phase == "Fase 2 – Identifisering og kontakt (forslag)"


def test_remove_and_restore_keep_the_id(service):
    session = service.create_case("Elev")
    register = AbsenceRegister(session)
    first, = register.add_records([AbsenceRecord(None, date(2026, 3, 2))])
    removed = register.remove_records([first.id])
    assert register.records() == []
    register.restore_records(removed)
    assert register.records() == [first]
    assert register.duplicates([AbsenceRecord(None, date(2026, 3, 2), documented=True)]) != []


def test_read_only_case_refuses_writes(service, data_dir):
    session = service.create_case("Elev")
    other = new_service(data_dir).open_case(session.case_id)
    assert other.read_only
    with pytest.raises(ReadOnlyCase):
        AbsenceRegister(other).add_records([AbsenceRecord(None, date(2026, 3, 2))])


def test_the_v1_fixture_gets_the_absence_tables_and_keeps_its_summary(tmp_path):
    service = new_service(copy_v1_fixture(tmp_path), V1_PASSPHRASE)
    try:
        [entry] = service.list_cases()
        session = service.open_case(entry.case_id)
        register = AbsenceRegister(session)
        assert register.records() == [] and register.contacts() == []
        # Documented lesson: nothing fires, so the phase set before is kept.
        register.add_records([AbsenceRecord(None, date(2026, 3, 2), whole_day=False,
                                            lessons=(1,), documented=True)])
        assert (session.summary().phase, session.summary().next_due) == ("kartlegging", None)
        first, = register.add_records([AbsenceRecord(None, date(2026, 3, 3), whole_day=False,
                                                     lessons=(2,))])
        assert session.summary().phase == "Fase 2 – Identifisering og kontakt (forslag)"
        register.remove_records([first.id])
        assert session.summary().phase == ""  # what the ladder wrote, it takes back
        service.close_case(session)
    finally:
        service.lock()
