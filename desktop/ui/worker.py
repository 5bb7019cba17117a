"""Run one slow call (key derivation, writing a case file) off the UI thread
and hand the result back on the UI thread, the way Anki's CollectionOp does."""

from __future__ import annotations

import threading
import time
from typing import Any, Callable

from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal, Slot

DoneCallback = Callable[[Any, BaseException | None], None]
WORKER_NAME = "naervaer-worker"


def wait_for_workers(timeout_s: float) -> bool:
    """Joins every worker still running (a PDF being built after Avbryt, a save),
    at most `timeout_s` in all: before the process is replaced at lock, so no
    work is cut off halfway (a cancelled PDF removes its part file when it ends).
    Returns whether all of them ended."""
    deadline = time.monotonic() + timeout_s
    workers = [t for t in threading.enumerate()
               if t.name == WORKER_NAME and t is not threading.current_thread()]
    for thread in workers:
        thread.join(max(0.0, deadline - time.monotonic()))
    return not any(thread.is_alive() for thread in workers)


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
        self._thread = threading.Thread(target=self._run, name=WORKER_NAME, daemon=True)
        self._finished.connect(self._deliver, QtCore.Qt.ConnectionType.QueuedConnection)

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
