"""The parts of the closing report that no other document has: the contents,
the closing and its history, the pupil and the team, the absence in figures
(the whole period, month by month, and the usual windows at the closing), the
log of contacts with the home and the stafettholders, and the handovers. No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Spacer, Table, TableStyle

from desktop.domain.absence import AbsenceRecord
from desktop.domain.absence_totals import WindowTotals, totals, window_totals
from desktop.domain.case_closing import ClosingEvent, ClosingKind, ClosingReason
from desktop.domain.follow_up import Contact, Handover, channel_word
from desktop.domain.handover import Direction, HandoverRecord, Scope
from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.domain.people import Guardian, Pupil, TeamMember
from desktop.domain.school_week import SchoolWeek
from desktop.domain.wording import translate_defaults
from desktop.export.document_base import WIDTH, Styles, fmt, p, person_in_print

GRID = colors.HexColor("#9a9a94")
HEAD = colors.HexColor("#e8f0fa")


def _months() -> tuple[str, ...]:
    return (translate("export", "januar"), translate("export", "februar"),
            translate("export", "mars"), translate("export", "april"), translate("export", "mai"),
            translate("export", "juni"), translate("export", "juli"),
            translate("export", "august"), translate("export", "september"),
            translate("export", "oktober"), translate("export", "november"),
            translate("export", "desember"))


@dataclass(frozen=True)
class ReportTexts:
    """Every word the report prints itself (the parts made by the other
    documents bring their own): bokmål defaults, in the current language (the
    document's) when the texts are made."""

    title: str = QT_TRANSLATE_NOOP("export", "Sluttrapport")
    lead: str = QT_TRANSLATE_NOOP("export", "Hele saken samlet da den ble avsluttet, til "
                                  "kommunens arkiv. Skrevet ut {date}.")
    lead_open: str = QT_TRANSLATE_NOOP("export", "Hele saken samlet. Saken er ikke avsluttet. "
                                       "Skrevet ut {date}.")
    contents: str = QT_TRANSLATE_NOOP("export", "Innhold")
    closing: str = QT_TRANSLATE_NOOP("export", "Avslutning av saken")
    people: str = QT_TRANSLATE_NOOP("export", "Eleven og laget rundt eleven")
    absence: str = QT_TRANSLATE_NOOP("export", "Fraværet i tall")
    log: str = QT_TRANSLATE_NOOP("export", "Logg: kontakt med hjemmet")
    conversation: str = QT_TRANSLATE_NOOP("export", "Kartleggingssamtale")
    circle: str = QT_TRANSLATE_NOOP("export", "Tiltakssirkel")
    plan: str = QT_TRANSLATE_NOOP("export", "Opptrappingsplan")
    documents: str = QT_TRANSLATE_NOOP("export", "Samarbeidsavtaler, evalueringer og referater")
    handovers: str = QT_TRANSLATE_NOOP("export", "Overføringer av saken")
    none: str = QT_TRANSLATE_NOOP("export", "Ingen.")
    not_closed: str = QT_TRANSLATE_NOOP("export", "Saken er ikke avsluttet.")
    reasons: dict = field(default_factory=lambda: {
        ClosingReason.NO_FOLLOW_UP: translate("export", "Ingen videre oppfølging"),
        ClosingReason.MOVED_SCHOOL: translate("export", "Flyttet til annen skole"),
        ClosingReason.OTHER_SERVICE: translate("export", "Overført til annen tjeneste"),
        ClosingReason.OTHER: translate("export", "Annet")})
    closed: str = QT_TRANSLATE_NOOP("export", "Avsluttet")
    reopened: str = QT_TRANSLATE_NOOP("export", "Gjenåpnet")
    reason: str = QT_TRANSLATE_NOOP("export", "Grunn")
    by: str = QT_TRANSLATE_NOOP("export", "Av")
    delete_by: str = QT_TRANSLATE_NOOP("export", "Slettes innen")
    history: str = QT_TRANSLATE_NOOP("export", "Historikk")
    windows: dict = field(default_factory=lambda: {
        "days14": translate("export", "Siste 14 dager"),
        "month": translate("export", "Denne måneden"),
        "months3": translate("export", "Siste 3 måneder"),
        "weeks15": translate("export", "Siste 15 uker"),
        "term": translate("export", "Dette halvåret")})
    period: str = QT_TRANSLATE_NOOP("export", "Periode")
    share: str = QT_TRANSLATE_NOOP("export", "Andel")
    lessons: str = QT_TRANSLATE_NOOP("export", "Timer borte / skoletimer")
    documented: str = QT_TRANSLATE_NOOP("export", "Dokumentert")
    undocumented: str = QT_TRANSLATE_NOOP("export", "Udokumentert")
    whole_days: str = QT_TRANSLATE_NOOP("export", "Hele dager")
    late: str = QT_TRANSLATE_NOOP("export", "For sent")
    left: str = QT_TRANSLATE_NOOP("export", "Forlot skolen")
    whole_period: str = QT_TRANSLATE_NOOP("export", "Hele perioden")
    by_month: str = QT_TRANSLATE_NOOP("export", "Måned for måned")
    at_closing: str = QT_TRANSLATE_NOOP("export", "Ved avslutningen ({date})")
    no_absence: str = QT_TRANSLATE_NOOP("export", "Ingen fravær er registrert.")
    when: str = QT_TRANSLATE_NOOP("export", "Når")
    with_whom: str = QT_TRANSLATE_NOOP("export", "Med hvem")
    how: str = QT_TRANSLATE_NOOP("export", "Hvordan")
    summary: str = QT_TRANSLATE_NOOP("export", "Hva ble sagt og avtalt")
    stafett: str = QT_TRANSLATE_NOOP("export", "Stafettholdere")
    direction: dict = field(default_factory=lambda: {
        Direction.OUT: translate("export", "Sendt ut"),
        Direction.IN: translate("export", "Hentet inn")})
    scope: dict = field(default_factory=lambda: {
        Scope.FULL: translate("export", "hele saken"),
        Scope.WITHOUT_INTERNAL: translate("export", "uten interne notater")})
    document_id: str = QT_TRANSLATE_NOOP("export", "Dokument-ID")
    from_to: str = QT_TRANSLATE_NOOP("export", "Fra → til")
    team_roles: dict = field(default_factory=dict)  # TeamRole → its name (the UI's labels)
    guardians: str = QT_TRANSLATE_NOOP("export", "Foresatte")
    team: str = QT_TRANSLATE_NOOP("export", "Laget rundt eleven")
    pupil_fields: tuple = field(default_factory=lambda: (
        (translate("export", "Navn"), "name"), (translate("export", "Født"), "birth_date"),
        (translate("export", "Trinn"), "grade"), (translate("export", "Skole"), "school"),
        (translate("export", "Klasse"), "class_name"),
        (translate("export", "Kontaktlærer"), "contact_teacher")))
    months: tuple = field(default_factory=_months)

    def __post_init__(self) -> None:
        translate_defaults(self)


def _table(rows: list[list], widths: list[float], styles: Styles, head: bool = True,
           style=None, plain: frozenset[int] = frozenset()) -> Table:
    """A grid; text in the columns `plain` (below the head) is drawn as it is,
    without line breaking — figures and dates, a fraction of a paragraph's cost
    in a year's tables."""
    style = style or styles.normal
    cells = [[c if not isinstance(c, str) or (n in plain and (i or not head)) else p(c, style)
              for n, c in enumerate(r)] for i, r in enumerate(rows)]
    table = Table(cells, colWidths=[WIDTH * w for w in widths], repeatRows=1 if head else 0,
                  splitInRow=1)
    commands = [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize, style.leading)]
    if head:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD))
    table.setStyle(TableStyle(commands))
    return table


