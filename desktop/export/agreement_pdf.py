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
forms/avtaler/maler.toml. No Qt."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.domain.agreements import Agreement, PartyKey
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

PARTY_NAMES = {Party.CONTACT_TEACHER: "Kontaktlærer", Party.LEADERSHIP: "Ledelsen ved skolen",
               Party.GUARDIANS: "Foresatte", Party.PUPIL: "Eleven", Party.PPT: "PPT",
               Party.HEALTH_NURSE: "Helsesykepleier", Party.OTHER: "Andre involverte"}


def party_title(key: PartyKey, names: dict = PARTY_NAMES) -> str:
    party, person = key
    return person if person else names[party]


def agreement_story(agreement: Agreement, texts: dict[str, str], styles: Styles,
                    pupil: str, parties: dict = PARTY_NAMES) -> list:
    a = agreement
    story = [p(texts["title"], styles.h1), p(version_words(a), styles.small),
             Spacer(1, 2 * mm), p(texts["intro"], styles.normal)]
    story += [p(texts["place_date"], styles.h2),
              p(", ".join(x for x in (a.place, fmt(a.held_on)) if x) or "–", styles.normal)]
    story.append(p(texts["present"], styles.h2))
    story += [bullet(person_in_print(x.name, x.role), styles)
              for x in a.participants if x.name.strip()] or [p("–", styles.normal)]
    story += [p(texts["long_term_goal"], styles.h2), p(a.long_term_goal or "–", styles.normal)]
    story += [p(texts["sub_goals"], styles.h2), p(texts["sub_goals_hint"], styles.small)]
    for number, goal in enumerate(a.sub_goals, 1):
        period = f" ({goal.period})" if goal.period else ""
        story.append(p(f"Delmål {number}{period}: {goal.text}", styles.normal))
    if not a.sub_goals:
        story.append(p("–", styles.normal))
    story += [p(texts["measures"], styles.h2), p(texts["measures_hint"], styles.small)]
    for key, measures in a.measures_by_party().items():
        story.append(p(texts["responsible_for"].format(party=party_title(key, parties)),
                       styles.h3))
        story += [bullet(m.text + (f" ({texts['why']}: {m.why})" if m.why else ""), styles)
                  for m in measures]
    story += [p(texts["plan_b"], styles.h2), p(texts["plan_b_hint"], styles.small),
              p(a.plan_b or "–", styles.normal)]
    if a.plan_b_responsible:
        story.append(p(f"{texts['plan_b_responsible']}: {a.plan_b_responsible}",
                       styles.normal))
    story += [p(texts["period"], styles.h2),
              p(texts["period_text"].format(start=fmt_week(a.held_on) or "–",
                                            end=fmt_week(a.period_end()) or "–",
                                            evaluation=fmt_week(a.evaluation_on) or "–"),
                styles.normal)]
    story += [p(texts["contact"], styles.h2), p(a.contact_routine or "–", styles.normal),
              p(texts["contact_reminder"], styles.note)]
    story += [p(texts["next_meeting"], styles.h2), p(a.next_meeting or "–", styles.normal)]
    story += signature_block(a, styles, lead=[
        p(texts["signatures"], styles.h2), p(texts["signatures_hint"], styles.small),
        Spacer(1, 2 * mm)])
    return story


def build_agreement_pdf(target: str | Path | BinaryIO, agreement: Agreement,
                        texts: dict[str, str], header: DocumentHeader, **labels) -> None:
    """Writes the agreement to a path or a binary file object."""
    styles = Styles()
    build(target, agreement_story(agreement, texts, styles, header.pupil, **labels), header,
          texts["title"])
