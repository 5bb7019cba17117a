"""Issue 16: the folder of the last saved PDF is kept in the program's own
settings (never one that names a pupil), and Qt's QtProject.conf keeps nothing."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.ui.widgets.pdf_save import qt_file_dialog_state
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import click, create_case, unlock
from tests.ui.sections.circle.test_circle import open_circle


def test_the_pdf_folder_is_remembered_without_the_pupil_name(qtbot, make_window, vault_dir,
                                                            tmp_path):
    # The user's shared Qt settings, here in a folder of the test's own.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "xdg"))
    other = QSettings(QSettings.Scope.UserScope, "QtProject")
    other.setValue("FileDialog/lastVisited", "file:///home/ola/annet-program")
    other.sync()
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Ánde Sárá")
    toolbar = open_circle(qtbot, window.case_page).toolbar
    pupil_folder = tmp_path / "Elever" / "Sárá Ánde"
    pupil_folder.mkdir(parents=True)

    click(qtbot, toolbar.pdf_button)
    dialog = toolbar.dialog
    assert dialog.objectName() == "circlePdfDialog"
    dialog.selectFile(str(pupil_folder / "sirkel.pdf"))
    gone = []
    dialog.destroyed.connect(lambda: gone.append(True))
    dialog.accept()
    qtbot.waitUntil(lambda: bool(gone), timeout=10_000)  # Qt writes its state now
    qtbot.waitUntil(lambda: "PDF lagret" in toolbar.note.text(), timeout=10_000)
    assert (pupil_folder / "sirkel.pdf").exists()

    settings = window.service.settings
    assert settings.pdf_folder == str(tmp_path / "Elever")
    stored = window.service.paths.settings_file.read_text(encoding="utf-8")
    assert "Sárá" not in stored and str(tmp_path / "Elever") in stored

    # Qt's own record of the dialog (last folder, history) is what it was before.
    conf = tmp_path / "xdg" / "QtProject.conf"
    text = conf.read_text(encoding="utf-8")
    assert "Elever" not in text and "annet-program" in text
    assert qt_file_dialog_state() == {"lastVisited": "file:///home/ola/annet-program"}

    click(qtbot, toolbar.pdf_button)  # the next dialog starts where the last PDF went
    assert toolbar.dialog.directory().absolutePath() == str(tmp_path / "Elever")
    assert not any("Sárá" in folder for folder in toolbar.dialog.history())
    toolbar.dialog.reject()