def contents_part(name: str, printed_on: date, titles: list[str], styles: Styles,
                  texts: ReportTexts, closed: bool = True) -> list:
    lead = texts.lead if closed else texts.lead_open
    story = [p(f"{texts.title} – {name}" if name else texts.title, styles.h1),
             p(lead.format(date=fmt(printed_on)), styles.small),
             Spacer(1, 6), p(texts.contents, styles.h2)]
    story += [p(f"{n}. {title}", styles.normal) for n, title in enumerate(titles, 1)]
    return story


def closing_part(history: list[ClosingEvent], styles: Styles, texts: ReportTexts) -> list:
    story = [p(texts.closing, styles.h1)]
    current = history[-1] if history and history[-1].kind is ClosingKind.CLOSED else None
    if current is None:
        story.append(p(texts.not_closed, styles.normal))
    else:
        reason = texts.reasons[current.reason] if current.reason else ""
        rows = [[texts.closed, fmt(current.on)],
                [texts.reason, reason + (f": {current.text}" if current.text else "")],
                [texts.by, current.by or "–"],
                [texts.delete_by, fmt(current.delete_by) or "–"]]
        story.append(_table(rows, [0.25, 0.75], styles, head=False))
    if len(history) > 1:
        story.append(p(texts.history, styles.h2))
        for event in history:
            word = texts.closed if event.kind is ClosingKind.CLOSED else texts.reopened
            what = texts.reasons[event.reason] if event.reason else ""
            line = " · ".join(x for x in (f"{fmt(event.on)} {word}", what, event.text,
                                          event.by) if x)
            story.append(p(line, styles.normal))
    return story


