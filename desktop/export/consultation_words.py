"""The words of an anonymous consultation's text (Anonym drøfting): grades,
absence windows, patterns, ratings, outcomes and parties as they read in the
document. The same wording as Fravær's "Mønstre" and the agreement PDFs. No Qt."""

from __future__ import annotations

from desktop.domain.evaluations import Outcome, Rating
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


def party_words(party) -> str:
    name = PARTY_NAMES.get(party, "")
    return name[:1].lower() + name[1:] if name[:2] != "PP" else name
