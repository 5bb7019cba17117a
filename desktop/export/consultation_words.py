"""The words of an anonymous consultation's text (Anonym drøfting): grades,
absence windows, patterns, ratings, outcomes and parties as they read in the
document, in the current language (the document's when it is made). The same
wording as Fravær's "Mønstre" and the agreement PDFs. No Qt."""

from __future__ import annotations

from desktop.domain.evaluations import Outcome, Rating
from desktop.domain.language import translate
from desktop.domain.wording import fill
from desktop.export.agreement_pdf import PARTY_NAMES


def window_words() -> dict[str, str]:
    return {"days14": translate("export", "Siste 14 dager"),
            "month": translate("export", "Denne måneden"),
            "months3": translate("export", "Siste 3 måneder"),
            "weeks15": translate("export", "Siste 15 uker"),
            "term": translate("export", "Dette halvåret")}


def rating_words() -> dict[Rating, str]:
    return {Rating.WORKED: translate("export", "fungert"),
            Rating.PARTLY: translate("export", "delvis"),
            Rating.NOT: translate("export", "ikke fungert")}


def outcome_words() -> dict[Outcome, str]:
    return {Outcome.NO_FURTHER: translate("export", "ikke lenger behov for systematisk "
                                                    "oppfølging"),
            Outcome.NEW_AGREEMENT: translate("export", "det lages en ny samarbeidsavtale"),
            Outcome.FURTHER: translate("export", "mer omfattende innsats trengs"),
            Outcome.REFERRAL: translate("export", "henvisning vurderes")}


def grade_words(grade: str) -> str:
    if grade.isdigit():
        return fill(translate("export", "%1. trinn"), grade)
    return grade.upper()[:1] + grade[1:] if grade else translate("export", "ikke oppgitt")


def party_words(party) -> str:
    # The agreement's names (bokmål as written), in the current language.
    name = translate("export", PARTY_NAMES.get(party, ""))
    return name[:1].lower() + name[1:] if name[:2] != "PP" else name
