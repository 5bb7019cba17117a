"""The closing report (sluttrapport, issue 14) of a case followed for a whole
school year (tests/year_case.py: ~200 days with absence, 60 contacts, two
conversations, a 50-entry circle, a 10-step plan, 6 agreements with their
evaluations and new drafts, 12 meetings, handovers): gathering it from the open
case (UI thread) and building the PDF (worker), with the PDF/A parts.

    .venv/bin/python tests/benchmarks/bench_closing_report.py [--runs 7]

Goal: the whole report ≤ 1 s.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from common import PASSPHRASE, print_table, row, timed  # noqa: E402

from desktop.export.case_report_pdf import build_closing_report  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402
from desktop.services.closing_report import gather_closing_report  # noqa: E402
from tests.year_case import fill_year_case  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        service = AppService(Paths.resolve(Path(tmp)))
        service.check_data_dir()
        service.create_vault(PASSPHRASE)
        session = service.open_case(fill_year_case(service))
        on = date(2027, 6, 20)
        report = gather_closing_report(session, on)
        sizes = []

        def build() -> None:
            out = io.BytesIO()
            build_closing_report(out, report)
            sizes.append(len(out.getvalue()))

        def whole() -> None:
            out = io.BytesIO()
            build_closing_report(out, gather_closing_report(session, on))

        def cpu(fn, runs: int) -> list[float]:
            """CPU seconds: on a machine shared with others the wall clock
            waits for the core too; this is what the report itself costs."""
            spent = []
            for _ in range(runs):
                start = time.process_time()
                fn()
                spent.append(time.process_time() - start)
            return spent

        build()  # fonts registered, forms cached: what every later report finds
        rows = [
            row("gather from the open case (UI thread)",
                timed(lambda: gather_closing_report(session, on), args.runs)),
            row("build the PDF (worker)", timed(build, args.runs)),
            row("whole closing report", timed(whole, args.runs), "≤ 1 s"),
            row("whole closing report, CPU time", cpu(whole, args.runs), "≤ 1 s"),
        ]
        service.close_case(session)
        service.lock()
    print_table(rows)
    print(f"PDF size: {sizes[-1] / 1024:.0f} KiB; load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
