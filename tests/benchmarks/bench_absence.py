"""Absence figures: all four rule sets evaluated over three school years of
records (~600), the totals for the five windows, and a heat-map redraw.

    .venv/bin/python tests/benchmarks/bench_absence.py [--runs 31]

Goals (issue 3): rule sets ≤ 20 ms for all four; heat map redraw ≤ 30 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_table, row, timed  # noqa: E402

from desktop.domain.absence import AbsenceRecord, Reason  # noqa: E402
from desktop.domain.absence_rules import AbsenceIndex, evaluate, evaluate_records  # noqa: E402
from desktop.domain.absence_totals import totals  # noqa: E402
from desktop.domain.school_week import SchoolWeek  # noqa: E402
from desktop.forms.rule_sets import load_rule_sets  # noqa: E402


def three_school_years(count: int = 600, seed: int = 3) -> list[AbsenceRecord]:
    """`count` records on school days from August 2023 to June 2026: whole days,
    lessons, late arrivals and leaving school, documented or not."""
    rnd = random.Random(seed)
    week = SchoolWeek()
    days = [d for d in week.school_days(date(2023, 8, 21), date(2026, 6, 19))
            if d.month != 7]
    records = []
    for day in sorted(rnd.sample(days, count)):
        kind = rnd.random()
        documented = rnd.random() < 0.6
        reason = rnd.choice(list(Reason))
        if kind < 0.5:
            records.append(AbsenceRecord(None, day, True, (), documented, reason))
        elif kind < 0.8:
            lessons = tuple(sorted(rnd.sample(range(1, 7), rnd.randint(1, 3))))
            records.append(AbsenceRecord(None, day, False, lessons, documented, reason))
        elif kind < 0.95:
            records.append(AbsenceRecord(None, day, False, (), False, Reason.UNKNOWN,
                                         late_minutes=rnd.choice([5, 10, 20])))
        else:
            records.append(AbsenceRecord(None, day, False, (5, 6), False, Reason.UNKNOWN,
                                         left_school=True))
    return records


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    rule_sets, problems = load_rule_sets()
    assert not problems, problems
    records = three_school_years()
    week = SchoolWeek(days_off=frozenset({date(2025, 12, 24), date(2026, 5, 1)}))
    reference = date(2026, 6, 19)

    def all_rule_sets():
        for rule_set in rule_sets.values():
            evaluate_records(rule_set, records, week, reference)

    def side_by_side():  # Oversikt's "Regelsett side om side": one index, every rule set
        index = AbsenceIndex.build(records, week, reference)
        for rule_set in rule_sets.values():
            evaluate(rule_set, index)

    rows = [
        row(f"all 4 rule sets, {len(records)} records", timed(all_rule_sets, args.runs),
            "≤ 20 ms"),
        row("rule sets side by side (one index)", timed(side_by_side, args.runs), "≤ 50 ms"),
        row("totals, 5 windows", timed(lambda: totals(records, week, reference), args.runs)),
    ]

    from PySide6.QtWidgets import QApplication

    from desktop.ui.sections.absence.heat_map import HeatMap

    app = QApplication.instance() or QApplication(sys.argv)
    heat_map = HeatMap()
    heat_map.resize(480, 260)
    heat_map.show()
    app.processEvents()

    def redraw():
        heat_map.set_data(records, week)
        heat_map.repaint()  # paints now, synchronously

    rows.append(row("heat map redraw (data + paint)", timed(redraw, args.runs), "≤ 30 ms"))
    print_table(rows)
    heat_map.close()
    heat_map.deleteLater()
    app.processEvents()
    failed = rows[0]["median"] > 20 or rows[3]["median"] > 30
    return 1 if failed else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip Qt's teardown at interpreter exit (a PySide6 finaliser crash)
