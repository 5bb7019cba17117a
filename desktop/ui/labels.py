"""Norwegian labels for stored codes (grades, team roles)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.people import GRADE_CODES, TeamRole


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def grade_label(code: str) -> str:
    """"7" → "7. trinn", "vg2" → "Vg2", "" → ""."""
    if not code:
        return ""
    if code.startswith("vg"):
        return "Vg" + code[2:]
    return _t("%1. trinn").replace("%1", code)


def grade_choices() -> list[tuple[str, str]]:
    """(code, label) for the grade combo box, blank first."""
    return [("", "")] + [(code, grade_label(code)) for code in GRADE_CODES]


_TEAM_ROLES = (
    (TeamRole.CONTACT_TEACHER, QT_TRANSLATE_NOOP("labels", "Kontaktlærer")),
    (TeamRole.PRINCIPAL, QT_TRANSLATE_NOOP("labels", "Rektor")),
    (TeamRole.DEPUTY, QT_TRANSLATE_NOOP("labels", "Inspektør")),
    (TeamRole.DEPARTMENT_HEAD, QT_TRANSLATE_NOOP("labels", "Avdelingsleder")),
    (TeamRole.LEADERSHIP, QT_TRANSLATE_NOOP("labels", "Skoleleder")),
    (TeamRole.SOCIAL_TEACHER, QT_TRANSLATE_NOOP("labels", "Sosiallærer/rådgiver")),
    (TeamRole.PPT, QT_TRANSLATE_NOOP("labels", "PPT")),
    (TeamRole.HEALTH_NURSE, QT_TRANSLATE_NOOP("labels", "Helsesykepleier")),
    (TeamRole.BUP, QT_TRANSLATE_NOOP("labels", "BUP")),
    (TeamRole.CHILD_WELFARE, QT_TRANSLATE_NOOP("labels", "Barnevern")),
    (TeamRole.GP, QT_TRANSLATE_NOOP("labels", "Fastlege")),
    (TeamRole.NAV, QT_TRANSLATE_NOOP("labels", "NAV")),
    (TeamRole.LOS, QT_TRANSLATE_NOOP("labels", "Los")),
    (TeamRole.OTHER, QT_TRANSLATE_NOOP("labels", "Annet")),
)


def team_role_sources() -> dict[TeamRole, str]:
    """The roles' names in bokmål, for a document that translates them itself."""
    return dict(_TEAM_ROLES)


def team_role_choices() -> list[tuple[TeamRole, str]]:
    return [(role, _t(word)) for role, word in _TEAM_ROLES]


def team_role_label(role: TeamRole) -> str:
    return dict(team_role_choices()).get(role, "")


def case_part_labels() -> dict[str, str]:
    """Parts of a case that a handover may leave behind (domain.handover.LEAVABLE)."""
    return {"absence": _t("Fraværsregisteret"), "log": _t("Kontaktloggen"),
            "mapping": _t("Kartleggingssamtaler"), "circle": _t("Tiltakssirkelen"),
            "plan": _t("Opptrappingsplanen"), "agreements": _t("Avtaler og evalueringer"),
            "meetings": _t("Møter og referater"), "consent": _t("Samtykker"),
            "referral": _t("Henvisningsutkastet"), "disclosure": _t("Utleveringsloggen")}


def left_out_text(keys) -> str:
    """"uten Kontaktloggen og Kartleggingssamtaler" for a handover record; "" for none."""
    labels = case_part_labels()
    names = [labels.get(k, k) for k in keys]
    if not names:
        return ""
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + _t(" og ") + names[-1]
    return _t("uten %1").replace("%1", joined)
