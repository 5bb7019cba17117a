"""Text copied from a case does not stay on the clipboard (issue 16).

As password managers do: what the program put on the clipboard while unlocked
is cleared after a while (Settings.clipboard_clear_seconds) and at lock and
quit, unless something else has been copied since; then it is left alone.
The X11 selection (middle-click paste) is treated the same way.
"""

from __future__ import annotations

from typing import Callable

from PySide6 import QtCore
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)


def _copied_here(clipboard: QClipboard, mode: QClipboard.Mode) -> bool:
    """The change came from this program: Qt knows it (X11, Windows), or the
    program was the active one when it happened (platforms that cannot tell)."""
    return (clipboard.ownsClipboard() if mode is QClipboard.Mode.Clipboard
            else clipboard.ownsSelection()) or (
        QGuiApplication.applicationState() == QtCore.Qt.ApplicationState.ApplicationActive)


class ClipboardGuard(QObject):
    """Watches the clipboard; `clear_now()` at lock. `copied_here` is a seam
    tests replace to play another program copying something."""

    def __init__(self, clipboard: QClipboard, delay_ms: Callable[[], int],
                 unlocked: Callable[[], bool], parent: QObject | None = None):
        super().__init__(parent)
        self._clipboard = clipboard
        self._delay_ms = delay_ms
        self._unlocked = unlocked
        self.copied_here: Callable[[QClipboard, QClipboard.Mode], bool] = _copied_here
        self._copied: dict[QClipboard.Mode, str] = {}
        self._clearing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)
        clipboard.changed.connect(self._changed)

    @property
    def holding(self) -> bool:
        """Something copied from a case is waiting to be cleared."""
        return bool(self._copied)

    def _changed(self, mode: QClipboard.Mode) -> None:
        if self._clearing or mode not in _MODES:
            return
        text = self._clipboard.text(mode)
        if text and self._unlocked() and self.copied_here(self._clipboard, mode):
            self._copied[mode] = text
            self._timer.start(max(self._delay_ms(), 0))
        else:
            self._copied.pop(mode, None)  # someone copied something else: theirs now

    def clear_now(self) -> None:
        """Clears what this program copied, if it is still there."""
        self._timer.stop()
        self._clearing = True
        try:
            for mode, text in self._copied.items():
                if self._clipboard.text(mode) == text:
                    self._clipboard.clear(mode)
        finally:
            self._clearing = False
            self._copied.clear()
