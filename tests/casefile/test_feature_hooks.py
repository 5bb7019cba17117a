"""The hooks later features use: a repository per session and edit() for writes."""

from __future__ import annotations

import pytest

from desktop.casefile.errors import ReadOnlyCase
from tests.casefile.conftest import new_service


class NotesRepository:
    """A stand-in feature repository (what desktop/casefile/*_repo.py will hold)."""

    def __init__(self, db):
        self.db = db
        db.execute("CREATE TABLE IF NOT EXISTS demo_note (text TEXT)")

    def add(self, text: str) -> None:
        self.db["demo_note"].insert({"text": text})

    def texts(self) -> list[str]:
        return [row["text"] for row in self.db["demo_note"].rows]


def test_edit_writes_through_the_repository_and_tells_autosave(service, data_dir):
    session = service.create_case("Máret")
    notes = session.repository(NotesRepository)
    assert session.repository(NotesRepository) is notes  # one per session
    seen = []
    session.add_change_listener(lambda s: seen.append(s.revision))
    session.edit(lambda: notes.add("ŋ første"))
    assert seen == [1] and session.dirty
    service.close_case(session)
    reopened = new_service(data_dir).open_case(session.case_id)
    assert reopened.repository(NotesRepository).texts() == ["ŋ første"]


def test_edit_is_refused_on_a_read_only_case(service, data_dir):
    session = service.create_case("Emil")
    other = new_service(data_dir).open_case(session.case_id)  # held by the first
    assert other.read_only
    notes = other.repository(NotesRepository)
    with pytest.raises(ReadOnlyCase):
        other.edit(lambda: notes.add("skal ikke lagres"))
    assert notes.texts() == [] and not other.dirty
