"""CSV import: every line checked and shown before anything is stored; the
good lines go in as one change (one undo); Avbryt stores nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.absence import AbsenceInputError
from desktop.domain.absence_csv import ImportLine, ImportPreview
from desktop.ui.dialogs.base import Dialog
from desktop.ui.widgets.absence_editing import AbsenceEditing
from desktop.ui.widgets.absence_texts import day_label, input_error_text, reason_label, what_label


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
    }
    if line.error in texts:
        return texts[line.error].replace("%1", line.detail)
    if line.error == "lessons" and not line.detail:
        return _t("Skriv hvilke timer")
    return input_error_text(AbsenceInputError(line.error, line.detail))


class ImportDialog(Dialog):
    def __init__(self, parent: QWidget, absence: AbsenceEditing, result: ImportPreview,
                 file_name: str):
        super().__init__(parent, self.tr("Importer fravær"), "importDialog")
        self._absence = absence
        self._result = result
        title = QLabel(self.tr("Fil: %1 (%2, skilletegn «%3»)").replace("%1", file_name)
                       .replace("%2", result.encoding).replace("%3", result.separator))
        title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(result.lines), 5)
        self.table.setObjectName("importPreview")
        self.table.setAccessibleName(self.tr("Linjene i filen"))
        self.table.setHorizontalHeaderLabels([self.tr("Linje"), self.tr("Dato"),
                                              self.tr("Fravær"), self.tr("Årsak"),
                                              self.tr("Merknad")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for row, line in enumerate(result.lines):
            record = line.record
            values = [str(line.line), day_label(record) if record else "",
                      what_label(record) if record else "",
                      reason_label(record.reason) if record else "",
                      line_problem(line) if (line.error or line.duplicate) else self.tr("OK")]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        count = len(result.records())
        self.summary.setText(
            self.tr("%1 linjer kan importeres. %2 har feil og %3 finnes fra før; de hoppes "
                    "over. Ingenting lagres før du velger Importer.")
            .replace("%1", str(count)).replace("%2", str(result.errors))
            .replace("%3", str(result.duplicates)))
        box = self.button_box(self.tr("Importer %1 linjer").replace("%1", str(count)),
                              "importAccept")
        box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(box)
        self.resize(760, 480)

    def accept(self) -> None:
        records = self._result.records()
        if records:
            self._absence.add_records(records)
        super().accept()
