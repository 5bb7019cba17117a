"""The words for where a document stands — one place, so the agreement list,
the status line, the signing dialog, the preview and the PDF say the same
thing. The rule itself is desktop/domain/signing.py.

Every function takes `tr`: the UI passes its translator (self.tr or a
QCoreApplication.translate wrapper), the documents pass nothing (bokmål as
written). Texts are literals so they can be translated. No Qt.
"""

from __future__ import annotations

from typing import Callable

from desktop.domain.agreements import Agreement, AgreementStatus
from desktop.domain.evaluations import Evaluation
from desktop.domain.signing import Decline, DeclineReason, SigningState, SigningStatus, status_of
from desktop.export.document_base import fmt

Tr = Callable[[str], str]


def _same(text: str) -> str:
    return text


def reason_names(tr: Tr = _same) -> dict[DeclineReason, str]:
    """The reasons as offered in the signing dialog."""
    return {DeclineReason.LATER: tr("signerer senere"),
            DeclineReason.UNWILLING: tr("ønsker ikke å signere"),
            DeclineReason.OTHER: tr("annet")}


def decline_words(decline: Decline, tr: Tr = _same) -> str:
    """"signerer senere", "ønsker ikke å signere", "signerer ikke: <note>" —
    with the note in brackets for the first two when there is one."""
    if decline.reason is DeclineReason.OTHER:
        return tr("signerer ikke: %1").replace("%1", decline.note)
    words = reason_names(tr)[decline.reason]
    return words + (f" ({decline.note})" if decline.note else "")


def signing_words(status: SigningStatus, tr: Tr = _same) -> str:
    """"klar til signering", "delvis signert (3 av 6)", "signert", or
    "signert (Eva signerer senere)" when someone present has a reason."""
    if status.state is SigningState.NONE:
        return tr("klar til signering")
    if status.state is SigningState.PARTIAL:
        return tr("delvis signert (%1 av %2)").replace("%1", str(status.signed_count)).replace(
            "%2", str(status.total))
    if not status.declined:
        return tr("signert")
    notes = "; ".join(f"{d.name} {decline_words(d, tr)}" for d in status.declined)
    return tr("signert (%1)").replace("%1", notes)


def signing_note(status: SigningStatus, tr: Tr = _same) -> str:
    """What the short words leave out while signing is under way: who is
    missing, and who will not sign. Empty before anyone signed and when done."""
    if status.state is not SigningState.PARTIAL:
        return ""
    parts = [tr("Mangler underskrift fra: %1.").replace("%1", ", ".join(status.missing))]
    if status.declined:
        parts.append(tr("Signerer ikke: %1.").replace("%1", ", ".join(
            f"{d.name} ({decline_words(d, tr)})" for d in status.declined)))
    return " ".join(parts)


def line_words(status: SigningStatus, name: str, tr: Tr = _same) -> str:
    """Under a person's signature line: the day they signed, or why they do not
    sign; empty for someone still missing (and for an old signature without a date)."""
    signature = status.signature_of(name)
    if signature is not None:
        return fmt(signature.signed_on)
    decline = status.decline_of(name)
    if decline is not None:
        words = decline_words(decline, tr)
        return words[:1].upper() + words[1:]
    return ""


def agreement_status_words(agreement: Agreement, tr: Tr = _same) -> str:
    """One agreement version's status: the lifecycle word for a draft, an
    evaluated or a superseded version; the signing words for one being signed."""
    lifecycle = {AgreementStatus.DRAFT: tr("utkast"), AgreementStatus.EVALUATED: tr("evaluert"),
                 AgreementStatus.SUPERSEDED: tr("erstattet av en nyere versjon")}
    if agreement.status in lifecycle:
        return lifecycle[agreement.status]
    return signing_words(status_of(agreement), tr)


def version_words(agreement: Agreement, tr: Tr = _same) -> str:
    """"Avtale 1, versjon 2 – delvis signert (3 av 6)": the list, the status
    line, the preview and the PDF all start with this."""
    return tr("Avtale %1, versjon %2 – %3").replace("%1", str(agreement.number)).replace(
        "%2", str(agreement.version)).replace("%3", agreement_status_words(agreement, tr))


def evaluation_words(evaluation: Evaluation, agreement: Agreement, tr: Tr = _same) -> str:
    """"Avtale 1, versjon 2 · evaluert 06.03.2026 · delvis signert (1 av 5)":
    the evaluation is signed by the same rule as the agreement."""
    return tr("Avtale %1, versjon %2 · evaluert %3 · %4").replace(
        "%1", str(agreement.number)).replace("%2", str(agreement.version)).replace(
        "%3", fmt(evaluation.held_on)).replace("%4", signing_words(evaluation.signing(), tr))
