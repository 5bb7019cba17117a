"""The figures Fravær and Oversikt draw from a long absence register, computed
on a worker (issue 16: after a 100 000-line import the rule evaluation and
the sections' refreshes held the window for over a second).

One AbsenceFigures per case page (a child of its CaseEditing, like
AbsenceEditing). A view asks `current()`; if the figures for the case as it is
now are not there, `request()` copies the case on the UI thread and computes
on a worker (desktop/ui/worker.py's BackgroundCall), and `ready` brings them
back; the views show "Oppdaterer …" meanwhile and apply them in small pieces
(StepRunner), one per turn of the event loop. Several views asking after one
change share one computation. A result is dropped when a newer request was
made since (a generation counter: `ticket`) or the case was closed or locked.
Below BACKGROUND_FROM records everything is drawn at once, as before."""

from __future__ import annotations

import logging
import sys
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desktop.services.absence_figures import (
    BACKGROUND_FROM,
    Figures,
    adopt,
    compute_figures,
    take_snapshot,
)
from desktop.services.absence_register import FIGURES, today
from desktop.ui.undo import CaseEditing
from desktop.ui.widgets.absence_editing import AbsenceEditing
from desktop.ui.widgets.collector_pause import CollectorPause
from desktop.ui.worker import BackgroundCall

log = logging.getLogger(__name__)

# While the worker runs Python, each call from Qt into Python on the UI thread
# (a tick, a cell asked for in a repaint) may wait for the interpreter lock up
# to the switch interval (5 ms); shorter while computing, as for the import
# preview (sections/absence/import_model.py).
COMPUTING_SWITCH_INTERVAL = 0.0002
# The worker makes a few objects per record; with 100 000 records the cycle
# collector's full passes over them held the interpreter 40–140 ms each, and the
# window with it (measured with bench_long_text.py). From this many records the
# collector rests while the figures are computed (CollectorPause); below it a
# pass costs less than a frame.
PAUSE_COLLECTOR_FROM = 10_000


def _compute_politely(compute: Callable[[Any], Figures], snapshot: Any) -> Figures:
    before = sys.getswitchinterval()
    sys.setswitchinterval(COMPUTING_SWITCH_INTERVAL)
    try:
        return compute(snapshot)
    finally:
        sys.setswitchinterval(before)


