"""Utleveringslogg (issue 14): what the footer stamp costs on top of building a
PDF, and how long "Kontroller et dokument" takes. The document is a year-long
case report (3 agreements, 3 evaluations, 40 sets of minutes); "stamped" builds
it under `stamping`, writes the check value into its slot (`seal`) and hashes
the file, as ExportJob's worker does. Checking reads the slot, recomputes the
HMAC and the SHA-256; the 60 MB case is the largest file it reads (64 MB cap).
From the case list the check opens every case read-only: timed over 30 cases of
~500 KB, the document in the last one listed.

    .venv/bin/python tests/benchmarks/bench_disclosure.py [--runs 7]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_table, row, timed  # noqa: E402

from desktop.domain.agreements import Signature, SubGoal, freeze, sign  # noqa: E402
from desktop.domain.evaluations import Outcome, start_evaluation  # noqa: E402
from desktop.domain.meetings import Meeting, MeetingKind  # noqa: E402
from desktop.export.case_report_pdf import build_case_report  # noqa: E402
from desktop.export.document_base import DocumentHeader  # noqa: E402
from desktop.export.document_stamp import seal, stamping  # noqa: E402
from desktop.forms.agreement_templates import load_templates  # noqa: E402
from desktop.services.disclosure import examine  # noqa: E402
from tests.agreements.examples import JENS_STEPS, signature_png, tonje  # noqa: E402

HEADER = DocumentHeader("Tonje Ánde", "Bommen skole", date(2026, 3, 2))
KEY = bytes(range(32))


def year_of_documents():
    a = replace(tonje(), sub_goals=tuple(SubGoal(s, "2 uker") for s in JENS_STEPS))
    frozen = freeze(a, date(2026, 3, 2))
    signed = sign(frozen, tuple(Signature(p.name, p.role, date(2026, 3, 2), signature_png())
                                for p in frozen.participants))
    agreements = [replace(signed, id=n, version=n) for n in range(1, 4)]
    evaluations = [replace(start_evaluation(x, date(2026, 3, 23), lambda m: ""),
                           outcome=Outcome.NEW_AGREEMENT, goal_note="Bedre uke for uke")
                   for x in agreements]
    meetings = [Meeting(id=i, held_at=datetime(2026, 1, 5, 14) + timedelta(days=7 * i),
                        kind=MeetingKind.COOPERATION, participants=signed.participants,
                        notes="Notater fra møtet. " * 40, decisions="Fortsette som avtalt.")
                for i in range(40)]
    return agreements, evaluations, meetings


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    templates, _ = load_templates()
    documents = year_of_documents()

    def plain() -> bytes:
        buffer = io.BytesIO()
        build_case_report(buffer, *documents, templates, HEADER)
        return buffer.getvalue()

    def with_slot() -> bytes:
        buffer = io.BytesIO()
        with stamping("2026-0041"):
            build_case_report(buffer, *documents, templates, HEADER)
        return buffer.getvalue()

    def stamped() -> bytes:
        data, _check = seal(with_slot(), KEY)
        hashlib.sha256(data).hexdigest()
        return data

    plain()  # fonts loaded
    plain_with_slot = with_slot()
    data = stamped()
    big = data + b"%" + b"0" * (60 * 1024 * 1024 - len(data))  # slot found, HMAC fails
    plain_runs, stamped_runs = [], []
    for _ in range(args.runs):  # interleaved: the machine's load falls on both alike
        plain_runs += timed(plain, 1)
        stamped_runs += timed(stamped, 1)
    rows = [
        row(f"year-long case report, {len(data) // 1024} KB: built plain", plain_runs, ""),
        row("… built stamped, sealed and hashed (ExportJob's worker)", stamped_runs, ""),
        row("seal alone (find slot, HMAC, write check value)",
            timed(lambda: seal(plain_with_slot, KEY), args.runs * 5), ""),
        row("check that PDF (examine: slot, HMAC, SHA-256)",
            timed(lambda: examine(data, KEY), args.runs * 5), ""),
        row("check a 60 MB file (on the dialog's worker)",
            timed(lambda: examine(big, KEY), args.runs), ""),
    ]
    rows.append(row("check from the case list: 30 cases of ~500 KB (on a worker)",
                    every_case(args.runs), ""))
    print_table(rows)
    return 0


def every_case(runs: int) -> list[float]:
    import tempfile

    from common import make_cases

    from desktop.services.disclosure import DisclosureService, check_in_every_case, write_stamped
    with tempfile.TemporaryDirectory() as folder:
        service = make_cases(Path(folder) / "data", 30, size=500_000)
        last = service.list_cases()[-1].case_id
        session = service.open_case(last)
        log = DisclosureService(session)
        target = Path(folder) / "dok.pdf"
        pending = log.begin("Saksrapport")
        log.record_pdf(pending, write_stamped(pending, _slot_pdf, target), target)
        service.close_case(session)
        results = timed(lambda: check_in_every_case(service, target), runs)
        assert check_in_every_case(service, target).case_name
        service.lock()
    return results


def _slot_pdf(target: Path) -> None:
    from desktop.domain.meetings import Meeting
    from desktop.export.minutes_pdf import build_minutes_pdf
    build_minutes_pdf(target, Meeting(held_at=datetime(2026, 3, 2, 14), notes="Notat. " * 500),
                      load_templates()[0].minutes, HEADER)


if __name__ == "__main__":
    sys.exit(main())
