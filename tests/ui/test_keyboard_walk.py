"""Universal design (issue 18): in every section, with the fullest case, every control
a person can act on has a name for a screen reader and a role that says what it is,
and Tab walks to every one of them and on — focus is never trapped in a field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import activate, find, open_case_from_list, unlock
from tests.ui.worst_case import CIRCLE_BOX, fill_worst_case, open_mapping_conversation

NO_ROLE = {QAccessible.Role.NoRole, QAccessible.Role.Client}
STAYS = 4  # a date field takes Tab for its day, month and year, then lets go


def _show(key):
    return lambda window: window.case_page.show_section(key)


def _circle(window):
    window.case_page.show_section("circle")
    window.case_page.section_widgets["circle"].view.select(CIRCLE_BOX)


def _new(key, button):
    def go(window):
        window.case_page.show_section(key)
        find(window.case_page.section_widgets[key], QAbstractButton, button).click()
    return go


SECTIONS = [("overview", _show("overview")), ("absence", _show("absence")),
            ("mapping", open_mapping_conversation), ("circle", _circle), ("plan", _show("plan")),
            ("agreements", _new("agreements", "newAgreement")),
            ("meetings", _new("meetings", "newMeeting")), ("log", _show("log")),
            ("consent", _new("consent", "newConsent"))]


def _reachable(section: QWidget) -> list[QWidget]:
    """What Tab should reach: shown, enabled, taking focus by Tab."""
    return [w for w in section.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.window() is section.window()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not w.focusProxy()]


def _label(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName()}"


@pytest.mark.parametrize("key,go", SECTIONS, ids=[k for k, _ in SECTIONS])
def test_every_control_has_a_name_and_role_and_tab_reaches_it(qtbot, make_window, vault_dir,
                                                               key, go):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    case_id = fill_worst_case(window.service)
    window.list_page.reload(case_id)
    window.resize(1366, 700)
    open_case_from_list(qtbot, window, case_id)
    go(window)
    QApplication.processEvents()
    section = window.case_page.section_widgets[key]
    qtbot.waitUntil(section.isVisible)
    controls = _reachable(section)
    assert len(controls) >= 2, key

    problems = []
    for widget in controls:
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip()
        if not name:
            problems.append(f"{_label(widget)}: no accessible name")
        if interface.role() in NO_ROLE:
            problems.append(f"{_label(widget)}: no role ({interface.role().name})")
        if not widget.objectName():
            problems.append(f"{type(widget).__name__} '{name}': no objectName")

    # Tab from where the focus is (Kartlegging puts it in the first answer), else from
    # the section list, as a person comes to a section: every control is reached, and
    # focus always moves on.
    if QApplication.focusWidget() is None:
        activate(qtbot, window)  # as a person does: the window is the one in front
        window.case_page.nav.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    seen, stuck, stayed = [], [], 0
    for _ in range(len(controls) * 4 + 10):
        before = QApplication.focusWidget()
        seen.append(before)
        QTest.keyClick(before, Qt.Key.Key_Tab)
        stayed = stayed + 1 if QApplication.focusWidget() is before else 0
        if stayed > STAYS:
            stuck.append(_label(before))
            break
    missed = [_label(w) for w in controls if w not in seen]
    problems += [f"Tab is trapped in {name}" for name in stuck]
    problems += [f"Tab never reaches {name}" for name in missed]
    assert not problems, f"{key}:\n" + "\n".join(problems)
