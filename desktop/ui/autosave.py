"""Debounced autosave for one open case.

Every change restarts a single-shot timer (500 ms); when it fires the session
prepares a save job on the UI thread (a memory copy of the database) and the
job writes the file on a worker thread. Only one save is in flight per case;
changes made meanwhile schedule another; a save taken while a worker computes
figures of the case (a large absence register) is followed by one more when the
session says they are in, not by a save every 500 ms. A failed save is retried with
backoff; a file changed on disk by someone else stops autosaving for good
(we never overwrite it). Close, lock and quit call `flush()`, which is
synchronous.
"""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.casefile.errors import CaseFileError, ChangedOnDisk, SaveFailed, SaveProblem
from desktop.services.case_session import CaseSession, SaveJob, SaveOutcome
from desktop.ui.messages import save_status_text
from desktop.ui.worker import BackgroundCall

log = logging.getLogger(__name__)

DEBOUNCE_MS = 500
RETRY_DELAYS_MS = (2_000, 5_000, 10_000, 30_000)


class SaveState(Enum):
    SAVED = "saved"
    PENDING = "pending"  # waiting for the debounce or a retry
    SAVING = "saving"
    FAILED = "failed"  # last save failed; a retry is scheduled
    CONFLICT = "conflict"  # file changed on disk; autosave stopped
    READ_ONLY = "read_only"


class Autosaver(QObject):
    """Keeps one CaseSession saved. Emits `state_changed` whenever `state`/`text()` change,
    and `conflict` once when the file turned out to be changed by someone else."""

    state_changed = Signal()
    conflict = Signal()

    def __init__(self, session: CaseSession, parent: QObject | None = None, *,
                 debounce_ms: int = DEBOUNCE_MS,
                 retry_delays_ms: tuple[int, ...] = RETRY_DELAYS_MS):
        super().__init__(parent)
        self._session = session
        self._debounce_ms = debounce_ms
        self._retry_delays_ms = retry_delays_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start_save)
        self._call: BackgroundCall | None = None
        self._again = False
        self._failures = 0
        self._disposed = False
        self.error: CaseFileError | None = None
        self.state = SaveState.READ_ONLY if session.read_only else SaveState.SAVED
        session.add_change_listener(self._on_change)
        if session.dirty and not session.read_only:
            # Opened with changes not yet on disk (a save kept since a lock).
            self._on_change(session)

    # --- public ----------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A save is running on the worker thread."""
        return self._call is not None

    @property
    def scheduled(self) -> bool:
        """A save (or a retry) is waiting for its timer."""
        return self._timer.isActive()

    def text(self) -> str:
        """The status-bar line for this case."""
        if self.state is SaveState.READ_ONLY:
            return self.tr("Skrivebeskyttet – endringer kan ikke gjøres her")
        if self.state in (SaveState.FAILED, SaveState.CONFLICT) and self.error is not None:
            return save_status_text(self.error)
        if self.state in (SaveState.PENDING, SaveState.SAVING):
            return self.tr("Lagrer …")
        saved_at = self._session.last_saved_at
        if saved_at is not None:
            return self.tr("Lagret %1").replace("%1", saved_at.strftime("%H:%M"))
        return self.tr("Alt er lagret")

    def flush(self) -> CaseFileError | None:
        """Save now, synchronously (close, lock, quit). Returns the error, if any;
        on failure autosaving carries on with its retries."""
        self._timer.stop()
        if self._call is not None:
            self._call.wait()
        self._timer.stop()
        if self.state is SaveState.CONFLICT:
            return self.error if self._session.dirty else None
        if self._session.read_only or self._session.closed:
            return None
        try:
            self._session.save_now()
        except CaseFileError as exc:
            self._record_failure(exc)
            return exc
        self._failures = 0
        self.error = None
        self._set_state(SaveState.SAVED)
        return None

    def dispose(self) -> None:
        """Stop listening (the session is being closed). Waits for a save in flight."""
        self._timer.stop()
        if self._call is not None:
            self._call.wait()
        self._timer.stop()
        self._disposed = True
        self._session.remove_change_listener(self._on_change)

    # --- internals ----------------------------------------------------------------
    def _on_change(self, _session: CaseSession) -> None:
        if self._disposed or self.state in (SaveState.CONFLICT, SaveState.READ_ONLY):
            return
        if self._call is not None:
            self._again = True
            return
        if self._failures and self._timer.isActive():
            return  # keep the backoff; the retry saves the latest state
        self._timer.start(self._debounce_ms)
        if self.state is not SaveState.FAILED:
            self._set_state(SaveState.PENDING)

    def _start_save(self) -> None:
        if self._disposed or self._call is not None or self.state is SaveState.CONFLICT:
            return
        if not self._session.dirty or self._session.closed:
            self._set_state(SaveState.SAVED if not self.error else self.state)
            return
        self._again = False
        try:
            job = self._session.prepare_save()
        except CaseFileError as exc:
            self._record_failure(exc)
            return
        self._call = BackgroundCall(
            job.run, lambda outcome, error: self._finished(job, outcome, error), self)
        self._call.start()
        if self.state is not SaveState.FAILED:
            self._set_state(SaveState.SAVING)

    def _finished(self, job: SaveJob, outcome: SaveOutcome | None,
                  error: BaseException | None) -> None:
        call, self._call = self._call, None
        if call is not None:
            call.deleteLater()
        if error is not None and not isinstance(error, CaseFileError):
            log.error("unexpected error while saving: %s", type(error).__name__)
            error = SaveFailed(SaveProblem.IO_ERROR, type(error).__name__)
        self._session.finish_save(job, outcome, error)
        if error is not None:
            self._record_failure(error)
            return
        self._failures = 0
        self.error = None
        log.info("case %s saved (revision %d, %.3f s)", self._session.case_id,
                 outcome.revision if outcome else -1, outcome.seconds if outcome else 0.0)
        if self._disposed:
            self._set_state(SaveState.SAVED)
            return
        if self._again or (self._session.dirty and not self._session.is_computing()):
            self._timer.start(self._debounce_ms)
            self._set_state(SaveState.PENDING)
        elif self._session.dirty:
            # Saved, but with figures a worker is still computing (a large register):
            # the session says when they are in, and the case is saved then, once.
            self._set_state(SaveState.PENDING)
        else:
            self._set_state(SaveState.SAVED)

    def _record_failure(self, error: CaseFileError) -> None:
        self.error = error
        if isinstance(error, ChangedOnDisk):
            log.warning("case %s changed on disk; autosave stopped", self._session.case_id)
            self._timer.stop()
            self._set_state(SaveState.CONFLICT)
            self.conflict.emit()
            return
        log.warning("case %s not saved: %s", self._session.case_id, error)
        delay = self._retry_delays_ms[min(self._failures, len(self._retry_delays_ms) - 1)]
        self._failures += 1
        if not self._disposed:
            self._timer.start(delay)
        self._set_state(SaveState.FAILED)

    def _set_state(self, state: SaveState) -> None:
        self.state = state
        self.state_changed.emit()
