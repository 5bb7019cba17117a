"""Sections that later issues fill: each says in one calm sentence what will be there."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.common import heading


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
    ]


def coming_text(key: str) -> str:
    texts = {
    }
    return texts.get(key, "")


# Sections that exist, as "module:Class" imported when a case is opened (the
# start stays fast). The class takes the case page's CaseEditing (the session
# and its undo stack): `Section(editing)`. A feature adds one line here.
SECTION_CLASSES: dict[str, str] = {
    "overview": "desktop.ui.sections.overview:OverviewSection",
    "absence": "desktop.ui.sections.absence_section:AbsenceSection",
    "mapping": "desktop.ui.sections.mapping:MappingSection",
    "circle": "desktop.ui.sections.circle_section:CircleSection",
    "plan": "desktop.ui.sections.plan_section:PlanSection",
    "agreements": "desktop.ui.sections.agreements_section:AgreementsSection",
    "meetings": "desktop.ui.sections.meetings_section:MeetingsSection",
    "log": "desktop.ui.sections.log_section:LogSection",
}


def make_section(key: str, title: str, editing) -> QWidget:
    """The widget for a section: its class if one is registered, else the calm sentence."""
    target = SECTION_CLASSES.get(key)
    if target is None:
        return ComingSection(key, title)
    module_name, class_name = target.split(":")
    module = importlib.import_module(module_name)
    return getattr(module, class_name)(editing)


class ComingSection(QWidget):
    """One calm sentence about what this section will hold."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(key + "Section")
        title_label = heading(title, 14, key + "Heading")
        text = QLabel(coming_text(key))
        text.setObjectName(key + "ComingText")
        text.setWordWrap(True)
        text.setMaximumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title_label)
        layout.addWidget(text)
        layout.addStretch(1)
