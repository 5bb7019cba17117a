"""Innstillinger, built from SETTING_SPECS (settings are data, not a hand-made form)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.settings import SETTING_SPECS, Settings
from desktop.ui.dialogs.base import Dialog


class SettingsDialog(Dialog):
    """One editor per SettingSpec; on OK the values go into `settings` and `save()` runs."""

    def __init__(self, parent: QWidget, settings: Settings, save: Callable[[], None]):
        super().__init__(parent, self.tr("Innstillinger"), "settingsDialog")
        self._settings = settings
        self._save = save
        self._editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for spec in SETTING_SPECS:
            # Labels are data in desktop/settings.py, already in Norwegian.
            label = QCoreApplication.translate("settings", spec.label)
            value = getattr(settings, spec.key)
            if spec.kind == "bool":
                editor = QCheckBox(label)
                editor.setChecked(bool(value))
                form.addRow(editor)
            elif spec.kind == "choice":
                editor = QComboBox()
                for stored, text in spec.choices:
                    editor.addItem(QCoreApplication.translate("settings", text), stored)
                editor.setCurrentIndex(max(editor.findData(value), 0))
                row_label = QLabel(label)
                row_label.setBuddy(editor)
                form.addRow(row_label, editor)
            else:
                editor = QSpinBox()
                editor.setRange(spec.minimum, spec.maximum)
                editor.setSuffix(QCoreApplication.translate("settings", spec.suffix))
                editor.setValue(int(value))
                row_label = QLabel(label)
                row_label.setBuddy(editor)
                form.addRow(row_label, editor)
            editor.setObjectName("setting_" + spec.key)
            editor.setAccessibleName(label)
            self._editors[spec.key] = editor
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.button_box(self.tr("Lagre")))

    def editor(self, key: str) -> QWidget:
        return self._editors[key]

    def accept(self) -> None:
        for spec in SETTING_SPECS:
            editor = self._editors[spec.key]
            if isinstance(editor, QCheckBox):
                value = editor.isChecked()
            elif isinstance(editor, QComboBox):
                value = editor.currentData()
            else:
                value = editor.value()
            setattr(self._settings, spec.key, value)
        self._save()
        super().accept()
