"""The window's side of a lock that replaces the process (issue 16): what the
lock hands to the restart, and how a process started after a lock begins (the
unlock page with the lock's notice, then back to the same case and section in
meeting mode). The process change itself is tested with the real program in
tests/security/test_lock_memory.py; here `restart` is the seam."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services.lock_restart import LockHandoff
from desktop.services.return_point import ReturnPoint
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import click, open_case_from_list, shortcut, unlock, visible_texts

PUPIL = "Máret Omstart"


def _seed(vault_dir) -> str:
    service = new_service(vault_dir)
    session = service.create_case(PUPIL)
    service.close_case(session)
    service.lock()
    return session.case_id


class FakeRestart:
    def __init__(self, works: bool = True):
        self.calls: list[tuple] = []
        self.works = works

    def __call__(self, service, return_point, notice, window) -> bool:
        self.calls.append((service.is_unlocked, return_point, notice, window))
        return self.works


def test_the_lock_is_done_before_the_restart_is_asked(qtbot, make_window, vault_dir):
    case_id = _seed(vault_dir)
    restart = FakeRestart()
    window = make_window(vault_dir, restart=restart)
    unlock(qtbot, window, PASSPHRASE)
    open_case_from_list(qtbot, window, case_id)
    window.case_page.show_section("circle")
    click(qtbot, window.case_page.meeting_button)
    shortcut(qtbot, window, Qt.Key.Key_L)
    assert len(restart.calls) == 1
    unlocked, point, notice, state = restart.calls[0]
    assert not unlocked  # keys dropped, cases saved and closed first
    assert point == ReturnPoint(case_id, "circle", True)
    assert "samme sted i møtemodus" in notice and PUPIL not in notice
    assert state == "normal"
    assert not list((vault_dir / "cases").glob("*.lock"))  # released as at a close


def test_the_idle_lock_and_the_screen_lock_restart_too(qtbot, make_window, vault_dir):
    from desktop.ui.system_lock import SystemLockWatcher
    from tests.ui.test_idle_lock import FakeClock

    case_id = _seed(vault_dir)
    restart, clock, watcher = FakeRestart(), FakeClock(), SystemLockWatcher()
    window = make_window(vault_dir, restart=restart, clock=clock, system_lock=watcher)
    unlock(qtbot, window, PASSPHRASE)
    open_case_from_list(qtbot, window, case_id)
    clock.advance(5 * 60 + 1)
    qtbot.waitUntil(lambda: len(restart.calls) == 1)
    assert restart.calls[0][1:3] == (
        None, "Programmet ble låst fordi det ikke var i bruk. Alt er lagret.")
    unlock(qtbot, window, PASSPHRASE)  # the fake did not replace the process
    watcher.on_session_lock()
    assert len(restart.calls) == 2 and "skjermen ble låst" in restart.calls[1][2]


def test_a_process_started_after_a_lock_goes_back_to_the_same_place(qtbot, make_window,
                                                                     vault_dir):
    case_id = _seed(vault_dir)
    notice = "Programmet ble låst fordi det ikke var i bruk. Alt er lagret."
    window = make_window(vault_dir, handoff=LockHandoff(ReturnPoint(case_id, "circle"), notice))
    assert window.current_page() is window.unlock_page
    assert window.unlock_page.notice.text() == notice
    assert not window.menuBar().isVisible()  # meeting mode: no menus on the lock screen
    assert PUPIL not in "\n".join(visible_texts(window))
    unlock(qtbot, window, PASSPHRASE, wait=False)
    qtbot.waitUntil(lambda: window.case_page is not None
                    and window.current_page() is window.case_page, timeout=10_000)
    page = window.case_page
    assert (page.session.case_id, page.current_section(), page.meeting_mode) == (
        case_id, "circle", True)


def test_when_the_restart_fails_the_lock_stays_in_this_process(qtbot, make_window, vault_dir):
    case_id = _seed(vault_dir)
    restart = FakeRestart(works=False)
    window = make_window(vault_dir, restart=restart)
    unlock(qtbot, window, PASSPHRASE)
    open_case_from_list(qtbot, window, case_id)
    shortcut(qtbot, window, Qt.Key.Key_L)
    assert restart.calls and window.current_page() is window.unlock_page
    assert window.case_page is None
    unlock(qtbot, window, PASSPHRASE)  # the list, as after any lock outside meeting mode
    assert PUPIL in window.list_page.visible_names()


def test_the_warm_up_runs_every_step_one_per_turn_and_survives_a_failing_one(qtbot):
    from desktop.ui.startup import _warm_up_steps, warm_up_case_page

    done: list[int] = []

    def broken() -> None:
        raise OSError("a local form folder that cannot be read")

    warm_up_case_page([lambda: done.append(1), broken, lambda: done.append(3)])
    assert done == [1]  # the rest waits for the event loop: typing is not held up
    qtbot.waitUntil(lambda: done == [1, 3])
    assert len(_warm_up_steps()) >= 10  # the case page, sqlite-utils, 8 sections, forms
