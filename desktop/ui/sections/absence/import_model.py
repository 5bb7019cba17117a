"""The import preview's rows, and reading a file into them off the UI thread.

A 100 000-line file froze the window for 6.7 s: now the first lines are read
at once (FIRST_LINES), the rest on a worker thread that hands them over in
batches; the table is a model (a row costs nothing until it is shown)."""

from __future__ import annotations

import sys
import threading
import time
from typing import Iterator

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from desktop.domain.absence import AbsenceInputError
from desktop.domain.absence_csv import ImportLine
from desktop.ui.widgets.absence_texts import (
    day_label,
    input_error_text,
    reason_label,
    what_label,
)

FIRST_LINES = 200
BATCH_SECONDS = 0.05
# While the worker runs Python, each call from Qt into Python on the UI thread
# (the table asking for a cell) waits for the interpreter lock up to the switch
# interval (5 ms): a repaint of 100 cells could wait half a second. A shorter
# interval while reading keeps a repaint within a few milliseconds.
READING_SWITCH_INTERVAL = 0.0002


def _t(text: str) -> str:
    return QCoreApplication.translate("import", text)


def line_problem(line: ImportLine) -> str:
    if line.duplicate:
        return _t("Finnes fra før – hoppes over")
    texts = {
        "columns": _t("For få kolonner (dato;type;timer;dokumentert;årsak)"),
        "type": _t("Ukjent type «%1» (dag, timer, forsent eller forlot)"),
        "documented": _t("«%1» – skriv ja eller nei under dokumentert"),
        "minutes": _t("«%1» – skriv minutter for sent som et tall"),
        "csv": _t("Filen kan ikke leses som CSV herfra (for eksempel et anførselstegn som "
                  "aldri lukkes)"),
        "spans_lines": _t("Linje %1 er én post: et anførselstegn som ikke lukkes? Hoppes over"),
        "too_long": _t("En celle er lengre enn %1 tegn – hoppes over"),
    }
    if line.error in texts:
        return texts[line.error].replace("%1", line.detail)
    if line.error == "lessons" and not line.detail:
        return _t("Skriv hvilke timer")
    return input_error_text(AbsenceInputError(line.error, line.detail))


class ImportLinesModel(QAbstractTableModel):
    """Line, date, what, reason, remark: one row per line of the file."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.lines: list[ImportLine] = []
        self._headers = [_t("Linje"), _t("Dato"), _t("Fravær"), _t("Årsak"), _t("Merknad")]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self.text(index.row(), index.column())

    def text(self, row: int, column: int) -> str:
        line = self.lines[row]
        record = line.record
        if column == 0:
            return str(line.line)
        if column == 4:
            return line_problem(line) if (line.error or line.duplicate) else _t("OK")
        if record is None:
            return ""
        return (day_label, what_label, lambda r: reason_label(r.reason))[column - 1](record)

    def append(self, lines: list[ImportLine]) -> None:
        if lines:
            first = len(self.lines)
            self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
            self.lines.extend(lines)
            self.endInsertRows()


class PreviewReading(QObject):
    """Reads the rest of a file on a worker thread; `batch` brings lines to the
    UI thread, `done` says the end was reached. `cancel()` stops it."""

    batch = Signal(object)
    done = Signal()

    def __init__(self, lines: Iterator[ImportLine], parent: QObject | None = None):
        super().__init__(parent)
        self._lines = lines
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="naervaer-csv", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self) -> None:
        """Joins the worker (tests, and before the dialog goes away)."""
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        pending: list[ImportLine] = []
        last = time.monotonic()
        before = sys.getswitchinterval()
        sys.setswitchinterval(READING_SWITCH_INTERVAL)
        try:
            for line in self._lines:
                if self._stop.is_set():
                    return
                pending.append(line)
                if time.monotonic() - last >= BATCH_SECONDS:
                    self.batch.emit(pending)
                    pending, last = [], time.monotonic()
            self.batch.emit(pending)
            self.done.emit()
        except RuntimeError:  # the dialog was closed meanwhile
            pass
        finally:
            sys.setswitchinterval(before)
