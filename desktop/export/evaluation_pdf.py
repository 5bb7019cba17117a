"""The evaluation of a samarbeidsavtale as a PDF, in the layout of seed 001
Vedlegg 4 ("Evaluering av samarbeidsavtale"): place and date, who is present
at the evaluation, the goal and each sub-goal each with its own labelled
assessment (and the measures tied to it), the absence registered in the
agreement's period, every measure and plan B rated, what was agreed ("ikke
lenger behov for systematisk oppfølging" ELLER "ny samarbeidsavtale") and,
apart from it, the referral assessment, then the signatures of those present.

Every heading is kept with the first lines under it (document_base.kept), and
the conclusion is kept with the signature lines, so a signature row never
stands alone on a page. Table columns are at least as wide as their heading
word at the real font ("Vurdering" is never broken). The same header,
marking and page numbers as the agreement. The program's own words are
translated as the document is made (domain/language.py). No Qt. (The minutes
are minutes_pdf.py.)"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Spacer

from desktop.domain.absence_totals import WindowTotals
from desktop.domain.agreements import Agreement, interpreter_needs
from desktop.domain.evaluations import Evaluation, RatedItem, Rating
from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.export.agreement_pdf import sub_goal_head
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
)
from desktop.export.minutes_pdf import grid_table
from desktop.export.pdf_common import BOLD, FONT
from desktop.export.signature_block import signature_block
from desktop.export.status_words import (
    evaluation_words,
    outcome_words,
    referral_words,
)

# Bokmål as written; translated where printed (rating_name, defaults()).
RATING_NAMES = {Rating.UNSET: QT_TRANSLATE_NOOP("export", "ikke vurdert"),
                Rating.WORKED: QT_TRANSLATE_NOOP("export", "Fungert"),
                Rating.PARTLY: QT_TRANSLATE_NOOP("export", "Delvis"),
                Rating.NOT: QT_TRANSLATE_NOOP("export", "Ikke fungert")}

ABSENCE_HEADING = QT_TRANSLATE_NOOP("export", "Registrert fravær før og etter avtalen")

# Texts a local template may leave out (older copies of maler.toml lack them).
DEFAULTS = {"place_date": QT_TRANSLATE_NOOP("export", "Sted og dato"),
            "goal_and_sub_goals": QT_TRANSLATE_NOOP("export", "Evaluering av mål og delmål"),
            "absence": QT_TRANSLATE_NOOP("export", "Fravær i avtaleperioden"),
            "assessment": QT_TRANSLATE_NOOP("export", "Vurdering"),
            "note": QT_TRANSLATE_NOOP("export", "Merknad"),
            "goal_assessment": QT_TRANSLATE_NOOP("export", "Vurdering av målet"),
            "sub_goal_measures": QT_TRANSLATE_NOOP("export", "Tiltak for delmålet")}


def rating_name(rating: Rating) -> str:
    """ "Fungert", "Delvis", "Ikke fungert", "ikke vurdert" in the current language."""
    return translate("export", RATING_NAMES[rating])


def defaults() -> dict[str, str]:
    """DEFAULTS in the current language."""
    return {key: translate("export", text) for key, text in DEFAULTS.items()}

_PAD = 12  # a table cell's left and right padding together (points)


def column_widths(heads: list[str], words: list[list[str]], shares: list[float]) -> list[float]:
    """Widths (points) for a table over the text width: each column at least
    as wide as its heading at the bold font and as its longest fixed word
    (a rating) at the normal font, the rest shared out as `shares` say."""
    least = [max([stringWidth(h, BOLD, 10)] + [stringWidth(w, FONT, 10) for w in extra])
             + _PAD + 2 for h, extra in zip(heads, words)]
    free = WIDTH - sum(least)
    total = sum(shares)
    return [low + free * share / total for low, share in zip(least, shares)]


def _rating(item_rating: Rating, note: str, texts: dict, styles: Styles) -> list:
    out = [p(f"{texts['assessment']}: {rating_name(item_rating)}", styles.normal)]
    if note.strip():
        out.append(p(f"{texts['note']}: {note}", styles.normal))
    return out


def _measures_table(items: list[RatedItem], texts: dict, styles: Styles):
    heads = [translate("export", "Tiltak"), translate("export", "Ansvarlig"),
             texts["assessment"], texts["note"]]
    rows = [[p(h, styles.h3) for h in heads]]
    for item in items:
        label = f"{item.label}: " if item.label else ""
        rows.append([p(label + item.text, styles.normal), p(item.party, styles.normal),
                     p(rating_name(item.rating), styles.normal), p(item.note, styles.normal)])
    ratings = [rating_name(rating) for rating in RATING_NAMES]
    widths = column_widths(heads, [[], [], ratings, []], [6, 1, 0, 3])
    return grid_table(rows, [w / WIDTH for w in widths])


def absence_rows(period: WindowTotals) -> list[tuple[str, str]]:
    """The register's figures for the agreement's period, as printed."""
    def share(part: int) -> str:
        return f"{100.0 * part / period.school_lessons:.0f} %" if period.school_lessons else "–"

    def lessons(part: int) -> str:
        return translate("export", "%1 timer (%2)").replace("%1", str(part)).replace(
            "%2", share(part))
    return [
        (translate("export", "Periode"), f"{fmt(period.start)}–{fmt(period.end)}"),
        (translate("export", "Skoletimer i perioden"), str(period.school_lessons)),
        (translate("export", "Fravær"), lessons(period.absent_lessons)),
        (translate("export", "– dokumentert"), lessons(period.documented_lessons)),
        (translate("export", "– udokumentert"), lessons(period.undocumented_lessons)),
        (translate("export", "Hele dager borte"), str(period.whole_days)),
        (translate("export", "Forsentkomminger"), str(period.late_arrivals)),
        (translate("export", "Gått fra skolen i løpet av dagen"), str(period.left_school)),
    ]


def _absence(period: WindowTotals | None, absence: str, texts: dict, styles: Styles) -> list:
    if period is None and not absence:
        return []
    body = []
    if period is not None:
        rows = [[p(label, styles.normal), p(value, styles.normal)]
                for label, value in absence_rows(period)]
        table = grid_table([[p(translate("export", "Fra fraværsregisteret"), styles.h3),
                             p(translate("export", "I avtaleperioden"), styles.h3)]] + rows,
                           [0.45, 0.4])
        table.hAlign = "LEFT"
        body.append(table)
    if absence:
        body += [p(translate("export", ABSENCE_HEADING), styles.h3), p(absence, styles.normal)]
    return [kept(p(texts["absence"], styles.h2), *body)]


def build_evaluation_pdf(target: str | Path | BinaryIO, evaluation: Evaluation,
                         agreement: Agreement, texts: dict[str, str],
                         header: DocumentHeader, absence: str = "",
                         period: WindowTotals | None = None) -> None:
    build(target, evaluation_story(evaluation, agreement, texts, Styles(), absence, period),
          header, texts["title"])


def evaluation_story(evaluation: Evaluation, agreement: Agreement, texts: dict[str, str],
                     styles: Styles, absence: str = "",
                     period: WindowTotals | None = None) -> list:
    """`absence`: the before/after line from the absence register, worded by the
    caller; `period`: the register's totals for the agreement's period."""
    e, a = evaluation, agreement
    texts = {**defaults(), **texts}
    story = [p(texts["title"], styles.h1),
             p(evaluation_words(e, a), styles.small), Spacer(1, 2 * mm),
             p(texts["intro"], styles.normal)]
    story.append(kept(p(texts["place_date"], styles.h2), p(
        ", ".join(x for x in (e.place, fmt(e.held_on)) if x) or "–", styles.normal)))
    present = [bullet(person_in_print(x.name, x.role), styles)
               for x in e.participants if x.name.strip()] or [p("–", styles.normal)]
    interpreting = interpreter_needs(e.participants)
    if interpreting:
        present.append(p(translate("export", "Tolk: %1").replace("%1", interpreting),
                         styles.normal))
    story.append(kept(p(texts["present"], styles.h2), *present))

    # Vedlegg 4: "EVALUERING AV MÅL og DELMÅL" — the goal, then each sub-goal on its own.
    story.append(kept(p(texts["goal_and_sub_goals"], styles.h2),
                      kept(p(texts["goal"], styles.h3), p(a.long_term_goal or "–", styles.normal),
                           p(f"{texts['goal_assessment']}: {e.goal_note or '–'}",
                             styles.normal))))
    for number, goal in enumerate(e.sub_goals, 1):
        period_text = ""
        if number <= len(a.sub_goals) and a.sub_goals[number - 1].period:
            period_text = f" ({a.sub_goals[number - 1].period})"
        body = [p(goal.text, styles.normal), *_rating(goal.rating, goal.note, texts, styles)]
        tied = e.measures_of(number - 1)
        if tied:
            body.append(p(texts["sub_goal_measures"] + ":", styles.small))
            body += [bullet(f"{m.label.rsplit(' ', 1)[-1]}: {m.text} – "
                            f"{rating_name(m.rating).lower()}", styles) for m in tied]
        story.append(kept(p(sub_goal_head(number) + period_text, styles.h3), *body))
    story += _absence(period, absence, texts, styles)
    story.append(kept(p(texts["measures"], styles.h2),
                      _measures_table(list(e.measures), texts, styles) if e.measures
                      else p("–", styles.normal)))
    story.append(kept(p(texts["plan_b"], styles.h2), p(a.plan_b or "–", styles.small),
                      *_rating(e.plan_b_rating, e.plan_b_note, texts, styles)))
    conclusion = [p(texts["outcome"], styles.h2), p(outcome_words(e, texts), styles.normal),
                  p(referral_words(e), styles.normal)]
    if e.referral_note:
        conclusion.append(p(e.referral_note, styles.small))
    rows = signature_block(e, styles, lead=[p(texts["signatures"], styles.h2),
                                            Spacer(1, 2 * mm)])
    story += keep_signing_rows(conclusion, rows)
    return story


def keep_signing_rows(conclusion: list, rows: list) -> list:
    """What was agreed stays with the heading and the first row of signature
    lines, and the last two rows stay together: no row of signature lines
    stands alone on a page (each row is already one KeepTogether)."""
    if len(rows) <= 2:
        return [KeepTogether(conclusion + rows)]
    return [KeepTogether(conclusion + rows[:1]), *rows[1:-2], KeepTogether(rows[-2:])]
