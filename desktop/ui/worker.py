"""Run one slow call (key derivation, writing a case file) off the UI thread
and hand the result back on the UI thread, the way Anki's CollectionOp does."""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

DoneCallback = Callable[[Any, BaseException | None], None]


class BackgroundCall(QObject):
    """Runs `work()` on a worker thread, then `on_done(result, error)` on the
    thread this object lives in (the UI thread). `wait()` joins the worker and
    delivers at once, for the moments that must be synchronous (quit, lock)."""

    _finished = Signal()

    def __init__(self, work: Callable[[], Any], on_done: DoneCallback,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._on_done = on_done
        self._result: Any = None
        self._error: BaseException | None = None
        self._completed = False
        self._delivered = False
        self._thread = threading.Thread(target=self._run, name="naervaer-worker", daemon=True)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> "BackgroundCall":
        self._thread.start()
        return self

    @property
    def done(self) -> bool:
        return self._delivered

    def _run(self) -> None:
        try:
            self._result = self._work()
        except BaseException as exc:  # handed to the UI thread, which decides
            self._error = exc
        self._completed = True
        try:
            self._finished.emit()
        except RuntimeError:  # the owner (a page, a dialog) was closed meanwhile
            pass

    def wait(self) -> None:
        """Block until the work is done and deliver the result now."""
        if self._thread.is_alive():
            self._thread.join()
        self._deliver()

    @Slot()
    def _deliver(self) -> None:
        if self._delivered or not self._completed:
            return
        self._delivered = True
        self._on_done(self._result, self._error)
