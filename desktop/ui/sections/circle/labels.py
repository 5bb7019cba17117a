"""Norwegian labels for the tiltakssirkel's closed sets (parties, statuses,
entry kinds). Used by the section widgets and passed to the PDF export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.measure_circle import EntryKind, MeasureStatus, Party


def _t(text: str) -> str:
    return QCoreApplication.translate("circle", text)


def party_labels() -> dict[Party, str]:
    return {
        Party.PUPIL: _t("Eleven"),
        Party.GUARDIANS: _t("Foresatte"),
        Party.CONTACT_TEACHER: _t("Kontaktlærer"),
        Party.LEADERSHIP: _t("Ledelsen"),  # the body (seed 001: ledelse as a party)
        Party.PPT: _t("PPT"),
        Party.HEALTH_NURSE: _t("Helsesykepleier"),
        Party.OTHER: _t("Annen"),
    }


def status_labels() -> dict[MeasureStatus, str]:
    return {
        MeasureStatus.PROPOSED: _t("foreslått"),
        MeasureStatus.AGREED: _t("avtalt"),
        MeasureStatus.IN_PROGRESS: _t("i gang"),
        MeasureStatus.DONE: _t("fullført"),
        MeasureStatus.ENDED: _t("avsluttet"),
    }


def kind_titles() -> dict[EntryKind, str]:
    return {
        EntryKind.RESOURCE: _t("Ressurser (+)"),
        EntryKind.RISK: _t("Risiko (−)"),
        EntryKind.MEASURE: _t("Tiltak"),
    }


def responsible_text(entry) -> str:
    """"Kontaktlærer Kari" / "Foresatte" / "" for a measure."""
    if entry.party is None and not entry.person:
        return ""
    party = party_labels()[entry.party] if entry.party else ""
    return " ".join(p for p in (party, entry.person) if p)
