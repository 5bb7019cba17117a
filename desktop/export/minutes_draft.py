"""The minutes (referat) drafted from what the meeting decided: the agenda as
it was walked, and the decisions (agreement version, evaluation outcome,
measures with responsible and date). The people edit the draft before it is
printed. Also the attendance lines every minutes document shows (meldt
forfall, interpreter). No Qt; the texts are the program's own Norwegian."""

from __future__ import annotations

from desktop.domain.agreements import AgreementStatus
from desktop.domain.evaluations import Outcome, Referral
from desktop.domain.meeting_work import Decided
from desktop.domain.meetings import AgendaState, Meeting, interpreter_text
from desktop.export.document_base import fmt, person_in_print
from desktop.export.status_words import referral_words

_OUTCOMES = {Outcome.NO_FURTHER: "ingen videre systematisk oppfølging",
             Outcome.NEW_AGREEMENT: "en ny samarbeidsavtale",
             Outcome.FURTHER: "at mer omfattende innsats trengs"}
_STATUS = {AgreementStatus.DRAFT: "utkast", AgreementStatus.READY: "klar til signering",
           AgreementStatus.SIGNED: "signert", AgreementStatus.EVALUATED: "evaluert",
           AgreementStatus.SUPERSEDED: "erstattet"}


def attendance_lines(m: Meeting) -> list[tuple[str, str]]:
    """(heading, line) for who sent word they could not come and the interpreter."""
    lines = []
    if m.absent:
        lines.append(("Meldt forfall", ", ".join(
            person_in_print(x.name, x.role) for x in m.absent)))
    interpreting = interpreter_text(m)
    if interpreting:
        lines.append(("Tolk", interpreting))
    return lines


def draft_agenda(items: list[tuple[str, str]], meeting: Meeting) -> str:
    """The saksliste as walked: `items` are (id, title) in the agenda's order."""
    lines = []
    for number, (item_id, title) in enumerate(items, start=1):
        state = meeting.item_state(item_id)
        note = " (hoppet over)" if state is AgendaState.SKIPPED else ""
        lines.append(f"{number}. {title}{note}")
    return "\n".join(lines)


def draft_decisions(page: Decided) -> str:
    """What was decided, in plain sentences the people can edit."""
    lines: list[str] = []
    if page.conversations:
        lines.append("Vi hadde kartleggingssamtale med eleven og de foresatte.")
    if page.stands:
        lines.append("Vi gikk gjennom tiltakssirkelen (stand: "
                     + ", ".join(s for s in page.stands if s) + ").")
    e = page.evaluation
    if e is not None:
        outcome = _OUTCOMES.get(e.outcome)
        lines.append("Avtalen ble evaluert" + (f"; utfallet er {outcome}." if outcome else "."))
        if e.referral is not Referral.UNSET:
            lines.append(referral_words(e))
    a = page.agreement
    if a is not None:
        text = f"Samarbeidsavtale {a.number}, versjon {a.version} ({_STATUS[a.status]})"
        if a.evaluation_on:
            text += f", evalueres {fmt(a.evaluation_on)}"
        lines.append(text + ".")
    measures = [r for r in page.responsibilities if r.source == "measure"]
    if measures:
        lines.append("Tiltak:")
        lines += [f"- {r.text} (ansvar: {r.responsible or '–'})" for r in measures]
    if page.next_meeting is not None:
        lines.append("Neste møte: " + page.next_meeting.strftime("%d.%m.%Y kl. %H:%M") + ".")
    return "\n".join(lines)
