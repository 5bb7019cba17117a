"""Every field survives save → lock → a NEW AppService → unlock → open."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.people import GRADE_CODES, Guardian, Pupil, TeamMember, TeamRole

from .conftest import new_service
from .helpers import (
    COMBINING,
    EMOJI,
    RTL,
    SAMI,
    fill_session,
    full_guardians,
    full_pupil,
    full_team,
    strip_ids,
)


def _reopen(data_dir: Path, case_id: str):
    service = new_service(data_dir)
    return service, service.open_case(case_id)


def test_every_field_round_trips(data_dir):
    service = new_service(data_dir)
    session = service.create_case("midlertidig")
    pupil, guardians, team = full_pupil(), full_guardians(), full_team()
    added_g, added_t = fill_session(session, pupil, guardians, team)
    assert session.dirty
    case_id = session.case_id
    assert service.lock() == []  # lock saves every open case

    service2, reopened = _reopen(data_dir, case_id)
    try:
        got = reopened.pupil()
        assert got == pupil
        assert len(got.note) == 10_000
        assert got.birth_date == date(2011, 2, 28)
        assert reopened.guardians() == added_g
        assert strip_ids(reopened.guardians()) == strip_ids(guardians)
        assert [g.position for g in reopened.guardians()] == list(range(len(guardians)))
        assert [(g.parental_responsibility, g.interpreter_needed)
                for g in reopened.guardians()] == [(True, False), (False, True),
                                                   (True, True), (False, False)]
        assert reopened.team() == added_t
        assert [m.role for m in reopened.team()] == list(TeamRole)
        assert all(isinstance(m.role, TeamRole) for m in reopened.team())
        [entry] = service2.list_cases()
        assert (entry.summary.name, entry.summary.grade, entry.summary.school) == (
            pupil.name, pupil.grade, pupil.school)
    finally:
        service2.lock()


def test_every_grade_code_and_empty_birth_date_round_trip(data_dir):
    service = new_service(data_dir)
    ids = {}
    for code in GRADE_CODES + ("",):
        session = service.create_case(f"Elev {code or 'uten trinn'} ŧ")
        session.set_pupil_field("grade", code)
        ids[session.case_id] = code
    service.lock()
    service2 = new_service(data_dir)
    try:
        listed = {e.case_id: e.summary.grade for e in service2.list_cases()}
        assert listed == ids
        for case_id, code in ids.items():
            pupil = service2.open_case(case_id).pupil()
            assert pupil.grade == code
            assert pupil.birth_date is None
    finally:
        service2.lock()


def test_unknown_grade_and_role_are_rejected_without_change(service):
    session = service.create_case("Elev")
    with pytest.raises(ValueError):
        session.set_pupil_field("grade", "11")
    with pytest.raises(ValueError):
        session.add_team_member(TeamMember(role="vaktmester"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        session.set_pupil_field("birth_date", "2011-02-28")
    assert session.pupil().grade == ""
    assert session.team() == []


def test_removed_and_restored_people_round_trip(data_dir):
    service = new_service(data_dir)
    session = service.create_case("Elev")
    first, second, third = (session.add_guardian(g) for g in full_guardians()[:3])
    removed = session.remove_guardian(second.id)
    member = session.add_team_member(TeamMember(role=TeamRole.PPT, name="Ŋ"))
    gone = session.remove_team_member(member.id)
    session.restore_guardian(removed)
    case_id = session.case_id
    service.lock()
    service2, reopened = _reopen(data_dir, case_id)
    try:
        assert reopened.guardians() == [first, second, third]
        assert reopened.team() == []
        assert gone.name == "Ŋ"
    finally:
        service2.lock()


# --- property-based: arbitrary Unicode in every text field -----------------------

_letters = st.characters(blacklist_categories=("Cs",))  # no lone surrogates
_special = st.sampled_from(list(SAMI + EMOJI + RTL + COMBINING + "\x00\n\r\t\u200b\ufeff"))
text = st.text(alphabet=st.one_of(_letters, _special), max_size=120)

pupils = st.builds(
    Pupil,
    name=text, school=text, class_name=text, contact_teacher=text, note=text,
    grade=st.sampled_from(GRADE_CODES + ("",)),
    birth_date=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1),
                                              max_value=date(2030, 12, 31))),
)
guardians = st.builds(
    Guardian, id=st.none(), position=st.just(0),
    name=text, relation=text, phone=text, address=text,
    parental_responsibility=st.booleans(), interpreter_needed=st.booleans(),
    interpreter_language=text,
)
members = st.builds(
    TeamMember, id=st.none(), position=st.just(0),
    role=st.sampled_from(list(TeamRole)), name=text, organisation=text, phone=text,
)


@pytest.fixture(scope="module")
def shared_data_dir(vault_template, tmp_path_factory) -> Path:
    return vault_template.copy_to(tmp_path_factory.mktemp("hypothesis") / "data")


@settings(max_examples=25, deadline=None, database=None)
@given(pupil=pupils, gs=st.lists(guardians, max_size=4), ts=st.lists(members, max_size=4))
def test_arbitrary_text_round_trips(shared_data_dir, pupil, gs, ts):
    work = Path(tempfile.mkdtemp(dir=shared_data_dir.parent))
    data_dir = work / "data"
    shutil.copytree(shared_data_dir, data_dir)
    try:
        service = new_service(data_dir)
        session = service.create_case("x")
        fill_session(session, pupil, gs, ts)
        case_id = session.case_id
        assert service.lock() == []
        service2, reopened = _reopen(data_dir, case_id)
        try:
            assert reopened.pupil() == pupil
            assert strip_ids(reopened.guardians()) == gs
            assert strip_ids(reopened.team()) == ts
            [entry] = service2.list_cases()
            assert entry.summary.name == pupil.name
            assert entry.summary.school == pupil.school
        finally:
            service2.lock()
    finally:
        shutil.rmtree(work)

