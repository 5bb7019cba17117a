"""Idle lock driven by a fake clock: no sleeping, the clock says how much time passed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QSpinBox

from desktop.services.settings import Settings
from desktop.ui.dialogs.delete_case import DeleteCaseDialog
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from desktop.ui.system_lock import SystemLockWatcher
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    activate,
    all_texts,
    click,
    create_case,
    find,
    press,
    toggle,
    type_text,
    unlock,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_idle_time_locks_and_saves_first(qtbot, make_window, vault_dir):
    clock = FakeClock()
    # A long debounce: the edit below is still waiting to be saved when the lock comes.
    window = make_window(vault_dir, clock=clock, autosave_options={"debounce_ms": 60_000})
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Nils Ánte")
    case_id = window.case_page.session.case_id
    school = find(window.case_page, QLineEdit, "pupilSchool")
    school.setFocus()
    type_text(school, "Čáhcegeađgi skuvla")
    assert window.case_page.session.dirty

    clock.advance(4 * 60 + 59)
    assert window.idle.check() is False
    assert window.current_page() is window.case_page

    clock.advance(2)  # 5 min 1 s without input
    qtbot.waitUntil(lambda: window.current_page() is window.unlock_page)
    assert window.case_page is None
    assert window.unlock_page.notice.text() == (
        "Programmet ble låst fordi det ikke var i bruk. Alt er lagret.")
    assert not window.menu_actions.new_case.isEnabled()

    stored = new_service(vault_dir)
    session = stored.open_case(case_id)
    assert session.pupil().school == "Čáhcegeađgi skuvla"
    stored.lock()


def test_input_resets_the_idle_time(qtbot, make_window, vault_dir):
    clock = FakeClock()
    window = make_window(vault_dir, clock=clock)
    unlock(qtbot, window, PASSPHRASE)

    clock.advance(4 * 60)
    activate(qtbot, window)
    press(window.list_page.search, Qt.Key.Key_A)  # someone is here
    clock.advance(2 * 60)  # 6 minutes since unlock, 2 since the key press
    assert window.idle.check() is False
    assert window.current_page() is window.list_page

    clock.advance(3 * 60 + 1)
    qtbot.waitUntil(lambda: window.current_page() is window.unlock_page)
    assert window.list_page.model.entry_count() == 0  # the list forgot its names


def test_idle_lock_switched_off_in_settings(qtbot, make_window, vault_dir):
    clock = FakeClock()
    window = make_window(vault_dir, clock=clock)
    unlock(qtbot, window, PASSPHRASE)

    window.menu_actions.settings.trigger()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None)
    dialog = window.findChild(SettingsDialog)
    enabled = find(dialog, QCheckBox, "setting_idle_lock_enabled")
    assert enabled.isChecked() and enabled.accessibleName()
    assert find(dialog, QSpinBox, "setting_idle_lock_minutes").value() == 5
    toggle(enabled)
    click(qtbot, find(dialog, QPushButton, "acceptButton"))
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert window.service.settings.idle_lock_enabled is False
    assert Settings.load(window.service.paths.settings_file).idle_lock_enabled is False
    clock.advance(60 * 60)
    assert window.idle.check() is False
    assert window.current_page() is window.list_page


def test_idle_minutes_from_settings(qtbot, make_window, vault_dir):
    clock = FakeClock()
    window = make_window(vault_dir, clock=clock)
    window.service.settings.idle_lock_minutes = 1
    unlock(qtbot, window, PASSPHRASE)
    clock.advance(59)
    assert window.idle.check() is False
    clock.advance(2)
    qtbot.waitUntil(lambda: window.current_page() is window.unlock_page)


def test_idle_lock_closes_a_dialog_showing_a_name(qtbot, make_window, vault_dir):
    clock = FakeClock()
    service = new_service(vault_dir)
    session = service.create_case("Inga Ŋuolja")
    service.close_case(session)
    service.lock()
    window = make_window(vault_dir, clock=clock)
    unlock(qtbot, window, PASSPHRASE)
    window.list_page.select_case(session.case_id)
    click(qtbot, window.list_page.delete_button)
    dialog = window.findChild(DeleteCaseDialog)
    assert dialog.isVisible() and "Inga Ŋuolja" in "".join(all_texts(dialog))

    clock.advance(5 * 60 + 1)
    qtbot.waitUntil(lambda: window.current_page() is window.unlock_page)
    qtbot.waitUntil(lambda: window.findChild(DeleteCaseDialog) is None)  # closed and gone
    assert "Inga" not in "".join(all_texts(window))
    assert (vault_dir / "cases" / f"{session.case_id}.naervaer").exists()


def test_screen_lock_or_sleep_locks_the_program(qtbot, make_window, vault_dir):
    watcher = SystemLockWatcher()
    window = make_window(vault_dir, system_lock=watcher)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Biret Ŧ.")
    watcher.on_prepare_for_sleep(True)
    assert window.current_page() is window.unlock_page
    assert window.unlock_page.notice.text() == (
        "Programmet ble låst fordi skjermen ble låst eller maskinen gikk i dvale. Alt er lagret.")
    watcher.on_session_lock()  # already locked: nothing happens
    assert window.current_page() is window.unlock_page
