"""Attaching a scan of a signed paper (an agreement, a consent): choosing the file
and reading it with a limit. The bytes go into the encrypted case; nothing is
copied anywhere else."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.domain.safe_parse import InputProblem, UnsafeInput, read_bytes

MAX_SCAN_BYTES = 50 * 1024 * 1024  # a scanned page is a few MB; more is a wrong file


def _t(text: str) -> str:
    return QCoreApplication.translate("scan_file", text)


def choose_scan(parent: QWidget, title: str, name: str,
                chosen: Callable[[Path], None]) -> QFileDialog:
    """The file dialog (not modal for tests: `open()`); `chosen(path)` when picked."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName(name)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(_t("Bilder og PDF (*.png *.jpg *.jpeg *.pdf)"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def read_scan(path: Path) -> tuple[bytes | None, str]:
    """(the file's bytes, "") or (None, why not, in Norwegian). Regular files only:
    never a FIFO or a device."""
    try:
        return read_bytes(path, MAX_SCAN_BYTES), ""
    except UnsafeInput as exc:
        return None, (_t("Filen er større enn 50 MB. Skann med lavere oppløsning og prøv igjen.")
                      if exc.problem is InputProblem.TOO_LARGE
                      else _t("Filen kunne ikke leses. Velg en annen fil."))
