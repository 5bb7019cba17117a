"""Consent figures without Qt (issue 14, samtykke): the handover dialog asks
`consent_problems` for every ticked case each time the receiver or the ticks
change — on the UI thread. A case open on screen is asked through its session;
the others are decrypted in memory (no key derivation) and closed again.
Also the consent form PDF.

    .venv/bin/python tests/benchmarks/bench_consent.py [--runs 7] [--dir DIR]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import make_cases, print_table, row, timed  # noqa: E402

from desktop.domain.consent import Consent, ConsentService, Giver, Person, signers  # noqa: E402
from desktop.export.consent_pdf import build_consent_pdf  # noqa: E402
from desktop.export.document_base import DocumentHeader  # noqa: E402
from desktop.services.consent_service import ConsentRecords  # noqa: E402
from desktop.services.handover import HandoverService  # noqa: E402


def main() -> list[dict]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "naervaer-bench"))
    args = parser.parse_args()
    root = Path(args.dir)
    one = make_cases(root / "handover-one", 1)
    one_id = one.list_cases()[0].case_id
    klass = make_cases(root / "handover-class", 25, 200 * 1024)
    class_ids = [e.case_id for e in klass.list_cases()]
    handover = HandoverService(klass)
    day = date(2027, 1, 12)
    rows = [
        row("consent_problems, one closed ~2 MB case",
            timed(lambda: HandoverService(one).consent_problems([one_id], "ppt", day),
                  args.runs)),
        row("consent_problems, a class of 25 closed cases (200 KB each), first ask",
            timed(lambda: HandoverService(klass).consent_problems(class_ids, "ppt", day),
                  args.runs)),
        row("… asked again in the same dialog (another receiver or tick)",
            timed(lambda: handover.consent_problems(class_ids, "bup", day), args.runs)),
    ]
    session = one.open_case(one_id)
    records = ConsentRecords(session, today=lambda: day)
    rows.append(row("consent_problem, the case open on screen (~2 MB)",
                    timed(lambda: records.consent_problem(ConsentService.PPT), args.runs)))
    one.close_case(session)
    guardians = [Person("Kari Ánde"), Person("Áilu Ŋuolja")]
    consent = Consent(1, ConsentService.PPT, "", "Fraværet\nTiltakene", "Henvisning",
                      (Giver("Kari Ánde"),), day, date(2027, 6, 30))
    lines = signers(guardians, date(2012, 1, 12), day)
    header = DocumentHeader("Máret Ánde", "Nordvidda skole", day)
    rows.append(row("consent form PDF",
                    timed(lambda: build_consent_pdf(io.BytesIO(), consent, "Máret Ánde",
                                                    date(2012, 1, 12), lines, header),
                          args.runs)))
    one.lock()
    klass.lock()
    print_table(rows)
    return rows


if __name__ == "__main__":
    main()
