"""Agreement documents: the samarbeidsavtale PDF (goal ≤ 50 ms median), the
full case report — every agreement version, evaluation and meeting in one PDF
(goal ≤ 500 ms) — and, when LibreOffice is installed, the same agreement as an
.odt converted by `soffice --headless --convert-to pdf` (what a school would
otherwise use), as a ratio.

    .venv/bin/python tests/benchmarks/bench_agreement.py [--runs 31]
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_table, row, timed  # noqa: E402

from desktop.domain.agreements import Signature, SubGoal, freeze, sign  # noqa: E402
from desktop.domain.evaluations import Outcome, start_evaluation  # noqa: E402
from desktop.domain.meetings import Meeting, MeetingKind, MeetingTask  # noqa: E402
from desktop.export.agreement_pdf import build_agreement_pdf  # noqa: E402
from desktop.export.case_report_pdf import build_case_report  # noqa: E402
from desktop.export.document_base import DocumentHeader  # noqa: E402
from desktop.forms.agreement_templates import load_templates  # noqa: E402
from tests.agreements.examples import JENS_STEPS, signature_png, tonje  # noqa: E402

HEADER = DocumentHeader("Tonje Ánde", "Bommen skole", date(2026, 3, 2))


def signed_agreement():
    a = replace(tonje(), sub_goals=tuple(SubGoal(s, "2 uker") for s in JENS_STEPS))
    frozen = freeze(a, date(2026, 3, 2))
    return sign(frozen, tuple(Signature(p.name, p.role, date(2026, 3, 2), signature_png())
                              for p in frozen.participants))


def case_documents():
    agreements, evaluations, meetings = [], [], []
    for version in range(1, 4):
        a = replace(signed_agreement(), id=version, version=version)
        agreements.append(a)
        evaluations.append(replace(start_evaluation(a, date(2026, 3, 6), lambda m: ""),
                                   outcome=Outcome.NEW_AGREEMENT, goal_note="Bedre uke for uke"))
    for i in range(10):
        meetings.append(Meeting(
            id=i, held_at=datetime(2026, 3, 2, 14) + timedelta(days=7 * i),
            kind=MeetingKind.COOPERATION, participants=agreements[0].participants,
            agenda="1. Hvordan gikk uka\n2. Veien videre", notes="Notater fra møtet. " * 30,
            decisions="Fortsette som avtalt.",
            tasks=(MeetingTask("Ringe PPT", "Siv Lund", date(2026, 3, 9)),)))
    return agreements, evaluations, meetings


def agreement_odt(path: Path, texts: dict[str, str]) -> None:
    """The same agreement as a plain .odt (headings, paragraphs, lists)."""
    a = signed_agreement()
    body = [f"<text:h text:outline-level='1'>{escape(texts['title'])}</text:h>"]

    def h(t):
        body.append(f"<text:h text:outline-level='2'>{escape(t)}</text:h>")

    def para(t):
        body.append(f"<text:p>{escape(t)}</text:p>")
    h(texts["place_date"]); para(f"{a.place}, {a.held_on:%d.%m.%Y}")  # noqa: E702
    h(texts["present"])
    for x in a.participants:
        para(f"{x.name} ({x.role})")
    h(texts["long_term_goal"]); para(a.long_term_goal)  # noqa: E702
    h(texts["sub_goals"])
    for n, g in enumerate(a.sub_goals, 1):
        para(f"Delmål {n}: {g.text}")
    h(texts["measures"])
    for m in a.measures:
        para(f"{m.person or m.party.value}: {m.text}")
    h(texts["plan_b"]); para(a.plan_b)  # noqa: E702
    h(texts["signatures"])
    for x in a.participants:
        para("_" * 40); para(f"{x.name} – {x.role}")  # noqa: E702
    content = ("<?xml version='1.0' encoding='UTF-8'?><office:document-content "
               "xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
               "xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' office:version='1.2'>"
               "<office:body><office:text>" + "".join(body) +
               "</office:text></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", (
            "<?xml version='1.0' encoding='UTF-8'?><manifest:manifest xmlns:manifest="
            "'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0' manifest:version='1.2'>"
            "<manifest:file-entry manifest:full-path='/' manifest:media-type="
            "'application/vnd.oasis.opendocument.text'/><manifest:file-entry "
            "manifest:full-path='content.xml' manifest:media-type='text/xml'/>"
            "</manifest:manifest>"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    templates, _ = load_templates()
    agreement = signed_agreement()
    build_agreement_pdf(io.BytesIO(), agreement, templates.agreement, HEADER)  # fonts loaded
    single = timed(lambda: build_agreement_pdf(io.BytesIO(), agreement, templates.agreement,
                                               HEADER), args.runs)
    documents = case_documents()
    report = timed(lambda: build_case_report(io.BytesIO(), *documents, templates, HEADER),
                   max(5, args.runs // 3))
    rows = [row("agreement PDF (Tonje, 5 sub-goals, 5 drawn signatures)", single, "≤ 50 ms"),
            row("full case report: 3 agreements + 3 evaluations + 10 minutes", report,
                "≤ 500 ms")]
    print_table(rows)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    median = sorted(single)[len(single) // 2]
    if soffice is None:
        print("\n.odt → PDF with LibreOffice: n/a (LibreOffice not installed)")
    else:
        with tempfile.TemporaryDirectory() as folder:
            odt = Path(folder) / "avtale.odt"
            agreement_odt(odt, templates.agreement)
            converted = timed(lambda: subprocess.run(
                [soffice, "--headless", "--convert-to", "pdf", "--outdir", folder, str(odt)],
                check=True, capture_output=True), 3)
        print_table([row(".odt → PDF with soffice --headless", converted)])
        ratio = sorted(converted)[1] / median
        print(f"\nLibreOffice takes {ratio:.0f}× as long as the agreement PDF.")
    ok = median <= 0.050 and sorted(report)[len(report) // 2] <= 0.500
    return 0 if ok else 1


if __name__ == "__main__":
    started = time.perf_counter()
    code = main()
    print(f"\n(total {time.perf_counter() - started:.1f} s)")
    sys.exit(code)
