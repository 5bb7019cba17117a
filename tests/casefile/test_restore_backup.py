"""A damaged case file can get its previous save back from the .bak."""

from __future__ import annotations

import pytest

from desktop.casefile.container import HEADER_LEN
from desktop.casefile.errors import DamagedFile
from tests.casefile.conftest import new_service


def _flip_last_byte(path):
    """Damage in the database part: found when the case is opened."""
    data = bytearray(path.read_bytes())
    data[-1] ^= 0x01
    path.write_bytes(bytes(data))


def _flip_summary_byte(path):
    """Damage in the summary: found already by the case list."""
    data = bytearray(path.read_bytes())
    data[HEADER_LEN + 3] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(service, data_dir):
    session = service.create_case("Ánde Sárá")
    case_id = session.case_id
    session.set_pupil_field("school", "Fjellbakken skole")
    session.save_now()  # the .bak now holds the creation save
    session.set_pupil_field("class_name", "7B")
    session.save_now()  # the .bak holds the save with the school
    service.close_case(session)
    path = data_dir / "cases" / f"{case_id}.naervaer"
    _flip_summary_byte(path)
    return service, case_id, path


def test_a_damaged_file_with_a_good_backup_lists_the_backup_and_can_be_restored(damaged, data_dir):
    service, case_id, path = damaged
    entry = next(e for e in service.list_cases() if e.case_id == case_id)
    assert isinstance(entry.error, DamagedFile) and entry.summary is None
    assert entry.backup is not None and entry.backup.name == "Ánde Sárá"
    with pytest.raises(DamagedFile):
        service.open_case(case_id)
    damaged_bytes = path.read_bytes()

    service.restore_backup(case_id)
    pupil = service.open_case(case_id).pupil()
    assert (pupil.school, pupil.class_name) == ("Fjellbakken skole", "")  # the previous save
    kept = list((data_dir / "cases").glob(f".{case_id}.naervaer.damaged-*"))
    assert [p.read_bytes() for p in kept] == [damaged_bytes]  # kept aside, not deleted
    assert all(e.error is None for e in service.list_cases())

    service.delete_case(case_id)
    assert not any((data_dir / "cases").glob(f"*{case_id}*"))


def test_a_damaged_backup_is_refused_and_nothing_changes(damaged):
    service, case_id, path = damaged
    bak = path.with_name(path.name + ".bak")
    _flip_last_byte(bak)
    before = path.read_bytes()
    entry = next(e for e in service.list_cases() if e.case_id == case_id)
    assert entry.backup is not None  # the summary still reads; the body does not
    with pytest.raises(DamagedFile):
        service.restore_backup(case_id)
    assert path.read_bytes() == before
    assert not list(path.parent.glob(f".{case_id}.naervaer.damaged-*"))


def test_a_damaged_file_without_backup_offers_none(service, data_dir):
    session = service.create_case("Emil")  # one save only: no .bak yet
    case_id = session.case_id
    service.close_case(session)
    path = data_dir / "cases" / f"{case_id}.naervaer"
    _flip_summary_byte(path)
    entry = next(e for e in new_service(data_dir).list_cases() if e.case_id == case_id)
    assert isinstance(entry.error, DamagedFile) and entry.backup is None


def test_damage_found_at_open_shows_in_the_list_and_the_backup_restores(service, data_dir):
    session = service.create_case("Amina")
    case_id = session.case_id
    session.set_pupil_field("class_name", "1STA")
    session.save_now()
    service.close_case(session)
    path = data_dir / "cases" / f"{case_id}.naervaer"
    _flip_last_byte(path)
    entry = next(e for e in service.list_cases() if e.case_id == case_id)
    assert entry.error is None  # the summary is intact: the list cannot know yet
    with pytest.raises(DamagedFile):
        service.open_case(case_id)
    entry = next(e for e in service.list_cases() if e.case_id == case_id)
    assert isinstance(entry.error, DamagedFile) and entry.backup.name == "Amina"
    service.restore_backup(case_id)
    assert service.open_case(case_id).pupil().name == "Amina"
    assert all(e.error is None for e in service.list_cases())
