"""The minutes (referat) drafted from what the meeting decided: the agenda as
it was walked, and the decisions (agreement version, evaluation outcome,
measures with responsible and date). The people edit the draft before it is
printed. Also the attendance lines every minutes document shows (meldt
forfall, interpreter). No Qt; the texts are the program's own Norwegian, in
the current language (domain/language.py: the case's when the caller makes
the draft inside `document_language`)."""

from __future__ import annotations

from desktop.domain.agreements import AgreementStatus
from desktop.domain.evaluations import Outcome, Referral
from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.domain.meeting_work import Decided
from desktop.domain.meetings import AgendaState, Meeting, interpreter_text
from desktop.export.document_base import fmt, person_in_print, when_words
from desktop.export.status_words import referral_words

# Bokmål as written; translated where used.
_OUTCOMES = {Outcome.NO_FURTHER: QT_TRANSLATE_NOOP("export",
                                                   "ingen videre systematisk oppfølging"),
             Outcome.NEW_AGREEMENT: QT_TRANSLATE_NOOP("export", "en ny samarbeidsavtale"),
             Outcome.FURTHER: QT_TRANSLATE_NOOP("export", "at mer omfattende innsats trengs")}
_STATUS = {AgreementStatus.DRAFT: QT_TRANSLATE_NOOP("export", "utkast"),
           AgreementStatus.READY: QT_TRANSLATE_NOOP("export", "klar til signering"),
           AgreementStatus.SIGNED: QT_TRANSLATE_NOOP("export", "signert"),
           AgreementStatus.EVALUATED: QT_TRANSLATE_NOOP("export", "evaluert"),
           AgreementStatus.SUPERSEDED: QT_TRANSLATE_NOOP("export", "erstattet")}


def attendance_lines(m: Meeting) -> list[tuple[str, str]]:
    """(heading, line) for who sent word they could not come and the interpreter."""
    lines = []
    if m.absent:
        lines.append((translate("export", "Meldt forfall"), ", ".join(
            person_in_print(x.name, x.role) for x in m.absent)))
    interpreting = interpreter_text(m)
    if interpreting:
        lines.append((translate("export", "Tolk"), interpreting))
    return lines


def draft_agenda(items: list[tuple[str, str]], meeting: Meeting) -> str:
    """The saksliste as walked: `items` are (id, title) in the agenda's order."""
    lines = []
    for number, (item_id, title) in enumerate(items, start=1):
        state = meeting.item_state(item_id)
        note = translate("export", " (hoppet over)") if state is AgendaState.SKIPPED else ""
        lines.append(f"{number}. {title}{note}")
    return "\n".join(lines)


def draft_decisions(page: Decided) -> str:
    """What was decided, in plain sentences the people can edit."""
    lines: list[str] = []
    if page.conversations:
        lines.append(translate("export",
                               "Vi hadde kartleggingssamtale med eleven og de foresatte."))
    if page.stands:
        lines.append(translate("export", "Vi gikk gjennom tiltakssirkelen (stand: %1).").replace(
            "%1", ", ".join(s for s in page.stands if s)))
    e = page.evaluation
    if e is not None:
        outcome = _OUTCOMES.get(e.outcome)
        lines.append(translate("export", "Avtalen ble evaluert; utfallet er %1.").replace(
            "%1", translate("export", outcome)) if outcome
            else translate("export", "Avtalen ble evaluert."))
        if e.referral is not Referral.UNSET:
            lines.append(referral_words(e))
    a = page.agreement
    if a is not None:
        text = translate("export", "Samarbeidsavtale %1, versjon %2 (%3)").replace(
            "%1", str(a.number)).replace("%2", str(a.version)).replace(
            "%3", translate("export", _STATUS[a.status]))
        if a.evaluation_on:
            text += translate("export", ", evalueres %1").replace("%1", fmt(a.evaluation_on))
        lines.append(text + ".")
    measures = [r for r in page.responsibilities if r.source == "measure"]
    if measures:
        lines.append(translate("export", "Tiltak:"))
        lines += ["- " + translate("export", "%1 (ansvar: %2)").replace(
            "%2", r.responsible or "–").replace("%1", r.text) for r in measures]
    if page.next_meeting is not None:
        lines.append(translate("export", "Neste møte: %1.").replace(
            "%1", when_words(page.next_meeting)))
    return "\n".join(lines)
