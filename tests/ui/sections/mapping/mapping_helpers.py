"""Steps a person takes in the Kartlegging section, by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.main_window import MainWindow
from desktop.ui.sections.mapping.section import MappingSection
from tests.ui.helpers import press


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_to(widget: QWidget, limit: int = 60, backwards: bool = False) -> None:
    """Press Tab (or Shift+Tab) until `widget` has the focus, as a keyboard user would."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(limit):
        if widget.hasFocus():
            return
        current = focused()
        assert current is not None, f"nothing has the focus on the way to {widget.objectName()}"
        QTest.keyClick(current, key)
    assert widget.hasFocus(), f"Tab never reached {widget.objectName()}; at {focused().objectName()}"


def ctrl_enter() -> None:
    QTest.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def open_mapping(qtbot, window: MainWindow) -> MappingSection:
    """The navigation has the focus; Down until Kartlegging, then Tab into it."""
    page = window.case_page
    page.nav.setFocus()
    press(page.nav, Qt.Key.Key_Home)
    while page.nav.currentItem().text() != "Kartlegging":
        press(page.nav, Qt.Key.Key_Down)
    section = page.section_widgets["mapping"]
    qtbot.waitUntil(section.isVisible)
    return section
