"""Universal design (issue 18) for every dialog of the program and the meeting flow:
each dialog is opened the way a person opens it (menu action, button, shortcut) on a
realistic case; every control Tab reaches has a name for a screen reader and a role
that says what it is; Tab from the first control goes round all of them and comes
back (never trapped); Escape closes the dialog, keeping what the dialog promises to
keep; the default button (what Enter does) is the sensible one.

The sections themselves are walked in tests/ui/test_keyboard_walk.py (NO_ROLE and
STAYS mean the same here)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QRadioButton, QWidget

from desktop.services.meeting_service import MeetingService
from tests.agreements.examples import tonje
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import (
    activate,
    click,
    open_case_from_list,
    press,
    shortcut,
    type_text,
    unlock,
)
from tests.ui.sections.agreements.agreement_helpers import draw_signature
from tests.ui.test_keyboard_walk import NO_ROLE, STAYS
from tests.ui.worst_case import fill_worst_case


def _label(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName()}"


def _reachable(window: QWidget) -> list[QWidget]:
    """What Tab should reach in the window: shown, enabled, taking focus by Tab."""
    return [w for w in window.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.window() is window
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.focusProxy()]


def _group_reached(widget: QWidget, seen: list[QWidget]) -> bool:
    """Radio buttons of one group are one Tab stop (the arrow keys choose within it)."""
    if not isinstance(widget, QRadioButton):
        return False
    group = widget.group()
    others = group.buttons() if group is not None else [
        w for w in widget.parentWidget().findChildren(QRadioButton) if w.autoExclusive()]
    return any(other in seen for other in others)


def _walk(root: QWidget) -> list[str]:
    """What a screen reader and the Tab key find in `root` (a dialog or a page):
    a name and a role on every control; Tab from where the focus is reaches every
    one of them, never stays stuck and comes back round to where it started."""
    top = root.window()
    controls = [w for w in _reachable(top) if w is root or root.isAncestorOf(w)]
    assert controls, root.objectName()
    problems = []
    for widget in controls:
        interface = QAccessible.queryAccessibleInterface(widget)
        if not interface.text(QAccessible.Text.Name).strip():
            problems.append(f"{_label(widget)}: no accessible name")
        if interface.role() in NO_ROLE:
            problems.append(f"{_label(widget)}: no role ({interface.role().name})")

    start = QApplication.focusWidget()
    if start is None or start.window() is not top:
        problems.append(f"focus is not in the window when it opens ({start})")
        controls[0].setFocus(Qt.FocusReason.TabFocusReason)
        start = controls[0]
    seen, stayed, back = [], 0, False
    for _ in range(len(_reachable(top)) * (STAYS + 1) + 10):
        before = QApplication.focusWidget()
        seen.append(before)
        QTest.keyClick(before, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or now.window() is not top:
            problems.append(f"Tab leaves the window from {_label(before)}")
            break
        stayed = stayed + 1 if now is before else 0
        if stayed > STAYS:
            problems.append(f"Tab is trapped in {_label(before)}")
            break
        if now is start and len(seen) >= len(controls):
            back = True
            break
    problems += [f"Tab never reaches {_label(w)}" for w in controls
                 if w not in seen and not _group_reached(w, seen)]
    if not back and not any("Tab" in p for p in problems):
        problems.append("Tab does not come back to where it started")
    return problems


def _shown(qtbot, window, cls_name: str) -> QDialog:
    """The dialog of that class the window shows now, in front."""
    def find():
        return next((d for d in window.findChildren(QDialog)
                     if type(d).__name__ == cls_name and d.isVisible()), None)
    qtbot.waitUntil(lambda: find() is not None)
    dialog = find()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)  # a window manager does this; offscreen does not
    return dialog


# --- how a person gets there -------------------------------------------------------------

def _in_case(qtbot, window, case_id: str) -> None:
    open_case_from_list(qtbot, window, case_id)
    activate(qtbot, window)


def _menu(action: str, cls: str, case: bool = False):
    def go(qtbot, window, case_id):
        if case:
            _in_case(qtbot, window, case_id)
        getattr(window.menu_actions, action).trigger()
        return _shown(qtbot, window, cls)
    return go


def _list_button(button: str, cls: str):
    def go(qtbot, window, case_id):
        page = window.list_page
        assert page.select_case(case_id)
        click(qtbot, getattr(page, button))
        return _shown(qtbot, window, cls)
    return go


def _new_case(qtbot, window, case_id):
    shortcut(qtbot, window, Qt.Key.Key_N)
    return _shown(qtbot, window, "NewCaseDialog")


def _contact(qtbot, window, case_id):
    _in_case(qtbot, window, case_id)
    window.case_page.show_section("log")
    click(qtbot, window.case_page.section_widgets["log"].add_button)
    return _shown(qtbot, window, "ContactDialog")


def _ready_agreement(qtbot, window, case_id):
    """The agreements section with the Oslo case "Tonje" ready for signing."""
    _in_case(qtbot, window, case_id)
    page = window.case_page
    page.show_section("agreements")
    section = page.section_widgets["agreements"]
    service = section.service
    draft = service.new_draft()
    service.write(replace(tonje(draft.held_on), id=draft.id, number=draft.number, version=1,
                          created_at=draft.created_at))
    service.freeze(draft.id)
    section.refresh(draft.id)
    return section


def _sign(qtbot, window, case_id):
    section = _ready_agreement(qtbot, window, case_id)
    click(qtbot, section.sign_button)
    return _shown(qtbot, window, "SignDialog")


def _evaluate(qtbot, window, case_id):
    section = _ready_agreement(qtbot, window, case_id)
    click(qtbot, section.evaluate_button)
    return _shown(qtbot, window, "EvaluationDialog")


def _preview(qtbot, window, case_id):
    section = _ready_agreement(qtbot, window, case_id)
    click(qtbot, section.preview_button)
    return _shown(qtbot, window, "PreviewDialog")


def _start_meeting(qtbot, window, case_id):
    _in_case(qtbot, window, case_id)
    overview = window.case_page.section_widgets["overview"]
    click(qtbot, overview.start_meeting_button)
    return _shown(qtbot, window, "StartMeetingDialog")


def _meeting_end(qtbot, window, case_id):
    start = _start_meeting(qtbot, window, case_id)
    start.present.item(0).setCheckState(Qt.CheckState.Checked)
    click(qtbot, start.start_button)
    qtbot.waitUntil(lambda: not start.isVisible())
    activate(qtbot, window)
    rail = window.case_page.rail
    qtbot.waitUntil(rail.isVisible)
    click(qtbot, rail.end_button)
    return _shown(qtbot, window, "MeetingEndDialog")


# --- what Escape must keep -----------------------------------------------------------------

def _escape_keeps_decisions(qtbot, window, dialog) -> None:
    """The end page writes the decisions as they are typed: Escape keeps them."""
    dialog.decisions.setFocus()
    type_text(dialog.decisions, "Nytt møte om tre uker.")
    press(dialog.decisions, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    session = window.case_page.session
    [meeting] = MeetingService(session).meetings()
    assert meeting.decisions.endswith("Nytt møte om tre uker.")


def _escape_asks_before_signatures_go(qtbot, window, dialog) -> None:
    """A signature drawn is not thrown away by one Escape: the first warns."""
    draw_signature(qtbot, dialog.pad)
    click(qtbot, dialog.sign_button)
    press(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "ikke lagret" in dialog.status.text()
    press(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _escape_keeps_referral_edits(qtbot, window, dialog) -> None:
    """Every keystroke in the referral is stored in the case: Escape loses none."""
    editor = dialog.editors[dialog.current_key()]
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, " Skrevet før Escape.")
    press(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    activate(qtbot, window)
    window.menu_actions.referral.trigger()
    again = _shown(qtbot, window, "ReferralDialog")
    assert again.editors[again.current_key()].toPlainText().endswith(" Skrevet før Escape.")
    press(QApplication.focusWidget() or again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not again.isVisible())


@dataclass(frozen=True)
class Case:
    name: str
    open: Callable
    default: str | None  # objectName of the default button; None: no default button
    escape: Callable | None = None


CASES = [
    Case("Innstillinger", _menu("settings", "SettingsDialog"), "acceptButton"),
    Case("Ny sak", _new_case, "createCaseButton"),
    Case("Bytt passordfrase", _menu("change_passphrase", "ChangePassphraseDialog"),
         "acceptButton"),
    Case("Skolerute", _menu("school_calendar", "SchoolCalendarDialog"), "acceptButton"),
    Case("Om Nærvær", _menu("about", "AboutDialog"), "aboutClose"),
    # Disabled until the pupil's name is typed exactly: then Enter deletes, as asked.
    Case("Slett sak", _list_button("delete_button", "DeleteCaseDialog"),
         "deleteConfirmButton"),
    Case("Overfør saken", _menu("handover_export", "HandoverExportDialog", case=True),
         "handoverWrite"),
    Case("Hent inn en sak", _menu("handover_import", "HandoverImportDialog"), "handoverRead"),
    Case("Anonym drøfting", _menu("anonymous_consultation", "AnonymousConsultationDialog",
                                  case=True), None),
    Case("Henvisning til PPT", _menu("referral", "ReferralDialog", case=True), None,
         _escape_keeps_referral_edits),
    Case("Kontroller et dokument", _menu("verify_document", "VerifyDocumentDialog"),
         "verifyRun"),
    Case("Skoleoversikt", _list_button("overview_button", "SchoolOverviewDialog"), None),
    Case("Avslutt saken", _menu("close_case", "CloseCaseDialog", case=True), "closeConfirm"),
    Case("Logg: ny kontakt", _contact, "acceptButton"),
    Case("Evaluer", _evaluate, "closeEvaluation"),  # all is saved as it is typed
    Case("Skriv under", _sign, "signPersonButton", _escape_asks_before_signatures_go),
    Case("Start møte", _start_meeting, "meetingStartOk"),
    Case("Møtets slutt", _meeting_end, "endMeetingDone", _escape_keeps_decisions),
    Case("Forhåndsvisning", _preview, "previewClose"),
]


def open_on_the_fullest_case(qtbot, make_window, vault_dir, case: Case):
    """(window, dialog): `case`'s dialog opened as a person opens it, on the
    fullest case (tests/ui/worst_case.py), the window at 1366×700."""
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    case_id = fill_worst_case(window.service)
    window.list_page.reload(case_id)
    window.resize(1366, 700)
    dialog = case.open(qtbot, window, case_id)
    QApplication.processEvents()
    return window, dialog


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_dialog_is_named_walkable_by_tab_and_closes_with_escape(qtbot, make_window, vault_dir,
                                                                case):
    window, dialog = open_on_the_fullest_case(qtbot, make_window, vault_dir, case)

    # What Enter does as the dialog opens (a button with focus is the default while
    # it has it, so this is read before any Tab).
    defaults = [b.objectName() for b in dialog.findChildren(QPushButton)
                if b.isDefault() and b.isVisible() and b.window() is dialog]
    problems = [] if defaults == ([case.default] if case.default else []) else [
        f"default button {defaults}, expected {case.default}"]
    problems += _walk(dialog)
    assert not problems, f"{case.name}:\n" + "\n".join(problems)

    if case.escape is not None:
        case.escape(qtbot, window, dialog)
    else:
        press(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize("first", [True, False], ids=["Første start", "Lås opp"])
def test_the_pages_before_the_cases_are_named_and_walkable(qtbot, make_window, request, first):
    """The first start (choose a passphrase) and the unlock page: names are checked in
    test_accessibility.py; here also the roles, the Tab round and what Enter does."""
    # One folder per test: an empty one (first start) or one holding the vault.
    window = make_window(request.getfixturevalue("data_dir" if first else "vault_dir"))
    page = window.first_start_page if first else window.unlock_page
    qtbot.waitUntil(lambda: window.current_page() is page)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert page.button.isDefault()
    problems = _walk(page)
    assert not problems, "\n".join(problems)
