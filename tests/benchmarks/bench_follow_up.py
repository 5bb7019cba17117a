"""The phase follows the work (issue 13): what Oversikt and every save now
compute from the stored records. A case with three school years of absence
(~600 records), 60 logged contacts, 6 agreements (signed and evaluated), a
finished conversation and 12 meetings with tasks.

    .venv/bin/python tests/benchmarks/bench_follow_up.py [--runs 31]

Goals: the proposal (events + rules) ≤ 30 ms; the refresh before a save
(phase for the case list) ≤ 30 ms, since it runs on the UI thread; the due
dates ≤ 10 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_absence import three_school_years  # noqa: E402
from common import PASSPHRASE, print_table, row, timed  # noqa: E402

from desktop.domain.agreements import Signature  # noqa: E402
from desktop.domain.evaluations import Outcome  # noqa: E402
from desktop.domain.follow_up import Contact  # noqa: E402
from desktop.domain.meetings import MeetingTask  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.absence_register import AbsenceRegister  # noqa: E402
from desktop.services.agreement_service import AgreementService, due_dates  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402
from desktop.services.meeting_service import MeetingService  # noqa: E402
from tests.agreements.examples import tonje  # noqa: E402


def fill(session) -> AbsenceRegister:
    register = AbsenceRegister(session)
    register.add_records(three_school_years())
    start = datetime(2025, 8, 20, 8, 0)
    for n in range(60):
        register.add_contact(Contact(None, start + timedelta(days=5 * n), "Mor",
                                     next_step="Ringe igjen",
                                     next_date=(start + timedelta(days=5 * n + 7)).date()))
    agreements = AgreementService(session)
    for n in range(6):
        draft = agreements.new_draft()
        agreements.write(replace(tonje(held_on=date(2025, 9, 1) + timedelta(weeks=4 * n)),
                                 id=draft.id, number=draft.number))
        agreements.freeze(draft.id)
        agreements.sign(draft.id, [Signature("Siv Lund", signed_on=date(2025, 9, 1))])
        if n < 5:
            evaluation = agreements.start_evaluation(draft.id, lambda m: "")
            agreements.finish_evaluation(replace(evaluation, outcome=Outcome.NO_FURTHER))
    meetings = MeetingService(session)
    for n in range(12):
        meeting = meetings.new_meeting()
        meetings.write(replace(meeting, tasks=tuple(
            MeetingTask(f"Oppgave {k}", "Siv", date.today() + timedelta(days=k + n))
            for k in range(4))))
    return register


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        service = AppService(Paths.resolve(Path(tmp)))
        service.check_data_dir()
        service.create_vault(PASSPHRASE)
        session = service.create_case("Benk")
        register = fill(session)
        rows = [
            row("events from the stored records", timed(register.events, args.runs)),
            row("proposal (events + four-phase rules)", timed(register.proposal, args.runs),
                "≤ 30 ms"),
            row("tasks ticked (stored + events)", timed(register.done_tasks, args.runs)),
            row("refresh before a save (case list phase)",
                timed(session._refresh_derived, args.runs), "≤ 30 ms"),
            row("due dates (Frister = Neste frist)",
                timed(lambda: due_dates(session), args.runs), "≤ 10 ms"),
        ]
        service.close_case(session)
        service.lock()
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
