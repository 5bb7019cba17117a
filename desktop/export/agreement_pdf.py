"""The samarbeidsavtale as a PDF (seed 002 appendix 3, seed 001 Vedlegg 3):
place and date, who was present, the long-term goal, the sub-goals, the
measures under "<party> har ansvar for:" for every party (each guardian by
name when they have separate duties), plan B with its responsible, the period
and the evaluation date, contact between home and school with the reminder
that sensitive information is not sent by e-mail, the next meeting, and a
signature line with printed name and role for everyone present, each with the
day that person signed or why they do not sign. The status under the title
("delvis signert (3 av 6)") is status_words.version_words, the same words as
the list and the preview. Headings and fixed texts come from
forms/avtaler/maler.toml; the program's own words ("Tolk", "Delmål 1", the
parties) are translated as the document is made (domain/language.py). No Qt."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from desktop.domain.agreements import Agreement, PartyKey
from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.domain.measure_circle import Party
from desktop.export.document_base import (
    DocumentHeader,
    Styles,
    build,
    bullet,
    fmt,
    fmt_week,
    p,
    person_in_print,
)
from desktop.export.signature_block import signature_block
from desktop.export.status_words import version_words

# Bokmål as written; translated where printed (party_title, party_name).
PARTY_NAMES = {Party.CONTACT_TEACHER: QT_TRANSLATE_NOOP("export", "Kontaktlærer"),
               Party.LEADERSHIP: QT_TRANSLATE_NOOP("export", "Ledelsen ved skolen"),
               Party.GUARDIANS: QT_TRANSLATE_NOOP("export", "Foresatte"),
               Party.PUPIL: QT_TRANSLATE_NOOP("export", "Eleven"), Party.PPT: "PPT",
               Party.HEALTH_NURSE: QT_TRANSLATE_NOOP("export", "Helsesykepleier"),
               Party.OTHER: QT_TRANSLATE_NOOP("export", "Andre involverte")}


def party_name(party: Party) -> str:
    """The party as the documents name it, in the current language."""
    return translate("export", PARTY_NAMES[party])


def party_title(key: PartyKey, names: dict = PARTY_NAMES) -> str:
    """A person's own name, else the party's name (in the current language)."""
    party, person = key
    return person if person else translate("export", names[party])


def sub_goal_head(number: int, period: str = "") -> str:
    """ "Delmål 2" or "Delmål 2 (2 uker)" in the current language."""
    head = translate("export", "Delmål %1").replace("%1", str(number))
    return head + (f" ({period})" if period else "")


def measure_line(letter: str, text: str) -> str:
    """ "Tiltak A: …" under its sub-goal."""
    return translate("export", "Tiltak %1: %2").replace("%1", letter).replace("%2", text)


def agreement_story(agreement: Agreement, texts: dict[str, str], styles: Styles,
                    pupil: str, parties: dict = PARTY_NAMES) -> list:
    a = agreement
    # The template's fill-in hints help while the agreement is written; a frozen or
    # signed copy is the agreement itself and prints without them.
    draft = not a.status.frozen

    def hint(key: str) -> list:
        return [p(texts[key], styles.small)] if draft and key in texts else []

    def section(key: str, *body) -> KeepTogether:
        """A heading kept with what follows it: never alone at the foot of a page."""
        return KeepTogether([p(texts[key], styles.h2), *hint(key + "_hint"), *body])

    story = [p(texts["title"], styles.h1), p(version_words(a), styles.small),
             Spacer(1, 2 * mm), p(texts["intro"], styles.normal)]
    story.append(section("place_date", p(", ".join(x for x in (a.place, fmt(a.held_on)) if x)
                                         or "–", styles.normal)))
    present = [bullet(person_in_print(x.name, x.role), styles)
               for x in a.participants if x.name.strip()] or [p("–", styles.normal)]
    if a.interpreter_line():  # "Tolk: somali, for mor"
        present.append(p(translate("export", "Tolk: %1").replace("%1", a.interpreter_line()),
                         styles.normal))
    story += [section("present", present[0]), *present[1:]]
    story.append(section("long_term_goal", p(a.long_term_goal or "–", styles.normal)))
    goals = []
    for number, goal in enumerate(a.sub_goals, 1):
        head = sub_goal_head(number, goal.period) + ":"
        goals.append(Paragraph(f"<b>{escape(head)}</b> {escape(goal.text)}".replace(
            "\n", "<br/>"), styles.goal))
        # Seed 001 Vedlegg 3: "TILTAK A: Her skriver du hvordan delmålene skal oppnås."
        goals += [bullet(measure_line(letter, m.text), styles)
                  for letter, m in a.measures_of(number - 1)]
    goals = goals or [p("–", styles.normal)]
    story += [section("sub_goals", goals[0]), *goals[1:]]
    story.append(section("measures"))
    labels = {id(m): label for m, label in zip(a.measures, a.measure_labels())}
    for key, measures in a.measures_by_party().items():
        lines = [bullet((f"{labels[id(m)]}: " if labels.get(id(m)) else "") + m.text
                        + (f" ({texts['why']}: {m.why})" if m.why else ""), styles)
                 for m in measures]
        story += [KeepTogether([p(texts["responsible_for"].format(
            party=party_title(key, parties)), styles.h3), lines[0]]), *lines[1:]]
    responsible = [p(f"{texts['plan_b_responsible']}: {a.plan_b_responsible}", styles.normal)] \
        if a.plan_b_responsible else []
    story.append(section("plan_b", p(a.plan_b or "–", styles.normal), *responsible))
    story.append(section("period", p(texts["period_text"].format(
        start=fmt_week(a.held_on) or "–", end=fmt_week(a.period_end()) or "–",
        evaluation=fmt_week(a.evaluation_on) or "–"), styles.normal)))
    story.append(section("contact", p(a.contact_routine or "–", styles.normal),
                         p(texts["contact_reminder"], styles.note)))
    story.append(section("next_meeting", p(a.next_meeting or "–", styles.normal)))
    story += signature_block(a, styles, lead=[
        p(texts["signatures"], styles.h2), *hint("signatures_hint"), Spacer(1, 2 * mm)])
    return story


def build_agreement_pdf(target: str | Path | BinaryIO, agreement: Agreement,
                        texts: dict[str, str], header: DocumentHeader, **labels) -> None:
    """Writes the agreement to a path or a binary file object."""
    styles = Styles()
    build(target, agreement_story(agreement, texts, styles, header.pupil, **labels), header,
          texts["title"])
