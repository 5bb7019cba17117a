"""Autosave as the user sees it: the save state, a full disk, a file changed by
someone else, and quitting with changes that cannot be saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton

from desktop.casefile import store
from desktop.casefile.errors import SaveFailed, SaveProblem
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    activate,
    click,
    create_case,
    find,
    shortcut,
    type_text,
    unlock,
    wait_saved,
)


@pytest.fixture
def failing_disk(monkeypatch):
    """While `state["full"]` is true every write fails as a full disk would."""
    state = {"full": False, "attempts": 0}
    original = store.OpenCase.write

    def write(self, image, summary):
        state["attempts"] += 1
        if state["full"]:
            raise SaveFailed(SaveProblem.DISK_FULL, "injected")
        return original(self, image, summary)

    monkeypatch.setattr(store.OpenCase, "write", write)
    return state


def open_case(qtbot, make_window, vault_dir, name="Kari"):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, name)
    return window, window.case_page


def visible_boxes(window) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def test_status_shows_saving_and_saved(qtbot, make_window, vault_dir):
    window, page = open_case(qtbot, make_window, vault_dir)
    field = find(page, QLineEdit, "pupilClass")
    field.setFocus()
    type_text(field, "5A")
    assert window.save_status.text() == "Lagrer …"
    qtbot.waitUntil(lambda: window.save_status.text().startswith("Lagret "))
    assert window.save_status.objectName() == "saveStatus"
    assert not page.session.dirty


def test_full_disk_is_reported_and_retried(qtbot, make_window, vault_dir, failing_disk):
    window, page = open_case(qtbot, make_window, vault_dir)
    failing_disk["full"] = True
    field = find(page, QLineEdit, "pupilSchool")
    field.setFocus()
    type_text(field, "Šiellabákti skuvla")
    qtbot.waitUntil(lambda: window.save_status.text()
                    == "Ikke lagret – disken er full. Prøver igjen om litt.")
    attempts = failing_disk["attempts"]
    qtbot.waitUntil(lambda: failing_disk["attempts"] > attempts)  # it retries
    assert field.text() == "Šiellabákti skuvla"  # nothing lost on screen

    failing_disk["full"] = False
    qtbot.waitUntil(lambda: window.save_status.text().startswith("Lagret "))
    window.close()
    stored = new_service(vault_dir)
    assert stored.open_case(page.session.case_id).pupil().school == "Šiellabákti skuvla"
    stored.lock()


def test_quit_with_changes_that_cannot_be_saved_asks_first(qtbot, make_window, vault_dir,
                                                         failing_disk):
    window, page = open_case(qtbot, make_window, vault_dir)
    case_id = page.session.case_id
    failing_disk["full"] = True
    field = find(page, QLineEdit, "pupilName")
    field.setFocus()
    type_text(field, " Ŋ")

    window.close()
    qtbot.waitUntil(lambda: len(visible_boxes(window)) == 1)
    box = visible_boxes(window)[0]
    assert "disken er full" in box.text()
    assert "Avslutter du nå, går endringene siden forrige lagring tapt." in box.text()
    texts = {b.text() for b in box.findChildren(QPushButton)}
    assert texts == {"Avslutt uten å lagre", "Avbryt"}
    click(qtbot, find(box, QPushButton, "keepButton"))
    assert window.isVisible() and window.case_page is page  # nothing lost

    window.close()  # still full: asked again, and this time the user lets go
    qtbot.waitUntil(lambda: len(visible_boxes(window)) == 1)
    click(qtbot, find(visible_boxes(window)[0], QPushButton, "discardButton"))
    qtbot.waitUntil(lambda: not window.isVisible())

    failing_disk["full"] = False
    stored = new_service(vault_dir)
    assert stored.open_case(case_id).pupil().name == "Kari"  # the last complete save
    stored.lock()


def test_file_changed_on_disk_is_never_overwritten(qtbot, make_window, vault_dir):
    window, page = open_case(qtbot, make_window, vault_dir)
    path = window.service.paths.cases_dir / f"{page.session.case_id}.naervaer"
    older_copy = path.read_bytes()
    field = find(page, QLineEdit, "pupilClass")
    field.setFocus()
    type_text(field, "7B")
    qtbot.waitUntil(lambda: window.save_status.text().startswith("Lagret "))

    path.write_bytes(older_copy)  # e.g. a copy from a USB stick put back in place
    type_text(field, "X")
    qtbot.waitUntil(lambda: window.save_status.text() == (
        "Ikke lagret – filen er endret utenfor programmet og blir ikke overskrevet."))
    banner = find(page, QLabel, "conflictBanner")
    assert banner.isVisible() and "blir ikke overskrevet" in banner.text()
    qtbot.waitUntil(lambda: len(visible_boxes(window)) == 1)
    box = visible_boxes(window)[0]
    assert box.windowTitle().startswith("Filen er endret utenfor programmet")
    click(qtbot, box.findChild(QPushButton))
    assert path.read_bytes() == older_copy

    type_text(field, "Y")  # autosave has stopped: nothing scheduled, nothing written
    assert not page.autosaver.scheduled and not page.autosaver.busy
    assert path.read_bytes() == older_copy

    # Locking keeps both: the other program's file as it is, and our changes as
    # a new case beside it. Nothing typed is lost.
    case_id = page.session.case_id
    activate(qtbot, window)
    shortcut(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: window.current_page() is window.unlock_page)
    assert path.read_bytes() == older_copy
    stored = new_service(vault_dir)
    entries = {e.case_id: e for e in stored.list_cases()}
    assert len(entries) == 2
    copy_id = next(i for i in entries if i != case_id)
    assert stored.open_case(copy_id).pupil().class_name == "7BXY"
    assert stored.open_case(case_id).pupil().class_name == ""  # the older copy
    stored.lock()


def test_lock_with_a_full_disk_keeps_the_changes_and_writes_them_after_unlock(
        qtbot, make_window, vault_dir, monkeypatch):
    """Ctrl+L while the disk is full: no question, no loss. The unlock page says
    the changes are kept; after the disk has room, unlocking writes them."""
    import errno

    from desktop.casefile import atomic

    window, page = open_case(qtbot, make_window, vault_dir)
    case_id = page.session.case_id
    wait_saved(qtbot, window)

    def disk_full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", disk_full)
    field = find(page, QLineEdit, "pupilContactTeacher")
    field.setFocus()
    type_text(field, "Máret Čiekča")
    activate(qtbot, window)
    shortcut(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: window.current_page() is window.unlock_page)
    notice = " ".join(label.text() for label in window.unlock_page.findChildren(QLabel))
    assert "tatt vare på" in notice and "disken er full" in notice
    assert "Máret" not in notice

    monkeypatch.undo()  # room on the disk again
    unlock(qtbot, window, PASSPHRASE)
    assert window.service.pending_saves == 0
    stored = new_service(vault_dir)
    assert stored.open_case(case_id).pupil().contact_teacher == "Máret Čiekča"
    stored.lock()


def test_while_figures_are_computed_the_case_is_saved_once_and_again_when_they_are_in(
        qtbot, make_window, vault_dir, failing_disk):
    """A save taken while a worker computes figures of the case (a large absence
    register) leaves it marked unsaved: autosave waits for the figures instead of
    saving every 500 ms, then saves once more."""
    window, page = open_case(qtbot, make_window, vault_dir)
    session = page.session
    session.computing("test.figures", lambda: None)  # as absence_figures.py does
    field = find(page, QLineEdit, "pupilClass")
    field.setFocus()
    type_text(field, "5A")
    before = failing_disk["attempts"]
    autosave = page.autosaver
    qtbot.waitUntil(lambda: failing_disk["attempts"] == before + 1 and not autosave.busy)
    assert session.dirty and window.save_status.text() == "Lagrer …"
    # No timer waits and no save runs: nothing saves the same content again until
    # the figures are in (before, a save every 500 ms).
    assert not autosave.scheduled
    session.computing("test.figures", None)
    qtbot.waitUntil(lambda: window.save_status.text().startswith("Lagret "))
    assert failing_disk["attempts"] == before + 2 and not session.dirty
