"""Samtykke (issue 14): a consent to share information about the pupil with one
service, who gave it, and whether it is valid on a given day. Plain Python.

What the guides say: Ørland (seed 004, koordineringsansvar) — "Hente inn
aktuelle hjelpetjenester etter samtykke fra elev og foresatte." Oslo (seed 002,
Appendiks 1) — "Skole, foresatte, eleven selv (etter fylte 15 år) og andre
instanser kan henvise." RBUP (seed 000, barnevernets rolle) — "Individuell
vurdering om det er grunnlag for å melde bekymring": a report of concern to
barnevernet is the school's own duty (opplysningsplikten til
barneverntjenesten) and needs no consent.

The rule this program keeps (simple on purpose; the user decides the hard cases):
- A consent is *valid* on a day when it was given on or before that day, has
  not expired (the day is on or before `valid_until`, if there is one) and has
  not been withdrawn (the day is before `withdrawn_on`).
- Who must have given it, judged on the day the consent was given:
  * every guardian with parental responsibility (foreldreansvar) — when the
    parents share it, both; a guardian without it is not asked for. A case
    with no guardian marked as having it needs at least one guardian;
  * from the pupil's 15th birthday the pupil too (as seed 002 lets the pupil
    refer from 15; barneloven § 32 gives the 15-year-old a say of their own);
  * from the 18th birthday the pupil alone (of age, myndig).
  A pupil whose birth date is not written down is treated as under 15, and
  the status says that the birth date is missing.
- A consent covers one service; "annet" covers the other service it names.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from desktop.domain.language import QT_TRANSLATE_NOOP, translate

PUPIL_OWN_CONSENT_AGE = 15
AGE_OF_MAJORITY = 18


class ConsentService(str, Enum):
    """Who the information may go to. Values are stable storage codes."""

    PPT = "ppt"
    BUP = "bup"
    CHILD_WELFARE = "barnevern"
    HEALTH_NURSE = "helsesykepleier"
    GP = "fastlege"
    OTHER = "annet"


# The services as the documents and messages name them (the UI shows the same
# words): bokmål as written, translated by service_name in the current language.
SERVICE_NAMES: dict[ConsentService, str] = {
    ConsentService.PPT: "PPT",
    ConsentService.BUP: "BUP",
    ConsentService.CHILD_WELFARE: QT_TRANSLATE_NOOP("export", "barneverntjenesten"),
    ConsentService.HEALTH_NURSE: QT_TRANSLATE_NOOP("export", "helsesykepleier"),
    ConsentService.GP: QT_TRANSLATE_NOOP("export", "fastlege"),
    ConsentService.OTHER: QT_TRANSLATE_NOOP("export", "annen tjeneste"),
}


def service_name(service: ConsentService, other: str = "") -> str:
    """ "PPT", or the other service's own name ("Familievernkontoret")."""
    if service is ConsentService.OTHER and other.strip():
        return other.strip()
    return translate("export", SERVICE_NAMES[service])


# Suggestions for "what may be shared" (free text; the user may write anything),
# in bokmål; the UI shows them translated.
SHARE_SUGGESTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("consent", "Fraværet (dager, timer og mønster)"),
    QT_TRANSLATE_NOOP("consent", "Kartleggingssamtalene med eleven og foresatte"),
    QT_TRANSLATE_NOOP("consent", "Tiltakene som er prøvd, og evalueringene av dem"),
    QT_TRANSLATE_NOOP("consent", "Samarbeidsavtalen og opptrappingsplanen"),
    QT_TRANSLATE_NOOP("consent", "Pedagogisk rapport"),
    QT_TRANSLATE_NOOP("consent", "Hele saken"),
)

PURPOSE_SUGGESTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("consent", "Henvisning til utredning"),
    QT_TRANSLATE_NOOP("consent", "Veiledning til skolen og foresatte"),
    QT_TRANSLATE_NOOP("consent", "Samarbeid om tiltak rundt eleven"),
)


@dataclass(frozen=True, slots=True)
class Giver:
    """One person who gave the consent: a guardian by name, or the pupil."""

    name: str
    is_pupil: bool = False


@dataclass(frozen=True, slots=True)
class Consent:
    id: int | None = None
    service: ConsentService = ConsentService.PPT
    service_other: str = ""  # the service's name when `service` is OTHER (or a unit name)
    shared: str = ""  # what may be shared, free text
    purpose: str = ""
    givers: tuple[Giver, ...] = ()
    given_on: date | None = None
    valid_until: date | None = None
    withdrawn_on: date | None = None
    note: str = ""
    has_scan: bool = False
    scan_name: str = ""
    created_at: str = ""

    def withdrawn(self, on: date) -> "Consent":
        return replace(self, withdrawn_on=on)


@dataclass(frozen=True, slots=True)
class Person:
    """A guardian as the consent rule needs them."""

    name: str
    parental_responsibility: bool = True


class State(Enum):
    NOT_GIVEN = "not_given"  # no date of consent yet
    NOT_YET = "not_yet"  # given on a later day
    VALID = "valid"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    INCOMPLETE = "incomplete"  # dated, but someone who must consent has not


@dataclass(frozen=True, slots=True)
class Status:
    state: State
    until: date | None = None  # VALID: valid_until; EXPIRED: the last valid day
    withdrawn_on: date | None = None
    missing: tuple[str, ...] = ()  # guardians still needed, by name
    pupil_missing: bool = False  # the pupil's own consent is still needed
    birth_date_unknown: bool = False

    @property
    def valid(self) -> bool:
        return self.state is State.VALID