class AbsenceFigures(QObject):
    pending_changed = Signal(bool)  # a computation started (True) or ended (False)
    ready = Signal(object)  # Figures, for the case as it was when asked

    def __init__(self, editing: CaseEditing):
        super().__init__(editing)
        self.session = editing.session
        self.register = AbsenceEditing.of(editing).register
        self.ticket = 0  # grows with every request: older results are stale
        self._asked_for: Any = None  # the key of the last request
        self._call: BackgroundCall | None = None
        self._scheduled = False  # asked for; the worker starts on the next turn
        self._latest: tuple[Any, Figures] | None = None
        self._count: tuple[int, int] = (-1, 0)  # generation, records (count(*) reads them all)
        self.compute: Callable[[Any], Figures] = compute_figures  # tests may slow it down
        self._collector = collector = CollectorPause()
        self.destroyed.connect(lambda *_: collector.end())  # the case page closed meanwhile

    @classmethod
    def of(cls, editing: CaseEditing) -> "AbsenceFigures":
        found = editing.findChild(cls)
        return found if found is not None else cls(editing)

    # --- asking -----------------------------------------------------------------------------
    def wanted(self) -> bool:
        """Whether this case's figures come from a worker (a long register)."""
        return not self.session.closed and self._record_count() >= BACKGROUND_FROM

    def _record_count(self) -> int:
        generation = self.session.generation()
        if self._count[0] != generation:
            self._count = (generation, self.register.record_count())
        return self._count[1]

    @property
    def pending(self) -> bool:
        return self._call is not None or self._scheduled

    def _key(self) -> tuple:
        # What the figures depend on: every write to the case, the rule set (the
        # setting may change without a write), the school week and the day.
        register = self.register
        return self.session.generation(), register.rule_set(), register.week(), today()

    def current(self) -> Figures | None:
        """The figures for the case as it is now, if they have been computed."""
        if self._latest is not None and not self.session.closed \
                and self._latest[0] == self._key():
            return self._latest[1]
        return None

    def request(self) -> None:
        """Figures for the case as it is now; `ready` brings them. Nothing new
        is started if they are already being computed. The worker starts on the
        next turn of the event loop: every view asking after one change shares
        it, and what the current turn still does (closing the import dialog)
        does not have to share the interpreter with it."""
        if self.session.closed:
            return
        key = self._key()
        if key == self._asked_for and (self.pending or self.current() is not None):
            return
        self._asked_for = key
        self.ticket += 1  # whatever is running now is stale
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._start)
            self.session.computing(FIGURES, self.wait)
            self.pending_changed.emit(True)

    def _start(self) -> None:
        if not self._scheduled:
            return
        self._scheduled = False
        if self.session.closed:
            return
        ticket, key = self.ticket, self._key()
        self._asked_for = key
        snapshot = take_snapshot(self.session, key[3])
        compute = self.compute
        call = BackgroundCall(lambda: _compute_politely(compute, snapshot),
                              lambda figures, error: self._arrived(ticket, key, figures, error),
                              self)
        self._call = call
        if self._record_count() >= PAUSE_COLLECTOR_FROM:
            self._collector.begin()
        self.session.computing(FIGURES, self.wait)
        call.start()

    def wait(self) -> None:
        """Blocks until the figures asked for are delivered (a save at close,
        lock or quit needs the phase they give)."""
        self._start()
        if self._call is not None:
            self._call.wait()

    # --- delivery ---------------------------------------------------------------------------
    def _arrived(self, ticket: int, key: tuple, figures: Figures | None,
                 error: BaseException | None) -> None:
        if ticket != self.ticket:
            return  # a newer request was made meanwhile: that one will be shown
        self._call = None
        self._collector.end()
        self.session.computing(FIGURES, None)
        if self.session.closed:
            return  # closed or locked meanwhile: nothing to show it in
        if error is not None or figures is None:
            log.error("absence figures not computed: %s", type(error).__name__)
            self.pending_changed.emit(False)
            return
        self._latest = (key, figures)
        if adopt(self.session, figures):
            self.register.figures_arrived()
        elif self.wanted():
            # Something else was written meanwhile (a field typed elsewhere): the
            # figures still show the register, and one more pass lets the open
            # case keep them (so a save need not compute them again).
            QTimer.singleShot(0, self, self.request)
        self.pending_changed.emit(False)
        self.ready.emit(figures)


def updating_label(object_name: str, accessible_name: str) -> QLabel:
    """The "Oppdaterer …" a view shows while its figures are computed."""
    label = QLabel(QCoreApplication.translate("absence", "Oppdaterer …"))
    label.setObjectName(object_name)
    label.setAccessibleName(accessible_name)
    label.setProperty("role", "hint")
    label.setVisible(False)
    return label


class StepRunner(QObject):
    """Runs a list of small steps one per turn of the event loop, so the window
    repaints and takes keys between them; `run()` again drops the steps left."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._steps: list[Callable[[], None]] = []
        self._serial = 0

    @property
    def running(self) -> bool:
        return bool(self._steps)

    def run(self, steps: list[Callable[[], None]], at_once: bool = False) -> None:
        self._serial += 1
        if at_once:
            self._steps = []
            for step in steps:
                step()
            return
        self._steps = list(steps)
        self._schedule(self._serial)

    def _schedule(self, serial: int) -> None:
        QTimer.singleShot(0, self, lambda: self._next(serial))

    def _next(self, serial: int) -> None:
        if serial != self._serial or not self._steps:
            return
        step = self._steps.pop(0)
        step()
        if self._steps and serial == self._serial:
            self._schedule(serial)
