"""Measure suggestions: stored with their box and source, resolved later."""

from __future__ import annotations

from desktop.casefile.suggestions_repo import SuggestionRepository
from desktop.domain.suggestions import MeasureSuggestion, SuggestionStatus
from tests.casefile.conftest import new_service


def test_suggestions_round_trip_filter_and_resolve(service, data_dir):
    session = service.create_case("Ánde")
    repo = session.repository(SuggestionRepository)
    first = session.edit(lambda: repo.add(MeasureSuggestion(
        None, "relasjon_voksne", "Kontaktlærer tar en prat hver morgen – ŧ",
        "conversation", 1, "Kartleggingssamtale 12.03.2026")))
    session.edit(lambda: repo.add(MeasureSuggestion(None, "fritid", "Fotball igjen")))
    assert first.id and first.created_at
    session.edit(lambda: repo.update(first.id, status=SuggestionStatus.ACCEPTED))
    service.close_case(session)

    reopened = new_service(data_dir).open_case(session.case_id)
    repo = reopened.repository(SuggestionRepository)
    [accepted] = repo.list(box_id="relasjon_voksne")
    assert accepted.status is SuggestionStatus.ACCEPTED
    assert accepted.source_label == "Kartleggingssamtale 12.03.2026"
    assert [s.text for s in repo.list(status=SuggestionStatus.OPEN)] == ["Fotball igjen"]
    removed = reopened.edit(lambda: repo.remove(accepted.id))
    reopened.edit(lambda: repo.restore(removed))
    assert repo.list(box_id="relasjon_voksne") == [accepted]
