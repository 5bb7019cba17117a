"""The case page's sections: their keys and titles in navigation order, and the
class that builds each, imported when a case is opened (the start stays fast)."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("sections", text)


def section_titles() -> list[tuple[str, str]]:
    """(key, title) of every case-page section, in navigation order."""
    return [
        ("overview", _t("Oversikt")),
        ("absence", _t("Fravær")),
        ("mapping", _t("Kartlegging")),
        ("circle", _t("Tiltakssirkel")),
        ("plan", _t("Opptrappingsplan")),
        ("agreements", _t("Avtaler")),
        ("meetings", _t("Møter")),
        ("log", _t("Logg")),
        ("consent", _t("Samtykke")),
    ]


# The sections the family may see in meeting mode (møtemodus); the others
# (Møter with its notes, Logg with the contacts, Samtykke) are left out of the navigation.
FAMILY_SECTIONS: tuple[str, ...] = ("overview", "absence", "mapping", "circle", "plan",
                                    "agreements")


# "module:Class"; the class takes the case page's CaseEditing (the session and
# its undo stack): `Section(editing)`. A new section adds one line here.
SECTION_CLASSES: dict[str, str] = {
    "overview": "desktop.ui.sections.overview.section:OverviewSection",
    "absence": "desktop.ui.sections.absence.section:AbsenceSection",
    "mapping": "desktop.ui.sections.mapping.section:MappingSection",
    "circle": "desktop.ui.sections.circle.section:CircleSection",
    "plan": "desktop.ui.sections.plan.section:PlanSection",
    "agreements": "desktop.ui.sections.agreements.section:AgreementsSection",
    "meetings": "desktop.ui.sections.meetings.section:MeetingsSection",
    "log": "desktop.ui.sections.log.section:LogSection",
    "consent": "desktop.ui.sections.consent.section:ConsentSection",
}


def make_section(key: str, editing) -> QWidget:
    module_name, class_name = SECTION_CLASSES[key].split(":")
    return getattr(importlib.import_module(module_name), class_name)(editing)
