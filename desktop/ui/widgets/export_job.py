"""Writing a PDF without freezing the window (issue 16): the document is built
on a worker thread into a temporary file beside the target, which replaces
the target only when it is whole. A progress dialog (a busy bar and Avbryt)
appears when it takes more than a moment; Avbryt gives the window back at once
and no PDF is kept (the build finishes in the background and its file is
removed).

Issue 14: this is the one place a saved PDF is logged. Started for a widget
inside an open case, the job reserves the next document id, builds the PDF with
the id and check value in its footer and records it in the case's
utleveringslogg once the file is in place (services/disclosure.py says how).
A new kind of document gets all of it by writing through ExportJob.

Issue 18: the PDF is made in the case's written language (Oversikt → the
pupil's "Skriftspråk i dokumenter"), which may differ from the screen's."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.domain import language as doc_language
from desktop.domain.disclosure import Disclosure
from desktop.services.disclosure import write_stamped
from desktop.ui.widgets.disclosure_fields import disclosure_for, handed_out
from desktop.ui.widgets.pdf_save import pdf_saved_text
from desktop.ui.worker import BackgroundCall

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 400

# on_done(error, cancelled): error is None when the PDF is in place.
ExportDone = Callable[[BaseException | None, bool], None]


def export_failed_text(error: BaseException, path: Path, not_made: str) -> str:
    """The one message for a PDF that could not be written (a folder that does
    not exist, no permission, a full disk), or `not_made` for any other failure."""
    if isinstance(error, OSError):
        return (QCoreApplication.translate("export", "PDF-en kunne ikke lagres i %1. Velg en "
                                           "annen mappe og prøv igjen.")
                .replace("%1", str(path.parent)))
    return not_made


def case_language(session) -> str:
    """The written language of an open case's documents: the pupil's choice, or
    the program's own language when none was made."""
    return doc_language.written(
        session.pupil().language if session is not None and not session.closed else "")


def document_language_for(widget: QObject | None) -> str:
    """The document language for output started from `widget` (inside a case page
    the case's, elsewhere the program's)."""
    service = disclosure_for(widget)
    return case_language(service.session if service is not None else None)


def _part_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


class ExportJob(QObject):
    """One PDF being written; `done` once the worker is finished, `wait()` joins it.
    `title` says what it is in the utleveringslogg (default: the file name);
    `disclosed` is the log entry once written (None outside a case)."""

    def __init__(self, host: QWidget, write: Callable[[Path], None], path: Path,
                 on_done: ExportDone, title: str = "", language: str | None = None):
        super().__init__(host)
        self.path = path
        self.cancelled = False
        self._on_done = on_done
        self.disclosed: Disclosure | None = None
        self._log = disclosure_for(host)
        self._pending = (self._log.begin(title or path.stem, *handed_out())
                         if self._log is not None else None)
        pending = self._pending
        self.progress = QProgressDialog(self.tr("Lager PDF …"), self.tr("Avbryt"), 0, 0, host)
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("PDF-en lages"))
        self.progress.setWindowTitle(self.tr("Lager PDF"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)
        self.progress.canceled.connect(self.cancel)
        part = _part_path(path)
        language = language or document_language_for(host)

        def work() -> object:
            try:
                with doc_language.document_language(language):
                    written = (write_stamped(pending, write, part) if pending is not None
                               else write(part))
                if not self.cancelled:
                    os.replace(part, path)
                return written
            finally:
                if part.exists():
                    part.unlink()

        self.call = BackgroundCall(work, self._finished, self)
        self.progress.setValue(0)  # starts the dialog's show-after timer
        self.call.start()

    @property
    def done(self) -> bool:
        return self.call.done

    def wait(self) -> None:
        self.call.wait()

    def cancel(self) -> None:
        """Avbryt: the window is free now; the file is not kept."""
        if self.cancelled or self.call.done:
            return
        self.cancelled = True
        self.progress.hide()
        self._on_done(None, True)

    def _finished(self, result: object, error: BaseException | None) -> None:
        self.progress.hide()
        self.progress.deleteLater()
        if self._pending is not None and error is None and not self.cancelled:
            try:
                self.disclosed = self._log.record_pdf(self._pending, result, self.path)
            except Exception:  # the case was closed meanwhile: the PDF stays, unlogged
                log.exception("a saved PDF could not be recorded in the utleveringslogg")
        if not self.cancelled:
            self._on_done(error, False)


def export_with_note(host: QWidget, write: Callable[[Path], None], path: Path,
                     show: Callable[[str], None], not_made: str,
                     button: QWidget | None = None, title: str = "",
                     language: str | None = None) -> ExportJob:
    """The usual way: `show` says "Lager PDF …", then where it went, that it was
    cancelled, or why not; `button` is off meanwhile."""
    tr = lambda text: QCoreApplication.translate("export", text)  # noqa: E731

    def done(error: BaseException | None, cancelled: bool) -> None:
        if button is not None:
            button.setEnabled(True)
        if cancelled:
            show(tr("Avbrutt. Ingen PDF er lagret."))
        elif error is None:
            show(pdf_saved_text(path, job.disclosed.document_id if job.disclosed else ""))
        else:
            show(export_failed_text(error, path, not_made))

    if button is not None:
        button.setEnabled(False)
    show(tr("Lager PDF …"))
    job = ExportJob(host, write, path, done, title, language)
    return job
