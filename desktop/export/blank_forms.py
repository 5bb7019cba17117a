"""Blank forms for a meeting held on paper: the samarbeidsavtale (seed 001
Vedlegg 3), its evaluation (Vedlegg 4) and a kartlegging sheet built from a
conversation guide, each with room to write (ruled lines, tick boxes, a
signature table) instead of "–". The same page header as the filled documents,
with blanks where pupil, school and date go. No Qt, no personal data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from desktop.domain.conversations import AnswerType, Guide
from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.domain.wording import translate_defaults
from desktop.export.document_base import WIDTH, DocumentHeader, Styles, build, p

BOX = "☐"
LINE_HEIGHT = 8 * mm


def blank_header() -> DocumentHeader:
    """Blanks where pupil, school and date go (made with the document, so its
    words are in the document's language)."""
    return DocumentHeader("______________________", "____________________", None)


def parties() -> tuple[str, ...]:
    return (translate("export", "Kontaktlærer"), translate("export", "Ledelsen ved skolen"),
            translate("export", "Foresatte"), translate("export", "Eleven"), "PPT",
            translate("export", "Helsesykepleier"), translate("export", "Andre"))


@dataclass(frozen=True)
class BlankTexts:
    """The words of the blank forms that are not in forms/avtaler/maler.toml:
    bokmål defaults, in the current language (the document's) when made."""

    date_line: str = QT_TRANSLATE_NOOP("export", "Dato: ______________")
    name: str = QT_TRANSLATE_NOOP("export", "Navn")
    role: str = QT_TRANSLATE_NOOP("export", "Rolle")
    signature: str = QT_TRANSLATE_NOOP("export", "Underskrift")
    date: str = QT_TRANSLATE_NOOP("export", "Dato")
    sub_goal: str = QT_TRANSLATE_NOOP("export", "Delmål")
    what: str = QT_TRANSLATE_NOOP("export", "Hva eleven deltar i, støtte og hvor")
    weeks: str = QT_TRANSLATE_NOOP("export", "Uke(r)")
    period_blank: str = QT_TRANSLATE_NOOP("export", "Avtalen gjelder fra ____________ til "
                                          "____________ (som regel tre uker). Den evalueres "
                                          "____________.")
    assessment: str = QT_TRANSLATE_NOOP("export", "☐ nådd   ☐ delvis   ☐ ikke nådd")
    worked: str = QT_TRANSLATE_NOOP("export", "☐ virket   ☐ delvis   ☐ virket ikke")
    note: str = QT_TRANSLATE_NOOP("export", "Merknad")
    measure: str = QT_TRANSLATE_NOOP("export", "Tiltak")
    absence: str = QT_TRANSLATE_NOOP("export", "Fraværet i avtaleperioden")
    either: str = QT_TRANSLATE_NOOP("export", "ELLER")
    referral: str = QT_TRANSLATE_NOOP("export", "Behov for henvisning videre (for eksempel PPT, "
                                      "BUP, barneverntjenesten eller andre) er vurdert. "
                                      "Resultat:")
    referral_choices: str = QT_TRANSLATE_NOOP("export", "☐ ikke behov nå   ☐ henvises til: "
                                              "____________________")
    conversation_intro: str = QT_TRANSLATE_NOOP("export", "Skjema til samtalen på papir. Skriv "
                                                "elevens egne ord i anførselstegn.")
    scale_low: str = QT_TRANSLATE_NOOP("export", "1 = svært dårlig, 10 = svært bra")
    yes_no_unsure: str = QT_TRANSLATE_NOOP("export", "☐ ja   ☐ nei   ☐ usikker")
    place_date: str = QT_TRANSLATE_NOOP("export", "Sted og dato")  # an older template lacks it
    # Seed 002 kap. 2: when the pupil is not there, an adult brings the pupil's view.
    voice_line: str = QT_TRANSLATE_NOOP("export", "Var ikke eleven med? Elevens stemme samlet "
                                        "inn av ______________________ dato "
                                        "____.____.________")

    def __post_init__(self) -> None:
        translate_defaults(self)


def lines(count: int, width: float = WIDTH) -> Table:
    """Ruled lines to write on."""
    table = Table([[""] for _ in range(count)], colWidths=[width],
                  rowHeights=[LINE_HEIGHT] * count)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a7a7a"))]))
    return table


def grid(headings: list[str], rows: int, widths: list[float], styles: Styles,
         row_height: float = 12 * mm, filled: list[str] | None = None) -> Table:
    """A table with a heading row and empty rows; `filled` puts fixed text in the
    second column (tick boxes) of every row."""
    body = [[p(h, styles.small) for h in headings]]
    for _ in range(rows):
        row = [""] * len(headings)
        if filled:
            for column, text in enumerate(filled):
                if text:
                    row[column] = p(text, styles.small)
        body.append(row)
    table = Table(body, colWidths=[WIDTH * w for w in widths],
                  rowHeights=[None] + [row_height] * rows, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a7a7a")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0fa")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _section(title: str, styles: Styles, *body, hint: str = "") -> KeepTogether:
    """A heading kept with what follows it (no heading alone at the foot of a page)."""
    parts = [p(title, styles.h2)] + ([p(hint, styles.small)] if hint else []) + list(body)
    return KeepTogether(parts)


def _signatures(title: str, hint: str, styles: Styles, texts: BlankTexts) -> KeepTogether:
    return _section(title, styles, grid([texts.name, texts.role, texts.signature, texts.date],
                                        8, [0.28, 0.2, 0.36, 0.16], styles, 11 * mm),
                    hint=hint)


def blank_agreement_story(agreement: dict[str, str], styles: Styles,
                          texts: BlankTexts | None = None) -> list:
    texts = texts or BlankTexts()
    a = agreement
    story = [p(a["title"], styles.h1), p(a["intro"], styles.normal), Spacer(1, 2 * mm),
             _section(a["place_date"], styles, lines(1)),
             _section(a["present"], styles, lines(4)),
             _section(a["long_term_goal"], styles, lines(3)),
             _section(a["sub_goals"], styles, grid([texts.sub_goal, texts.what, texts.weeks], 4,
                                                   [0.1, 0.72, 0.18], styles, 16 * mm),
                      hint=a["sub_goals_hint"])]
    story.append(_section(a["measures"], styles, hint=a["measures_hint"]))
    for party in parties():
        story.append(KeepTogether([p(a["responsible_for"].format(party=party), styles.h3),
                                   lines(2)]))
    story += [_section(a["plan_b"], styles, lines(3), hint=a["plan_b_hint"]),
              KeepTogether([p(a["plan_b_responsible"] + ":", styles.h3), lines(1)]),
              _section(a["period"], styles, p(texts.period_blank, styles.normal)),
              _section(a["contact"], styles, lines(2), p(a["contact_reminder"], styles.note)),
              _section(a["next_meeting"], styles, lines(1)),
              _signatures(a["signatures"], a["signatures_hint"], styles, texts)]
    return story


def blank_evaluation_story(evaluation: dict[str, str], styles: Styles,
                           texts: BlankTexts | None = None) -> list:
    """Seed 001 Vedlegg 4: goals, sub-goals, measures and plan B assessed; then
    "Det er ikke lenger behov for systematisk oppfølging" ELLER "Det utarbeides en
    ny samarbeidsavtale", and, always and apart, "Behov for viderehenvisning ... er
    blitt vurdert"."""
    texts = texts or BlankTexts()
    e = evaluation
    return [
        p(e["title"], styles.h1), p(e["intro"], styles.normal), Spacer(1, 2 * mm),
        _section(e.get("place_date", texts.place_date), styles, lines(1)),  # "Sted, Dato:"
        _section(e["present"], styles, lines(3)),
        _section(e["goal"], styles, p(texts.assessment, styles.normal), lines(2)),
        _section(e["sub_goals"], styles, grid([texts.sub_goal, "", texts.note], 4,
                                              [0.36, 0.3, 0.34], styles, 14 * mm,
                                              ["", texts.assessment, ""])),
        _section(e["measures"], styles, grid([texts.measure, "", texts.note], 6,
                                             [0.36, 0.3, 0.34], styles, 12 * mm,
                                             ["", texts.worked, ""])),
        _section(e["plan_b"], styles, p(texts.worked, styles.normal), lines(2)),
        _section(texts.absence, styles, lines(1)),
        _section(e["outcome"], styles,
                 p(f"{BOX} {e['no_further']}", styles.normal),
                 p(texts.either, styles.small),
                 p(f"{BOX} {e['new_agreement']}", styles.normal), Spacer(1, 3 * mm),
                 p(texts.referral, styles.normal), p(texts.referral_choices, styles.normal),
                 lines(2)),
        _signatures(e["signatures"], "", styles, texts),
    ]


def blank_conversation_story(guide: Guide, styles: Styles,
                             texts: BlankTexts | None = None) -> list:
    """Every question of the guide's steps with room for the answer; the adults'
    internal reflection is left out (it is not for the family's eyes)."""
    texts = texts or BlankTexts()
    story = [p(guide.title, styles.h1), p(texts.conversation_intro, styles.small),
             p(texts.date_line, styles.normal), p(texts.voice_line, styles.normal)]
    for step in guide.steps:
        if step.internal:
            continue
        first = True
        for question in step.questions:
            block = ([p(step.title, styles.h2)] if first else []) + [p(question.text, styles.h3)]
            first = False
            if question.type is AnswerType.SCALE:
                block.append(p("   ".join(f"{BOX} {n}" for n in range(1, 11)), styles.normal))
                block.append(p(texts.scale_low, styles.small))
            elif question.type is AnswerType.YES_NO_UNSURE:
                block.append(p(texts.yes_no_unsure, styles.normal))
            elif question.type is AnswerType.CHOICE:
                block.append(p("   ".join(f"{BOX} {c}" for c in question.choices),
                               styles.normal))
            elif question.type is AnswerType.DATE:
                block.append(p("____.____.________", styles.normal))
            else:
                block.append(lines(3))
            story.append(KeepTogether(block))
    return story


def build_blank_pdf(target: str | Path | BinaryIO, story: list, title: str) -> None:
    build(target, story, blank_header(), title)


def blank_agreement_pdf(target, agreement_texts: dict[str, str]) -> None:
    build_blank_pdf(target, blank_agreement_story(agreement_texts, Styles()),
                    agreement_texts["title"])


def blank_evaluation_pdf(target, evaluation_texts: dict[str, str]) -> None:
    build_blank_pdf(target, blank_evaluation_story(evaluation_texts, Styles()),
                    evaluation_texts["title"])


def blank_conversation_pdf(target, guide: Guide) -> None:
    build_blank_pdf(target, blank_conversation_story(guide, Styles()), guide.title)
