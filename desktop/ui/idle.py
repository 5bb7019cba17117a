"""Idle lock: notice when nobody has touched the program for a while.

An application-wide event filter records the moment of the last user input
(keys, mouse, wheel, touch) from an injectable clock; a timer polls every few
seconds and emits `idle` once the configured time has passed. Tests pass a
fake clock and call `check()` (or let the timer run) — no sleeping.

Qt cannot tell us that the screen was locked or the laptop went to sleep
(DESIGN.md §5), so this timer is the fallback that always works.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop.services.settings import Settings

Clock = Callable[[], float]

POLL_MS = 5_000

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """Emits `idle` when settings say so and no input came for idle_lock_minutes."""

    idle = Signal()

    def __init__(self, settings_source: Callable[[], Settings], clock: Clock = time.monotonic,
                 parent: QObject | None = None, poll_ms: int = POLL_MS, *, watch: bool = True):
        super().__init__(parent)
        self._settings = settings_source
        self._clock = clock
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.check)
        if watch:
            self.watch()

    def watch(self) -> None:
        """Record input from now on (the filter on the application); the main
        window of the real program calls it once the window is shown."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        """Begin watching (after unlocking); counts from now."""
        self.touch()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def touch(self) -> None:
        self._last_input = self._clock()

    def idle_seconds(self) -> float:
        return self._clock() - self._last_input

    def check(self) -> bool:
        """Emit `idle` (and stop) if the idle time has passed. Returns whether it did."""
        if not self._timer.isActive():
            return False
        settings = self._settings()
        if not settings.idle_lock_enabled:
            return False
        if self.idle_seconds() < settings.idle_lock_minutes * 60:
            return False
        self._timer.stop()
        self.idle.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def uninstall(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