def age_on(birth: date, day: date) -> int:
    """Whole years on `day`; the birthday itself counts (15 on the 15th birthday).
    A 29 February birthday counts from 1 March in other years."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


@dataclass(frozen=True, slots=True)
class Required:
    guardians: tuple[str, ...] = ()
    pupil: bool = False
    pupil_alone: bool = False
    birth_date_unknown: bool = False
    any_guardian: bool = False  # no guardian marked with parental responsibility


def required_givers(guardians: list[Person], birth: date | None, on: date) -> Required:
    """Who must have consented for a consent given on `on` (see the module's rule)."""
    age = age_on(birth, on) if birth is not None else None
    if age is not None and age >= AGE_OF_MAJORITY:
        return Required(pupil=True, pupil_alone=True)
    named = [g for g in guardians if g.name.strip()]
    responsible = tuple(g.name.strip() for g in named if g.parental_responsibility)
    return Required(guardians=responsible,
                    pupil=age is not None and age >= PUPIL_OWN_CONSENT_AGE,
                    birth_date_unknown=birth is None,
                    any_guardian=not responsible and bool(named))


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


def missing_givers(consent: Consent, guardians: list[Person],
                   birth: date | None) -> tuple[tuple[str, ...], bool]:
    """(guardian names still missing, pupil missing) for a dated consent."""
    if consent.given_on is None:
        return (), False
    need = required_givers(guardians, birth, consent.given_on)
    gave = {_norm(g.name) for g in consent.givers if not g.is_pupil}
    pupil_gave = any(g.is_pupil for g in consent.givers)
    pupil_missing = need.pupil and not pupil_gave
    if need.pupil_alone:
        return (), pupil_missing
    missing = tuple(n for n in need.guardians if _norm(n) not in gave)
    if need.any_guardian and not gave:
        missing = tuple(g.name.strip() for g in guardians if g.name.strip())[:1]
    return missing, pupil_missing


def status(consent: Consent, on: date, guardians: list[Person],
           birth: date | None) -> Status:
    """The consent's state on `on`. A consent withdrawn before its end date
    reads as withdrawn (not expired) ever after."""
    unknown = birth is None
    if consent.given_on is None:
        return Status(State.NOT_GIVEN, birth_date_unknown=unknown)
    if consent.withdrawn_on is not None and consent.withdrawn_on <= on and (
            consent.valid_until is None or consent.withdrawn_on <= consent.valid_until):
        return Status(State.WITHDRAWN, withdrawn_on=consent.withdrawn_on,
                      birth_date_unknown=unknown)
    if consent.valid_until is not None and on > consent.valid_until:
        return Status(State.EXPIRED, until=consent.valid_until, birth_date_unknown=unknown)
    if on < consent.given_on:
        return Status(State.NOT_YET, birth_date_unknown=unknown)
    missing, pupil_missing = missing_givers(consent, guardians, birth)
    if missing or pupil_missing:
        return Status(State.INCOMPLETE, missing=missing, pupil_missing=pupil_missing,
                      birth_date_unknown=unknown)
    return Status(State.VALID, until=consent.valid_until, birth_date_unknown=unknown)


def covers(consent: Consent, service: ConsentService, other: str = "") -> bool:
    """Whether the consent is for `service` ("annet": the same name, or any
    "annet" consent when no name is asked for)."""
    if consent.service is not service:
        return False
    if service is ConsentService.OTHER and other.strip():
        return _norm(consent.service_other) == _norm(other)
    return True


def valid_for(consents: list[Consent], service: ConsentService, on: date,
              guardians: list[Person], birth: date | None,
              other: str = "") -> Consent | None:
    """The consent that covers `service` on `on`, if any (the latest given)."""
    found = [c for c in consents if covers(c, service, other)
             and status(c, on, guardians, birth).valid]
    return max(found, key=lambda c: (c.given_on, c.id or 0)) if found else None


@dataclass(frozen=True, slots=True)
class ConsentProblem:
    """Why no consent covers a service on a day: the closest consent's status
    (None when there is none at all)."""

    service: ConsentService
    other: str = ""
    closest: Status | None = None
    closest_consent: Consent | None = None


def problem_for(consents: list[Consent], service: ConsentService, on: date,
                guardians: list[Person], birth: date | None,
                other: str = "") -> ConsentProblem | None:
    """None when a valid consent covers `service`; else what is wrong."""
    if valid_for(consents, service, on, guardians, birth, other) is not None:
        return None
    mine = [c for c in consents if covers(c, service, other)]
    if not mine:
        return ConsentProblem(service, other)
    latest = max(mine, key=lambda c: (c.given_on or date.min, c.id or 0))
    return ConsentProblem(service, other, status(latest, on, guardians, birth), latest)


def signers(guardians: list[Person], birth: date | None, on: date,
            givers: tuple[Giver, ...] = ()) -> list[Giver]:
    """Whose signature lines the printed form has: the required guardians (all
    guardians when none is marked), the pupil from 15 (alone from 18), and
    anybody else recorded as having consented."""
    need = required_givers(guardians, birth, on)
    lines: list[Giver] = []
    if not need.pupil_alone:
        names = need.guardians or tuple(g.name.strip() for g in guardians if g.name.strip())
        lines += [Giver(n) for n in names]
    if need.pupil:
        lines.append(Giver("", is_pupil=True))
    known = {(_norm(g.name), g.is_pupil) for g in lines}
    lines += [g for g in givers if (_norm(g.name), g.is_pupil) not in known
              and not (g.is_pupil and any(x.is_pupil for x in lines))]
    return lines
