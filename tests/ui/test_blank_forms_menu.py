"""Fil → Tomt skjema til papir: a blank form is saved where the user chooses,
off the UI thread, even before the vault is unlocked (it holds no case data)."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog


def test_a_blank_agreement_is_saved_from_the_file_menu(qtbot, make_window, vault_dir, tmp_path):
    window = make_window(vault_dir)
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()),
                                      "menuBlankForms")
    assert [a.text() for a in menu.actions()] == ["Samarbeidsavtale …", "Evaluering …",
                                                 "Kartleggingssamtale …"]
    window.menu_actions.blank_agreement.trigger()
    qtbot.waitUntil(lambda: window.findChild(QFileDialog, "blankFormDialog") is not None)
    dialog = window.findChild(QFileDialog, "blankFormDialog")
    assert dialog.selectedFiles()[0].endswith("tom-samarbeidsavtale.pdf")
    target = tmp_path / "papir" / "avtale.pdf"
    target.parent.mkdir()
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: "Tomt skjema lagret" in window.statusBar().currentMessage(),
                    timeout=10_000)
    assert "Samarbeidsavtale" in PdfReader(str(target)).pages[0].extract_text()


def test_a_folder_that_cannot_be_written_is_said_plainly(qtbot, make_window, vault_dir, tmp_path):
    window = make_window(vault_dir)
    window.menu_actions.blank_evaluation.trigger()
    qtbot.waitUntil(lambda: window.findChild(QFileDialog, "blankFormDialog") is not None)
    dialog = window.findChild(QFileDialog, "blankFormDialog")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    dialog.fileSelected.emit(str(blocker / "skjema.pdf"))  # a folder that is a file
    qtbot.waitUntil(lambda: "kunne ikke lagres" in window.statusBar().currentMessage(),
                    timeout=10_000)
