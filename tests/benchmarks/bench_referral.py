"""Henvisning til PPT (issue 14): assembling the draft pedagogisk rapport from
a full case (the follow-up benchmark's three school years of absence, 60
contacts, 6 agreements and 12 meetings, plus a conversation, a circle measure
and a plan with repeats), checking which parts are out of date, and the PDF.

    .venv/bin/python tests/benchmarks/bench_referral.py [--runs 11]

No fixed goal in the issue; opening the dialog assembles and compares once,
on the UI thread, so it should stay well under 100 ms. The PDF is written on a
worker.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_follow_up import fill  # noqa: E402
from common import PASSPHRASE, print_table, row, timed  # noqa: E402

from desktop.domain.referral import PART_ORDER  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402
from desktop.services.referral_service import ReferralService  # noqa: E402
from tests.referral.helpers import enrich  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        service = AppService(Paths.resolve(Path(tmp)))
        service.check_data_dir()
        service.create_vault(PASSPHRASE)
        session = service.create_case("Benk")
        fill(session)
        enrich(session, date.today())
        referral = ReferralService(session)
        referral.start()
        draft, header = referral.draft(), referral.header()

        def pdf() -> None:
            from desktop.export.referral_pdf import build_referral_pdf
            build_referral_pdf(io.BytesIO(), draft, header)

        rows = [
            row("gather the case (ReferralSource)", timed(referral.source, args.runs)),
            row("assemble every part", timed(lambda: referral.assemble(list(PART_ORDER)),
                                             args.runs)),
            row("open the dialog's data (start + outdated)",
                timed(lambda: (referral.start(), referral.outdated()), args.runs), "≤ 100 ms"),
            row("PDF (worker)", timed(pdf, args.runs)),
        ]
        service.close_case(session)
        service.lock()
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
