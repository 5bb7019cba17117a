"""Norwegian words for the events that move the follow-up, and where each one
lives in the case (the section a link opens)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.evaluations import Outcome
from desktop.domain.follow_up_events import (
    AGREEMENT_SIGNED,
    CONTACT,
    CONVERSATION,
    EVALUATION,
    FollowUpEvent,
)
from desktop.domain.validation import format_date

# The case-page section that shows the thing behind an event.
SECTION_OF = {CONTACT: "log", CONVERSATION: "mapping", AGREEMENT_SIGNED: "agreements",
              EVALUATION: "agreements"}


def _t(text: str) -> str:
    return QCoreApplication.translate("overview", text)


def outcome_label(outcome: str) -> str:
    return {Outcome.NO_FURTHER.value: _t("ikke lenger behov for systematisk oppfølging"),
            Outcome.NEW_AGREEMENT.value: _t("ny samarbeidsavtale"),
            Outcome.REFERRAL.value: _t("henvisning vurderes")}.get(outcome, outcome)


def event_text(event: FollowUpEvent) -> str:
    """"kontakt med Mor 12.10.2026", "evaluering av avtale 1 12.11.2026: ny samarbeidsavtale" …"""
    day = format_date(event.on)
    if event.kind == CONTACT:
        return _t("kontakt med %1 %2").replace("%1", event.label or "?").replace("%2", day)
    if event.kind == CONVERSATION:
        return _t("kartleggingssamtale holdt %1").replace("%1", day)
    if event.kind == AGREEMENT_SIGNED:
        return _t("avtale %1 signert %2").replace("%1", str(event.number)).replace("%2", day)
    return (_t("evaluering av avtale %1 %2: %3").replace("%1", str(event.number))
            .replace("%2", day).replace("%3", outcome_label(event.outcome)))
