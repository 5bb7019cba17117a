"""Fil → Anonym drøfting …: the open case's anonymised summary in a preview;
a word typed in is removed at once; the PDF is saved through the usual path
and holds no name."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QToolTip

from desktop.domain.people import Guardian
from desktop.ui.dialogs.anonymous_consultation import AnonymousConsultationDialog
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import click, create_case, press, type_into, unlock


def _open(qtbot, window) -> AnonymousConsultationDialog:
    action = window.menu_actions.anonymous_consultation
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(AnonymousConsultationDialog) is not None)
    dialog = window.findChild(AnonymousConsultationDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _tooltip_over_first_replacement(qtbot, dialog) -> str:
    """Rest the mouse on the first highlighted word: the tooltip names its kind."""
    view = dialog.view
    block = view.document().begin()
    position = None
    while block.isValid() and position is None:
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                position = fragment.position() + 1
                break
            it += 1
        block = block.next()
    cursor = view.textCursor()
    cursor.setPosition(position)
    point = view.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    return QToolTip.text()


def test_preview_add_a_word_and_save_the_pdf(qtbot, make_window, vault_dir, tmp_path):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    assert not window.menu_actions.anonymous_consultation.isEnabled()  # no case open
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert names.index("actionAnonymousConsultation") == names.index("actionReferral") + 1  # with what goes to others
    create_case(qtbot, window, "Tonje Marie Haugen")
    session = window.case_page.session
    session.set_pupil_field("school", "Solbakken skole")
    session.set_pupil_field("note", "Tonjes mor Kari ringte fra Fjordvik. Tonje liker fotball.")
    session.add_guardian(Guardian(name="Kari Haugen", relation="mor", phone="412 34 567"))

    dialog = _open(qtbot, window)
    shown = dialog.view.toPlainText()
    assert "Elevens mor mor ringte fra Fjordvik. Eleven liker fotball." in shown
    assert "Tonje" not in shown and "Kari" not in shown and "Solbakken" not in shown
    assert "kind:name" in dialog.view.toHtml()  # highlighted, with its kind for the tooltip
    assert dialog.counts.text() == "3 erstatninger (navn: 3)."

    assert _tooltip_over_first_replacement(qtbot, dialog) == "Erstattet: navn"

    type_into(qtbot, dialog.word_edit, "Fjordvik")
    press(dialog.word_edit, Qt.Key.Key_Return)
    assert [dialog.word_list.item(i).text() for i in range(dialog.word_list.count())] == \
        ["Fjordvik"]
    assert dialog.note.text() == "«Fjordvik» er fjernet fra teksten."  # Enter did nothing else
    assert dialog.findChild(QDialog, "printDialog") is None
    assert "ringte fra [fjernet]." in dialog.view.toPlainText()
    assert "Fjordvik" not in dialog.view.toPlainText()
    assert "kind:word" in dialog.view.toHtml()

    click(qtbot, dialog.full_option)
    assert "Fullstendig rapport" in dialog.view.toPlainText()
    assert "[fjernet]" in dialog.view.toPlainText()

    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.findChild(QFileDialog, "savePdfDialog") is not None)
    file_dialog = dialog.findChild(QFileDialog, "savePdfDialog")
    assert file_dialog.selectedFiles()[0].endswith("anonym-drofting.pdf")
    assert "ikke kryptert" in dialog.note.text()
    target = tmp_path / "ut" / "drofting.pdf"
    target.parent.mkdir()
    file_dialog.selectFile(str(target))
    file_dialog.accept()
    qtbot.waitUntil(lambda: "PDF lagret" in dialog.note.text(), timeout=10_000)
    text = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Anonym drøfting" in text and "[fjernet]" in text and "eleven" in text
    for name in ("Tonje", "Haugen", "Kari", "Fjordvik", "Solbakken", "412"):
        assert name not in text


def test_the_words_stay_while_the_case_is_open_and_delete_removes_one(
        qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Áile Sárá")
    window.case_page.session.set_pupil_field("note", "Bor ved Rávdnjejávri og Biggejávri.")
    dialog = _open(qtbot, window)
    for word in ("Rávdnjejávri", "Biggejávri"):
        type_into(qtbot, dialog.word_edit, word)
        click(qtbot, dialog.add_button)
    assert "Bor ved [fjernet] og [fjernet]." in dialog.view.toPlainText()
    click(qtbot, dialog.findChild(type(dialog.add_button), "anonymousClose"))
    dialog = _open(qtbot, window)  # again: the words are still there
    assert dialog.word_list.count() == 2
    dialog.word_list.setCurrentRow(1)
    dialog.word_list.setFocus()
    press(dialog.word_list, Qt.Key.Key_Delete)
    assert "Bor ved [fjernet] og Biggejávri." in dialog.view.toPlainText()


def test_locking_closes_the_preview_and_forgets_the_words(qtbot, make_window, vault_dir):
    from desktop.services import anonymous_consultation

    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Per-Olav Østby")
    dialog = _open(qtbot, window)
    type_into(qtbot, dialog.word_edit, "Tyrifjorden")
    press(dialog.word_edit, Qt.Key.Key_Return)
    session = window.case_page.session
    words = anonymous_consultation._WORDS[session]
    assert words == ["Tyrifjorden"]
    window.lock()
    qtbot.waitUntil(lambda: window.findChild(AnonymousConsultationDialog) is None)
    assert words == [] and session not in anonymous_consultation._WORDS
    assert not window.menu_actions.anonymous_consultation.isEnabled()
