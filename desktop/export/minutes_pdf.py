"""The møtereferat (meeting minutes) as a PDF for the guardians, with the same
header, marking and page numbers as the agreement: who was present (and who
sent word, and the interpreter: "Tolk: somali, for mor"), the agenda, notes,
decisions, tasks until the next meeting and the next date. Every heading is
kept with the first lines of its text (document_base.kept): never alone at
the foot of a page. The program's own words are translated as the document is
made (domain/language.py). No Qt."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.domain.meetings import Meeting, MeetingKind
from desktop.export.document_base import (
    WIDTH,
    DocumentHeader,
    Styles,
    build,
    bullet,
    fmt,
    kept,
    p,
    person_in_print,
    when_words,
)
from desktop.export.minutes_draft import attendance_lines

# Bokmål as written; translated where printed (kind_name).
KIND_NAMES = {MeetingKind.MAPPING: QT_TRANSLATE_NOOP("export", "Kartleggingsmøte"),
              MeetingKind.COOPERATION: QT_TRANSLATE_NOOP("export", "Samarbeidsmøte"),
              MeetingKind.INTERDISCIPLINARY: QT_TRANSLATE_NOOP("export", "Tverrfaglig møte"),
              MeetingKind.RESOURCE_TEAM: QT_TRANSLATE_NOOP("export", "Ressursteam"),
              MeetingKind.EVALUATION: QT_TRANSLATE_NOOP("export", "Evalueringsmøte"),
              MeetingKind.OTHER: QT_TRANSLATE_NOOP("export", "Annet møte")}


def kind_name(kind: MeetingKind) -> str:
    """The kind of meeting in the current language."""
    return translate("export", KIND_NAMES[kind])


def build_minutes_pdf(target: str | Path | BinaryIO, meeting: Meeting, texts: dict[str, str],
                      header: DocumentHeader) -> None:
    """The møtereferat for the guardians (on paper)."""
    build(target, minutes_story(meeting, texts, Styles()), header, texts["title"])


def grid_table(rows: list, widths: list[float]) -> Table:
    """A table with a light grid and a tinted heading row repeated on every page."""
    # splitInRow: a row taller than a page (a long note) goes on over the page.
    table = Table(rows, colWidths=[WIDTH * w for w in widths], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a94")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0fa")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def minutes_story(meeting: Meeting, texts: dict[str, str], styles: Styles) -> list:
    m = meeting
    story = [p(texts["title"], styles.h1),
             p(" · ".join(x for x in (kind_name(m.kind), when_words(m.held_at), m.place) if x),
               styles.small)]
    present = [bullet(person_in_print(x.name, x.role), styles)
               for x in m.participants if x.name.strip()] or [p("–", styles.normal)]
    story.append(kept(p(texts["present"], styles.h2), *present))
    for heading, line in attendance_lines(m):  # meldt forfall, tolk (issue 13)
        story.append(kept(p(heading, styles.h3), p(line, styles.normal)))
    for key, value in (("agenda", m.agenda), ("notes", m.notes), ("decisions", m.decisions)):
        story.append(kept(p(texts[key], styles.h2), p(value or "–", styles.normal)))
    tasks = [t for t in m.tasks if t.text.strip()]
    if tasks:
        heads = (translate("export", "Oppgave"), translate("export", "Ansvarlig"),
                 translate("export", "Frist"))
        rows = [[p(h, styles.h3) for h in heads]]
        rows += [[p(t.text, styles.normal), p(t.responsible, styles.normal),
                  p(fmt(t.due), styles.normal)] for t in tasks]
        body = grid_table(rows, [0.56, 0.26, 0.18])
    else:
        body = p("–", styles.normal)
    story.append(kept(p(texts["tasks"], styles.h2), body))
    story.append(kept(p(texts["next_meeting"], styles.h2),
                      p(when_words(m.next_meeting) or "–", styles.normal),
                      p(texts["paper_reminder"], styles.note)))
    return story
