"""Every focusable widget of the Kartlegging section — the start panel, a
conversation's steps, the summary and every tool — has an objectName and a
name a screen reader can read; the fields have labels that point to them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import click, create_case, unlock
from tests.ui.sections.mapping.mapping_helpers import open_mapping
from tests.ui.test_accessibility import accessible_name, focusable


def test_every_focusable_widget_in_kartlegging_has_a_name(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Ánde Sárá")
    section = open_mapping(qtbot, window)
    home = focusable(section)
    assert [w.objectName() for w in home if not accessible_name(w).strip()] == []
    click(qtbot, section.start_button)
    qtbot.waitUntil(lambda: section.view is not None)
    widgets = focusable(section)
    assert len(widgets) > 200  # every step, the summary and the tools are built
    nameless = [f"{type(w).__name__}#{w.objectName()}" for w in widgets
                if not accessible_name(w).strip()]
    assert nameless == []
    unnamed = sorted({type(w).__name__ for w in widgets if not w.objectName()})
    assert unnamed == []
    buddies = {label.buddy().objectName() for label in section.findChildren(QLabel)
               if label.buddy() is not None}
    assert {"answer_elev_trivsel", "answer_elev_trivsel_skala", "conversationDate",
            "presentList", "conversationForm", "plusText", "minusText",
            "ambivalence_home_good", "unansweredList"} <= buddies
