"""The words of an anonymous consultation's text (Anonym drøfting): grades,
absence windows, patterns, ratings, outcomes and parties as they read in the
document. The same wording as Fravær's "Mønstre" and the agreement PDFs. No Qt."""

from __future__ import annotations

from desktop.domain.absence_patterns import Pattern, PatternKind
from desktop.domain.evaluations import Outcome, Rating
from desktop.domain.school_week import WEEKDAY_NAMES
from desktop.export.agreement_pdf import PARTY_NAMES

WINDOW_WORDS = {"days14": "Siste 14 dager", "month": "Denne måneden", "months3": "Siste 3 måneder",
                "weeks15": "Siste 15 uker", "term": "Dette halvåret"}
RATING_WORDS = {Rating.WORKED: "fungert", Rating.PARTLY: "delvis", Rating.NOT: "ikke fungert"}
OUTCOME_WORDS = {Outcome.NO_FURTHER: "ikke lenger behov for systematisk oppfølging",
                 Outcome.NEW_AGREEMENT: "det lages en ny samarbeidsavtale",
                 Outcome.FURTHER: "mer omfattende innsats trengs",
                 Outcome.REFERRAL: "henvisning vurderes"}


def grade_words(grade: str) -> str:
    if grade.isdigit():
        return f"{grade}. trinn"
    return grade.upper()[:1] + grade[1:] if grade else "ikke oppgitt"


def pattern_words(p: Pattern) -> str:
    """The sentences of Fravær's "Mønstre" (the UI words them the same way)."""
    plural = [d + "er" for d in WEEKDAY_NAMES]
    day = plural[p.weekday] if p.weekday is not None else ""
    k = p.kind
    if k is PatternKind.WEEKDAY:
        return f"{p.count} av {p.total} fraværsdager siste {p.weeks} uker er {day}"
    if k is PatternKind.AFTER_HOLIDAY:
        return (f"Fravær {p.count} av {p.total} skoledager rett etter ferie eller fridager "
                f"(siste {p.weeks} uker)")
    if k is PatternKind.FIRST_LESSON:
        return f"{p.count} av {p.total} dager med timefravær siste {p.weeks} uker gjelder 1. time"
    if k is PatternKind.SUBJECT:
        return f"{p.count} av {p.total} enkelttimer med fravær siste {p.weeks} uker er {p.subject}"
    if k is PatternKind.LATE and p.weekday is not None:
        return f"{p.count} av {p.total} forsentkomminger siste {p.weeks} uker var på {day}"
    if k is PatternKind.LATE:
        return f"{p.count} forsentkomminger siste {p.weeks} uker"
    if k is PatternKind.LEAVE:
        return f"Permisjon {p.count} ganger siste {p.weeks} uker ({p.total} skoledager)"
    if k is PatternKind.SETTLED:
        return f"Avklart fravær {p.count} ganger siste {p.weeks} uker ({p.total} skoledager)"
    return (f"Fravær siste {p.weeks} uker: {p.recent_share:.0f} %, hele halvåret så langt: "
            f"{p.term_share:.0f} %")


def party_words(party) -> str:
    name = PARTY_NAMES.get(party, "")
    return name[:1].lower() + name[1:] if name[:2] != "PP" else name
