"""Choosing a new passphrase (first start, Bytt passordfrase): one check for
both places, with a live estimate of how long it would take to guess."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop.domain.validation import passphrase_problem
from desktop.services.passphrase_strength import estimate, warm
from desktop.ui.common import show_message
from desktop.ui.messages import message_for, passphrase_strength_text


class NewPassphraseCheck(QObject):
    """Shows the estimate under the new passphrase as it is typed, and says
    at submit why a passphrase is refused (too short, the two differ, too easy
    to guess for someone who has copied the key file)."""

    def __init__(self, new_edit: QLineEdit, repeat_edit: QLineEdit, hint: QLabel):
        super().__init__(new_edit)
        self._new = new_edit
        self._repeat = repeat_edit
        self._hint = hint
        new_edit.textChanged.connect(self._update_hint)
        # zxcvbn builds its dictionaries at first use (~0.1 s): warmed on a thread when the
        # field is first shown — not at the first keystroke, and not while the program
        # starts (the main window builds the first-start page even when a vault exists).
        self._warming = False
        new_edit.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if not self._warming and event.type() == QEvent.Type.Show:
            self._warming = True
            threading.Thread(target=warm, name="naervaer-zxcvbn", daemon=True).start()
        return False

    def _update_hint(self, text: str) -> None:
        show_message(self._hint, passphrase_strength_text(estimate(text)) if text else "")

    def refusal(self) -> str | None:
        """Why the typed passphrase cannot be used, or None when it can."""
        new = self._new.text()
        problem = passphrase_problem(new)
        if problem is None:
            strength = estimate(new)
            if not strength.strong_enough:  # before "not the same": no retyping in vain
                return passphrase_strength_text(strength)
            problem = passphrase_problem(new, self._repeat.text())
        return message_for(problem) if problem is not None else None
