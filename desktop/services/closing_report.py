"""Gathering the closing report (sluttrapport) of the open case: every part is
read from the case on the caller's (UI) thread into plain objects, so the PDF
can be built on a worker after the case is closed. No Qt."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.export.case_report_pdf import (
    CirclePart,
    ClosingReport,
    PlanPart,
    build_closing_report,
)
from desktop.export.document_base import DocumentHeader

if TYPE_CHECKING:
    from desktop.services.case_session import CaseSession


def gather_closing_report(session: CaseSession, printed_on: date) -> ClosingReport:
    """Everything the report shows. The conversations are the guardians'
    version (the adults' internal reflection is left out, as in their own PDF)."""
    from desktop.forms.agreement_templates import load_templates
    from desktop.forms.circle_form import load_circle_form
    from desktop.services.absence_register import AbsenceRegister
    from desktop.services.agreement_service import AgreementService
    from desktop.services.case_closing import CaseClosing
    from desktop.services.circle_service import MeasureCircleService
    from desktop.services.conversation_export import conversation_summary
    from desktop.services.conversation_service import Conversations
    from desktop.services.handover import HandoverService
    from desktop.services.meeting_service import MeetingService
    from desktop.services.plan_service import PlanService

    pupil = session.pupil()
    closings = CaseClosing(session).history()
    register = AbsenceRegister(session)
    form = load_circle_form()[0]
    circle_service = MeasureCircleService(session, form)
    circle = circle_service.circle
    titles = {b.id: b.title for b in form.boxes}
    circle_part = None
    if any(box.entries or box.discussed for box in circle.boxes.values()):
        frozen = type(circle)(dict(circle.boxes), circle.next_id, circle.form_id,
                              circle.form_version)
        circle_part = CirclePart(frozen, titles, form.goal, f"{form.id} v{form.version}")
    plans = PlanService(session)
    week = plans.week()
    talks = Conversations(session)
    agreements = AgreementService(session)
    return ClosingReport(
        header=DocumentHeader(pupil.name.strip(), pupil.school.strip(), printed_on),
        pupil=pupil, printed_on=printed_on,
        guardians=session.guardians(), team=session.team(), closings=closings,
        absence=register.records(), week=register.week(),
        contacts=register.contacts(), stafett=register.handovers(),
        conversations=[conversation_summary(talks, c.id, False, titles) for c in talks.list()],
        circle=circle_part,
        plans=[PlanPart(p, plans.timeline(p, week), plans.history(p.id), week)
               for p in plans.plans()],
        agreements=agreements.agreements(), evaluations=agreements.evaluations(),
        meetings=MeetingService(session).meetings(), templates=load_templates()[0],
        handovers=HandoverService.records(session),
    )


def file_name(report: ClosingReport) -> str:
    """The name offered when saving: no pupil's name in a file name (it is
    seen in folder listings and recent-file lists)."""
    return f"sluttrapport-{report.printed_on.isoformat()}.pdf"


def write_closing_report(report: ClosingReport, path: Path) -> None:
    build_closing_report(path, report)

