"""The Norwegian sentences of "Mønstre og utvikling" (Fravær) and of the
before/after line in the evaluation of an agreement: a pattern, a start on the
time axis, the absence before and after it. Neutral wording: what the register
shows, never why (seed 004 asks the school to look before it concludes)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from desktop.domain.absence_patterns import Pattern, PatternKind
from desktop.domain.absence_weeks import WeekAbsence
from desktop.domain.measure_effect import EffectStatus
from desktop.domain.school_calendar import week_label
from desktop.domain.validation import format_date
from desktop.services.absence_insight import Marker, MarkerEffect, MarkerKind


def _t(text: str) -> str:
    return QCoreApplication.translate("absence", text)


def _fill(text: str, *values) -> str:
    """%1, %2 … in one pass, so a typed name holding "%1" stays as typed."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), text)


def weekdays_plural() -> tuple[str, ...]:
    return (_t("mandager"), _t("tirsdager"), _t("onsdager"), _t("torsdager"), _t("fredager"),
            _t("lørdager"), _t("søndager"))


def weeks_text(count: int) -> str:
    # Two literal texts rather than "%n": the program ships no plural forms for bokmål.
    return _t("1 uke") if count == 1 else _fill(_t("%1 uker"), count)


def percent(share: float) -> str:
    return _fill(_t("%1 %"), f"{share:.0f}")


def pattern_sentence(pattern: Pattern) -> str:
    kind, p = pattern.kind, pattern
    day = weekdays_plural()[p.weekday] if p.weekday is not None else ""
    if kind is PatternKind.WEEKDAY:
        return _fill(_t("%1 av %2 fraværsdager siste %3 uker er %4"),
                     p.count, p.total, p.weeks, day)
    if kind is PatternKind.AFTER_HOLIDAY:
        return _fill(_t("Fravær %1 av %2 skoledager rett etter ferie eller fridager "
                        "(siste %3 uker)"), p.count, p.total, p.weeks)
    if kind is PatternKind.FIRST_LESSON:
        return _fill(_t("%1 av %2 dager med timefravær siste %3 uker gjelder 1. time"),
                     p.count, p.total, p.weeks)
    if kind is PatternKind.SUBJECT:
        return _fill(_t("%1 av %2 enkelttimer med fravær siste %3 uker er %4"),
                     p.count, p.total, p.weeks, p.subject)
    if kind is PatternKind.LATE and p.weekday is not None:
        return _fill(_t("%1 av %2 forsentkomminger siste %3 uker var på %4"),
                     p.count, p.total, p.weeks, day)
    if kind is PatternKind.LATE:
        return _fill(_t("%1 forsentkomminger siste %2 uker"), p.count, p.weeks)
    if kind is PatternKind.LEAVE:
        return _fill(_t("Permisjon %1 ganger siste %2 uker (%3 skoledager)"),
                     p.count, p.weeks, p.total)
    if kind is PatternKind.SETTLED:
        return _fill(_t("Avklart fravær %1 ganger siste %2 uker (%3 skoledager)"),
                     p.count, p.weeks, p.total)
    return _fill(_t("Fravær siste %1 uker: %2, hele halvåret så langt: %3"),
                 p.weeks, percent(p.recent_share), percent(p.term_share))


def marker_label(marker: Marker) -> str:
    if marker.kind is MarkerKind.MEASURE:
        return _fill(_t("Tiltak: %1"), marker.label)
    if marker.kind is MarkerKind.AGREEMENT:
        return _fill(_t("Samarbeidsavtale %1"), marker.number)
    return _fill(_t("Trinn %1 i opptrappingsplanen: %2"), marker.number, marker.label)


def marker_letter(kind: MarkerKind) -> str:
    """One letter on the chart; the legend says what it means."""
    return {MarkerKind.MEASURE: _t("T"), MarkerKind.AGREEMENT: _t("A"),
            MarkerKind.STEP: _t("P")}[kind]


def legend() -> str:
    return _t("Søyler: fravær i prosent av skoletimene, mørk = dokumentert, lys = "
              "udokumentert. Grå uke = fri hele uka. Streker: T = tiltak starter, "
              "A = samarbeidsavtale, P = trinn i opptrappingsplanen.")


def effect_text(item: MarkerEffect) -> str:
    effect = item.effect
    if effect.status is EffectStatus.COMPARED:
        text = _fill(_t("fravær før: %1, etter: %2 (%3 hver)"), percent(effect.before.share),
                     percent(effect.after.share), weeks_text(effect.weeks))
    elif effect.status is EffectStatus.TOO_FEW_AFTER:
        text = _fill(_t("for lite data: %1 etter start"), weeks_text(effect.weeks_after))
    elif effect.status is EffectStatus.TOO_FEW_BEFORE:
        text = _fill(_t("for lite data: %1 før start"), weeks_text(effect.weeks_before))
    else:
        text = _t("ikke startet ennå")
    step = item.step
    if step is not None and step.attendance is not None:
        text += _fill(_t("; i trinnet så langt: oppmøte %1 (mål %2, %3 skoledager)"),
                      percent(step.attendance), percent(step.target), step.school_days)
    return text


def agreement_absence_text(item: MarkerEffect | None) -> str:
    """The line in the evaluation of an agreement (dialog and PDF)."""
    if item is None:
        return _t("Avtalen har ingen dato, så det er ikke noe å sammenligne med.")
    return _fill(_t("Fra avtaledatoen %1: %2. Tallene viser det registrerte fraværet, "
                    "ikke hva som er årsaken."), format_date(item.marker.day), effect_text(item))


def agreement_period_text(totals) -> str:
    """The register's figures for the agreement's period (WindowTotals or None),
    as the evaluation dialog shows them beside the printed table."""
    if totals is None:
        return ""
    if not totals.school_lessons:
        return _fill(_t("I avtaleperioden %1–%2: ingen skoletimer registrert."),
                     format_date(totals.start), format_date(totals.end))
    doc = 100.0 * totals.documented_lessons / totals.school_lessons
    return _fill(_t("I avtaleperioden %1–%2: fravær %3 av %4 timer (%5; dokumentert %6, "
                    "udokumentert %7), %8 forsentkomminger."),
                 format_date(totals.start), format_date(totals.end), totals.absent_lessons,
                 totals.school_lessons, percent(totals.share), percent(doc),
                 percent(totals.share - doc), totals.late_arrivals)


def measure_absence_text(item: MarkerEffect | None) -> str:
    """Beside a measure in the tiltakssirkel."""
    if item is None:
        return _t("Sett en startdato for å se fraværet før og etter.")
    return effect_text(item)


def week_text(week: WeekAbsence, markers: list[Marker]) -> str:
    """One week as the chart's keyboard and screen-reader text."""
    head = _fill(_t("%1 (fra %2)"), week_label(week.monday, word=_t("Uke")),
                 format_date(week.monday))
    if week.off:
        text = _fill(_t("%1: fri hele uka"), head)
    else:
        a = week.absence
        doc = 100.0 * a.documented / a.school_lessons
        text = _fill(_t("%1: fravær %2 (dokumentert %3, udokumentert %4)"), head,
                     percent(a.share), percent(doc), percent(a.share - doc))
    starts = [marker_label(m) for m in markers]
    if starts:
        text += _fill(_t(". Startet denne uka: %1"), "; ".join(starts))
    return text
