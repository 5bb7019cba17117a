"""Lock when the screen locks or the laptop goes to sleep.

Qt has no API for either (DESIGN.md §5), so each platform is asked in its own
way; the idle timer stays as the fallback everywhere:
- Linux: D-Bus signals — ScreenSaver ActiveChanged (freedesktop, GNOME, XFCE,
  Cinnamon, MATE) on the session bus; login1 PrepareForSleep and Session.Lock on
  the system bus.
- Windows: WM_WTSSESSION_CHANGE/WTS_SESSION_LOCK (after
  WTSRegisterSessionNotification) and WM_POWERBROADCAST/PBT_APMSUSPEND.
- macOS: not wired yet; the idle lock applies.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot

log = logging.getLogger(__name__)

_SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ("org.xfce.ScreenSaver", "/org/xfce/ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
)

WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7


class SystemLockWatcher(QObject):
    """Emits `lock_requested(reason)` when the system locks the screen or
    prepares to sleep. `connected` lists the sources it listens to."""

    lock_requested = Signal(str)

    def __init__(self, parent: QObject | None = None, *, listen: bool = True):
        super().__init__(parent)
        self.connected: list[str] = []
        self._native_filter: _WindowsFilter | None = None
        self._listening = False
        if listen:
            self.listen()

    def listen(self) -> None:
        """Subscribe to the system's signals (once). The program's start calls it at
        the first idle moment (ui/when_idle.py): QtDBus and the bus connections
        need not hold up the first window."""
        if self._listening:
            return
        self._listening = True
        if sys.platform.startswith("linux"):
            self._listen_dbus()

    # --- Linux ----------------------------------------------------------------------
    def _listen_dbus(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build without QtDBus: the idle lock still applies
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for interface, path in _SCREENSAVERS:
                if session.connect("", path, interface, "ActiveChanged", self,
                                   SLOT("on_screensaver_active(bool)")):
                    self.connected.append(interface)
        system = QDBusConnection.systemBus()
        if system.isConnected():
            if system.connect("org.freedesktop.login1", "/org/freedesktop/login1",
                              "org.freedesktop.login1.Manager", "PrepareForSleep", self,
                              SLOT("on_prepare_for_sleep(bool)")):
                self.connected.append("login1.PrepareForSleep")
            if system.connect("org.freedesktop.login1", "", "org.freedesktop.login1.Session",
                              "Lock", self, SLOT("on_session_lock()")):
                self.connected.append("login1.Session.Lock")
        log.info("system lock sources: %s", ", ".join(self.connected) or "none")

    @Slot(bool)
    def on_screensaver_active(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screensaver")

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit("sleep")

    @Slot()
    def on_session_lock(self) -> None:
        self.lock_requested.emit("session-lock")

    # --- Windows --------------------------------------------------------------------
    def watch_window(self, win_id: int) -> None:
        """Windows only: register the main window for session notifications."""
        if not sys.platform.startswith("win") or self._native_filter is not None:
            return
        try:
            import ctypes

            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(win_id), 0)
        except (OSError, AttributeError):
            log.warning("session notifications unavailable")
        self._native_filter = _WindowsFilter(self.lock_requested.emit)
        QCoreApplication.instance().installNativeEventFilter(self._native_filter)
        self.connected.append("windows")


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, emit):
        super().__init__()
        self._emit = emit

    def nativeEventFilter(self, event_type, message):  # noqa: N802 (Qt name)
        if event_type in (b"windows_generic_MSG", "windows_generic_MSG"):
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._emit("session-lock")
            elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                self._emit("sleep")
            del ctypes
        return False, 0
