"""The tiltakssirkel as a PDF: the circle as a vector figure with counts, then
one table per box (resources, risks, measures with responsible, status and
start). Every page is marked "Unntatt offentlighet" and "side x av y". No Qt:
labels come in as plain strings (the UI passes its translations)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.domain.measure_circle import EntryKind, MeasureCircle, MeasureStatus, Party
from desktop.domain.wording import translate_defaults
from desktop.export.circle_figure import circle_drawing
from desktop.export.document_base import DocumentHeader, page_top
from desktop.export.pdf_common import BOLD, FONT, marked_canvas, paragraph, register_fonts


def _parties() -> dict:
    return {Party.PUPIL: translate("export", "Eleven"),
            Party.GUARDIANS: translate("export", "Foresatte"),
            Party.CONTACT_TEACHER: translate("export", "Kontaktlærer"),
            Party.LEADERSHIP: translate("export", "Ledelsen"), Party.PPT: "PPT",
            Party.HEALTH_NURSE: translate("export", "Helsesykepleier"),
            Party.OTHER: translate("export", "Annen")}


def _statuses() -> dict:
    return {MeasureStatus.PROPOSED: translate("export", "foreslått"),
            MeasureStatus.AGREED: translate("export", "avtalt"),
            MeasureStatus.IN_PROGRESS: translate("export", "i gang"),
            MeasureStatus.DONE: translate("export", "fullført"),
            MeasureStatus.ENDED: translate("export", "avsluttet")}


@dataclass(frozen=True)
class CirclePdfTexts:
    """Every word the document prints: bokmål defaults, in the current language
    (the document's) when the texts are made."""

    title: str = QT_TRANSLATE_NOOP("export", "Tiltakssirkel")
    restricted: str = QT_TRANSLATE_NOOP("export", "Unntatt offentlighet")
    page: str = QT_TRANSLATE_NOOP("export", "side {x} av {y}")
    pupil: str = QT_TRANSLATE_NOOP("export", "Elev")
    printed: str = QT_TRANSLATE_NOOP("export", "Skrevet ut")
    form: str = QT_TRANSLATE_NOOP("export", "Skjema")
    goal_caption: str = QT_TRANSLATE_NOOP("export", "MÅL")
    measures_word: str = QT_TRANSLATE_NOOP("export", "tiltak")
    discussed: str = QT_TRANSLATE_NOOP("export", "tatt opp")
    not_discussed: str = QT_TRANSLATE_NOOP("export", "ikke tatt opp ennå")
    resources: str = QT_TRANSLATE_NOOP("export", "Ressurser (+)")
    risks: str = QT_TRANSLATE_NOOP("export", "Risiko (−)")
    measures: str = QT_TRANSLATE_NOOP("export", "Tiltak")
    responsible: str = QT_TRANSLATE_NOOP("export", "Ansvarlig")
    status: str = QT_TRANSLATE_NOOP("export", "Status")
    start: str = QT_TRANSLATE_NOOP("export", "Start")
    none: str = QT_TRANSLATE_NOOP("export", "Ingen ennå.")
    nothing_found: str = QT_TRANSLATE_NOOP("export", "ingen")  # in the figure: no +/− yet
    parties: dict = field(default_factory=_parties)
    statuses: dict = field(default_factory=_statuses)

    def __post_init__(self) -> None:
        translate_defaults(self)


def build_circle_pdf(target: str | Path | BinaryIO, circle: MeasureCircle,
                     titles: dict[str, str], goal: str, pupil_name: str,
                     texts: CirclePdfTexts | None = None, today: date | None = None,
                     form_label: str = "", school: str = "") -> None:
    """Writes the document to a path or a binary file object. `titles`: box id →
    title, in the order of the form."""
    texts = texts or CirclePdfTexts()
    doc = SimpleDocTemplate(target if not isinstance(target, Path) else str(target),
                            pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=24 * mm, bottomMargin=18 * mm, title=texts.title,
                            author="Nærvær")
    story = circle_story(circle, titles, goal, pupil_name, texts, today, form_label)
    # The same header on every page as the agreement and the minutes.
    header = DocumentHeader(pupil_name, school, today or date.today(),
                            restricted=texts.restricted)
    doc.build(story, canvasmaker=marked_canvas(texts.restricted, texts.page, page_top(header)))


def circle_story(circle: MeasureCircle, titles: dict[str, str], goal: str, pupil_name: str,
                 texts: CirclePdfTexts | None = None, today: date | None = None,
                 form_label: str = "") -> list:
    """The document's flowables, for this PDF and for the closing report."""
    texts = texts or CirclePdfTexts()
    register_fonts()
    normal = ParagraphStyle("n", fontName=FONT, fontSize=9, leading=11.5)
    small = ParagraphStyle("s", parent=normal, fontSize=8, textColor=colors.HexColor("#555555"))
    h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=16, leading=20, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12, leading=15, spaceBefore=10,
                        spaceAfter=3, keepWithNext=1)
    h3 = ParagraphStyle("h3", fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=4,
                        keepWithNext=1)
    width = A4[0] - 36 * mm
    story = [
        paragraph(f"{texts.title} – {pupil_name}" if pupil_name else texts.title, h1),
        paragraph(f"{texts.printed} {(today or date.today()).strftime('%d.%m.%Y')}"
           + (f" · {texts.form}: {form_label}" if form_label else ""), small),
        Spacer(1, 4 * mm),
        circle_drawing(circle, titles, goal,
                       {"goal_caption": texts.goal_caption, "measures": texts.measures_word,
                        "discussed": texts.discussed, "not_discussed": texts.not_discussed,
                        "none": texts.nothing_found},
                       width, FONT, BOLD),
    ]
    for box_id, title in titles.items():
        box = circle.boxes.get(box_id)
        if box is None:
            continue
        state = texts.discussed if box.discussed else texts.not_discussed
        parts = [paragraph(f"{title} ({state})", h2)]
        for kind, heading in ((EntryKind.RESOURCE, texts.resources),
                              (EntryKind.RISK, texts.risks)):
            parts.append(paragraph(heading, h3))
            entries = box.of_kind(kind)
            parts += ([paragraph("• " + e.text, normal) for e in entries] if entries
                      else [paragraph(texts.none, small)])
        parts.append(paragraph(texts.measures, h3))
        measures = box.of_kind(EntryKind.MEASURE)
        if measures:
            rows = [[paragraph(texts.measures, h3), paragraph(texts.responsible, h3), paragraph(texts.status, h3),
                     paragraph(texts.start, h3)]]
            for e in measures:
                who = " ".join(x for x in (texts.parties.get(e.party, "") if e.party else "",
                                           e.person) if x)
                rows.append([paragraph(e.text, normal), paragraph(who, normal),
                             paragraph(texts.statuses[e.status], normal),
                             paragraph(e.start.strftime("%d.%m.%Y") if e.start else "", normal)])
            table = Table(rows, colWidths=[width * 0.52, width * 0.22, width * 0.12,
                                           width * 0.14], repeatRows=1, splitInRow=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a94")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0fa")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            parts.append(table)
        else:
            parts.append(paragraph(texts.none, small))
        story.append(KeepTogether(parts[:3]))
        story += parts[3:]
    return story
