"""Fravær: the entry line, the register as a table (edit, delete, undo) and
totals over the usual windows, documented and undocumented apart. In meeting
mode only the figures and the heat map show: no entry, no register with its
reasons and notes, no rule set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.absence_csv import ImportReader
from desktop.services.absence_figures import Figures, figures_of
from desktop.services.absence_register import default_rule_set_name, today
from desktop.ui.common import heading, reveal_section, show_message
from desktop.ui.sections.absence.entry import AbsenceEntry
from desktop.ui.sections.absence.heat_map import HeatMap
from desktop.ui.sections.absence.import_dialog import ImportDialog
from desktop.ui.sections.absence.insight_panel import InsightPanel
from desktop.ui.sections.absence.record_model import RECORD_ROLE, AbsenceTableModel
from desktop.ui.sections.absence.school_week_dialog import SchoolWeekDialog
from desktop.ui.undo import CaseEditing
from desktop.ui.widgets.absence_editing import RECORDS, RULES, AbsenceEditing
from desktop.ui.widgets.absence_figures import AbsenceFigures, StepRunner, updating_label
from desktop.ui.widgets.absence_texts import window_labels
from desktop.ui.widgets.meeting_mode import adult_only


class AbsenceSection(QScrollArea):
    """Scrolls as a whole, so a small window still shows every part."""

    def __init__(self, editing: CaseEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("absenceSection")
        self.setAccessibleName(self.tr("Fravær"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the entry line
        self.absence = AbsenceEditing.of(editing)
        self.figures = AbsenceFigures.of(editing)  # a long register: figures from a worker
        self._steps = StepRunner(self)
        self._default_name = ""

        self.entry = AbsenceEntry(self.absence)
        self.model = AbsenceTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("absenceTable")
        self.table.setAccessibleName(self.tr("Registrert fravær"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.edit_button = QPushButton(self.tr("Endre"))
        self.edit_button.setObjectName("absenceEdit")
        self.edit_button.setAccessibleName(self.tr("Endre valgt fravær"))
        self.week_button = QPushButton(self.tr("Skoleuke og fridager …"))
        self.week_button.setObjectName("absenceWeek")
        self.week_button.setAccessibleName(self.tr("Skoleuke og fridager"))
        self.import_button = QPushButton(self.tr("Importer CSV …"))
        self.import_button.setObjectName("absenceImport")
        self.import_button.setAccessibleName(self.tr("Importer fravær fra en CSV-fil"))
        self.delete_button = QPushButton(self.tr("Slett"))
        self.delete_button.setObjectName("absenceDelete")
        self.delete_button.setAccessibleName(self.tr("Slett valgt fravær"))
        self.totals = QTableWidget(0, 6)
        self.totals.setObjectName("absenceTotals")
        self.totals.setAccessibleName(self.tr("Fravær i tall"))
        self.totals.setHorizontalHeaderLabels([
            self.tr("Timer borte"), self.tr("Andel"), self.tr("Dok."),
            self.tr("Udok."), self.tr("Hele dager"), self.tr("For sent")])
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.totals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals.setToolTip(self.tr("Timer med fravær av skoletimene i perioden. Dok. = "
                                       "dokumentert, Udok. = udokumentert."))
        self.heat_map = HeatMap()
        self.rule_set_label = QLabel()
        self.rule_set_label.setObjectName("absenceRuleSet")
        self.rule_set_label.setProperty("role", "hint")
        self.insight = InsightPanel(self.absence.register.session, self.figures)
        self.updating = updating_label("absenceUpdating", self.tr("Tallene oppdateres"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.week_button)
        buttons.addWidget(self.import_button)
        register = QWidget()
        register.setObjectName("absenceRegister")
        left = QVBoxLayout(register)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        heat_title = QLabel(self.tr("Hvilke dager og timer er vanskelige? (antall ganger)"))
        heat_title.setWordWrap(True)
        right.addWidget(heat_title)
        right.addWidget(self.heat_map)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(register, 3)
        body.addLayout(right, 2)
        totals_title = QLabel(self.tr("Fravær i tall: timer borte av skoletimene, dokumentert "
                                      "(dok.) og udokumentert (udok.)"))
        totals_title.setBuddy(self.totals)
        content = QWidget()
        content.setObjectName("absenceContent")
        content.setMinimumHeight(700 + InsightPanel.HEIGHT)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        title_row = QHBoxLayout()
        title_row.addWidget(heading(self.tr("Fravær"), 14, "absenceHeading"))
        title_row.addWidget(self.updating)
        title_row.addStretch(1)
        title_row.addWidget(self.rule_set_label)
        layout.addLayout(title_row)
        layout.addWidget(self.entry)
        layout.addWidget(totals_title)
        layout.addWidget(self.totals)
        layout.addLayout(body, 1)
        layout.addWidget(self.insight)
        self.setWidget(content)
        adult_only(self.entry, register, self.rule_set_label)

        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.choose_import_file)
        self.week_button.clicked.connect(self.open_week)
        self.week_button.setEnabled(not self.absence.read_only)
        self.import_button.setEnabled(not self.absence.read_only)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self.entry.added.connect(lambda _records: self.refresh())
        self.absence.changed.connect(self._on_changed)
        self.absence.show_record.connect(self.reveal_record)
        self.insight.records_chosen.connect(self.select_records)
        self.figures.pending_changed.connect(self._figures_pending)
        self.figures.ready.connect(lambda figures: self.show_figures(figures, in_pieces=True))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def event(self, event: QEvent) -> bool:
        # The setting may have changed in Innstillinger while this case was open.
        if event.type() in (QEvent.Type.WindowActivate, QEvent.Type.Show) \
                and self._default_name != default_rule_set_name():
            self.absence.changed.emit(RULES)
        return super().event(event)

    def refresh(self) -> None:
        """Draws every figure from the register: at once for a short register;
        for a long one from figures computed on a worker (AbsenceFigures), with
        "Oppdaterer …" showing until they are in."""
        self._default_name = default_rule_set_name()
        if self.figures.wanted():
            current = self.figures.current()
            if current is None:
                self.figures.request()
                self.updating.setVisible(True)
            else:
                self.show_figures(current, in_pieces=True)
            return
        session = self.absence.register.session
        self.show_figures(figures_of(self.absence.register, today(), session.generation()))

    def show_figures(self, figures: Figures, in_pieces: bool = False) -> None:
        """In pieces: one step per turn of the event loop, so typing elsewhere
        and repainting go on between them."""
        self._steps.run([
            lambda: self.model.set_records(figures.records, newest_first=True),
            lambda: self._show_totals(figures),
            lambda: self.heat_map.set_counts(figures.heat, figures.week),
            lambda: self.insight.show_trend(figures.trend),
            lambda: self.insight.show_patterns(figures.patterns),
            lambda: self.insight.show_effects(figures.effects),
            self._figures_shown,
        ], at_once=not in_pieces)

    def _show_totals(self, figures: Figures) -> None:
        labels = window_labels()
        rows = figures.totals
        self.totals.setRowCount(len(rows))
        self.totals.setVerticalHeaderLabels([labels[t.key] for t in rows])
        for row, totals in enumerate(rows):
            values = [f"{totals.absent_lessons} / {totals.school_lessons}",
                      f"{totals.share:.1f} %".replace(".", ","),
                      str(totals.documented_lessons), str(totals.undocumented_lessons),
                      str(totals.whole_days), str(totals.late_arrivals)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.totals.setItem(row, column, item)
        self.rule_set_label.setText(self.tr("Regelsett: %1").replace("%1", figures.rule_set.name))
        self.totals.resizeRowsToContents()
        height = self.totals.horizontalHeader().height() + 4 + sum(
            self.totals.rowHeight(r) for r in range(self.totals.rowCount()))
        self.totals.setFixedHeight(height)

    def _figures_shown(self) -> None:
        self.insight.show_problems()
        self._update_buttons()
        self.updating.setVisible(self.figures.pending)

    def _figures_pending(self, pending: bool) -> None:
        if pending:
            self.updating.setVisible(True)

    def selected_ids(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.record(row).id for row in sorted(rows)]

    def select_record(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)

    def select_records(self, record_ids: list[int]) -> None:
        """Selects these records in the table (the ones behind a pattern)."""
        selection = QItemSelection()
        for record_id in record_ids:
            row = self.model.row_of(record_id)
            if row >= 0:
                selection.select(self.model.index(row, 0),
                                 self.model.index(row, self.model.columnCount() - 1))
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if not selection.isEmpty():
            self.table.scrollTo(selection.indexes()[0])

    def reveal_record(self, record_id: int) -> None:
        """Show this section with the record selected (asked for from Oversikt)."""
        reveal_section(self, "absence")
        self.select_record(record_id)
        self.table.setFocus()

    def edit_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and not self.absence.read_only:
            self.entry.load(index.data(RECORD_ROLE))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.absence.remove_records(ids)

    def open_week(self) -> SchoolWeekDialog:
        dialog = SchoolWeekDialog(self, self.absence.register.own_week())
        dialog.saved.connect(self.absence.set_week)
        dialog.open()
        return dialog

    def choose_import_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Velg CSV-fil"))
        dialog.setNameFilter(self.tr("CSV-filer (*.csv *.txt)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.import_file)
        dialog.open()
        return dialog

    def import_file(self, path: str) -> ImportDialog | None:
        """Reads the file and shows the preview; nothing is stored yet."""
        try:
            data = Path(path).read_bytes()
        except OSError:
            show_message(self.entry.error, self.tr("Fant ikke filen, eller den kan ikke leses."))
            return None
        if len(data) > 5_000_000:
            show_message(self.entry.error, self.tr("Filen er for stor til å være en fraværsliste."))
            return None
        register = self.absence.register
        reader = ImportReader(data, register.week(), register.records())
        dialog = ImportDialog(self, self.absence, reader, Path(path).name)
        dialog.open()
        return dialog

    def _on_changed(self, kind: str) -> None:
        if kind in (RECORDS, RULES):
            self.refresh()

    def _update_buttons(self) -> None:
        has = bool(self.selected_ids()) and not self.absence.read_only
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
