"""The evaluation of a samarbeidsavtale (seed 001 Vedlegg 4) and the meeting
minutes (møtereferat) as PDFs, with the same header, marking and page numbers
as the agreement. No Qt."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from desktop.domain.agreements import Agreement
from desktop.domain.evaluations import Evaluation, Rating
from desktop.domain.meetings import Meeting, MeetingKind
from desktop.export.document_base import (
    WIDTH,
    DocumentHeader,
    Styles,
    build,
    bullet,
    fmt,
    p,
    person_in_print,
)
from desktop.export.minutes_draft import attendance_lines
from desktop.export.signature_block import signature_block
from desktop.export.status_words import (
    evaluation_words,
    outcome_words,
    referral_words,
)

RATING_NAMES = {Rating.UNSET: "–", Rating.WORKED: "Fungert", Rating.PARTLY: "Delvis",
                Rating.NOT: "Ikke fungert"}

KIND_NAMES = {MeetingKind.MAPPING: "Kartleggingsmøte", MeetingKind.COOPERATION: "Samarbeidsmøte",
              MeetingKind.INTERDISCIPLINARY: "Tverrfaglig møte",
              MeetingKind.RESOURCE_TEAM: "Ressursteam", MeetingKind.EVALUATION: "Evalueringsmøte",
              MeetingKind.OTHER: "Annet møte"}


def _rated_table(items, styles: Styles, with_party: bool) -> Table:
    head = ["Delmål"] if not with_party else ["Tiltak", "Ansvarlig"]
    rows = [[p(h, styles.h3) for h in head + ["Vurdering", "Merknad"]]]
    for item in items:
        cells = [p(item.text, styles.normal)]
        if with_party:
            cells.append(p(item.party, styles.normal))
        cells += [p(RATING_NAMES[item.rating], styles.normal), p(item.note, styles.normal)]
        rows.append(cells)
    widths = ([0.45, 0.17, 0.38] if not with_party else [0.35, 0.19, 0.13, 0.33])
    table = Table(rows, colWidths=[WIDTH * w for w in widths], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a94")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0fa")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def build_evaluation_pdf(target: str | Path | BinaryIO, evaluation: Evaluation,
                         agreement: Agreement, texts: dict[str, str],
                         header: DocumentHeader, absence: str = "") -> None:
    build(target, evaluation_story(evaluation, agreement, texts, Styles(), absence), header,
          texts["title"])


ABSENCE_HEADING = "Registrert fravær før og etter avtalen"


def evaluation_story(evaluation: Evaluation, agreement: Agreement, texts: dict[str, str],
                     styles: Styles, absence: str = "") -> list:
    """`absence`: the before/after line from the absence register, worded by the
    caller (seed 001 Vedlegg 4 evaluates whether the measures worked)."""
    e = evaluation
    story = [p(texts["title"], styles.h1),
             p(evaluation_words(e, agreement), styles.small), Spacer(1, 2 * mm),
             p(texts["intro"], styles.normal), p(texts["present"], styles.h2)]
    story += [bullet(person_in_print(x.name, x.role), styles)
              for x in e.participants if x.name.strip()] or [p("–", styles.normal)]
    story += [p(texts["goal"], styles.h2), p(agreement.long_term_goal or "–", styles.normal)]
    if e.goal_note:
        story.append(p(e.goal_note, styles.normal))
    if absence:
        story += [p(ABSENCE_HEADING, styles.h2), p(absence, styles.normal)]
    story.append(p(texts["sub_goals"], styles.h2))
    story.append(_rated_table(e.sub_goals, styles, False) if e.sub_goals
                 else p("–", styles.normal))
    story += [p(texts["measures"], styles.h2),
              _rated_table(e.measures, styles, True) if e.measures else p("–", styles.normal)]
    story += [p(texts["plan_b"], styles.h2), p(agreement.plan_b or "–", styles.small),
              p(e.plan_b_note or "–", styles.normal), p(texts["outcome"], styles.h2)]
    story += [p(outcome_words(e, texts), styles.normal),
              p(referral_words(e), styles.normal)]
    if e.referral_note:
        story.append(p(e.referral_note, styles.small))
    story += signature_block(e, styles, lead=[p(texts["signatures"], styles.h2),
                                              Spacer(1, 2 * mm)])
    return story


def build_minutes_pdf(target: str | Path | BinaryIO, meeting: Meeting, texts: dict[str, str],
                      header: DocumentHeader) -> None:
    """The møtereferat for the guardians (on paper)."""
    build(target, minutes_story(meeting, texts, Styles()), header, texts["title"])


def minutes_story(meeting: Meeting, texts: dict[str, str], styles: Styles) -> list:
    m = meeting
    when = m.held_at.strftime("%d.%m.%Y kl. %H:%M") if m.held_at else ""
    story = [p(texts["title"], styles.h1),
             p(" · ".join(x for x in (KIND_NAMES[m.kind], when, m.place) if x), styles.small),
             p(texts["present"], styles.h2)]
    story += [bullet(person_in_print(x.name, x.role), styles)
              for x in m.participants if x.name.strip()] or [p("–", styles.normal)]
    for heading, line in attendance_lines(m):  # meldt forfall, tolk (issue 13)
        story += [p(heading, styles.h3), p(line, styles.normal)]
    for key, value in (("agenda", m.agenda), ("notes", m.notes), ("decisions", m.decisions)):
        story += [p(texts[key], styles.h2), p(value or "–", styles.normal)]
    story.append(p(texts["tasks"], styles.h2))
    tasks = [t for t in m.tasks if t.text.strip()]
    if tasks:
        rows = [[p(h, styles.h3) for h in ("Oppgave", "Ansvarlig", "Frist")]]
        rows += [[p(t.text, styles.normal), p(t.responsible, styles.normal),
                  p(fmt(t.due), styles.normal)] for t in tasks]
        table = Table(rows, colWidths=[WIDTH * 0.56, WIDTH * 0.26, WIDTH * 0.18], repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a94")),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0fa")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    else:
        story.append(p("–", styles.normal))
    story += [p(texts["next_meeting"], styles.h2),
              p(m.next_meeting.strftime("%d.%m.%Y kl. %H:%M") if m.next_meeting else "–",
                styles.normal),
              p(texts["paper_reminder"], styles.note)]
    return story
