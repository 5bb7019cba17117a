"""The rule condition "N days in a row" (metric absent_days_in_a_row), with its
boundaries, and the Danish example rule set that uses it.

Calendar (2026): 2 March is a Monday; the default week is Monday–Friday."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.absence import AbsenceRecord, Reason
from desktop.domain.absence_rules import Condition, Phase, Rule, RuleSet, evaluate_records
from desktop.domain.absence_windows import Window
from desktop.domain.school_week import SchoolWeek
from desktop.forms.rule_sets import load_rule_sets

WEEK = SchoolWeek()
MON = date(2026, 3, 2)


def d(offset: int) -> date:
    return MON + timedelta(days=offset)


def whole(*offsets: int, **fields) -> list[AbsenceRecord]:
    return [AbsenceRecord(None, d(o), **fields) for o in offsets]


def in_a_row(threshold=5, op=">=", window=Window("all"), exclude=frozenset()) -> RuleSet:
    condition = Condition("absent_days_in_a_row", op, threshold, window, exclude)
    phases = (Phase("ok", "OK", "K"), Phase("hoy", "Bekymring", "K"))
    return RuleSet("t", 1, "Test", phases, (Rule("rad", "På rad", condition, "hoy"),), "ok")


def first(records, reference=d(60), week=WEEK, **rule):
    found = evaluate_records(in_a_row(**rule), records, week, reference).firings
    return found[0] if found else None


def test_five_school_days_monday_to_friday_fire_on_the_friday():
    firing = first(whole(0, 1, 2, 3, 4))
    assert firing.first_fired == d(4) and firing.value == 5
    assert [r.day for r in firing.evidence] == [d(0), d(1), d(2), d(3), d(4)]


def test_four_days_in_a_row_do_not_fire_and_more_than_four_is_five():
    assert first(whole(0, 1, 2, 3)) is None
    assert first(whole(0, 1, 2, 3), threshold=4).first_fired == d(3)
    assert first(whole(0, 1, 2, 3, 4), threshold=4, op=">").first_fired == d(4)
    assert first(whole(0, 1, 2, 3), threshold=4, op=">") is None


def test_a_weekend_neither_breaks_nor_counts():
    # Thu, Fri, (Sat, Sun), Mon, Tue, Wed: five school days in a row, not seven.
    firing = first(whole(3, 4, 7, 8, 9))
    assert firing.first_fired == d(9) and firing.value == 5
    assert first(whole(3, 4, 7, 8)) is None  # four


def test_a_holiday_or_a_day_off_in_the_calendar_neither_breaks_nor_counts():
    week = SchoolWeek(days_off=frozenset({d(2)}))  # Wednesday off (a planning day)
    # Mon, Tue, (Wed off), Thu, Fri: four school days in a row.
    assert first(whole(0, 1, 3, 4), week=week) is None
    assert first(whole(0, 1, 3, 4), week=week, threshold=4).first_fired == d(4)
    # Absence written on the day off itself is no school day's absence: still four.
    assert first(whole(0, 1, 2, 3, 4), week=week) is None
    assert first(whole(0, 1, 2, 3, 4), week=week, threshold=4).value == 4
    # ... and Monday of the next week makes five.
    assert first(whole(0, 1, 3, 4, 7), week=week).first_fired == d(7)


def test_a_school_day_present_or_with_only_some_lessons_missed_breaks_the_run():
    assert first(whole(0, 1, 3, 4, 7)) is None  # present on Wednesday
    lessons = [AbsenceRecord(None, d(2), whole_day=False, lessons=(1, 2))]
    assert first(whole(0, 1, 3, 4) + lessons) is None
    # Three days (Thu, Fri, Mon) after the break: the longest run is 3.
    assert first(whole(0, 1, 3, 4, 7), threshold=3).value == 3


def test_documented_illness_counts_and_a_settled_day_breaks_the_run_when_excluded():
    ill = whole(0, 1, 2, 3, 4, documented=True, reason=Reason.ILLNESS)
    assert first(ill).first_fired == d(4)
    settled = whole(0, 1, 3, 4) + [AbsenceRecord(None, d(2), settled=True)]
    assert first(settled).first_fired == d(4)
    assert first(settled, exclude=frozenset({"settled"})) is None


def test_the_window_clips_a_run_and_the_rule_stops_holding_when_the_run_leaves_it():
    records = whole(0, 1, 2, 3, 4)
    # The last 3 school days hold at most 3 of the run.
    assert first(records, window=Window("school_days", 3), threshold=4) is None
    firing = first(records, window=Window("school_days", 5), reference=d(4))
    assert firing.first_fired == d(4) and firing.active
    # A week later the run has left the 5-school-day window: fired, no longer active.
    later = first(records, window=Window("school_days", 5), reference=d(11))
    assert later.first_fired == d(4) and not later.active
    # With window "all" it still holds.
    assert first(records, reference=d(11)).active


def test_the_longest_run_is_the_evidence_not_every_absent_day():
    records = whole(0, 1, 7, 8, 9, 10, 11)  # Mon–Tue, then Mon–Fri of the next week
    firing = first(records)
    assert [r.day for r in firing.evidence] == [d(7), d(8), d(9), d(10), d(11)]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 40), min_size=0, max_size=25), st.randoms())
def test_the_run_is_the_brute_force_run_and_record_order_does_not_matter(offsets, rnd):
    records = whole(*sorted(set(offsets)))
    school = [day for day in sorted({r.day for r in records}) if WEEK.is_school_day(day)]
    # Brute force: walk the school days and count (a weekend record is no absence).
    best = run = 0
    day = d(0)
    absent = set(school)
    while day <= d(40):
        if WEEK.is_school_day(day):
            run = run + 1 if day in absent else 0
            best = max(best, run)
        day += timedelta(days=1)
    shuffled = list(records)
    rnd.shuffle(shuffled)
    firing = first(shuffled, threshold=1)
    assert (firing.value if firing else 0) == (1 if best else 0)
    ruleset = in_a_row(threshold=1)
    from desktop.domain.absence_rules import AbsenceIndex

    index = AbsenceIndex.build(shuffled, WEEK, d(60))
    assert index.value(ruleset.rules[0].condition, d(60), 3) == best
    assert evaluate_records(ruleset, records, WEEK, d(60)) == \
        evaluate_records(ruleset, shuffled, WEEK, d(60))


# --- the example rule set (Antvorskov Skole, Slagelse, Denmark) ----------------------------
SETS, PROBLEMS = load_rule_sets()


def test_the_danish_example_is_valid_names_its_source_and_says_it_is_an_example():
    example = SETS["eksempel_danmark_antvorskov"]
    assert PROBLEMS == []
    assert example.name.startswith("Eksempel:")
    assert "Antvorskov Skole" in example.source and "ikke en norsk rutine" in example.source
    metrics = {r.id: (r.condition.metric, r.condition.window) for r in example.rules}
    assert metrics == {
        "fem-dager-paa-rad": ("absent_days_in_a_row", Window("all")),
        "fem-av-tjue-skoledager": ("absent_days", Window("school_days", 20)),
        "femten-av-seksti-skoledager": ("absent_days", Window("school_days", 60)),
    }


def _fired(records, reference):
    evaluation = evaluate_records(SETS["eksempel_danmark_antvorskov"], records, WEEK, reference)
    return {f.rule.id: f.first_fired for f in evaluation.firings}


def test_the_danish_example_five_in_a_row_and_five_of_twenty():
    # Thu–Wed across a weekend: five in a row (and five of twenty) on the Wednesday.
    assert _fired(whole(3, 4, 7, 8, 9), d(30)) == {"fem-dager-paa-rad": d(9),
                                                   "fem-av-tjue-skoledager": d(9)}
    # Five single Mondays over five weeks: 25 school days span, never five of twenty.
    mondays = whole(0, 7, 14, 21, 28)
    assert _fired(mondays, d(60)) == {}
    # Five Mondays and Fridays within four weeks: five of twenty, no run.
    assert _fired(whole(0, 4, 7, 11, 14), d(30)) == {"fem-av-tjue-skoledager": d(14)}


def test_the_danish_example_fifteen_of_sixty_school_days():
    rnd = random.Random(4)
    # Every fourth school day: the fifth of them (school day 17) makes five of twenty;
    # the fifteenth lies on school day 57, so fifteen of sixty fires on it. (Fifteen of
    # sixty cannot come without five of some twenty: 3 × 4 = 12.)
    school = [d(n) for n in range(0, 120) if d(n).weekday() < 5]
    spread = school[::4][:15]
    records = [AbsenceRecord(None, day) for day in spread]
    rnd.shuffle(records)
    assert _fired(records, d(120)) == {"fem-av-tjue-skoledager": spread[4],
                                      "femten-av-seksti-skoledager": spread[-1]}
    fourteen = [AbsenceRecord(None, day) for day in spread[:14]]
    assert "femten-av-seksti-skoledager" not in _fired(fourteen, d(120))
    # Every fifth school day: never five of twenty, hence never fifteen of sixty.
    assert _fired([AbsenceRecord(None, day) for day in school[::5]], d(120)) == {}
