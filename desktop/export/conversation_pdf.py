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
from desktop.domain.suggestions import MeasureSuggestion
from desktop.export.document_base import DocumentHeader, build
from desktop.export.pdf_common import BOLD, FONT, paragraph, register_fonts

MARKING = "Unntatt offentlighet"
INTERNAL_MARK = "INTERNT"
VOICE = "Elevens stemme"
_AMBIVALENCE_TITLES = {"home_good": "Bra med å være hjemme",
                       "home_bad": "Vanskelig med å være hjemme",
                       "school_good": "Bra med å gå på skolen",
                       "school_bad": "Vanskelig med å gå på skolen"}
_COLOUR_NAMES = {"green": "grønn", "yellow": "gul", "red": "rød"}
_DAYS = ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag")


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
                                spaceBefore=7, spaceAfter=5,
                                backColor=colors.HexColor("#eaf6ef"),
                                borderColor=colors.HexColor("#1f7a55"), borderWidth=0.6),
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=11,
                               textColor=colors.HexColor("#555555")),
        "base": base,
    }


def build_conversation_pdf(summary: ConversationSummary) -> bytes:
    internal = summary.include_internal
    title = f"{INTERNAL_MARK} – kartleggingssamtale" if internal else "Kartleggingssamtale"
    buffer = BytesIO()
    header = DocumentHeader(summary.pupil_name.strip() or "eleven", summary.school.strip(),
                            _day(summary.conversation.held_on),
                            restricted=f"{INTERNAL_MARK} · {MARKING}" if internal else MARKING)
    build(buffer, conversation_story(summary), header, title)
    return buffer.getvalue()


def conversation_story(summary: ConversationSummary) -> list:
    """The document's flowables, for this PDF and for the closing report."""
    register_fonts()
    styles = _styles()
    conv = summary.conversation
    story: list = []
    internal = summary.include_internal
    title = f"{INTERNAL_MARK} – kartleggingssamtale" if internal else "Kartleggingssamtale"
    story.append(paragraph(title, styles["title"]))
    story.append(paragraph(f"{summary.guide.title}. Dato: {_date(conv.held_on)}.", styles["meta"]))
    if internal:
        story.append(paragraph("Internt arbeidsdokument med de voksnes refleksjon. Gis ikke "
                               f"til familien. (Skjema: {conv.form_id}, versjon "
                               f"{conv.form_version}.)", styles["note"]))
    if conv.present:
        story.append(paragraph("Til stede: " + ", ".join(conv.present), styles["meta"]))
    story.append(paragraph(f"Svar merket «{VOICE}» er elevens egne ord.", styles["note"]))
    for step in summary.guide.steps:
        if step.internal and not summary.include_internal:
            continue
        answered = [(q, summary.answers[q.id]) for q in step.questions
                    if q.id in summary.answers and summary.answers[q.id].answered]
        if not answered:
            continue
        title = step.title + (" – intern refleksjon, tatt med etter valg" if step.internal else "")
        story.append(paragraph(title, styles["step"]))
        for question, answer in answered:
            block = [paragraph(answer.question_text or question.text, styles["question"])]
            value = display_value(question, answer)
            if answer.pupil_voice:
                block.append(paragraph(f"{VOICE}: «{value}»", styles["voice"]))
            else:
                block.append(paragraph(value, styles["answer"]))
            story.append(KeepTogether(block))
    if summary.suggestions:
        story.append(paragraph("Forslag til tiltak", styles["step"]))
        for suggestion in summary.suggestions:
            box = summary.box_titles.get(suggestion.box_id, "")
            story.append(paragraph(f"• {suggestion.text}" + (f" (tiltakssirkelen: {box})" if box else ""),
                            styles["answer"]))
    story += _tools(summary, styles)
    story.append(Spacer(1, 8 * mm))
    story.append(paragraph("Personsensitive opplysninger sendes ikke på e-post. Dokumentet er "
                    "unntatt offentlighet.", styles["note"]))
    return story


def _tools(summary: ConversationSummary, styles) -> list:
    story: list = []
    tools = {tool: data for tool, data in summary.tools.items() if is_used(tool, data)}
    if Tool.SCALING in tools:
        story.append(paragraph("Skalering (1–10)", styles["step"]))
        for item in tools[Tool.SCALING]["items"]:
            story.append(paragraph(f"{item['label']}: {item['value']} av 10", styles["answer"]))
    if Tool.PLUS_MINUS in tools:
        data = tools[Tool.PLUS_MINUS]
        story.append(paragraph("Pluss og minus", styles["step"]))
        story.append(paragraph("Pluss: " + "; ".join(data["plus"]), styles["answer"]))
        story.append(paragraph("Minus: " + "; ".join(data["minus"]), styles["answer"]))
    if Tool.AMBIVALENCE in tools:
        data = tools[Tool.AMBIVALENCE]
        story.append(paragraph("Ambivalensmatrise", styles["step"]))
        for key in AMBIVALENCE_CELLS:
            if data[key].strip():
                story.append(paragraph(f"{_AMBIVALENCE_TITLES[key]}: {data[key]}", styles["answer"]))
    if Tool.TIMETABLE in tools:
        story.append(KeepTogether([paragraph("Timeplan i rødt, gult og grønt", styles["step"]),
                                   _timetable(tools[Tool.TIMETABLE], styles)]))
    if Tool.TIMELINE in tools:
        story.append(paragraph("Tidslinje", styles["step"]))
        for event in tools[Tool.TIMELINE]["events"]:
            story.append(paragraph(f"{_date(event['date'])}: {event['text']}", styles["answer"]))
    if Tool.KEARNEY in tools and summary.include_internal:
        story.append(paragraph("Kearneys fire funksjoner (hypoteser, intern)", styles["step"]))
        for key, value in tools[Tool.KEARNEY]["functions"].items():
            if value["checked"] or value["note"].strip():
                mark = "✓ " if value["checked"] else ""
                story.append(paragraph(f"{mark}Funksjon {key}: {value['note']}", styles["answer"]))
    return story


def _timetable(data: dict, styles) -> Table:
    fills = {"green": "#8fd19e", "yellow": "#ffe083", "red": "#f08c8c"}
    days, lessons = data["days"], data["lessons"]
    rows = [[""] + list(_DAYS[:days])]
    style = [("FONT", (0, 0), (-1, -1), FONT, 8), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("ALIGN", (1, 1), (-1, -1), "CENTER")]
    for lesson in range(lessons):
        row = [f"{lesson + 1}. time"]
        for day in range(days):
            colour = data["cells"].get(f"{day},{lesson}", "")
            row.append(_COLOUR_NAMES.get(colour, ""))
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
