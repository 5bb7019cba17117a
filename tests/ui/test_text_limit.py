"""Issue 16: a field has a generous maximum. A paste that would pass it, or a
run of characters without a space that Qt cannot lay out quickly, is refused
with a message in the status bar; the clipboard keeps the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from desktop.ui.text_limit import MAX_FIELD_CHARS, MAX_WORD_CHARS
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import create_case, find, paste_into, press, unlock


def _note(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Lang Tekstesen")
    return window, find(window.case_page, QPlainTextEdit, "pupilNote")


def test_a_megabyte_without_spaces_is_refused_on_paste(qtbot, make_window, vault_dir):
    window, note = _note(qtbot, make_window, vault_dir)
    huge = "x" * 1_000_000
    paste_into(qtbot, note, huge)
    assert note.toPlainText() == ""
    message = window.statusBar().currentMessage()
    assert message.startswith("Teksten blir for lang for feltet (1 000 000 tegn). Et felt kan "
                              "ha høyst 100 000 tegn")
    assert QApplication.clipboard().text() == huge  # nothing lost


def test_a_long_run_without_spaces_is_refused_but_long_text_with_spaces_is_not(
        qtbot, make_window, vault_dir):
    window, note = _note(qtbot, make_window, vault_dir)
    paste_into(qtbot, note, "å" * (MAX_WORD_CHARS + 1))
    assert note.toPlainText() == ""
    assert "uten mellomrom" in window.statusBar().currentMessage()

    text = ("Eleven forteller om en lang morgen. " * 2800)[:MAX_FIELD_CHARS - 5]
    paste_into(qtbot, note, text)
    assert note.toPlainText() == text
    type_into_end(qtbot, note, "abcdefgh")
    assert len(note.toPlainText()) == MAX_FIELD_CHARS  # five more fitted, then no more
    assert window.statusBar().currentMessage().startswith("Teksten blir for lang")


def test_typing_a_word_longer_than_the_limit_stops_at_the_limit(qtbot, make_window, vault_dir):
    window, _note_edit = _note(qtbot, make_window, vault_dir)
    field = find(window.case_page, QLineEdit, "pupilSchool")
    paste_into(qtbot, field, "y" * (MAX_WORD_CHARS - 2))
    field.end(False)
    for _ in range(4):
        press(field, Qt.Key.Key_Y)
    assert len(field.text()) == MAX_WORD_CHARS
    assert window.statusBar().currentMessage().startswith("Et ord kan ha høyst 1 000 tegn")
    press(field, Qt.Key.Key_Space)
    press(field, Qt.Key.Key_Y)
    assert field.text().endswith(" y")


def type_into_end(qtbot, edit: QPlainTextEdit, text: str) -> None:
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    for char in text:
        press(edit, getattr(Qt.Key, "Key_" + char.upper()))
