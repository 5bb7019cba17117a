"""Fil → Tomt skjema til papir: asks where to save a blank agreement, evaluation
or kartlegging sheet and writes it off the UI thread. The forms hold no case data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from desktop.services.blank_forms import FILE_NAMES, write_blank_form
from desktop.ui.worker import BackgroundCall


def _t(text: str) -> str:
    return QCoreApplication.translate("blank_forms", text)


def save_blank_form(window: QMainWindow, kind: str, local_forms: Path | None) -> QFileDialog:
    titles = {"agreement": _t("Lagre tom samarbeidsavtale"),
              "evaluation": _t("Lagre tomt evalueringsskjema"),
              "conversation": _t("Lagre tomt kartleggingsskjema")}
    dialog = QFileDialog(window, titles[kind])
    dialog.setObjectName("blankFormDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(_t("PDF-filer (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.selectFile(FILE_NAMES[kind])
    dialog.fileSelected.connect(lambda path: _write(window, kind, Path(path), local_forms))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _write(window: QMainWindow, kind: str, path: Path, local_forms: Path | None) -> None:
    status = window.statusBar()

    def done(_result, error) -> None:
        if error is None:
            status.showMessage(_t("Tomt skjema lagret: %1").replace("%1", str(path)), 10000)
        else:
            status.showMessage(_t("Skjemaet kunne ikke lagres i %1. Velg en annen mappe.")
                               .replace("%1", str(path.parent)), 10000)

    status.showMessage(_t("Lager PDF …"))
    window.blank_form_call = BackgroundCall(lambda: write_blank_form(kind, path, local_forms),
                                            done, window).start()
