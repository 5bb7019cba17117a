"""The log file: naervaer.log, rolled over to naervaer.log.1 … .N at a size.

What logging.handlers.RotatingFileHandler does, without importing
logging.handlers: that module imports socket (whose address-family enums are
built from every constant of _socket), pickle and queue for its other handlers,
~10 ms of every start for a file that only needs os.replace.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path


class RotatingLogFile(logging.FileHandler):
    """Appends to `path`; a record that would take the file to `max_bytes` or more
    first moves it to `path`.1 (and .1 to .2 …, keeping `backups` old files).
    With `max_bytes` or `backups` 0 the file only grows, as in logging.handlers."""

    def __init__(self, path: Path, max_bytes: int, backups: int):
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._roll_over()
        except Exception:  # noqa: BLE001 - as logging does: a log problem never stops the program
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        if self.max_bytes <= 0 or self.backups <= 0 or not os.path.isfile(self.baseFilename):
            return False
        self.stream.seek(0, 2)  # the end, also after another process wrote
        return self.stream.tell() + len(f"{self.format(record)}{self.terminator}") >= self.max_bytes

    def _roll_over(self) -> None:
        self.stream.close()
        self.stream = None
        base = self.baseFilename
        for index in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{index}"):
                os.replace(f"{base}.{index}", f"{base}.{index + 1}")
        os.replace(base, f"{base}.1")
        self.stream = self._open()
