"""The one "Lagre som PDF" file dialog every section uses.

Where the last PDF went is kept in the program's own settings (by the main
window, through `pdf_folder.use_pdf_folder`), never a folder that names a pupil
(services/output_folder.py). Qt's widget file dialog also writes its last
folder and history to the user's QtProject settings (QtProject.conf, or the
registry on Windows), shared by every Qt program, when it is destroyed: the
group is read before the dialog opens and put back as it was after it is gone,
so other programs keep theirs and ours leaves no trace. The native dialogs
keep lists of their own (recent files), so the Qt dialog is used.

Every PDF (agreement, evaluation, minutes, tiltakssirkel, opptrappingsplan,
conversation summary, blank forms) says the same thing, at the same moments,
about a PDF not being encrypted: in the dialog, in the note while choosing
(`tell`), and when it is written (`pdf_saved_text`).

Inside an open case the dialog also asks to whom the PDF goes and who gives it
out (disclosure_fields.py); the ExportJob started from `on_path` logs it in the
case's utleveringslogg with its document id (services/disclosure.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.ui.widgets import pdf_folder

_QT_GROUP = "FileDialog"


def _qt_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")  # the one QFileDialog uses


def qt_file_dialog_state() -> dict:
    """What Qt's file dialogs have recorded (last folder, history …)."""
    settings = _qt_settings()
    settings.beginGroup(_QT_GROUP)
    return {key: settings.value(key) for key in settings.allKeys()}


def restore_qt_file_dialog_state(state: dict) -> None:
    settings = _qt_settings()
    settings.remove(_QT_GROUP)
    settings.beginGroup(_QT_GROUP)
    for key, value in state.items():
        settings.setValue(key, value)
    settings.endGroup()
    settings.sync()


def _t(text: str) -> str:
    return QCoreApplication.translate("pdf_save", text)


def pdf_warning_text() -> str:
    """Shown while the user chooses where: before any file exists."""
    return _t("Merk: en PDF er ikke kryptert. Lagre den bare der taushetsbelagte papirer "
              "kan ligge.")


def pdf_saved_text(path: Path, document_id: str = "") -> str:
    if document_id:
        return (_t("PDF lagret i %1 som Dok. %2 (ført i utleveringsloggen). En PDF er ikke "
                   "kryptert: oppbevar den som papir med taushetsbelagte opplysninger.")
                .replace("%1", str(path)).replace("%2", document_id))
    return _t("PDF lagret i %1. En PDF er ikke kryptert: oppbevar den som papir med "
              "taushetsbelagte opplysninger.").replace("%1", str(path))


def no_printer_text() -> str:
    return _t("Ingen skriver er satt opp på denne maskinen, så ingenting er skrevet ut. "
              "Lagre dokumentet som PDF og skriv det ut fra en annen maskin, eller be den "
              "som har ansvar for maskinen om å sette opp en skriver.")


def ask_pdf_path(host: QWidget, title: str, file_name: str, object_name: str,
                 on_path: Callable[[Path], None],
                 tell: Callable[[str], None] | None = None) -> QFileDialog:
    """Opens (open(), not exec()) a save dialog for a PDF; `on_path(path)` when chosen.
    The dialog says a PDF is not encrypted; `tell` shows it in the caller's note too."""
    dialog = _save_dialog(host, title, file_name, object_name, _t("PDF-filer (*.pdf)"), "pdf",
                          on_path)
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, _t("En PDF er ikke kryptert:"))
    if tell is not None:
        tell(pdf_warning_text())
    dialog.open()
    return dialog


def ask_csv_path(host: QWidget, title: str, file_name: str, object_name: str,
                 on_path: Callable[[Path], None]) -> QFileDialog:
    """The same save dialog (same remembered folder, no trace in Qt's own
    settings) for a semicolon-separated file for Excel."""
    dialog = _save_dialog(host, title, file_name, object_name,
                          _t("CSV-filer for Excel (*.csv)"), "csv", on_path)
    dialog.open()
    return dialog


def _save_dialog(host: QWidget, title: str, file_name: str, object_name: str,
                 name_filter: str, suffix: str, on_path: Callable[[Path], None]) -> QFileDialog:
    # The disclosure log's code (services, casefile) only when a dialog opens.
    from desktop.ui.widgets.disclosure_fields import add_disclosure_fields, handing_out

    dialog = QFileDialog(host, title)
    dialog.setObjectName(object_name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    folder = pdf_folder.last_folder()
    dialog.setDirectory(folder if folder and Path(folder).is_dir() else str(Path.home()))
    dialog.setHistory([])
    dialog.selectFile(file_name)
    fields = add_disclosure_fields(dialog, host)  # Til / Utlevert av, inside a case

    def chosen(path: str) -> None:
        pdf_folder.remember(Path(path).parent)
        with handing_out(*(fields.values() if fields is not None else ("", ""))):
            on_path(Path(path))

    before = qt_file_dialog_state()
    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    # Qt writes its state as the dialog goes; put back what was there.
    dialog.destroyed.connect(lambda: restore_qt_file_dialog_state(before))
    return dialog
