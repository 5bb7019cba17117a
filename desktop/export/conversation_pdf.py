"""The summary of a kartleggingssamtale as a PDF, suitable as minutes for the
guardians (seed 001 Vedlegg 2:1 "Etter samtalen": write minutes and give the
guardians a copy). The adults' internal reflection is left out unless the
caller includes it on purpose; then the document is titled INTERNT and every
page says so. Every page has the header the other documents have (pupil,
school, date, "Unntatt offentlighet") and "side x av y". The guardians' copy
shows no internal ids (form id and version)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from desktop.domain.conversation_tools import AMBIVALENCE_CELLS, Tool, is_used
from desktop.domain.conversations import Answer, Conversation, Guide, display_value
from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.domain.suggestions import MeasureSuggestion
from desktop.domain.wording import fill
from desktop.export.document_base import DocumentHeader, build
from desktop.export.pdf_common import BOLD, FONT, paragraph, register_fonts

# Bokmål as written; translated where printed (translate finds a text by its source).
MARKING = QT_TRANSLATE_NOOP("export", "Unntatt offentlighet")
INTERNAL_MARK = QT_TRANSLATE_NOOP("export", "INTERNT")
VOICE = QT_TRANSLATE_NOOP("export", "Elevens stemme")
_AMBIVALENCE_TITLES = {"home_good": QT_TRANSLATE_NOOP("export", "Bra med å være hjemme"),
                       "home_bad": QT_TRANSLATE_NOOP("export", "Vanskelig med å være hjemme"),
                       "school_good": QT_TRANSLATE_NOOP("export", "Bra med å gå på skolen"),
                       "school_bad": QT_TRANSLATE_NOOP("export", "Vanskelig med å gå på skolen")}
_COLOUR_NAMES = {"green": QT_TRANSLATE_NOOP("export", "grønn"),
                 "yellow": QT_TRANSLATE_NOOP("export", "gul"),
                 "red": QT_TRANSLATE_NOOP("export", "rød")}
_DAYS = (QT_TRANSLATE_NOOP("export", "Mandag"), QT_TRANSLATE_NOOP("export", "Tirsdag"),
         QT_TRANSLATE_NOOP("export", "Onsdag"), QT_TRANSLATE_NOOP("export", "Torsdag"),
         QT_TRANSLATE_NOOP("export", "Fredag"))


def _title(internal: bool) -> str:
    return translate("export", "INTERNT – kartleggingssamtale") if internal else \
        translate("export", "Kartleggingssamtale")


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    """Everything the document shows, gathered by the app layer."""

    pupil_name: str
    conversation: Conversation
    guide: Guide
    answers: dict[str, Answer]
    suggestions: list[MeasureSuggestion]
    box_titles: dict[str, str]
    tools: dict[Tool, dict] = field(default_factory=dict)
    include_internal: bool = False
    school: str = ""


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=10, leading=13.5)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=16, leading=20,
                                spaceAfter=4),
        "meta": ParagraphStyle("meta", parent=base, textColor=colors.HexColor("#444444")),
        "step": ParagraphStyle("step", parent=base, fontName=BOLD, fontSize=12.5, leading=16,
                               spaceBefore=10, spaceAfter=4),
        "question": ParagraphStyle("question", parent=base, fontName=BOLD, spaceBefore=4),
        "answer": ParagraphStyle("answer", parent=base, leftIndent=8),
        "voice": ParagraphStyle("voice", parent=base, leftIndent=8, borderPadding=4,
                                spaceBefore=7, spaceAfter=10,
                                backColor=colors.HexColor("#eaf6ef"),
                                borderColor=colors.HexColor("#1f7a55"), borderWidth=0.6),
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=11,
                               textColor=colors.HexColor("#555555")),
        "base": base,
    }


def build_conversation_pdf(summary: ConversationSummary) -> bytes:
    internal = summary.include_internal
    title = _title(internal)
    buffer = BytesIO()
    marking, mark = translate("export", MARKING), translate("export", INTERNAL_MARK)
    header = DocumentHeader(summary.pupil_name.strip() or translate("export", "eleven"),
                            summary.school.strip(), _day(summary.conversation.held_on),
                            restricted=f"{mark} · {marking}" if internal else marking)
    build(buffer, conversation_story(summary), header, title)
    return buffer.getvalue()


def conversation_story(summary: ConversationSummary) -> list:
    """The document's flowables, for this PDF and for the closing report."""
    register_fonts()
    styles = _styles()
    conv = summary.conversation
    story: list = []
    internal = summary.include_internal
    voice = translate("export", VOICE)
    story.append(paragraph(_title(internal), styles["title"]))
    story.append(paragraph(fill(translate("export", "%1. Dato: %2."), summary.guide.title,
                                _date(conv.held_on)), styles["meta"]))
    if internal:
        story.append(paragraph(fill(translate(
            "export", "Internt arbeidsdokument med de voksnes refleksjon. Gis ikke til "
            "familien. (Skjema: %1, versjon %2.)"), conv.form_id, conv.form_version),
            styles["note"]))
    if conv.present:
        story.append(paragraph(fill(translate("export", "Til stede: %1"),
                                    ", ".join(conv.present)), styles["meta"]))
    if conv.voice_line():  # the pupil was not there: who brought the pupil's words
        story.append(paragraph(conv.voice_line() + ".", styles["meta"]))
    story.append(paragraph(fill(translate("export", "Svar merket «%1» er elevens egne ord."),
                                voice), styles["note"]))
    for step in summary.guide.steps:
        if step.internal and not summary.include_internal:
            continue
        answered = [(q, summary.answers[q.id]) for q in step.questions
                    if q.id in summary.answers and summary.answers[q.id].answered]
        if not answered:
            continue
        title = step.title + (translate("export", " – intern refleksjon, tatt med etter valg")
                              if step.internal else "")
        story.append(paragraph(title, styles["step"]))
        for question, answer in answered:
            block = [paragraph(answer.question_text or question.text, styles["question"])]
            value = display_value(question, answer)
            if answer.pupil_voice:
                block.append(paragraph(f"{voice}: «{value}»", styles["voice"]))
            else:
                block.append(paragraph(value, styles["answer"]))
            story.append(KeepTogether(block))
    if summary.suggestions:
        story.append(paragraph(translate("export", "Forslag til tiltak"), styles["step"]))
        for suggestion in summary.suggestions:
            box = summary.box_titles.get(suggestion.box_id, "")
            where = fill(translate("export", " (tiltakssirkelen: %1)"), box) if box else ""
            story.append(paragraph(f"• {suggestion.text}" + where, styles["answer"]))
    story += _tools(summary, styles)
    story.append(Spacer(1, 8 * mm))
    story.append(paragraph(translate("export", "Personsensitive opplysninger sendes ikke på "
                                     "e-post. Dokumentet er unntatt offentlighet."),
                           styles["note"]))
    return story


