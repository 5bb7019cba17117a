"""The absence records as a table model (newest first)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.domain.absence import AbsenceRecord
from desktop.services.absence_figures import newest_first as sort_newest_first
from desktop.ui.widgets.absence_texts import day_label, reason_label, what_label

RECORD_ROLE = Qt.ItemDataRole.UserRole


class AbsenceTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._records: list[AbsenceRecord] = []
        self._headers = [self.tr("Dato"), self.tr("Fravær"), self.tr("Dokumentert"),
                         self.tr("Årsak")]

    def set_records(self, records: list[AbsenceRecord], newest_first: bool = False) -> None:
        """`newest_first`: the records are in the table's order already (sorted
        on a worker, for a long register)."""
        self.beginResetModel()
        self._records = list(records) if newest_first else sort_newest_first(records)
        self.endResetModel()

    def record(self, row: int) -> AbsenceRecord:
        return self._records[row]

    def row_of(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._records) if r.id == record_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._records[index.row()]
        if role == RECORD_ROLE:
            return record
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return day_label(record)
        if column == 1:
            return what_label(record)
        if column == 2:
            if not record.is_absence:
                return ""
            return self.tr("Ja") if record.documented else self.tr("Nei")
        reason = reason_label(record.reason)
        if record.reason_text:
            reason += f": {record.reason_text}"
        if record.settled:
            reason += " " + self.tr("(avklart)")
        return reason
