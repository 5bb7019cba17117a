"""The whole case as one PDF. `build_case_report`: the agreements, evaluations
and minutes (every version, oldest first, each on a new page).
`build_closing_report` (issue 14, the sluttrapport for the archive when a case
is closed): the closing, the pupil and the team, the absence in figures, the
log of contacts with the home, the stafettholders, every conversation, the
measure circle, every step-up plan with its history, the agreements,
evaluations and minutes, and the handovers — each part made by the same code
as its own PDF (conversation_pdf, circle_pdf, plan_pdf, agreement_pdf,
evaluation_pdf); the parts only this report has are in closing_report_parts.
No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import PageBreak

from desktop.domain.absence import AbsenceRecord
from desktop.domain.agreements import Agreement
from desktop.domain.case_closing import ClosingEvent, ClosingKind
from desktop.domain.escalation_plan import EscalationPlan
from desktop.domain.evaluations import Evaluation
from desktop.domain.follow_up import Contact, Handover
from desktop.domain.handover import HandoverRecord
from desktop.domain.language import translate
from desktop.domain.measure_circle import MeasureCircle
from desktop.domain.meetings import Meeting
from desktop.domain.people import Guardian, Pupil, TeamMember
from desktop.domain.school_week import SchoolWeek
from desktop.export.agreement_pdf import agreement_story
from desktop.export.circle_pdf import CirclePdfTexts, circle_story
from desktop.export.closing_report_parts import (
    ReportTexts,
    absence_part,
    closing_part,
    contents_part,
    handover_part,
    log_part,
    people_part,
)
from desktop.export.conversation_pdf import ConversationSummary, conversation_story
from desktop.export.document_base import DocumentHeader, Styles, build, fmt
from desktop.export.evaluation_pdf import evaluation_story
from desktop.export.minutes_pdf import minutes_story
from desktop.export.plan_pdf import PlanPdfTexts, plan_story
from desktop.forms.agreement_templates import Templates


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso)
    except (TypeError, ValueError):
        return None


def documents_story(agreements: list[Agreement], evaluations: list[Evaluation],
                    meetings: list[Meeting], templates: Templates, styles: Styles,
                    pupil: str) -> list:
    """Every agreement version with its evaluations, then the minutes of every
    meeting, each starting on a new page."""
    story: list = []
    by_agreement: dict[int | None, list[Evaluation]] = {}
    for e in evaluations:
        by_agreement.setdefault(e.agreement_id, []).append(e)
    for a in agreements:
        for part in [agreement_story(a, templates.agreement, styles, pupil)] + [
                evaluation_story(e, a, templates.evaluation, styles)
                for e in by_agreement.get(a.id, [])]:
            if story:
                story.append(PageBreak())
            story += part
    # Oldest first; a meeting without a time (never held) last. Comparing a time with
    # a placeholder of another type would raise.
    for m in sorted(meetings, key=lambda m: (m.held_at is None, m.held_at or datetime.min)):
        if story:
            story.append(PageBreak())
        story += minutes_story(m, templates.minutes, styles)
    return story


def build_case_report(target: str | Path | BinaryIO, agreements: list[Agreement],
                      evaluations: list[Evaluation], meetings: list[Meeting],
                      templates: Templates, header: DocumentHeader,
                      title: str | None = None) -> None:
    story = documents_story(agreements, evaluations, meetings, templates, Styles(),
                            header.pupil)
    build(target, story, header,
          title if title is not None else translate("export", "Avtaler, evalueringer og møter"))


@dataclass(frozen=True)
class PlanPart:
    plan: EscalationPlan
    runs: list
    history: list
    week: SchoolWeek


@dataclass(frozen=True)
class CirclePart:
    circle: MeasureCircle
    titles: dict[str, str]
    goal: str
    form_label: str = ""


@dataclass(frozen=True)
class ClosingReport:
    """Everything the closing report shows, gathered by the app layer
    (services/closing_report.py) on the UI thread; built anywhere."""

    header: DocumentHeader
    pupil: Pupil
    printed_on: date
    guardians: list[Guardian] = field(default_factory=list)
    team: list[TeamMember] = field(default_factory=list)
    closings: list[ClosingEvent] = field(default_factory=list)
    absence: list[AbsenceRecord] = field(default_factory=list)
    week: SchoolWeek | None = None
    contacts: list[Contact] = field(default_factory=list)
    stafett: list[Handover] = field(default_factory=list)
    conversations: list[ConversationSummary] = field(default_factory=list)
    circle: CirclePart | None = None
    plans: list[PlanPart] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    evaluations: list[Evaluation] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    templates: Templates | None = None
    handovers: list[HandoverRecord] = field(default_factory=list)


def build_closing_report(target: str | Path | BinaryIO, report: ClosingReport,
                         texts: ReportTexts | None = None) -> None:
    texts = texts or ReportTexts()
    styles = Styles()
    name = report.header.pupil
    closed = report.closings[-1] if report.closings and \
        report.closings[-1].kind is ClosingKind.CLOSED else None
    as_of = closed.on if closed is not None else report.printed_on  # the absence figures' day
    parts: list[tuple[str, list]] = [
        (texts.closing, closing_part(report.closings, styles, texts)),
        (texts.people, people_part(report.pupil, report.guardians, report.team, styles, texts)),
        (texts.absence, absence_part(report.absence, report.week, as_of, styles, texts)),
        (texts.log, log_part(report.contacts, report.stafett, styles, texts)),
    ]
    for summary in report.conversations:
        held = summary.conversation.held_on
        parts.append((f"{texts.conversation} {fmt(_day(held)) or held}",
                      conversation_story(summary)))
    if report.circle is not None:
        c = report.circle
        parts.append((texts.circle, circle_story(c.circle, c.titles, c.goal, name,
                                                 CirclePdfTexts(), report.printed_on,
                                                 c.form_label)))
    for part in report.plans:
        parts.append((f"{texts.plan}: {part.plan.goal}"[:90],
                      plan_story(part.plan, part.runs, part.history, part.week, name,
                                 PlanPdfTexts(), report.printed_on)))
    if report.templates is not None and (report.agreements or report.meetings):
        parts.append((texts.documents, documents_story(
            report.agreements, report.evaluations, report.meetings, report.templates,
            styles, name)))
    parts.append((texts.handovers, handover_part(report.handovers, styles, texts)))

    story = contents_part(name, report.printed_on, [title for title, _ in parts], styles, texts,
                          closed is not None)
    for _, part in parts:
        story.append(PageBreak())
        story += part
    build(target, story, report.header, texts.title)
