"""Skoleoversikt and the term report over 300 cases of ~2 MB (issue 17; goal
≤ 3 s for the read, the UI never stalled more than 50 ms).

The cases are common.make_cases' 2 MB cases, each given a follow-up once
(absence over the last months, a contact, an agreement, an evaluation with
rated measures, a meeting task, measures in the circle), kept in the folder
between runs. Figures: the read of every case (services/school_overview.scan,
what the worker thread does), the report and its PDF and CSV from the read,
and the UI thread's longest stall while the dialog reads on its worker
(1 ms ticks, as bench_ui.py measures it).

    .venv/bin/python tests/benchmarks/bench_school_overview.py [--cases 300] [--runs 3] [--dir DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import make_cases, print_table, row, timed  # noqa: E402

from desktop.domain.absence import AbsenceRecord  # noqa: E402
from desktop.domain.agreements import Signature  # noqa: E402
from desktop.domain.evaluations import Outcome, Rating, Referral  # noqa: E402
from desktop.domain.follow_up import Contact  # noqa: E402
from desktop.domain.measure_circle import EntryKind, MeasureStatus  # noqa: E402
from desktop.domain.meetings import MeetingTask  # noqa: E402
from desktop.domain.term_report import term_of  # noqa: E402
from desktop.export.term_report_pdf import build_term_report  # noqa: E402
from desktop.export.term_report_table import csv_bytes, report_rows  # noqa: E402
from desktop.services import school_overview  # noqa: E402
from desktop.services.absence_register import AbsenceRegister  # noqa: E402
from desktop.services.agreement_service import AgreementService  # noqa: E402
from desktop.services.circle_service import MeasureCircleService, circle_form  # noqa: E402
from desktop.services.meeting_service import MeetingService  # noqa: E402
from tests.agreements.examples import tonje  # noqa: E402

TODAY = date.today()


def follow_up(session, index: int) -> None:
    """A plausible follow-up for case `index` (deterministic)."""
    rnd = random.Random(index)
    register = AbsenceRegister(session)
    days = [TODAY - timedelta(days=n) for n in range(1, 200)]
    school = [d for d in days if d.weekday() < 5]
    chosen = rnd.sample(school, rnd.randint(5, 60))
    register.add_records([AbsenceRecord(None, d, whole_day=rnd.random() < 0.6,
                                        lessons=() if rnd.random() < 0.6 else (1, 2))
                          for d in sorted(chosen)])
    if index % 2:
        register.add_contact(Contact(None, datetime.combine(
            TODAY - timedelta(days=rnd.randint(1, 90)), datetime.min.time()), "Mor",
            next_step="Ringe igjen", next_date=TODAY + timedelta(days=rnd.randint(-3, 10))))
    if index % 3 == 0:
        agreements = AgreementService(session)
        draft = agreements.new_draft()
        held = TODAY - timedelta(days=rnd.randint(25, 120))
        agreements.write(replace(tonje(held_on=held), id=draft.id,
                                 evaluation_on=TODAY + timedelta(days=rnd.randint(-5, 10))))
        agreements.freeze(draft.id)
        agreements.sign(draft.id, [Signature("Siv Lund", signed_on=held)])
        if index % 6 == 0:
            evaluation = agreements.start_evaluation(draft.id, lambda m: "")
            rated = tuple(replace(m, rating=rnd.choice(list(Rating)[1:]))
                          for m in evaluation.measures)
            agreements.finish_evaluation(replace(
                evaluation, measures=rated, outcome=rnd.choice(list(Outcome)[1:4]),
                referral=Referral.NOT_NEEDED, held_on=held + timedelta(days=21)))
    if index % 4 == 0:
        meetings = MeetingService(session)
        meeting = meetings.new_meeting()
        meetings.write(replace(meeting, tasks=(MeetingTask(
            "Ringe PPT", "Siv", TODAY + timedelta(days=rnd.randint(-2, 6))),)))
    circle = MeasureCircleService(session, circle_form(None)[0])
    for box_id in rnd.sample(circle.form.box_ids, 2):
        box = circle.box(box_id)
        entry = circle.new_entry(EntryKind.MEASURE, "Tiltak", status=MeasureStatus.IN_PROGRESS)
        circle.write_box(replace(box, entries=box.entries + (entry,)))


def make_school(folder: Path, count: int):
    service = make_cases(folder, count)
    marker = folder / "overview.json"
    if not marker.exists() or json.loads(marker.read_text()) != {"count": count,
                                                                 "today": str(TODAY)}:
        started = time.perf_counter()
        for index, entry in enumerate(service.list_cases(include_archived=True)):
            session = service.open_case(entry.case_id)
            if not AbsenceRegister(session).records():
                follow_up(session, index)
            service.close_case(session)
        marker.write_text(json.dumps({"count": count, "today": str(TODAY)}))
        print(f"(gave {count} cases a follow-up in {time.perf_counter() - started:.0f} s)")
    return service


def ui_stall(service, runs: int) -> tuple[list[float], list[float]]:
    """The dialog as the case list opens it: max tick gap while the worker reads,
    and the wall time until the lists are filled."""
    from bench_ui import TickMonitor
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.pages.case_list_page import CaseListPage

    app = QApplication.instance() or QApplication(sys.argv)
    page = CaseListPage(service)
    page.resize(1366, 700)
    page.show()
    page.reload()
    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)  # the window shown and the program active first
    loop.exec()
    stalls, walls = [], []
    idle = []
    for _ in range(runs):  # what the machine's load alone does to the ticks
        monitor = TickMonitor()
        monitor.start()
        QTimer.singleShot(2000, loop.quit)
        loop.exec()
        idle.append(monitor.stop())
    for _ in range(runs):
        monitor = TickMonitor()
        monitor.start()
        started = time.perf_counter()
        dialog = page.open_overview()
        while dialog.scan is None:
            QTimer.singleShot(20, loop.quit)
            loop.exec()
        walls.append(time.perf_counter() - started)
        # A period change redraws the report preview on the UI thread.
        dialog.report_panel.period.setCurrentIndex(2)
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        stalls.append(monitor.stop())
        dialog.reject()
        app.processEvents()
    page.close()
    return stalls, walls, idle


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "naervaer-bench-overview")
    args = parser.parse_args()
    folder = args.dir / f"{args.cases}"
    folder.mkdir(parents=True, exist_ok=True)
    service = make_school(folder, args.cases)
    entries = service.list_cases(include_archived=True)
    form = school_overview.prepare(service)
    scans = []
    read = timed(lambda: scans.append(school_overview.scan(service, entries, TODAY, form)),
                 args.runs)
    scan = scans[-1]
    report = scan.report(term_of(TODAY), school_overview.box_order(form))
    report_times = timed(lambda: scan.report(term_of(TODAY), school_overview.box_order(form)),
                         args.runs * 5)
    pdf = timed(lambda: build_term_report(io.BytesIO(), report, TODAY), args.runs * 3)
    csv = timed(lambda: csv_bytes(report_rows(report, TODAY)), args.runs * 5)
    stalls, walls, idle = ui_stall(service, args.runs + 1)
    service.lock()
    print(f"{len(scan.cases)} cases read, {scan.unreadable} unreadable; "
          f"{sum(len(c.due) for c in scan.cases)} due dates, "
          f"{sum(1 for c in scan.cases if c.unfollowed)} firings without follow-up\n")
    print_table([
        row(f"read every case (worker), {args.cases} cases of ~2 MB", read, "<= 3 s"),
        row("  per case", [t / max(len(entries), 1) for t in read]),
        row("term report from the read", report_times),
        row("term report PDF", pdf),
        row("term report CSV", csv),
        row("dialog: open to lists filled (wall)", walls[1:], "<= 3 s"),
        row("dialog: longest UI stall while reading (max tick gap)", stalls[1:], "<= 50 ms"),
        row("  the first time (cold: the dialog's modules, Qt's first show)", stalls[:1]),
        row("  baseline: longest tick gap in 2 s with nothing running (machine load)", idle),
    ])
    print(f"\nload average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    ok = max(stalls[1:]) <= 0.050 and sorted(read)[len(read) // 2] <= 3.0
    return 0 if ok else 1


if __name__ == "__main__":
    started = time.perf_counter()
    code = main()
    print(f"\n(total {time.perf_counter() - started:.1f} s)")
    sys.exit(code)
