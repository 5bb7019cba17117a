"""Samtykke as the UI and the other features use it: the case's consents, their
status in words, and `consent_problem(service, on_day)` — the one question the
handover (and a referral) asks before information leaves the laptop. Every
write goes through CaseSession.edit. No Qt. The rule is in domain/consent.py.

Why a report of concern to barnevernet is different: it is the school's duty
(opplysningsplikten til barneverntjenesten) and needs no consent; the program
says so where the user chooses barnevern (barnevern_note), and a handover to
barnevernet without consent asks for a reason like any other (the reason may be
exactly that: "bekymringsmelding").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Callable

from desktop.casefile.consent_repo import ConsentRepository
from desktop.casefile.repository import CaseRepository
from desktop.domain import consent as rules
from desktop.domain.consent import (
    Consent,
    ConsentProblem,
    ConsentService,
    Giver,
    Person,
    State,
    Status,
    service_name,
)
from desktop.domain.language import translate
from desktop.services.case_session import CaseSession
from desktop.services.meeting_service import app_today


def barnevern_note() -> str:
    return translate("consent", "En bekymringsmelding til barneverntjenesten trenger ikke samtykke: "
                     "skolen har plikt til å melde fra når det er grunn til bekymring "
                     "(opplysningsplikten til barneverntjenesten). Samtykke trengs når "
                     "opplysninger deles for samarbeid om hjelp og tiltak.")


def _date(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def _names(names: tuple[str, ...], pupil: bool) -> str:
    people = list(names) + ([translate("consent", "eleven")] if pupil else [])
    if len(people) <= 1:
        return "".join(people)
    return translate("consent", "%1 og %2").replace("%1", ", ".join(people[:-1])).replace(
        "%2", people[-1])


def status_words(status: Status) -> str:
    """ "gyldig til 30.06.2027", "trukket tilbake 12.01.2027", "utløpt 30.06.2027" …
    in the current language (desktop/domain/language.py)."""
    state = status.state
    if state is State.VALID:
        text = (translate("consent", "gyldig til %1").replace("%1", _date(status.until))
                if status.until else translate("consent", "gyldig (uten sluttdato)"))
    elif state is State.WITHDRAWN:
        text = translate("consent", "trukket tilbake %1").replace("%1", _date(status.withdrawn_on))
    elif state is State.EXPIRED:
        text = translate("consent", "utløpt (%1)").replace("%1", _date(status.until))
    elif state is State.NOT_YET:
        text = translate("consent", "ikke gitt ennå (datoen er senere)")
    elif state is State.INCOMPLETE:
        text = translate("consent", "ikke gyldig: mangler samtykke fra %1").replace(
            "%1", _names(status.missing, status.pupil_missing))
    else:
        text = translate("consent", "ikke gitt (dato mangler)")
    if status.birth_date_unknown and state in (State.VALID, State.INCOMPLETE):
        text += translate("consent", " – elevens fødselsdato mangler")
    return text


def problem_text(problem: ConsentProblem) -> str:
    """The sentence for a service not covered by a valid consent."""
    name = service_name(problem.service, problem.other)
    if problem.closest is None:
        text = translate("consent", "Det er ikke registrert samtykke til å dele opplysninger "
                         "med %1.").replace("%1", name)
    else:
        text = translate("consent", "Samtykket til å dele opplysninger med %1 er %2.").replace(
            "%1", name).replace("%2", status_words(problem.closest))
    if problem.service is ConsentService.CHILD_WELFARE:
        text += translate("consent", " En bekymringsmelding trenger likevel ikke samtykke.")
    return text


def facts_in(db) -> tuple[list[Consent], list[Person], date | None]:
    """What the rule needs from a case database that is not open on screen (a
    case ticked in the handover dialog but not opened): consents, guardians,
    birth date."""
    repo = CaseRepository(db)
    guardians = [Person(g.name, g.parental_responsibility) for g in repo.list_guardians()]
    return ConsentRepository(db).consents(), guardians, repo.get_pupil().birth_date


def problem_for_facts(facts: tuple[list[Consent], list[Person], date | None],
                      service: ConsentService, on_day: date, other: str = "") -> str | None:
    """consent_problem for facts read by facts_in: the same rule and words."""
    consents, guardians, birth = facts
    problem = rules.problem_for(consents, service, on_day, guardians, birth, other)
    return problem_text(problem) if problem is not None else None


class ConsentRecords:
    """One open case's consents."""

    def __init__(self, session: CaseSession, today: Callable[[], date] | None = None):
        self.session = session
        self.repo = session.repository(ConsentRepository)
        self.today = today or app_today

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    # --- the case's facts -------------------------------------------------------------
    def guardians(self) -> list[Person]:
        return [Person(g.name, g.parental_responsibility) for g in self.session.guardians()]

    def birth(self) -> date | None:
        return self.session.pupil().birth_date

    def pupil_name(self) -> str:
        return self.session.pupil().name.strip()

    def guardian_names(self) -> list[str]:
        return [g.name.strip() for g in self.session.guardians() if g.name.strip()]

    def pupil_may_consent(self, on: date | None) -> bool:
        """Whether the pupil's own consent is asked for on `on` (15 or older)."""
        birth = self.birth()
        return birth is not None and on is not None and (
            rules.age_on(birth, on) >= rules.PUPIL_OWN_CONSENT_AGE)

    def signers(self, c: Consent) -> list[Giver]:
        return rules.signers(self.guardians(), self.birth(), c.given_on or self.today(),
                             c.givers)

    # --- reading ------------------------------------------------------------------------
    def consents(self) -> list[Consent]:
        return self.repo.consents()

    def consent(self, consent_id: int) -> Consent:
        return self.repo.consent(consent_id)

    def status(self, c: Consent, on: date | None = None) -> Status:
        return rules.status(c, on or self.today(), self.guardians(), self.birth())

    def status_text(self, c: Consent, on: date | None = None) -> str:
        return status_words(self.status(c, on))

    def consent_problem(self, service: ConsentService, on_day: date | None = None,
                        other: str = "") -> str | None:
        """Norwegian text when no valid consent covers `service` on `on_day`
        (today by default); None when one does."""
        problem = rules.problem_for(self.consents(), service, on_day or self.today(),
                                    self.guardians(), self.birth(), other)
        return problem_text(problem) if problem is not None else None

    # --- writing ------------------------------------------------------------------------
    def new(self, service: ConsentService = ConsentService.PPT) -> Consent:
        """A new consent dated today, with the guardians (and the pupil from 15)
        not yet ticked: the user ticks who actually consented."""
        draft = Consent(service=service, given_on=self.today())
        return self.session.edit(lambda: self.repo.add(draft))

    def write(self, c: Consent) -> None:
        self.session.edit(lambda: self.repo.write(c))

    def withdraw(self, consent_id: int, on: date | None = None) -> Consent:
        c = replace(self.consent(consent_id), withdrawn_on=on or self.today())
        self.write(c)
        return c

    def remove(self, consent_id: int):
        return self.session.edit(lambda: self.repo.remove(consent_id))

    def restore(self, c: Consent, scan) -> None:
        self.session.edit(lambda: self.repo.restore(c, scan))

    def attach_scan(self, consent_id: int, name: str, content: bytes) -> None:
        """A scan or photo of the signed form, kept inside the encrypted case."""
        self.session.edit(lambda: self.repo.set_scan(consent_id, name, content))

    def scan(self, consent_id: int) -> tuple[str, bytes] | None:
        return self.repo.scan(consent_id)


def consent_problem(session: CaseSession, service: ConsentService,
                    on_day: date | None = None, other: str = "") -> str | None:
    """The function the rest of the program calls (handover, referral)."""
    return ConsentRecords(session).consent_problem(service, on_day, other)