def _tools(summary: ConversationSummary, styles) -> list:
    story: list = []
    tools = {tool: data for tool, data in summary.tools.items() if is_used(tool, data)}
    if Tool.SCALING in tools:
        story.append(paragraph(translate("export", "Skalering (1–10)"), styles["step"]))
        for item in tools[Tool.SCALING]["items"]:
            story.append(paragraph(fill(translate("export", "%1: %2 av 10"), item["label"],
                                        item["value"]), styles["answer"]))
    if Tool.PLUS_MINUS in tools:
        data = tools[Tool.PLUS_MINUS]
        story.append(paragraph(translate("export", "Pluss og minus"), styles["step"]))
        story.append(paragraph(fill(translate("export", "Pluss: %1"), "; ".join(data["plus"])),
                               styles["answer"]))
        story.append(paragraph(fill(translate("export", "Minus: %1"), "; ".join(data["minus"])),
                               styles["answer"]))
    if Tool.AMBIVALENCE in tools:
        data = tools[Tool.AMBIVALENCE]
        story.append(paragraph(translate("export", "Ambivalensmatrise"), styles["step"]))
        for key in AMBIVALENCE_CELLS:
            if data[key].strip():
                title = translate("export", _AMBIVALENCE_TITLES[key])
                story.append(paragraph(f"{title}: {data[key]}", styles["answer"]))
    if Tool.TIMETABLE in tools:
        story.append(KeepTogether([paragraph(translate("export", "Timeplan i rødt, gult og grønt"),
                                             styles["step"]),
                                   _timetable(tools[Tool.TIMETABLE], styles)]))
    if Tool.TIMELINE in tools:
        story.append(paragraph(translate("export", "Tidslinje"), styles["step"]))
        for event in tools[Tool.TIMELINE]["events"]:
            story.append(paragraph(f"{_date(event['date'])}: {event['text']}", styles["answer"]))
    if Tool.KEARNEY in tools and summary.include_internal:
        story.append(paragraph(translate("export", "Kearneys fire funksjoner (hypoteser, intern)"),
                               styles["step"]))
        for key, value in tools[Tool.KEARNEY]["functions"].items():
            if value["checked"] or value["note"].strip():
                mark = "✓ " if value["checked"] else ""
                story.append(paragraph(mark + fill(translate("export", "Funksjon %1: %2"), key,
                                                   value["note"]), styles["answer"]))
    return story


def _timetable(data: dict, styles) -> Table:
    fills = {"green": "#8fd19e", "yellow": "#ffe083", "red": "#f08c8c"}
    days, lessons = data["days"], data["lessons"]
    rows = [[""] + [translate("export", day) for day in _DAYS[:days]]]
    style = [("FONT", (0, 0), (-1, -1), FONT, 8), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("ALIGN", (1, 1), (-1, -1), "CENTER")]
    for lesson in range(lessons):
        row = [fill(translate("export", "%1. time"), lesson + 1)]
        for day in range(days):
            colour = data["cells"].get(f"{day},{lesson}", "")
            row.append(translate("export", _COLOUR_NAMES[colour]) if colour in _COLOUR_NAMES
                       else "")
            if colour:
                style.append(("BACKGROUND", (day + 1, lesson + 1), (day + 1, lesson + 1),
                              colors.HexColor(fills[colour])))
        rows.append(row)
    table = Table(rows, colWidths=[22 * mm] + [28 * mm] * days)
    table.setStyle(TableStyle(style))
    return table


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def _date(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime("%d.%m.%Y")
    except ValueError:
        return iso
