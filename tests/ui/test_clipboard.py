"""Issue 16: text copied from a case leaves the clipboard at lock and after
Settings.clipboard_clear_seconds, unless something else was copied since."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import (
    activate,
    create_case,
    find,
    press,
    shortcut,
    type_into,
    unlock,
)

SECRET = "Mor sier at eleven gruer seg til gymtimene."


def _copy_note(qtbot, window) -> QPlainTextEdit:
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Clipboard Testesen")
    note = find(window.case_page, QPlainTextEdit, "pupilNote")
    type_into(qtbot, note, SECRET)
    note.setFocus()
    press(note, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(note, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == SECRET
    assert window.clipboard_guard.holding
    return note


def test_copied_text_is_cleared_at_lock(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    _copy_note(qtbot, window)
    activate(qtbot, window)
    shortcut(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: window.current_page() is window.unlock_page)
    assert QApplication.clipboard().text() == ""


def test_copied_text_is_cleared_after_the_set_time(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    assert window.service.settings.clipboard_clear_seconds == 30
    window.service.settings.clipboard_clear_seconds = 1  # the dialog allows 5 s and up
    _copy_note(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=5_000)
    assert not window.clipboard_guard.holding
    assert window.current_page() is not window.unlock_page  # cleared without a lock


def test_something_copied_elsewhere_since_is_left_alone(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    _copy_note(qtbot, window)
    # Another program copies a link; Qt reports a clipboard change it did not make.
    window.clipboard_guard.copied_here = lambda clipboard, mode: False
    QApplication.clipboard().setText("https://skole.example/timeplan")
    assert not window.clipboard_guard.holding
    activate(qtbot, window)
    shortcut(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: window.current_page() is window.unlock_page)
    assert QApplication.clipboard().text() == "https://skole.example/timeplan"
