"""Issue 14: every kind of PDF the program writes from a case carries its
document id and check value in the footer of every page when it goes through
the save path (services/disclosure.write_stamped, what ExportJob runs on its
worker), and verifies as unaltered. A builder that does not draw through
marked_canvas is refused rather than saved without its id. No Qt."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest

from desktop.domain.agreements import Signature, SubGoal, freeze, sign
from desktop.domain.disclosure import Verdict
from desktop.domain.escalation_plan import timeline
from desktop.domain.evaluations import Outcome, start_evaluation
from desktop.domain.meetings import Meeting
from desktop.export.agreement_pdf import build_agreement_pdf
from desktop.export.case_report_pdf import build_case_report
from desktop.export.circle_pdf import build_circle_pdf
from desktop.export.conversation_pdf import build_conversation_pdf
from desktop.export.document_base import DocumentHeader
from desktop.export.document_stamp import StampError
from desktop.export.evaluation_pdf import build_evaluation_pdf
from desktop.export.minutes_pdf import build_minutes_pdf
from desktop.export.plan_pdf import build_plan_pdf
from desktop.forms.agreement_templates import load_templates
from desktop.services.conversation_export import conversation_summary
from desktop.services.disclosure import DisclosureService, write_stamped
from tests.agreements.examples import JENS_STEPS, signature_png, tonje
from tests.circle.test_circle_pdf import FORM, TITLES, filled_circle
from tests.conversations.test_conversation_pdf import _conversation
from tests.plan.test_plan_pdf import HISTORY, WEEK, jens_plan

HEADER = DocumentHeader("Tonje Ánde", "Bommen skole", date(2026, 3, 2))
STAMP = re.compile(r"Dok\. (\d{4}-\d{4}) · kontroll ([0-9A-F]{4}-[0-9A-F]{4})")


def _agreement():
    a = replace(tonje(), sub_goals=tuple(SubGoal(s, "2 uker") for s in JENS_STEPS))
    frozen = freeze(a, date(2026, 3, 2))
    return sign(frozen, tuple(Signature(p.name, p.role, date(2026, 3, 2), signature_png())
                              for p in frozen.participants))


def _builders(service) -> dict:
    templates = load_templates()[0]
    agreement = _agreement()
    evaluation = replace(start_evaluation(agreement, date(2026, 3, 23), lambda m: ""),
                         outcome=Outcome.NEW_AGREEMENT, goal_note="Bedre uke for uke")
    meeting = Meeting(held_at=datetime(2026, 3, 2, 14), notes="Notater. " * 400)
    plan = jens_plan()
    _session, talks, conv, _ = _conversation(service)
    summary = conversation_summary(talks, conv.id, include_internal=False)
    return {
        "samarbeidsavtale": lambda t: build_agreement_pdf(t, agreement, templates.agreement,
                                                          HEADER),
        "evaluering": lambda t: build_evaluation_pdf(t, evaluation, agreement,
                                                     templates.evaluation, HEADER),
        "referat": lambda t: build_minutes_pdf(t, meeting, templates.minutes, HEADER),
        "saksrapport": lambda t: build_case_report(t, [agreement], [evaluation], [meeting],
                                                   templates, HEADER),
        "tiltakssirkel": lambda t: build_circle_pdf(t, filled_circle(), TITLES, FORM.goal,
                                                    "Ánde"),
        "opptrappingsplan": lambda t: build_plan_pdf(t, plan, timeline(plan, WEEK, HISTORY),
                                                     HISTORY, WEEK, "Jens"),
        "samtale": lambda t: Path(t).write_bytes(build_conversation_pdf(summary)),
    }


def test_every_kind_of_pdf_carries_its_id_and_check_value_on_every_page(service, tmp_path):
    builders = _builders(service)
    session = service.create_case("Tonje Ánde")
    log = DisclosureService(session, clock=lambda: datetime(2026, 12, 2, 9, 0))
    try:
        for kind, build in builders.items():
            path = tmp_path / f"{kind}.pdf"
            pending = log.begin(kind, "mor")
            written = write_stamped(pending, build, path)
            entry = log.record_pdf(pending, written, path)
            reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
            for number, page in enumerate(reader.pages, 1):
                stamps = STAMP.findall(page.extract_text())
                assert stamps == [(entry.document_id, entry.check_value)], (kind, number)
            assert log.verify_file(path).verdict is Verdict.UNALTERED, kind
        ids = [e.document_id for e in log.documents()]
        assert ids == [f"2026-{n:04d}" for n in range(1, len(builders) + 1)]
    finally:
        service.close_case(session)


def test_outside_the_save_path_a_pdf_has_no_stamp():
    buffer = io.BytesIO()
    build_minutes_pdf(buffer, Meeting(held_at=datetime(2026, 3, 2, 14)),
                      load_templates()[0].minutes, HEADER)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(buffer).pages)
    assert "Dok." not in text and "kontroll" not in text
    assert b"naervaer-kontroll" not in buffer.getvalue()


def test_a_pdf_drawn_without_the_marked_canvas_is_refused(service, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    def unmarked(target):
        canvas = Canvas(str(target))
        canvas.drawString(100, 100, "Tonje")
        canvas.save()

    session = service.create_case("Tonje")
    try:
        pending = DisclosureService(session).begin("Annet")
        with pytest.raises(StampError):
            write_stamped(pending, unmarked, tmp_path / "annet.pdf")
        assert DisclosureService(session).documents() == []
    finally:
        service.close_case(session)
