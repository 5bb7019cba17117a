"""The opptrappingsplan as a PDF: goal and starting point, the staircase, then
one table per step (dates, target, days and lessons, where, support,
fluktrute, who does what, note) and the history. Every page is marked
"Unntatt offentlighet" and "side x av y". No Qt: the words are in the
current language (desktop/domain/language.py) when PlanPdfTexts is made."""

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

from desktop.domain.escalation_plan import (
    Cell,
    Decision,
    EscalationPlan,
    HistoryEntry,
    RunStatus,
    StepRun,
    WeekResult,
    best_interest_reasons,
    fit_grid,
)
from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.domain.school_calendar import week_label
from desktop.domain.school_week import SchoolWeek
from desktop.domain.wording import fill, translate_defaults
from desktop.export.document_base import DocumentHeader, page_top
from desktop.export.pdf_common import BOLD, FONT, marked_canvas, paragraph, register_fonts
from desktop.export.plan_figure import staircase_drawing


@dataclass(frozen=True)
class PlanPdfTexts:
    """Every word the document prints: bokmål defaults, in the current language
    (the document's) when the texts are made."""

    title: str = QT_TRANSLATE_NOOP("export", "Opptrappingsplan")
    restricted: str = QT_TRANSLATE_NOOP("export", "Unntatt offentlighet")
    page: str = QT_TRANSLATE_NOOP("export", "side {x} av {y}")
    printed: str = QT_TRANSLATE_NOOP("export", "Skrevet ut")
    goal: str = QT_TRANSLATE_NOOP("export", "Langsiktig mål")
    baseline: str = QT_TRANSLATE_NOOP("export", "Utgangspunkt")
    step: str = QT_TRANSLATE_NOOP("export", "Steg")
    period: str = QT_TRANSLATE_NOOP("export", "Periode")
    weeks: str = QT_TRANSLATE_NOOP("export", "uker")
    week: str = QT_TRANSLATE_NOOP("export", "uke")  # before a week number: "uke 50–51"
    target: str = QT_TRANSLATE_NOOP("export", "Mål for oppmøte")
    lessons: str = QT_TRANSLATE_NOOP("export", "Dager og timer")
    place: str = QT_TRANSLATE_NOOP("export", "Hvor")
    arrival: str = QT_TRANSLATE_NOOP("export", "Oppmøte")
    support: str = QT_TRANSLATE_NOOP("export", "Støtte")
    escape_route: str = QT_TRANSLATE_NOOP("export", "Fluktrute")
    duties: str = QT_TRANSLATE_NOOP("export", "Ansvar")
    note: str = QT_TRANSLATE_NOOP("export", "Notat")
    best_interest: str = QT_TRANSLATE_NOOP("export", "Til elevens beste")
    best_interest_missing: str = QT_TRANSLATE_NOOP(
        "export", "Ikke begrunnet ennå: hvorfor er dette steget til elevens beste?")
    history: str = QT_TRANSLATE_NOOP("export", "Oppfølging og endringer")
    none: str = QT_TRANSLATE_NOOP("export", "Ingen ennå.")
    lesson_line: str = QT_TRANSLATE_NOOP("export", "%1: %2. time (%3)")  # day: lessons (kind)
    statuses: dict = field(default_factory=lambda: {
        RunStatus.PLANNED: translate("export", "planlagt"),
        RunStatus.CURRENT: translate("export", "nå"),
        RunStatus.COMPLETED: translate("export", "fullført"),
        RunStatus.REPEATED: translate("export", "gjentatt"),
        RunStatus.STEPPED_BACK: translate("export", "tatt tilbake")})
    cells: dict = field(default_factory=lambda: {
        Cell.ATTEND: translate("export", "deltar"),
        Cell.SUPPORTED: translate("export", "med støtte"),
        Cell.ALTERNATIVE: translate("export", "alternativ arena")})
    places: dict = field(default_factory=lambda: {
        "klasserom": translate("export", "klasserom"),
        "grupperom": translate("export", "grupperom"),
        "bibliotek": translate("export", "bibliotek"),
        "hjemme": translate("export", "hjemme"), "annet": translate("export", "annet")})
    parties: dict = field(default_factory=lambda: {
        "elev": translate("export", "Eleven"), "foresatte": translate("export", "Foresatte"),
        "kontaktlaerer": translate("export", "Kontaktlærer"),
        "ledelse": translate("export", "Ledelsen"), "andre": translate("export", "Andre")})
    results: dict = field(default_factory=lambda: {
        WeekResult.REACHED: translate("export", "nådd"),
        WeekResult.PARTLY: translate("export", "delvis"),
        WeekResult.NOT_REACHED: translate("export", "ikke nådd")})
    decisions: dict = field(default_factory=lambda: {
        Decision.ADVANCE: translate("export", "videre til neste steg"),
        Decision.REPEAT: translate("export", "steget gjentas"),
        Decision.BACK: translate("export", "ett steg tilbake")})
    weekdays: tuple = field(default_factory=lambda: (
        translate("export", "mandag"), translate("export", "tirsdag"),
        translate("export", "onsdag"), translate("export", "torsdag"),
        translate("export", "fredag"), translate("export", "lørdag"),
        translate("export", "søndag")))

    def __post_init__(self) -> None:
        translate_defaults(self)


