"""What a screen reader gets: every focusable widget has a name; labels point to
their fields; every editor has an objectName tests and tools can find."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import click, create_case, unlock


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget.objectName()
    return interface.text(QAccessible.Text.Name)


def focusable(root: QWidget) -> list[QWidget]:
    """Widgets Tab can reach in root's window (not the popups combo boxes own)."""
    return [w for w in root.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is root.window()]


def test_every_focusable_widget_on_the_case_page_has_a_name(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Ánde Sárá")
    page = window.case_page
    click(qtbot, page.overview.guardians.add_button)
    click(qtbot, page.overview.team.add_button)

    widgets = focusable(page)
    assert len(widgets) > 25
    nameless = [f"{type(w).__name__}#{w.objectName()}" for w in widgets
                if not accessible_name(w).strip()]
    assert nameless == []
    unnamed_objects = [type(w).__name__ for w in widgets if not w.objectName()]
    assert unnamed_objects == []

    expected = {"pupilName": "Navn", "pupilBirthDate": "Fødselsdato", "pupilGrade": "Trinn",
                "pupilNote": "Merknad", "guardianInterpreterNeeded": "Trenger tolk",
                "guardianInterpreterLanguage": "Språk for tolk", "teamRole": "Rolle",
                "removeGuardian": "Fjern valgt foresatt", "sectionNav": "Deler av saken"}
    for name, label in expected.items():
        widget = page.findChild(QWidget, name)
        assert widget.accessibleName() == label
        if not isinstance(widget, QComboBox):  # on Linux a combo box reads out its
            assert accessible_name(widget) == label  # value; its label is a relation

    # Each visible field label names its field (buddy), so Alt+letter and readers agree.
    buddies = {label.buddy().objectName() for label in page.findChildren(QLabel)
               if label.buddy() is not None}
    assert {"pupilName", "pupilBirthDate", "pupilGrade", "pupilSchool", "pupilClass",
            "pupilContactTeacher", "pupilNote", "guardianName", "teamRole",
            "teamName"} <= buddies


def test_first_pages_have_names_too(qtbot, make_window, data_dir, vault_dir):
    first = make_window(data_dir)
    for page in (first.first_start_page, first.list_page):
        nameless = [w.objectName() for w in focusable(page) if not accessible_name(w).strip()]
        assert nameless == []
    second = make_window(vault_dir)
    nameless = [w.objectName() for w in focusable(second.unlock_page)
                if not accessible_name(w).strip()]
    assert nameless == []
