"""The circle in the case file: boxes, order, measures, discussed flags,
snapshots and resolved suggestions survive closing and reopening."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date

import pytest

from desktop.casefile.errors import ReadOnlyCase
from desktop.casefile.migrations import LATEST_SCHEMA
from desktop.casefile.suggestions_repo import SuggestionRepository
from desktop.domain.measure_circle import EntryKind, MeasureStatus, Party
from desktop.domain.suggestions import MeasureSuggestion, SuggestionStatus
from desktop.paths import Paths
from desktop.services.app_service import AppService
from desktop.services.circle_service import MeasureCircleService, circle_form
from tests.casefile.conftest import new_service
from tests.casefile.test_migrations import CASE_ID, FIXTURE, FIXTURE_PASSPHRASE

FORM, _ = circle_form(None)


def test_circle_round_trip(service, data_dir):
    session = service.create_case("Ánde Ŋ")
    circle = MeasureCircleService(session, FORM)
    assert list(circle.circle.boxes) == FORM.box_ids
    risk = circle.new_entry(EntryKind.RISK, "Trøtt om morgenen – š")
    measure = circle.new_entry(EntryKind.MEASURE, "Helsesykepleier hjelper med søvn",
                               party=Party.HEALTH_NURSE, person="Siri", start=date(2026, 4, 1),
                               status=MeasureStatus.AGREED, link_id=risk.id)
    resource = circle.new_entry(EntryKind.RESOURCE, "Liker å tegne")
    box = circle.box("individuelle_faktorer")
    for entry in (risk, measure, resource):
        box = box.with_added(entry)
    extra = circle.new_entry(EntryKind.RESOURCE, "Hjelpsom")
    box = box.with_added(extra, 0)
    circle.write_box(replace(box, discussed=True))
    suggestion = session.repository(SuggestionRepository).add(
        MeasureSuggestion(None, "fritid", "Fotball igjen", "conversation", 3, "Samtale"))
    circle.write_box(circle.box("fritid").with_added(
        circle.new_entry(EntryKind.MEASURE, suggestion.text)),
        {suggestion.id: SuggestionStatus.ACCEPTED})
    circle.save_snapshot("Første møte", date(2026, 3, 20))
    assert session.dirty
    service.close_case(session)

    reopened = new_service(data_dir).open_case(session.case_id)
    assert reopened.repository(SuggestionRepository)._from_row  # same repository class
    again = MeasureCircleService(reopened, FORM)
    stored = again.box("individuelle_faktorer")
    assert stored.discussed
    assert [e.text for e in stored.of_kind(EntryKind.RESOURCE)] == ["Hjelpsom", "Liker å tegne"]
    assert stored.entry(measure.id) == measure
    assert again.open_suggestions("fritid") == []
    assert [e.text for e in again.box("fritid").of_kind(EntryKind.MEASURE)] == ["Fotball igjen"]
    [snapshot] = again.snapshots()
    assert snapshot.label == "Første møte" and snapshot.taken_on == date(2026, 3, 20)
    assert snapshot.boxes["individuelle_faktorer"] == stored
    # the circle remembers the form it was made with
    assert (again.circle.form_id, again.circle.form_version) == (FORM.id, FORM.version)
    # new ids continue after the stored ones
    assert again.new_entry(EntryKind.RISK, "x").id > extra.id


def test_schema_is_latest_and_read_only_refuses(service, data_dir):
    session = service.create_case("Emil")
    assert session._case.repo.db.execute("PRAGMA user_version").fetchone()[0] == LATEST_SCHEMA
    service.close_case(session)
    first = new_service(data_dir).open_case(session.case_id)
    other = new_service(data_dir).open_case(session.case_id)
    assert other.read_only and not first.read_only
    circle = MeasureCircleService(other, FORM)
    with pytest.raises(ReadOnlyCase):
        circle.set_discussed("fritid", True)
    assert not other.dirty


def test_a_case_from_schema_1_gets_an_empty_circle_and_keeps_it(tmp_path):
    """The committed v1 fixture (before the circle existed) opens, migrates, and
    its circle can be filled and read back; the people in it can be responsible."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    service = AppService(Paths.resolve(data))
    service.unlock(FIXTURE_PASSPHRASE)
    session = service.open_case(CASE_ID)
    circle = MeasureCircleService(session, FORM)
    assert all(not b.entries and not b.discussed for b in circle.circle.boxes.values())
    assert (Party.CONTACT_TEACHER, "Máret Ŧoađđi") in circle.people()
    assert (Party.GUARDIANS, "Biret Čuoŋŋá") in circle.people()
    circle.write_box(circle.box("fritid").with_added(
        circle.new_entry(EntryKind.RESOURCE, "Joiker med bestefar")))
    service.close_case(session)
    service.lock()

    again = AppService(Paths.resolve(data))
    again.unlock(FIXTURE_PASSPHRASE)
    reopened = MeasureCircleService(again.open_case(CASE_ID), FORM)
    assert [e.text for e in reopened.box("fritid").entries] == ["Joiker med bestefar"]
    again.lock()
