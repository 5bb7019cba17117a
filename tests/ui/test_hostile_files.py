"""Issue 16 in the window: what a person sees when a file the program reads is
broken, a folder turns read-only, or a lock names another machine."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from desktop.casefile.lockfile import lock_path
from desktop.paths import Paths
from desktop.services.app_service import AppService
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import click, create_case, find, open_case_from_list, press, unlock


def _one_case(vault_dir, name: str) -> tuple[str, object]:
    """A case written and closed before the window starts: (id, its file)."""
    service = new_service(vault_dir)
    session = service.create_case(name)
    service.close_case(session)
    path = service._require_store().path_for(session.case_id)
    service.lock()
    return session.case_id, path


def test_broken_settings_are_said_in_the_status_bar(qtbot, make_window, vault_dir):
    paths = Paths.resolve(vault_dir)
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text("[" * 100_000, encoding="utf-8")
    window = make_window(service=AppService(paths))
    assert window.current_page() is window.unlock_page  # the program started
    assert "Innstillingsfilen er skadet" in window.statusBar().currentMessage()
    assert window.service.settings.idle_lock_minutes == 5


def test_a_key_file_that_is_a_folder_is_named(qtbot, make_window, data_dir):
    (data_dir / "cases").mkdir(parents=True)
    (data_dir / "vault.key").mkdir()
    window = make_window(data_dir)
    assert window.current_page() is window.unlock_page
    unlock(qtbot, window, PASSPHRASE, wait=False)
    error = window.unlock_page.error
    qtbot.waitUntil(lambda: error.text() != "")
    assert "vault.key" in error.text() and "ikke en vanlig fil" in error.text()
    assert "Noe uventet" not in error.text()


def test_a_lock_from_a_renamed_machine_is_taken_over_after_a_warning(qtbot, make_window,
                                                                     vault_dir):
    case_id, path = _one_case(vault_dir, "Siv Omdøpt")
    lock_path(path).write_text(json.dumps({"host": "gammel-pc", "pid": 4242, "user": "lærer",
                                           "since": "2026-11-30T08:00:00"}), encoding="utf-8")
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    open_case_from_list(qtbot, window, case_id)
    page = window.case_page
    assert page.session.read_only
    assert "gammel-pc" in find(page, QLabel, "readOnlyBanner").text()
    take_over = find(page, QPushButton, "takeOverCase")
    assert take_over.isVisible() and take_over.accessibleName()
    click(qtbot, take_over)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None)
    box = window.findChild(QMessageBox)
    assert "gammel-pc" in box.text() and "gå tapt" in box.text()
    click(qtbot, find(box, QPushButton, "discardButton"))  # "Ta over saken"
    qtbot.waitUntil(lambda: window.case_page is not None and window.case_page is not page)
    assert not window.case_page.session.read_only
    assert not window.case_page.read_only_banner.isVisible()
    assert not find(window.case_page, QPushButton, "takeOverCase").isVisible()


def test_a_lock_from_this_machine_offers_no_take_over(qtbot, make_window, vault_dir):
    case_id, _ = _one_case(vault_dir, "Per Samme")
    other = new_service(vault_dir)
    held = other.open_case(case_id)  # another copy of the program on this machine
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    open_case_from_list(qtbot, window, case_id)
    assert window.case_page.session.read_only
    assert not find(window.case_page, QPushButton, "takeOverCase").isVisible()
    other.close_case(held)


def test_a_folder_turned_read_only_opens_the_case_read_only(qtbot, make_window, vault_dir,
                                                            monkeypatch):
    case_id, _ = _one_case(vault_dir, "Ola Lesbar")
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    import desktop.casefile.lockfile as lockfile

    def refuse(*_args, **_kwargs):
        raise PermissionError(30, "Read-only file system")

    monkeypatch.setattr(lockfile.Path, "write_text", refuse)  # no lock file can be made
    open_case_from_list(qtbot, window, case_id)
    page = window.case_page
    assert page.session.read_only
    banner = find(page, QLabel, "readOnlyBanner")
    assert banner.isVisible() and "Datamappen kan ikke skrives til" in banner.text()


def test_a_damaged_case_put_right_is_listed_again_on_f5(qtbot, make_window, vault_dir):
    case_id, path = _one_case(vault_dir, "Kim Reparert")
    good = path.read_bytes()
    damaged = bytearray(good)
    damaged[-5] ^= 0xFF  # in the body: the list sees it only once the case is opened
    path.write_bytes(bytes(damaged))
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    page = window.list_page
    assert page.select_case(case_id)
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None)
    window.findChild(QMessageBox).close()
    assert "Skadet" in " ".join(str(page.proxy.index(0, c).data())
                                for c in range(page.proxy.columnCount()))
    path.write_bytes(good)  # someone put a good copy back
    page.table.setFocus()
    press(page.table, Qt.Key.Key_F5)
    assert "Skadet" not in " ".join(str(page.proxy.index(0, c).data())
                                    for c in range(page.proxy.columnCount()))
    assert page.visible_names() == ["Kim Reparert"]


def test_the_circle_pdf_says_it_is_not_encrypted(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Ada")
    window.case_page.show_section("circle")
    section = window.case_page.section_widgets["circle"]
    click(qtbot, section.toolbar.pdf_button)
    dialog = section.toolbar.dialog
    assert "ikke kryptert" in section.toolbar.note.text()
    dialog.reject()
