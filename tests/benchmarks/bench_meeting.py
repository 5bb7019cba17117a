"""The meeting as the hub: opening an agenda item from the rail (the item is
marked, its section shown and told about the meeting; goal ≤ 150 ms median),
and the end of a meeting (end it, what was decided, the drafted minutes, the
end page; goal with the minutes PDF ≤ 200 ms median). On the whole case page,
offscreen, with a case holding a frozen agreement made in the meeting.

    .venv/bin/python tests/benchmarks/bench_meeting.py [--runs 21]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PASSPHRASE, print_table, row  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.domain.agreements import AgreementMeasure  # noqa: E402
from desktop.domain.measure_circle import Party  # noqa: E402
from desktop.domain.meetings import MeetingKind, MeetingTask  # noqa: E402
from desktop.domain.people import Guardian, TeamMember, TeamRole  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.agreement_service import AgreementService  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402
from desktop.services.meeting_service import MeetingService  # noqa: E402
from desktop.ui.case_page import CasePage  # noqa: E402
from tests.agreements.examples import tonje  # noqa: E402


def start_meeting(session, people) -> int:
    meetings = MeetingService(session)
    meeting = meetings.start(MeetingKind.MAPPING, datetime.now().replace(second=0, microsecond=0),
                             "Møterom 2", people[:4], people[4:], agenda_id="forste_mote")
    agreements = AgreementService(session)
    draft = agreements.new_draft()
    agreements.write(draft.edited(
        long_term_goal=tonje().long_term_goal, measures=tonje().measures
        + (AgreementMeasure("Ringer hjem hver ettermiddag", Party.CONTACT_TEACHER),)))
    agreements.freeze(draft.id)
    meetings.write(meetings.meeting(meeting.id).edited(tasks=tuple(
        MeetingTask(f"Oppgave {i}", "Siv Lund", date(2026, 3, 9)) for i in range(5))))
    return meeting.id


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        service = AppService(Paths.resolve(Path(folder) / "data"))
        service.check_data_dir()
        service.create_vault(PASSPHRASE)
        session = service.create_case("Tonje Ánde")
        session.add_guardian(Guardian(name="Per Ánde", relation="Far"))
        session.add_guardian(Guardian(name="Kari Ánde", relation="Mor"))
        session.add_team_member(TeamMember(role=TeamRole.CONTACT_TEACHER, name="Siv Lund"))
        session.add_team_member(TeamMember(role=TeamRole.PPT, name="Per Ŋ. Hansen"))
        people = AgreementService(session).case_people()
        page = CasePage(session)
        page.resize(1366, 740)
        page.show()
        walked = start_meeting(session, people)
        page.refresh_meeting()
        app.processEvents()
        rail = page.rail
        first, again = [], []
        for run in range(args.runs + rail.list.count()):
            rail.list.setCurrentRow(run % rail.list.count())
            start = time.perf_counter()
            rail.open_current()
            app.processEvents()
            (first if run < rail.list.count() else again).append(time.perf_counter() - start)

        MeetingService(session).end(walked)
        meetings = page.section_widgets["meetings"]
        end_page, pdf = [], []
        for _ in range(args.runs):
            meeting_id = start_meeting(session, people)
            page.refresh_meeting()
            app.processEvents()
            start = time.perf_counter()
            dialog = meetings.end_meeting(meeting_id)
            app.processEvents()
            end_page.append(time.perf_counter() - start)
            document = meetings.document()
            start = time.perf_counter()
            document.write_pdf(io.BytesIO())  # what "Lagre referat som PDF" runs on a worker
            pdf.append(time.perf_counter() - start)
            dialog.accept()
            dialog.deleteLater()
        both = [a + b for a, b in zip(end_page, pdf)]
        page.close_down()
        service.close_case(session)
        service.lock()
    print_table([
        row("open an agenda item, first time (section built on first show)", first, "≤ 150 ms"),
        row("open an agenda item again", again, "≤ 150 ms"),
        row("end the meeting: decided, drafted minutes, end page", end_page),
        row("minutes PDF (ReportLab, in memory)", pdf),
        row("end page + minutes PDF", both, "≤ 200 ms"),
    ])
    return 0


if __name__ == "__main__":
    sys.exit(main())