def people_part(pupil: Pupil, guardians: list[Guardian], team: list[TeamMember],
                styles: Styles, texts: ReportTexts) -> list:
    story = [p(texts.people, styles.h1)]
    rows = []
    for label, key in texts.pupil_fields:
        value = getattr(pupil, key)
        rows.append([label, fmt(value) if isinstance(value, date) else str(value or "–")])
    story.append(_table(rows, [0.25, 0.75], styles, head=False))
    story.append(p(texts.guardians, styles.h2))
    story += [p(" · ".join(x for x in (person_in_print(g.name, g.relation), g.phone) if x),
                styles.normal) for g in guardians] or [p(texts.none, styles.small)]
    story.append(p(texts.team, styles.h2))
    # The UI's role labels (bokmål ones found by their source, so they follow the
    # document's language too).
    story += [p(" · ".join(x for x in (m.name, translate(
        "export", texts.team_roles.get(m.role, str(m.role.value))), m.organisation) if x),
        styles.normal) for m in team] or [p(texts.none, styles.small)]
    return story


class _Span:
    """A window with fixed bounds, for window_totals."""

    def __init__(self, start: date, end: date):
        self.start, self.end = start, end

    def bounds(self, _today: date) -> tuple[date, date]:
        return self.start, self.end


def _month_end(day: date) -> date:
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _row(label: str, t: WindowTotals) -> list[str]:
    return [label, f"{t.share:.1f} %".replace(".", ","), f"{t.absent_lessons} / {t.school_lessons}",
            str(t.documented_lessons), str(t.undocumented_lessons), str(t.whole_days),
            str(t.late_arrivals), str(t.left_school)]


def absence_part(records: list[AbsenceRecord], week: SchoolWeek | None, on: date,
                 styles: Styles, texts: ReportTexts) -> list:
    story = [p(texts.absence, styles.h1)]
    if not records or week is None:
        return story + [p(texts.no_absence, styles.normal)]
    head = [texts.period, texts.share, texts.lessons, texts.documented, texts.undocumented,
            texts.whole_days, texts.late, texts.left]
    widths = [0.17, 0.09, 0.16, 0.15, 0.16, 0.09, 0.08, 0.1]
    figures = frozenset(range(len(widths)))
    cell = ParagraphStyle("cell", parent=styles.normal, fontSize=8, leading=10)
    first = min(r.day for r in records)
    last = max(max(r.day for r in records), first)
    whole = window_totals("all", _Span(first, last), records, week, on)
    story += [p(texts.whole_period + f": {fmt(first)} – {fmt(last)}", styles.h2),
              _table([head, _row(texts.whole_period, whole)], widths, styles, style=cell,
                     plain=figures)]
    story.append(p(texts.by_month, styles.h2))
    rows = [head]
    month = date(first.year, first.month, 1)
    while month <= last:
        t = window_totals("m", _Span(month, _month_end(month)), records, week, on)
        if t.school_lessons or t.absent_lessons:
            rows.append(_row(f"{texts.months[month.month - 1]} {month.year}", t))
        month = _month_end(month) + timedelta(days=1)
    story.append(_table(rows, widths, styles, style=cell, plain=figures))
    story.append(p(texts.at_closing.format(date=fmt(on)), styles.h2))
    story.append(_table([head] + [_row(texts.windows.get(t.key, t.key), t)
                                  for t in totals(records, week, on)], widths, styles,
                        style=cell, plain=figures))
    return story


def log_part(contacts: list[Contact], stafett: list[Handover], styles: Styles,
             texts: ReportTexts) -> list:
    story = [p(texts.log, styles.h1)]
    if contacts:
        rows = [[texts.when, texts.with_whom, texts.how, texts.summary]]
        for c in sorted(contacts, key=lambda c: c.at):
            said = "\n".join(x for x in (c.summary, c.agreed, c.next_step) if x)
            rows.append([c.at.strftime("%d.%m.%Y\n%H:%M"), c.with_whom,
                         channel_word(c.channel) + (f" ({c.by_whom})" if c.by_whom else ""),
                         said])
        story.append(_table(rows, [0.14, 0.2, 0.18, 0.48], styles, plain=frozenset({0})))
    else:
        story.append(p(texts.none, styles.small))
    story.append(p(texts.stafett, styles.h2))
    story += [p(" · ".join(x for x in (fmt(h.handed_on),
                                       person_in_print(h.to_name, h.to_role), h.note) if x),
                styles.normal) for h in stafett] or [p(texts.none, styles.small)]
    return story


def handover_part(records: list[HandoverRecord], styles: Styles, texts: ReportTexts) -> list:
    story = [p(texts.handovers, styles.h1)]
    if not records:
        return story + [p(texts.none, styles.small)]
    rows = [[texts.when, texts.from_to, texts.document_id]]
    for r in records:
        rows.append([r.at.strftime("%d.%m.%Y\n%H:%M"),
                     f"{texts.direction[r.direction]}, {texts.scope[r.scope]}: "
                     f"{r.sender or '–'} → {r.recipient or '–'}", r.document_id])
    story.append(_table(rows, [0.14, 0.55, 0.31], styles, plain=frozenset({0, 2})))
    return story
