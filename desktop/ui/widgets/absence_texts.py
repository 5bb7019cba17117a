"""Norwegian words for the absence feature's values (one place, translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.absence import AbsenceInputError, AbsenceRecord, Reason
from desktop.domain.follow_up import Channel
from desktop.domain.validation import format_date

WEEKDAYS_SHORT = ("man", "tir", "ons", "tor", "fre", "lør", "søn")


def _t(text: str) -> str:
    return QCoreApplication.translate("absence", text)


def reason_labels() -> list[tuple[Reason, str]]:
    return [(Reason.UNKNOWN, _t("Ukjent")), (Reason.ILLNESS, _t("Sykdom")),
            (Reason.LEAVE, _t("Permisjon")), (Reason.OTHER, _t("Annet"))]


def reason_label(reason: Reason) -> str:
    return dict(reason_labels())[reason]


def channel_labels() -> list[tuple[Channel, str]]:
    return [(Channel.PHONE, _t("Telefon")), (Channel.MEETING, _t("Møte")),
            (Channel.MESSAGE, _t("Melding")), (Channel.LETTER, _t("Brev")),
            (Channel.OTHER, _t("Annet"))]


def channel_label(channel: Channel) -> str:
    return dict(channel_labels())[channel]


def window_labels() -> dict[str, str]:
    return {"days14": _t("Siste 14 dager"), "month": _t("Denne måneden"),
            "months3": _t("Siste 3 måneder"), "weeks15": _t("Siste 15 uker"),
            "term": _t("Dette halvåret")}


def day_label(record: AbsenceRecord) -> str:
    return f"{WEEKDAYS_SHORT[record.day.weekday()]} {format_date(record.day)}"


def what_label(record: AbsenceRecord) -> str:
    parts = []
    if record.whole_day:
        parts.append(_t("Hele dagen"))
    elif record.lessons:
        numbers = ", ".join(str(n) for n in record.lessons)
        parts.append(_t("Time %1").replace("%1", numbers))
    if record.late_minutes:
        parts.append(_t("For sent %1 min").replace("%1", str(record.late_minutes)))
    if record.left_school:
        parts.append(_t("Forlot skolen"))
    return " · ".join(parts)


def record_line(record: AbsenceRecord) -> str:
    """One line for lists of evidence."""
    documented = _t("dokumentert") if record.documented else _t("udokumentert")
    reason = reason_label(record.reason).lower()
    extra = f" – {record.reason_text}" if record.reason_text else ""
    return f"{day_label(record)}: {what_label(record)} ({documented}, {reason}{extra})"


def input_error_text(error: AbsenceInputError) -> str:
    texts = {
        "no_date": _t("Skriv en dato (dd.mm.åååå) eller en periode (dd.mm.åååå-dd.mm.åååå)."),
        "date": _t("«%1» er ikke en dato vi kan lese. Skriv dd.mm.åååå, for eksempel 02.03.2026."),
        "range": _t("Perioden «%1» slutter før den begynner."),
        "range_too_long": _t("Perioden «%1» er lengre enn ett år. Del den opp."),
        "no_school_days": _t("Det er ingen skoledager i perioden «%1»."),
        "not_school_day": _t("Denne dagen er ikke en skoledag (helg eller fridag)."),
        "lessons": _t("«%1» er ikke timer vi kan lese. Skriv for eksempel 1,2 eller 3-5."),
        "subject": _t("Fant ikke faget «%1» i timeplanen. Skriv timenummer, for eksempel 2."),
        "lesson_range": _t("Dagen har %1 timer. Skriv timenummer fra 1 til %1."),
    }
    return texts.get(error.code, _t("Dette kan vi ikke lese.")).replace("%1", error.detail)
