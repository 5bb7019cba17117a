"""Patterns, the weekly trend and before/after figures over three school years
of records (~600, the same register as bench_absence.py), and a redraw of the
trend chart.

    .venv/bin/python tests/benchmarks/bench_patterns.py [--runs 31]

Goal (issue 17): patterns and trend ≤ 30 ms (median).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_absence import three_school_years  # noqa: E402
from common import print_table, row, timed  # noqa: E402

from desktop.domain.absence_patterns import find_patterns  # noqa: E402
from desktop.domain.absence_weeks import absence_by_day, weekly_absence  # noqa: E402
from desktop.domain.measure_effect import effect_of  # noqa: E402
from desktop.domain.school_week import SchoolWeek  # noqa: E402
from desktop.forms.absence_patterns import load_insight_settings  # noqa: E402

SUBJECTS = ("norsk", "matte", "engelsk", "naturfag", "gym", "musikk")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    settings, problems = load_insight_settings()
    assert not problems, problems
    records = three_school_years()
    holidays = {date(2025, 10, 6) + timedelta(days=n) for n in range(5)} | \
        {date(2025, 12, 22) + timedelta(days=n) for n in range(12)} | \
        {date(2026, 2, 23) + timedelta(days=n) for n in range(5)}
    week = SchoolWeek({d: SUBJECTS[d:] + SUBJECTS[:d] for d in range(5)}, frozenset(holidays))
    today = date(2026, 6, 19)
    starts = [date(2026, 1, 5) + timedelta(weeks=2 * n) for n in range(10)]

    def patterns_and_trend():
        find_patterns(records, week, today, settings.patterns)
        weekly_absence(absence_by_day(records, week), week, today - timedelta(weeks=51), today)

    def effects():
        by_day = absence_by_day(records, week)
        for start in starts:
            effect_of(start, by_day, week, today, settings.effect)

    rows = [
        row(f"patterns + 52-week trend, {len(records)} records",
            timed(patterns_and_trend, args.runs), "≤ 30 ms"),
        row("patterns alone", timed(lambda: find_patterns(records, week, today,
                                                          settings.patterns), args.runs)),
        row("before/after for 10 starts", timed(effects, args.runs)),
    ]

    from PySide6.QtWidgets import QApplication

    from desktop.services.absence_insight import Trend
    from desktop.ui.sections.absence.trend_chart import TrendChart

    app = QApplication.instance() or QApplication(sys.argv)
    chart = TrendChart()
    chart.resize(1000, 200)
    chart.show()
    app.processEvents()
    trend = Trend(weekly_absence(absence_by_day(records, week), week,
                                 today - timedelta(weeks=51), today), [])

    def redraw():
        chart.set_trend(trend)
        chart.repaint()  # paints now, synchronously

    rows.append(row("trend chart redraw (52 weeks)", timed(redraw, args.runs)))
    print_table(rows)
    chart.close()
    chart.deleteLater()
    app.processEvents()
    return 1 if rows[0]["median"] > 30 else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip Qt's teardown at interpreter exit (a PySide6 finaliser crash)
