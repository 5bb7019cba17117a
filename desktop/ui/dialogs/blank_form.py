"""Fil → Tomt skjema til papir: asks where to save a blank agreement, evaluation
or kartlegging sheet and writes it off the UI thread. The forms hold no case data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from desktop.services.blank_forms import FILE_NAMES, write_blank_form
from desktop.ui.widgets.pdf_save import ask_pdf_path
from desktop.ui.worker import BackgroundCall


def _t(text: str) -> str:
    return QCoreApplication.translate("blank_forms", text)


def save_blank_form(window: QMainWindow, kind: str, local_forms: Path | None) -> QFileDialog:
    titles = {"agreement": _t("Lagre tom samarbeidsavtale"),
              "evaluation": _t("Lagre tomt evalueringsskjema"),
              "conversation": _t("Lagre tomt kartleggingsskjema")}
    dialog = ask_pdf_path(window, titles[kind], FILE_NAMES[kind], "blankFormDialog",
                          lambda path: _write(window, kind, path, local_forms))
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
