"""The case list as a Qt table model, plus the proxy that searches, sorts and
hides archived cases. Damaged or unreadable files are rows too: greyed, with a
warning icon and the reason in Norwegian, and never opened."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from desktop.domain.case_closing import is_past
from desktop.domain.validation import format_date
from desktop.services.app_service import today
from desktop.ui.labels import grade_label
from desktop.ui.messages import message_for

NAME, GRADE, SCHOOL, PHASE, NEXT_DUE, DELETE_BY = range(6)

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 2
DAMAGED_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
NAME_ROLE = Qt.ItemDataRole.UserRole + 5
BACKUP_ROLE = Qt.ItemDataRole.UserRole + 6  # a damaged file has a readable backup
DELETE_DUE_ROLE = Qt.ItemDataRole.UserRole + 7  # closed, and its delete-by date has come
CLOSED_ROLE = Qt.ItemDataRole.UserRole + 8  # closed (Avslutt saken), with a delete-by date

Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractTableModel):
    """Rows of service CaseEntry objects (case_id, path, summary, error)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[Any] = []
        self._today = today()

    def set_entries(self, entries: list[Any]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._today = today()  # what "past its delete-by date" is measured against
        self.endResetModel()

    def _delete_due(self, summary: Any) -> bool:
        return bool(summary and summary.closed_on and is_past(summary.delete_by, self._today))

    def clear(self) -> None:
        """Forget every name (the program is being locked)."""
        self.set_entries([])

    def entries(self) -> list[Any]:
        """The CaseEntry values listed (archived and damaged ones included)."""
        return list(self._entries)

    def entry_count(self) -> int:
        return len(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt names)
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Navn"), self.tr("Trinn"), self.tr("Skole"), self.tr("Fase"),
                self.tr("Neste frist"), self.tr("Slettes"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Damaged rows stay selectable so the reason can be read and copied.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        summary = entry.summary
        damaged = entry.error is not None or summary is None
        column = index.column()
        if role == CASE_ID_ROLE:
            return entry.case_id
        if role == DAMAGED_ROLE:
            return damaged
        if role == ARCHIVED_ROLE:
            return bool(summary and summary.archived)
        if role == NAME_ROLE:
            return summary.name if summary else ""
        if role == BACKUP_ROLE:
            return damaged and getattr(entry, "backup", None) is not None
        if role == DELETE_DUE_ROLE:
            return not damaged and self._delete_due(summary)
        if role == CLOSED_ROLE:
            return bool(not damaged and summary.closed_on)
        if damaged:
            return self._damaged_data(entry, column, role)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(summary, column, role == SORT_ROLE)
        if column == DELETE_BY and self._delete_due(summary):
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Slettedatoen er passert: saken kan slettes.")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#b3261e"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (SCHOOL, PHASE) \
                and self._text(summary, column, False):
            return self._text(summary, column, False)  # the column may cut it
        if role == Qt.ItemDataRole.ToolTipRole and summary.closed_on:
            return self.tr("Avsluttet %1, arkivert").replace("%1", format_date(summary.closed_on))
        if role == Qt.ItemDataRole.ToolTipRole and summary.archived:
            return self.tr("Arkivert sak")
        if role == Qt.ItemDataRole.FontRole and summary.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and summary.archived:
            return QBrush(_grey())
        return None

    def _text(self, summary: Any, column: int, for_sorting: bool) -> str:
        if column == NAME:
            name = summary.name.strip() or self.tr("(uten navn)")
            return name if for_sorting or not summary.archived else name + self.tr(" (arkivert)")
        if column == GRADE:
            if for_sorting:  # 1 < 2 < … < 10 < vg1
                code = summary.grade
                return f"{int(code):02d}" if code.isdigit() else ("z" + code if code else "")
            return grade_label(summary.grade)
        if column == SCHOOL:
            return summary.school
        if column == PHASE:
            return summary.phase
        if column == DELETE_BY:
            day = summary.delete_by if summary.closed_on else None
            if for_sorting:
                return day.isoformat() if day else "9999"
            if day is None:
                return ""
            return format_date(day) + (self.tr(" (passert)") if self._delete_due(summary) else "")
        due = summary.next_due
        if for_sorting:
            return due.isoformat() if due else "9999"
        return format_date(due)

    def _damaged_data(self, entry: Any, column: int, role: int) -> Any:
        reason = message_for(entry.error) if entry.error is not None else ""
        backup = getattr(entry, "backup", None)
        if backup is not None:
            reason += " " + self.tr("Det finnes en sikkerhetskopi av saken til %1 som kan "
                                    "gjenopprettes.").replace("%1", backup.name or "?")
        if role == Qt.ItemDataRole.DisplayRole:
            return reason if column == NAME else ""
        if role == SORT_ROLE:
            return reason
        if role == Qt.ItemDataRole.ToolTipRole:
            return reason + "\n" + self.tr("Fil: %1").replace("%1", entry.path.name)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_grey())
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None


def _grey() -> QColor:
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class CaseFilterProxy(QSortFilterProxyModel):
    """Search as you type over every column; archived cases hidden unless asked for."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._show_archived = False
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)
        # Norwegian order: Á sorts with A, Æ Ø Å come last.
        self._collator = QCollator(QLocale(QLocale.Language.NorwegianBokmal,
                                           QLocale.Country.Norway))
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def show_archived(self) -> bool:
        return self._show_archived

    def set_show_archived(self, show: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._show_archived = show
            self.endFilterChange()
        else:
            self._show_archived = show
            self.invalidateRowsFilter()

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        left_damaged, right_damaged = left.data(DAMAGED_ROLE), right.data(DAMAGED_ROLE)
        if left_damaged != right_damaged:
            return bool(right_damaged)  # damaged files after the cases
        return self._collator.compare(left.data(SORT_ROLE) or "",
                                      right.data(SORT_ROLE) or "") < 0

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not self._show_archived and model.data(index, ARCHIVED_ROLE):
            return False
        return super().filterAcceptsRow(source_row, source_parent)
