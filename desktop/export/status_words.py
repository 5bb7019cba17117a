"""The words for where a document stands — one place, so the agreement list,
the status line, the signing dialog, the preview and the PDF say the same
thing. The rule itself is desktop/domain/signing.py.

Every function takes `tr`: the UI passes its translator (self.tr or a
QCoreApplication.translate wrapper), the documents pass nothing and get the
current language (domain/language.py: the document's inside
`document_language`, else the UI's). Texts are literals so they can be
translated. No Qt.
"""

from __future__ import annotations

from typing import Callable

from desktop.domain.agreements import Agreement, AgreementStatus
from desktop.domain.evaluations import Evaluation, Outcome, Referral, ReferralKind
from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.domain.signing import Decline, DeclineReason, SigningState, SigningStatus, status_of
from desktop.export.document_base import fmt

Tr = Callable[[str], str]


def _current(text: str) -> str:
    """The current language (a document's, else the UI's); bokmål as written by default."""
    return translate("export", text)


def reason_names(tr: Tr = _current) -> dict[DeclineReason, str]:
    """The reasons as offered in the signing dialog."""
    return {DeclineReason.LATER: tr("signerer senere"),
            DeclineReason.UNWILLING: tr("ønsker ikke å signere"),
            DeclineReason.OTHER: tr("annet")}


def decline_words(decline: Decline, tr: Tr = _current) -> str:
    """"signerer senere", "ønsker ikke å signere", "signerer ikke: <note>" —
    with the note in brackets for the first two when there is one."""
    if decline.reason is DeclineReason.OTHER:
        return tr("signerer ikke: %1").replace("%1", decline.note)
    words = reason_names(tr)[decline.reason]
    return words + (f" ({decline.note})" if decline.note else "")


def signing_words(status: SigningStatus, tr: Tr = _current) -> str:
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


def signing_note(status: SigningStatus, tr: Tr = _current) -> str:
    """What the short words leave out while signing is under way: who is
    missing, and who will not sign. Empty before anyone signed and when done."""
    if status.state is not SigningState.PARTIAL:
        return ""
    parts = [tr("Mangler underskrift fra: %1.").replace("%1", ", ".join(status.missing))]
    if status.declined:
        parts.append(tr("Signerer ikke: %1.").replace("%1", ", ".join(
            f"{d.name} ({decline_words(d, tr)})" for d in status.declined)))
    return " ".join(parts)


def line_words(status: SigningStatus, name: str, tr: Tr = _current) -> str:
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


def agreement_status_words(agreement: Agreement, tr: Tr = _current) -> str:
    """One agreement version's status: the lifecycle word for a draft, an
    evaluated or a superseded version; the signing words for one being signed."""
    lifecycle = {AgreementStatus.DRAFT: tr("utkast"), AgreementStatus.EVALUATED: tr("evaluert"),
                 AgreementStatus.SUPERSEDED: tr("erstattet av en nyere versjon")}
    if agreement.status in lifecycle:
        return lifecycle[agreement.status]
    return signing_words(status_of(agreement), tr)


def version_words(agreement: Agreement, tr: Tr = _current) -> str:
    """"Avtale 1, versjon 2 – delvis signert (3 av 6)": the list, the status
    line, the preview and the PDF all start with this."""
    return tr("Avtale %1, versjon %2 – %3").replace("%1", str(agreement.number)).replace(
        "%2", str(agreement.version)).replace("%3", agreement_status_words(agreement, tr))


def evaluation_words(evaluation: Evaluation, agreement: Agreement, tr: Tr = _current) -> str:
    """"Avtale 1, versjon 2 · evaluert 06.03.2026 · delvis signert (1 av 5)":
    the evaluation is signed by the same rule as the agreement."""
    return tr("Avtale %1, versjon %2 · evaluert %3 · %4").replace(
        "%1", str(agreement.number)).replace("%2", str(agreement.version)).replace(
        "%3", fmt(evaluation.held_on)).replace("%4", signing_words(evaluation.signing(), tr))


REFERRAL_NAMES = {ReferralKind.PPT: "PPT", ReferralKind.BUP: "BUP",
                  ReferralKind.CHILD_WELFARE: QT_TRANSLATE_NOOP("export", "Barnevern"),
                  ReferralKind.GP: QT_TRANSLATE_NOOP("export", "Fastlege"),
                  ReferralKind.OTHER: QT_TRANSLATE_NOOP("export", "Annet")}


def outcome_words(e: Evaluation, texts: dict[str, str], tr: Tr = _current) -> str:
    """The conclusion as agreed: the rule set's words stored with it, else the
    template's (evaluations made before the words were stored)."""
    if e.outcome_text:
        return e.outcome_text
    return {Outcome.NO_FURTHER: texts["no_further"], Outcome.NEW_AGREEMENT: texts["new_agreement"],
            Outcome.FURTHER: tr("Mer omfattende innsats trengs: saken går videre."),
            }.get(e.outcome, "–")


def referral_words(e: Evaluation, tr: Tr = _current) -> str:
    """Seed 001 Vedlegg 4: "Behov for viderehenvisning til f.eks. PPT, BUP,
    barneverntjenesten, eller andre instanser er blitt vurdert." — and the result."""
    if e.referral is Referral.NOT_NEEDED:
        return tr("Behov for henvisning videre (PPT, BUP, barneverntjenesten eller andre) er "
                  "vurdert: ikke behov for henvisning nå.")
    if e.referral is Referral.REFER:
        kind = tr(REFERRAL_NAMES.get(e.referral_kind, "")) if e.referral_kind else ""
        return tr("Behov for henvisning videre (PPT, BUP, barneverntjenesten eller andre) er "
                  "vurdert: henvises til %1.").replace("%1", kind or tr("annen instans"))
    return tr("Behov for henvisning videre er ikke vurdert ennå.")
