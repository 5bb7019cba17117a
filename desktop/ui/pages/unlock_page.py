"""The unlock page: asks for the passphrase on later starts and after a lock.

A wrong passphrase gets a message and a growing pause before the next try
(0, 1, 2, 4, 8 … seconds, at most 30), shown as a countdown. The service
counts the wrong tries and keeps the count on disk (services/unlock_backoff.py),
so a restart shows the rest of the pause too; `wait()` asks it how long.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.casefile.errors import CaseFileError, WrongPassphrase
from desktop.ui.common import message_label, show_message
from desktop.ui.dialogs.base import passphrase_edit
from desktop.ui.messages import message_for
from desktop.ui.pages.centered import CenteredPage
from desktop.ui.worker import BackgroundCall


class UnlockPage(CenteredPage):
    """Calls `unlock(passphrase)` on a worker thread; emits `unlocked` when it worked."""

    unlocked = Signal()

    def __init__(self, unlock: Callable[[str], None], parent: QWidget | None = None, *,
                 wait: Callable[[], int] = lambda: 0, demo_passphrase: str = "",
                 tick_ms: int = 1000):
        super().__init__("unlockPage", self.tr("Nærvær er låst"), parent)
        self._unlock = unlock
        self._wait = wait
        self._call: BackgroundCall | None = None
        self._remaining = 0
        self.notice = message_label("lockNotice", "hint")
        self.column.addWidget(self.notice)
        self.add_text(self.tr("Skriv passordfrasen din for å låse opp sakene."))
        if demo_passphrase:
            self.add_text(self.tr("Dette er en demo. Passordfrasen er «%1».")
                          .replace("%1", demo_passphrase), "demoHint", "hint")
        label = QLabel(self.tr("Passordfrase"))
        self.passphrase = passphrase_edit("unlockPassphrase", self.tr("Passordfrase"))
        label.setBuddy(self.passphrase)
        self.passphrase.returnPressed.connect(self.submit)
        self.column.addWidget(label)
        self.column.addWidget(self.passphrase)
        self.error = message_label("unlockError")
        self.countdown = message_label("unlockCountdown", "hint")
        self.progress = message_label("unlockProgress", "hint")
        self.button = QPushButton(self.tr("Lås opp"))
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        for widget in (self.error, self.countdown, self.progress):
            self.column.addWidget(widget)
        self.column.addLayout(row)
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self.tick)
        self._start_wait(self._wait())  # a pause left from before a restart

    # --- public ----------------------------------------------------------------------
    @property
    def waiting(self) -> bool:
        return self._remaining > 0

    def reset(self, notice: str = "") -> None:
        """Shown again (after a lock): empty field, optional notice about the lock."""
        self.passphrase.clear()
        show_message(self.error, "")
        show_message(self.notice, notice)
        if not self.waiting:
            self._start_wait(self._wait())
        self.passphrase.setFocus()

    def submit(self) -> None:
        if self._call is not None or self.waiting:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            show_message(self.error, self.tr("Skriv inn passordfrasen."))
            return
        self._set_busy(True)
        self._call = BackgroundCall(lambda: self._unlock(passphrase), self._done, self)
        self._call.start()

    # --- internals ----------------------------------------------------------------------
    def _done(self, _result: object, error: BaseException | None) -> None:
        self._call = None
        self._set_busy(False)
        self.passphrase.clear()
        if error is None:
            show_message(self.error, "")
            show_message(self.notice, "")
            self.unlocked.emit()
            return
        if isinstance(error, WrongPassphrase):
            show_message(self.error, message_for(error))
            self._start_wait(self._wait())
        elif isinstance(error, (CaseFileError, OSError)):
            show_message(self.error, message_for(error, about_vault=True))
        else:
            raise error
        self.passphrase.setFocus()

    def _start_wait(self, seconds: int) -> None:
        self._remaining = max(seconds, 0)
        if self._remaining:
            self.button.setEnabled(False)
            self._show_countdown()
            self._tick.start()

    def tick(self) -> None:
        """One second of the pause has passed (the timer calls this; tests may too)."""
        if self._remaining <= 0:
            return
        self._remaining -= 1
        if self._remaining <= 0:
            self._remaining = 0
            self._tick.stop()
            self.button.setEnabled(True)
            show_message(self.countdown, "")
        else:
            self._show_countdown()

    def _show_countdown(self) -> None:
        if self._remaining == 1:
            text = self.tr("Du kan prøve igjen om 1 sekund.")
        else:
            text = self.tr("Du kan prøve igjen om %1 sekunder.").replace("%1", str(self._remaining))
        show_message(self.countdown, text)

    def _set_busy(self, busy: bool) -> None:
        show_message(self.progress, self.tr("Låser opp …") if busy else "")
        self.button.setEnabled(not busy and not self.waiting)
        self.passphrase.setEnabled(not busy)
