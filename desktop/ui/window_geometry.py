"""Where the window opens: inside the screen's free area (a school laptop has
1366×768, at 125 % scaling only 1093×582), and where it was the last time on
that screen. Positions are kept per screen in the program's own settings
(`Settings.window_geometry`), never in QSettings."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from desktop.services.settings import Settings

PREFERRED_SIZE = (1240, 800)  # when nothing is remembered and the screen has room
FRAME_ALLOWANCE = (16, 40)  # the window manager's title bar and borders, roughly
LAST_SCREEN = "last screen"  # the key under which the screen closed on is kept


def screen_key(screen: QScreen) -> str:
    """A name for a screen that stays the same between starts: its name and size.
    The same projector at another resolution counts as another screen."""
    size = screen.geometry().size()
    return f"{screen.name()} {size.width()}x{size.height()}"


def placement(available: QRect, saved: list[int] | None,
              preferred: tuple[int, int] = PREFERRED_SIZE) -> QRect:
    """The window's inner rectangle on a screen whose free area is `available`:
    the saved one (x, y, w, h) moved and shrunk until it lies inside, or the
    preferred size centred. The frame (title bar) is allowed for."""
    room_w = available.width() - FRAME_ALLOWANCE[0]
    room_h = available.height() - FRAME_ALLOWANCE[1]
    if saved is not None:
        x, y, w, h = saved
    else:
        w, h = preferred
        x = y = None
    w, h = max(200, min(w, room_w)), max(200, min(h, room_h))
    left = available.left() + FRAME_ALLOWANCE[0] // 2
    top = available.top() + FRAME_ALLOWANCE[1] - FRAME_ALLOWANCE[0] // 2
    if x is None:
        x = left + (room_w - w) // 2
        y = top + (room_h - h) // 2
    x = min(max(x, left), left + room_w - w)
    y = min(max(y, top), top + room_h - h)
    return QRect(x, y, w, h)


def valid_saved(value: object) -> list[int] | None:
    """A remembered rectangle from the settings file, or None if it is not one."""
    if (isinstance(value, list) and len(value) == 4
            and all(isinstance(n, int) and not isinstance(n, bool) for n in value)):
        return value
    return None


class WindowPlacement(QObject):
    """Puts the window where it belongs before it is shown and remembers where it
    was, per screen, when it is closed (save: writes the settings file)."""

    def __init__(self, window: QWidget, settings: Callable[[], Settings],
                 save: Callable[[], None]):
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._save = save
        window.installEventFilter(self)

    def place(self, screen: QScreen | None = None) -> QRect:
        """Before the window is shown: on the screen it was closed on if that screen
        is still there (a projector), else on the primary screen."""
        stored = self._settings().window_geometry
        if screen is None:
            screen = next((s for s in QGuiApplication.screens()
                           if screen_key(s) == stored.get(LAST_SCREEN)), None)
        screen = screen or self._window.screen() or QGuiApplication.primaryScreen()
        rect = placement(screen.availableGeometry(), valid_saved(stored.get(screen_key(screen))))
        self._window.setGeometry(rect)
        return rect

    def remember(self) -> None:
        window = self._window
        screen = window.screen()
        if screen is None:
            return
        rect = window.normalGeometry() if window.isMaximized() else window.geometry()
        settings = self._settings()
        settings.window_geometry = {**settings.window_geometry, screen_key(screen): [
            rect.x(), rect.y(), rect.width(), rect.height()], LAST_SCREEN: screen_key(screen)}
        self._save()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.remember()
        return False
