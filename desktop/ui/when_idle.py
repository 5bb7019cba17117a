"""Work the first window does not need, done once the event loop first has
nothing else to do: the window has been shown and painted, and nobody has typed
yet (a person needs a few hundred milliseconds to react to a new window).

QAbstractEventDispatcher.aboutToBlock is Qt's "idle": the loop is about to wait
for the next event. QApplication.processEvents() never waits, so a process that
only draws a picture and exits (--screenshot) never gets here, nor do tests that
drive a window in-process without exec().
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QTimer


def when_idle(callback: Callable[[], object]) -> None:
    """Run `callback` once, at the event loop's first idle moment; at once when
    there is no event dispatcher (no event loop will ever run)."""
    dispatcher = QAbstractEventDispatcher.instance()
    if dispatcher is None:
        callback()
        return

    def run() -> None:
        dispatcher.aboutToBlock.disconnect(run)
        # Not inside aboutToBlock itself: the dispatcher is about to wait and the
        # callback may post events; the next turn of the loop takes it.
        QTimer.singleShot(0, callback)

    dispatcher.aboutToBlock.connect(run)
