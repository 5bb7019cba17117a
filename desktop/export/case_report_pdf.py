"""The whole case's agreements, evaluations and minutes as one PDF (every
version, oldest first, each starting on a new page) — for handing over a case
on paper or for the archive. No Qt."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import PageBreak

from desktop.domain.agreements import Agreement
from desktop.domain.evaluations import Evaluation
from desktop.domain.meetings import Meeting
from desktop.export.agreement_pdf import agreement_story
from desktop.export.document_base import DocumentHeader, Styles, build
from desktop.export.evaluation_pdf import evaluation_story
from desktop.export.minutes_pdf import minutes_story
from desktop.forms.agreement_templates import Templates


def build_case_report(target: str | Path | BinaryIO, agreements: list[Agreement],
                      evaluations: list[Evaluation], meetings: list[Meeting],
                      templates: Templates, header: DocumentHeader,
                      title: str = "Avtaler, evalueringer og møter") -> None:
    styles = Styles()
    story: list = []
    by_agreement: dict[int | None, list[Evaluation]] = {}
    for e in evaluations:
        by_agreement.setdefault(e.agreement_id, []).append(e)
    for a in agreements:
        for part in [agreement_story(a, templates.agreement, styles, header.pupil)] + [
                evaluation_story(e, a, templates.evaluation, styles)
                for e in by_agreement.get(a.id, [])]:
            if story:
                story.append(PageBreak())
            story += part
    for m in sorted(meetings, key=lambda m: m.held_at or 0):
        if story:
            story.append(PageBreak())
        story += minutes_story(m, templates.minutes, styles)
    build(target, story, header, title)
