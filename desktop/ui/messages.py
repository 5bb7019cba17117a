"""The one place that turns errors and problem codes into Norwegian text.

Every exception in desktop/casefile/errors.py and every problem code from
desktop/domain/validation.py has a message here. Messages are calm and
concrete: what happened, what is kept safe, what the user can do.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication

from desktop.casefile.errors import (
    CaseFileError,
    ChangedOnDisk,
    DamagedFile,
    DamageReason,
    DataDirUnavailable,
    ForeignCase,
    HandoverCaseExists,
    HandoverDamaged,
    HandoverError,
    HandoverNewerFormat,
    HandoverTooLarge,
    HandoverTruncated,
    HandoverWrongPassphrase,
    KdfParametersRefused,
    LockedByOther,
    LockHolder,
    NewerFormat,
    NotACaseFile,
    NotAHandoverFile,
    ReadOnlyCase,
    SaveFailed,
    SaveProblem,
    UnreadableFile,
    WrongPassphrase,
)
from desktop.domain.validation import DateProblem, PassphraseProblem
from desktop.services.settings import SettingsNotice

if TYPE_CHECKING:  # the strength check is loaded with the passphrase fields, not at start
    from desktop.services.passphrase_strength import GuessTime, Strength

_CTX = "messages"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def message_for(error: BaseException | Enum, *, about_vault: bool = False) -> str:
    """A Norwegian sentence (or two) for an exception or a problem code.

    about_vault: the error came from the key file (vault.key) rather than a
    case file, which changes what the user should be told.
    """
    if isinstance(error, PassphraseProblem):
        return passphrase_problem_text(error)
    if isinstance(error, DateProblem):
        return date_problem_text(error)
    if isinstance(error, HandoverError):
        return handover_text(error)
    if isinstance(error, WrongPassphrase):
        return _t("Feil passordfrase. Prøv igjen.")
    if isinstance(error, DamagedFile):
        if about_vault:
            return _t("Nøkkelfilen (vault.key) er skadet og kan ikke brukes. Den blir ikke "
                      "endret. Legg tilbake en sikkerhetskopi av filen, eller kontakt den "
                      "som har ansvar for maskinen.")
        return damage_text(error.reason)
    if isinstance(error, NotACaseFile):
        if error.plain_sqlite:
            return _t("Ukryptert database – ikke en Nærvær-sak. Åpnes ikke.")
        return _t("Ukjent filtype – ikke en Nærvær-sak. Åpnes ikke.")
    if isinstance(error, NewerFormat):
        if about_vault:
            return _t("Nøkkelfilen er laget av en nyere versjon av Nærvær. Oppdater "
                      "programmet. Filen blir ikke endret.")
        return _t("Laget av en nyere versjon av Nærvær. Oppdater programmet.")
    if isinstance(error, ForeignCase):
        return _t("Saken er låst med en annen brukers nøkkel og kan ikke åpnes her. "
                  "Filen blir ikke endret.")
    if isinstance(error, KdfParametersRefused):
        return _t("Nøkkelfilen har sikkerhetsinnstillinger som programmet ikke godtar, og "
                  "den blir ikke brukt. Ingenting er endret.")
    if isinstance(error, LockedByOther):
        return locked_by_text(error.holder)
    if isinstance(error, SaveFailed):
        return (_t("Ikke lagret – ") + save_problem_text(error.problem) + ". "
                + _t("Ingenting er tapt: endringene er fortsatt i programmet, og forrige "
                     "lagring ligger urørt på disken. Programmet prøver igjen."))
    if isinstance(error, ChangedOnDisk):
        return _t("Filen er endret av et annet program eller en annen kopi av Nærvær etter "
                  "at du åpnet den. Den blir ikke overskrevet. Ingenting er tapt: når du "
                  "lukker saken, lagres endringene dine som en egen kopi av saken, som du "
                  "finner i sakslisten under samme navn.")
    if isinstance(error, ReadOnlyCase):
        return _t("Saken er åpnet skrivebeskyttet og kan ikke endres her.")
    if isinstance(error, DataDirUnavailable):
        return data_dir_text(error)
    if isinstance(error, UnreadableFile):
        return unreadable_file_text(error, about_vault)
    if isinstance(error, CaseFileError):
        return _t("Noe gikk galt med saksfilen. Filen blir ikke endret.")
    return _t("Noe uventet gikk galt. Ingenting er slettet.")


def handover_text(error: HandoverError) -> str:
    """Why a handover file cannot be read in. Every one of these is found before
    anything is written, so each message can say that nothing has changed."""
    if isinstance(error, HandoverWrongPassphrase):
        return _t("Passordfrasen passer ikke til denne overføringsfilen. Sjekk ordene med "
                  "den som sendte filen, og prøv igjen. Ingenting er hentet inn.")
    if isinstance(error, HandoverTruncated):
        return _t("Overføringsfilen er ufullstendig (kopieringen ble avbrutt). Be om å få "
                  "filen på nytt. Ingenting er hentet inn.")
    if isinstance(error, HandoverDamaged):
        return _t("Overføringsfilen er skadet eller endret etter at den ble laget, og kan "
                  "ikke brukes. Be om å få filen på nytt. Ingenting er hentet inn.")
    if isinstance(error, HandoverNewerFormat):
        return _t("Overføringsfilen er laget av en nyere versjon av Nærvær. Oppdater "
                  "programmet og prøv igjen. Ingenting er hentet inn.")
    if isinstance(error, HandoverTooLarge):
        return _t("Filen er altfor stor til å være en overføringsfil fra Nærvær. Ingenting "
                  "er hentet inn.")
    if isinstance(error, NotAHandoverFile):
        return _t("Dette er ikke en overføringsfil fra Nærvær. Velg filen som slutter på "
                  ".naervaer-overforing. Ingenting er hentet inn.")
    if isinstance(error, HandoverCaseExists):
        return _t("Saken finnes allerede her. Velg om du vil beholde begge eller erstatte "
                  "den som er her.")
    return _t("Overføringsfilen kan ikke brukes. Ingenting er hentet inn.")


def unreadable_file_text(error: UnreadableFile, about_vault: bool = False) -> str:
    if about_vault and error.not_a_file:
        return _t("Nøkkelfilen vault.key i datamappen er ikke en vanlig fil (den er for "
                  "eksempel en mappe), så sakene kan ikke låses opp. Ingenting er endret. "
                  "Legg tilbake den riktige nøkkelfilen, eller kontakt den som har ansvar "
                  "for maskinen.")
    if about_vault:
        return _t("Programmet får ikke lese nøkkelfilen vault.key (mangler tilgang eller "
                  "lesefeil på disken). Ingenting er endret. Kontakt den som har ansvar for "
                  "maskinen.")
    if error.not_a_file:
        return _t("Dette er ikke en vanlig fil og kan ikke være en sak. Den åpnes ikke.")
    return _t("Programmet får ikke lese saksfilen (mangler tilgang eller lesefeil på "
              "disken). Filen blir ikke endret.")


def settings_notice_text(notice: SettingsNotice) -> str:
    if notice is SettingsNotice.UNREADABLE:
        return _t("Innstillingsfilen er skadet og kunne ikke leses. Programmet bruker "
                  "standardinnstillingene; velg dine på nytt under Innstillinger.")
    return _t("Noen innstillinger hadde ugyldige verdier og er satt tilbake til standard. "
              "Se over dem under Innstillinger.")


def folder_read_only_text() -> str:
    return _t("Datamappen kan ikke skrives til nå, så saken er åpnet skrivebeskyttet: du "
              "kan lese, men ikke endre. Gi programmet skrivetilgang til mappen og åpne "
              "saken på nytt.")


def take_over_warning_text(holder: LockHolder) -> str:
    return (_t("Saken er merket som åpen på maskinen «%1». Ta den over bare hvis du er "
               "sikker på at den ikke er åpen der lenger – for eksempel fordi denne maskinen "
               "har fått nytt navn. Er saken fortsatt åpen på den andre maskinen, kan "
               "endringer som gjøres der, gå tapt.").replace("%1", holder.host))


def unexpected_error_text() -> str:
    """An error nobody foresaw reached the event loop; the program goes on."""
    return _t("Noe uventet gikk galt i programmet, men det kjører videre. Det du har "
              "skrevet, er tatt vare på og lagres som vanlig. Feilen er skrevet i "
              "loggfilen (uten opplysninger om eleven). Skjer det igjen, lukk saken og "
              "åpne den på nytt.")


def damage_text(reason: DamageReason) -> str:
    if reason is DamageReason.TRUNCATED:
        return _t("Skadet fil (avkortet) – kan ikke åpnes. Filen blir ikke endret.")
    if reason is DamageReason.BAD_HEADER:
        return _t("Skadet fil (ødelagt filhode) – kan ikke åpnes. Filen blir ikke endret.")
    if reason is DamageReason.AUTH_FAILED:
        return _t("Skadet fil (innholdet er endret eller ødelagt) – kan ikke åpnes. "
                  "Filen blir ikke endret.")
    if reason is DamageReason.EMPTY:
        return _t("Tom fil – kan ikke åpnes. Filen blir ikke endret.")
    return _t("Skadet fil (innholdet kan ikke leses) – kan ikke åpnes. Filen blir ikke endret.")


def save_problem_text(problem: SaveProblem) -> str:
    """Short reason, used after "Ikke lagret – " in the status bar."""
    if problem is SaveProblem.DISK_FULL:
        return _t("disken er full")
    if problem is SaveProblem.READ_ONLY:
        return _t("programmet får ikke skrive i datamappen")
    if problem is SaveProblem.VERIFY_FAILED:
        return _t("kontrollen etter skriving viste feil")
    return _t("skrivefeil på disken")


def lock_notice(reason: str, problems: list[CaseFileError], pending_saves: bool,
                returning: bool, meeting_mode: bool = True,
                tr: Callable[[str], str] | None = None) -> str:
    """What the unlock page says after a lock: why it locked, what was not saved, and
    (in meeting mode) that the unlock returns to the same place. Never a name.
    `tr`: another translation (a restart for a new language speaks the new one)."""
    tr = tr or _t
    notice = ""
    if pending_saves:
        problem = next((e.problem for e in problems if isinstance(e, SaveFailed)),
                       SaveProblem.IO_ERROR)
        notice = tr("Endringer i en sak kunne ikke skrives til disken før programmet ble "
                    "låst (%1). De er tatt vare på, kryptert, og skrives så snart du låser "
                    "opp.").replace("%1", save_problem_text(problem))
    elif problems:
        notice = tr("Noen endringer kunne ikke lagres før programmet ble låst: ") + message_for(
            problems[0])
    elif reason == "restart":
        notice = tr("Nærvær er startet på nytt for å bytte språk. Alt er lagret.")
    elif reason == "idle":
        notice = tr("Programmet ble låst fordi det ikke var i bruk. Alt er lagret.")
    elif reason:
        notice = tr("Programmet ble låst fordi skjermen ble låst eller maskinen gikk i dvale. "
                    "Alt er lagret.")
    if returning:
        notice = " ".join(t for t in (notice, tr(
            "Når du låser opp, kommer du tilbake til samme sted i møtemodus.") if meeting_mode
            else tr("Når du låser opp, kommer du tilbake til samme sted.")) if t)
    return notice


def save_status_text(error: BaseException) -> str:
    """One line for the status bar when a save did not happen."""
    if isinstance(error, SaveFailed):
        return (_t("Ikke lagret – ") + save_problem_text(error.problem) + ". "
                + _t("Prøver igjen om litt."))
    if isinstance(error, ChangedOnDisk):
        return _t("Ikke lagret – filen er endret utenfor programmet og blir ikke overskrevet.")
    return _t("Ikke lagret – ") + message_for(error)


def locked_by_text(holder: LockHolder) -> str:
    if holder.pid == -1:  # lockfile.UNREADABLE: the lock names no one we can show
        return _t("Låsfilen til saken kan ikke leses: et annet program kan holde på å åpne "
                  "saken, eller låsfilen er skadet. Lukk saken og åpne den igjen om litt; en "
                  "skadet låsfil blir da erstattet.")
    return (_t("Saken er åpen på %1 (bruker %2) siden %3.")
            .replace("%1", holder.host).replace("%2", holder.user)
            .replace("%3", _when(holder.since)))


def read_only_banner_text(holder: LockHolder | None) -> str:
    if holder is None:
        return _t("Saken er åpnet skrivebeskyttet.")
    return locked_by_text(holder) + " " + _t("Du ser den skrivebeskyttet.")


def _when(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.date() == datetime.now().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%d.%m.%Y %H:%M")


def data_dir_text(error: DataDirUnavailable) -> str:
    if not error.missing:
        return (_t("Datamappen %1 kan ikke skrives til. Sakene som ligger der er ikke endret. "
                   "Gi programmet skrivetilgang til mappen, eller velg en annen mappe med "
                   "--data-dir.").replace("%1", error.path))
    return (_t("Datamappen %1 finnes ikke og kan ikke opprettes. Koble til disken eller "
               "minnepinnen den ligger på, eller velg en annen mappe med --data-dir.")
            .replace("%1", error.path))


def passphrase_problem_text(problem: PassphraseProblem) -> str:
    if problem is PassphraseProblem.EMPTY:
        return _t("Skriv inn en passordfrase.")
    if problem is PassphraseProblem.TOO_SHORT:
        return _t("Passordfrasen er for kort. Bruk minst 10 tegn eller minst 4 ord.")
    return _t("De to passordfrasene er ikke like. Skriv den samme to ganger.")


def guess_time_text(time: GuessTime) -> str:
    """"omtrent 300 år", "mer enn en million år" (plurals through %n)."""
    from desktop.services.passphrase_strength import TimeUnit

    if time.beyond:
        return _t("mer enn en million år")
    n = time.amount
    translate = QCoreApplication.translate
    if time.unit is TimeUnit.YEARS:
        return translate("messages", "omtrent %n år", "", n)
    if time.unit is TimeUnit.MONTHS:
        return translate("messages", "omtrent %n måneder", "", n)
    if time.unit is TimeUnit.DAYS:
        return translate("messages", "omtrent %n dager", "", n)
    if time.unit is TimeUnit.HOURS:
        return translate("messages", "omtrent %n timer", "", n)
    if time.unit is TimeUnit.MINUTES:
        return translate("messages", "omtrent %n minutter", "", n)
    return translate("messages", "omtrent %n sekunder", "", n)


def passphrase_strength_text(strength: Strength) -> str:
    """What the estimate means, in words: how long someone with a copy of the
    key file would need to guess the passphrase."""
    from desktop.services.passphrase_strength import REQUIRED_YEARS

    if strength.strong_enough:
        return (_t("Med en kopi av nøkkelfilen ville det tatt %1 å gjette denne passordfrasen.")
                .replace("%1", guess_time_text(strength.time)))
    return (_t("Passordfrasen er for lett å gjette: med en kopi av nøkkelfilen ville den tatt "
               "%1 å gjette. Den må holde i minst %2 år. Bruk gjerne fire eller fem vanlige "
               "ord som ikke hører sammen.")
            .replace("%1", guess_time_text(strength.time)).replace("%2", str(REQUIRED_YEARS)))


def date_problem_text(problem: DateProblem) -> str:
    if problem is DateProblem.IN_FUTURE:
        return _t("Fødselsdatoen kan ikke være fram i tid.")
    if problem is DateProblem.TOO_EARLY:
        return _t("Fødselsdatoen kan ikke være før 1900.")
    return _t("Skriv datoen som dd.mm.åååå, for eksempel 05.03.2014.")
