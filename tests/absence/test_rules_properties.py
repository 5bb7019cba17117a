"""Properties of the evaluation: entry order does not matter, and more absence
never lowers the suggested phase (for Ørland: more absence that is not illness —
a new sick day may, as the guide says, turn single days into a continuous
illness that is not counted)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.absence import AbsenceRecord, Reason
from desktop.domain.absence_rules import evaluate_records
from desktop.domain.school_week import SchoolWeek
from desktop.forms.rule_sets import load_rule_sets

RULE_SETS, _ = load_rule_sets()
WEEK = SchoolWeek(days_off=frozenset({date(2026, 4, 1), date(2026, 5, 17)}))
START = date(2025, 12, 1)
REFERENCE = date(2026, 6, 30)


def record(reasons):
    return st.builds(
        lambda offset, whole, lessons, documented, reason, late, left, settled: AbsenceRecord(
            None, START + timedelta(days=offset), whole, () if whole else tuple(sorted(lessons)),
            documented, reason, "", late, left, settled),
        st.integers(0, 200), st.booleans(), st.sets(st.integers(1, 6), max_size=6),
        st.booleans(), st.sampled_from(reasons), st.sampled_from([0, 0, 5, 20]),
        st.booleans(), st.booleans())


ALL_REASONS = list(Reason)
records = st.lists(record(ALL_REASONS), max_size=40)


def summary(evaluation):
    return (evaluation.suggested.id,
            sorted((f.rule.id, f.first_fired, f.value, f.active,
                    tuple(sorted((r.day, r.whole_day, r.lessons) for r in f.evidence)))
                   for f in evaluation.firings))


@settings(max_examples=60, deadline=None)
@given(records, st.randoms(use_true_random=False))
def test_evaluation_does_not_depend_on_entry_order(items, rnd):
    shuffled = list(items)
    rnd.shuffle(shuffled)
    for rule_set in RULE_SETS.values():
        assert summary(evaluate_records(rule_set, items, WEEK, REFERENCE)) == \
            summary(evaluate_records(rule_set, shuffled, WEEK, REFERENCE))


@settings(max_examples=60, deadline=None)
@given(records, st.data())
def test_more_absence_never_lowers_the_suggested_phase(items, data):
    for rule_set in RULE_SETS.values():
        reasons = [r for r in Reason if r is not Reason.ILLNESS] if rule_set.id == "orland" \
            else ALL_REASONS
        extra = data.draw(st.lists(record(reasons), min_size=1, max_size=10))
        before = evaluate_records(rule_set, items, WEEK, REFERENCE).suggested.id
        after = evaluate_records(rule_set, items + extra, WEEK, REFERENCE).suggested.id
        assert rule_set.rank(after) >= rule_set.rank(before), (rule_set.id, before, after)
