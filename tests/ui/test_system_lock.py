"""Locking when the screen locks or the laptop sleeps (Linux D-Bus)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from desktop.ui.system_lock import SystemLockWatcher

SCRIPT = textwrap.dedent("""
    import os, subprocess
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desktop.ui.system_lock import SystemLockWatcher
    app = QApplication([])
    watcher = SystemLockWatcher()
    print("connected:", ",".join(watcher.connected), flush=True)
    got = []
    watcher.lock_requested.connect(lambda reason: (got.append(reason), app.quit()))
    def send(active):
        subprocess.run(["dbus-send", "--session", "--type=signal", "/org/gnome/ScreenSaver",
                        "org.gnome.ScreenSaver.ActiveChanged", f"boolean:{active}"], check=True)
    # "false" (screen unlocked) must not lock; "true" must.
    QTimer.singleShot(100, lambda: send("false"))
    QTimer.singleShot(300, lambda: send("true"))
    QTimer.singleShot(10000, app.quit)
    app.exec()
    print("got:", ",".join(got), flush=True)
""")


@pytest.mark.skipif(not (sys.platform.startswith("linux") and shutil.which("dbus-run-session")
                         and shutil.which("dbus-send")),
                    reason="needs a D-Bus daemon (dbus-run-session, dbus-send)")
def test_screensaver_signal_on_a_real_session_bus_requests_a_lock():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", SCRIPT],
                            capture_output=True, text=True, timeout=60, env=env)
    assert "org.gnome.ScreenSaver" in result.stdout, result.stdout + result.stderr
    assert "got: screensaver\n" in result.stdout, result.stdout + result.stderr


def test_sleep_and_session_lock_request_a_lock_but_waking_up_does_not(qtbot):
    watcher = SystemLockWatcher()
    reasons: list[str] = []
    watcher.lock_requested.connect(reasons.append)
    watcher.on_prepare_for_sleep(False)  # waking up
    watcher.on_screensaver_active(False)  # screen unlocked
    assert reasons == []
    watcher.on_prepare_for_sleep(True)
    watcher.on_session_lock()
    assert reasons == ["sleep", "session-lock"]


@pytest.mark.skipif(not (sys.platform.startswith("linux") and shutil.which("dbus-run-session")
                         and shutil.which("dbus-send")),
                    reason="needs a D-Bus daemon (dbus-run-session, dbus-send)")
def test_the_program_listens_from_its_first_idle_moment():
    """As desktop/ui/startup.py does it: no bus before the window is shown, then the
    same sources as at once, and a screensaver signal still locks."""
    script = SCRIPT.replace(
        'watcher = SystemLockWatcher()\nprint("connected:", ",".join(watcher.connected), flush=True)',
        'from desktop.ui.when_idle import when_idle\n'
        'watcher = SystemLockWatcher(listen=False)\n'
        'print("before:", ",".join(watcher.connected), flush=True)\n'
        'when_idle(watcher.listen)\n'
        'QTimer.singleShot(50, lambda: print("connected:", ",".join(watcher.connected), flush=True))')
    assert "when_idle(watcher.listen)" in script
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", script],
                            capture_output=True, text=True, timeout=60, env=env)
    assert "before: \n" in result.stdout, result.stdout + result.stderr
    assert "org.gnome.ScreenSaver" in result.stdout, result.stdout + result.stderr
    assert "got: screensaver\n" in result.stdout, result.stdout + result.stderr
