"""The one "Lagre som PDF" dialog of every document (agreement, evaluation,
minutes, tiltakssirkel, opptrappingsplan, conversation summary): each says the
same thing, at the same moments, about a PDF not being encrypted."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

_CTX = "pdf_dialog"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def pdf_warning_text() -> str:
    """Shown while the user chooses where: before any file exists."""
    return _t("Merk: en PDF er ikke kryptert. Lagre den bare der taushetsbelagte papirer "
              "kan ligge.")


def pdf_saved_text(path: Path) -> str:
    return _t("PDF lagret i %1. En PDF er ikke kryptert: oppbevar den som papir med "
              "taushetsbelagte opplysninger.").replace("%1", str(path))


def no_printer_text() -> str:
    return _t("Ingen skriver er satt opp på denne maskinen, så ingenting er skrevet ut. "
              "Lagre dokumentet som PDF og skriv det ut fra en annen maskin, eller be den "
              "som har ansvar for maskinen om å sette opp en skriver.")


def pdf_save_dialog(host: QWidget, title: str, file_name: str, object_name: str,
                    on_path: Callable[[Path], None],
                    tell: Callable[[str], None]) -> QFileDialog:
    """Opens (open(), never exec()) the save dialog; `tell` shows the warning now,
    `on_path` gets the chosen file."""
    dialog = QFileDialog(host, title)
    dialog.setObjectName(object_name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(_t("PDF-filer (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, _t("En PDF er ikke kryptert:"))
    dialog.selectFile(file_name)
    tell(pdf_warning_text())
    dialog.fileSelected.connect(lambda path: on_path(Path(path)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