def day_lines(grid, week: SchoolWeek, texts: PlanPdfTexts) -> str:
    lines = []
    for day, cells in sorted(fit_grid(grid, week).items()):
        used = [(n + 1, c) for n, c in enumerate(cells) if c.present]
        if not used:
            continue
        kinds = {c for _, c in used}
        lessons = ", ".join(str(n) for n, _ in used)
        kind = texts.cells[next(iter(kinds))] if len(kinds) == 1 else \
            "; ".join(f"{n}: {texts.cells[c]}" for n, c in used)
        lines.append(fill(texts.lesson_line, texts.weekdays[day], lessons, kind)
                     if len(kinds) == 1 else f"{texts.weekdays[day]}: {kind}")
    return "\n".join(lines) or "–"


def build_plan_pdf(target: str | Path | BinaryIO, plan: EscalationPlan, runs: list[StepRun],
                   history: list[HistoryEntry], week: SchoolWeek, pupil_name: str,
                   texts: PlanPdfTexts | None = None, today: date | None = None,
                   school: str = "") -> None:
    texts = texts or PlanPdfTexts()
    doc = SimpleDocTemplate(target if not isinstance(target, Path) else str(target),
                            pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=24 * mm, bottomMargin=18 * mm, title=texts.title,
                            author="Nærvær")
    story = plan_story(plan, runs, history, week, pupil_name, texts, today)
    # The same header on every page as the agreement and the minutes.
    header = DocumentHeader(pupil_name, school, today or date.today(),
                            restricted=texts.restricted)
    doc.build(story, canvasmaker=marked_canvas(texts.restricted, texts.page, page_top(header)))


def plan_story(plan: EscalationPlan, runs: list[StepRun], history: list[HistoryEntry],
               week: SchoolWeek, pupil_name: str, texts: PlanPdfTexts | None = None,
               today: date | None = None) -> list:
    """The document's flowables, for this PDF and for the closing report."""
    texts = texts or PlanPdfTexts()
    register_fonts()
    normal = ParagraphStyle("n", fontName=FONT, fontSize=9, leading=11.5)
    small = ParagraphStyle("s", parent=normal, fontSize=8, textColor=colors.HexColor("#555555"))
    label = ParagraphStyle("l", parent=normal, fontName=BOLD)
    h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=16, leading=20, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12, leading=15, spaceBefore=10,
                        spaceAfter=3, keepWithNext=1)
    width = A4[0] - 36 * mm
    story = [
        paragraph(f"{texts.title} – {pupil_name}" if pupil_name else texts.title, h1),
        paragraph(f"{texts.printed} {(today or date.today()):%d.%m.%Y}", small),
        Spacer(1, 3 * mm),
        paragraph(f"{texts.goal}: {plan.goal}", label),
    ]
    if plan.baseline:
        story.append(paragraph(f"{texts.baseline}: {plan.baseline}", normal))
    story += [Spacer(1, 4 * mm),
              staircase_drawing(runs, texts.statuses, texts.step, width, FONT, BOLD)]
    for run in runs:
        step = run.step
        duties = "\n".join(f"{texts.parties.get(p, p)}: {t}"
                           for p, t in step.responsibilities.items() if t.strip())
        rows = [
            (texts.period, f"{run.start:%d.%m.%Y} – {run.end:%d.%m.%Y} "
                           f"({week_label(run.start, run.end, texts.week)}, {step.weeks} "
                           f"{texts.weeks}) · {texts.statuses[run.status]}"),
            (texts.target, f"{run.target:.0f} %"),
            (texts.lessons, day_lines(step.grid, week, texts)),
            (texts.place, texts.places.get(step.place, step.place)
             + (f" · {texts.arrival} {step.arrival}" if step.arrival else "")),
            (texts.support, step.support or "–"),
            (texts.escape_route, step.escape_route or "–"),
            (texts.duties, duties or "–"),
        ]
        if step.best_interest.strip() or best_interest_reasons(plan, step):
            rows.append((texts.best_interest,
                         step.best_interest.strip() or texts.best_interest_missing))
        if step.note:
            rows.append((texts.note, step.note))
        table = Table([[paragraph(k, label), paragraph(v, normal)] for k, v in rows],
                      colWidths=[width * 0.24, width * 0.76], splitInRow=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a94")),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8f0fa")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(KeepTogether([paragraph(f"{texts.step} {run.number}: {step.title}", h2), table]))
    story.append(paragraph(texts.history, h2))
    numbers = {s.id: n for n, s in enumerate(plan.steps, 1)}
    if not history:
        story.append(paragraph(texts.none, small))
    for entry in history:
        what = texts.results[entry.result] if entry.result else texts.decisions[entry.decision]
        line = f"{entry.on:%d.%m.%Y} · {texts.step} {numbers.get(entry.step_id, '?')} · {what}"
        story.append(paragraph(line + (f": {entry.text}" if entry.text else ""), normal))
    return story
