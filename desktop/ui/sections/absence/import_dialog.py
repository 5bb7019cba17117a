"""CSV import: every line checked and shown before anything is stored; the
good lines go in as one change (one undo); Avbryt stores nothing.

A big file is read on a worker thread (the first lines show at once) and
stored in short parts between repaints, each with a progress bar; Avbryt
stops either and leaves the register as it was."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.absence import AbsenceRecord
from desktop.domain.absence_csv import ImportReader
from desktop.ui.dialogs.base import Dialog
from desktop.ui.sections.absence.import_model import (
    FIRST_LINES,
    ImportLinesModel,
    PreviewReading,
)
from desktop.ui.widgets.absence_editing import AbsenceEditing
from desktop.ui.widgets.collector_pause import CollectorPause

SLICE_SECONDS = 0.015  # storing in parts: the window repaints between them
PROGRESS_SECONDS = 0.1


class ImportDialog(Dialog):
    def __init__(self, parent: QWidget, absence: AbsenceEditing, reader: ImportReader,
                 file_name: str):
        super().__init__(parent, self.tr("Importer fravær"), "importDialog")
        self._absence = absence
        self._reader = reader
        self._reading: PreviewReading | None = None
        self._to_store: list[AbsenceRecord] = []
        self._stored: list[AbsenceRecord] = []
        self._progress_shown = 0.0
        self._errors = self._duplicates = 0
        self._storing = QTimer(self)
        self._storing.setInterval(0)
        self._storing.timeout.connect(self._store_part)
        self._finishing = False  # stored: being handed over and closed, a step per turn
        title = QLabel(self.tr("Fil: %1 (%2, skilletegn «%3»)").replace("%1", file_name)
                       .replace("%2", reader.encoding).replace("%3", reader.separator))
        title.setWordWrap(True)
        self.encoding_note = QLabel(self._encoding_note())
        self.encoding_note.setObjectName("importEncodingNote")
        self.encoding_note.setWordWrap(True)
        self.encoding_note.setVisible(bool(reader.windows_lines))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.model = ImportLinesModel(self)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setAccessibleName(self.tr("Linjene i filen"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Rows of one height: adding 100 000 rows need not measure each one.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setResizeContentsPrecision(50)  # not all 200 first rows
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Hvor langt importen er kommet"))
        self.progress.setRange(0, reader.total)
        self.box = self.button_box(self.tr("Importer"), "importAccept")
        self.accept_button = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.accept_button.setEnabled(False)
        layout = QVBoxLayout(self)
        for widget in (title, self.encoding_note):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.box)
        self.resize(760, 480)
        self._collector = collector = CollectorPause()
        self.finished.connect(lambda _result: collector.end())
        self.destroyed.connect(lambda *_: collector.end())  # closed with its window
        self._read_first_lines()

    # --- reading ------------------------------------------------------------------------
    def _encoding_note(self) -> str:
        lines = self._reader.windows_lines
        shown = ", ".join(str(n) for n in lines[:10]) + (" …" if len(lines) > 10 else "")
        return (self.tr("Filen er UTF-8, men %n linje(r) er ikke det og er lest som "
                        "Windows-1252: ", "", len(lines)) + shown + ".")

    def _read_first_lines(self) -> None:
        lines = self._reader.lines()
        first = []
        for line in lines:
            first.append(line)
            if len(first) >= FIRST_LINES:
                break
        self._count(first)
        self.model.append(first)
        self.table.resizeColumnsToContents()
        if len(first) < FIRST_LINES:
            self._read_done()
            return
        self.summary.setText(self.tr("Leser filen …"))
        self._collector.begin()  # a long file: no 40–80 ms collector passes meanwhile
        self._reading = PreviewReading(lines, self)
        self._reading.batch.connect(self._add_batch)
        self._reading.done.connect(self._read_done)
        self._reading.start()

    def _count(self, lines) -> None:
        """Counted as the lines come, so the end of a long read costs nothing."""
        for line in lines:
            if line.ok:
                self._to_store.append(line.record)
            elif line.error:
                self._errors += 1
            else:
                self._duplicates += 1

    def _add_batch(self, lines) -> None:
        self._count(lines)
        self.model.append(lines)
        self._show_progress(self._reader.position)

    def _show_progress(self, value: int) -> None:
        """At most ten times a second: QProgressBar repaints at once on each change."""
        now = time.perf_counter()
        if now - self._progress_shown >= PROGRESS_SECONDS or value >= self.progress.maximum():
            self._progress_shown = now
            self.progress.setValue(value)

    def _read_done(self) -> None:
        self._reading = None
        self.progress.setValue(self.progress.maximum())
        count, errors, duplicates = len(self._to_store), self._errors, self._duplicates
        self.summary.setText(
            self.tr("%1 linjer kan importeres. %2 har feil og %3 finnes fra før; de hoppes "
                    "over. Ingenting lagres før du velger Importer.")
            .replace("%1", str(count)).replace("%2", str(errors))
            .replace("%3", str(duplicates)))
        self.accept_button.setText(self.tr("Importer %1 linjer").replace("%1", str(count)))
        self.accept_button.setEnabled(count > 0)

    @property
    def reading(self) -> bool:
        return self._reading is not None

    # --- storing ------------------------------------------------------------------------
    @property
    def storing(self) -> bool:
        return self._storing.isActive() or self._finishing

    def accept(self) -> None:
        if self.reading or self.storing or not self._to_store:
            return
        self.accept_button.setEnabled(False)
        self.progress.setRange(0, len(self._to_store))
        self.progress.setValue(0)
        self.summary.setText(self.tr("Importerer …"))
        self._store_part()
        if len(self._stored) < len(self._to_store):
            self._storing.start()

    def _store_part(self) -> None:
        register = self._absence.register
        started = time.perf_counter()
        total = len(self._to_store)
        while len(self._stored) < total and time.perf_counter() - started < SLICE_SECONDS:
            done = len(self._stored)
            self._stored += register.add_records_in_part(self._to_store[done:done + 50])
        self._show_progress(len(self._stored))
        if len(self._stored) >= total:
            if not self._storing.isActive():  # stored in one part: done at once
                self._finish()
                return
            # A long import ends in two turns of the event loop, so the window
            # repaints between them: first the dialog goes away (that alone
            # costs tens of milliseconds: every widget of the window is told it
            # is no longer blocked, through the program's event filters), then
            # the undo entry, which asks the sections for new figures (computed
            # on a worker that starts a turn later, when the window is free).
            self._storing.stop()
            self._finishing = True
            self.hide()
            QTimer.singleShot(0, self, self._hand_over)

    def _hand_over(self) -> None:
        self._finishing = False
        self._finish()

    def _finish(self) -> None:
        self._absence.imported(self._stored)
        super().accept()

    def reject(self) -> None:
        """Avbryt: stops reading or storing; what was stored so far is taken out.
        Once everything is stored the import completes (it closes a moment later)."""
        if self._finishing:
            return
        if self._reading is not None:
            self._reading.cancel()
            self._reading.wait()
            self._reading = None
        if self.storing:
            self._storing.stop()
            self._absence.register.remove_records([r.id for r in self._stored])
            self._stored = []
        super().reject()
