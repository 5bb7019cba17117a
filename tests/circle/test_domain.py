"""The tiltakssirkel domain without Qt or storage: editing boxes, snapshots and
their comparison, and the measures grouped by responsible party."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.measure_circle import (
    EntryKind,
    MeasureCircle,
    MeasureStatus,
    Party,
    compare,
    measures_by_party,
)
from desktop.forms.circle_form import BOX_IDS

R, K, M = EntryKind.RESOURCE, EntryKind.RISK, EntryKind.MEASURE


def texts(circle, box_id, kind):
    return [e.text for e in circle.box(box_id).of_kind(kind)]


@pytest.fixture
def circle():
    return MeasureCircle.empty(BOX_IDS)


def test_add_edit_delete_and_reorder_keep_kinds_apart(circle):
    first = circle.add("relasjon_voksne", R, "  God relasjon til kontaktlærer ")
    circle.add("relasjon_voksne", K, "Redd for kritikk")
    second = circle.add("relasjon_voksne", R, "Liker rådgiveren")
    third = circle.add("relasjon_voksne", R, "Deler interesse med musikklæreren – ŋ", index=0)
    assert texts(circle, "relasjon_voksne", R) == [
        "Deler interesse med musikklæreren – ŋ", "God relasjon til kontaktlærer",
        "Liker rådgiveren"]
    assert circle.box("relasjon_voksne").counts() == (3, 1, 0)
    circle.update(first.id, text="Svært god relasjon til kontaktlærer")
    circle.move(third.id, 2)
    assert texts(circle, "relasjon_voksne", R) == [
        "Svært god relasjon til kontaktlærer", "Liker rådgiveren",
        "Deler interesse med musikklæreren – ŋ"]
    removed = circle.remove(second.id)
    assert removed.text == "Liker rådgiveren"
    assert circle.box("relasjon_voksne").counts() == (2, 1, 0)
    assert len({first.id, second.id, third.id}) == 3  # ids are never reused
    assert texts(circle, "hjemmeforhold", R) == []


def test_a_measure_links_to_a_risk_and_losing_the_risk_clears_the_link(circle):
    risk = circle.add("hjemmeforhold", K, "Sover dårlig")
    measure = circle.add("hjemmeforhold", M, "Helsesykepleier gir råd om søvn",
                         party=Party.HEALTH_NURSE, start=date(2026, 3, 2), link_id=risk.id)
    assert circle.box("hjemmeforhold").entry(measure.id).link_id == risk.id
    circle.remove(risk.id)
    assert circle.box("hjemmeforhold").entry(measure.id).link_id is None


def test_discussed_flag_per_box(circle):
    circle.set_discussed("fritid")
    assert circle.box("fritid").discussed and not circle.box("hjemmeforhold").discussed


def test_snapshot_compare_lists_added_changed_completed_and_removed(circle):
    keep = circle.add("fritid", R, "Liker å gå tur")
    change = circle.add("fritid", M, "Tur med hunden", party=Party.PUPIL)
    finish = circle.add("mestring_skole", M, "Færre lekser", party=Party.CONTACT_TEACHER,
                        status=MeasureStatus.AGREED)
    gone = circle.add("mestring_skole", K, "Gruer seg til prøver")
    older = circle.snapshot("Møte 1", date(2026, 3, 1))

    circle.update(change.id, text="Tur med hunden to ganger i uka")
    circle.update(finish.id, status=MeasureStatus.DONE)
    circle.remove(gone.id)
    added = circle.add("fritid", M, "Prøve klatring", party=Party.GUARDIANS)
    circle.set_discussed("fritid")
    newer = circle.snapshot("Møte 2", date(2026, 3, 22))

    diff = compare(older, newer)
    assert [c.after.id for c in diff.added] == [added.id]
    assert [c.after.text for c in diff.changed] == ["Tur med hunden to ganger i uka"]
    assert [c.after.id for c in diff.completed] == [finish.id]
    assert [c.before.id for c in diff.removed] == [gone.id]
    assert diff.newly_discussed == ["fritid"]
    assert keep.id not in {c.after.id for c in diff.changed + diff.added}
    assert compare(newer, newer).empty
    # the older snapshot did not follow the later edits
    assert older.boxes["fritid"].entry(change.id).text == "Tur med hunden"


def test_measures_grouped_by_party_in_party_order(circle):
    circle.add("hjemmeforhold", M, "Morgenrutine", party=Party.GUARDIANS)
    circle.add("relasjon_voksne", M, "Fast prat", party=Party.CONTACT_TEACHER)
    circle.add("fritid", M, "Fotball igjen", party=Party.GUARDIANS)
    circle.add("fritid", M, "Uten ansvarlig ennå")
    circle.add("fritid", M, "Stoppet", party=Party.PPT, status=MeasureStatus.ENDED)
    circle.add("fritid", R, "Ikke et tiltak", party=Party.PPT)
    groups = measures_by_party(circle)
    assert list(groups) == [Party.GUARDIANS, Party.CONTACT_TEACHER, Party.OTHER]
    assert [(b, e.text) for b, e in groups[Party.GUARDIANS]] == [
        ("hjemmeforhold", "Morgenrutine"), ("fritid", "Fotball igjen")]
    assert [e.text for _, e in groups[Party.OTHER]] == ["Uten ansvarlig ennå"]
