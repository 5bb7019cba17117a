"""Mønstre og utvikling (Fravær): the weekly trend with the starts marked, the
patterns found (choosing one selects the records behind it in the register)
and the absence before and after each measure, agreement and plan step.
Reads AbsenceInsight; nothing here is edited."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.absence_patterns import Pattern
from desktop.domain.validation import format_date
from desktop.services.absence_insight import (
    AbsenceInsight,
    MarkerEffect,
    Trend,
    insight_problems,
)
from desktop.ui.common import heading
from desktop.ui.crash_guard import guarded
from desktop.ui.sections.absence.trend_chart import TrendChart
from desktop.ui.widgets.absence_insight_texts import (
    effect_text,
    legend,
    marker_label,
    pattern_sentence,
)

IDS_ROLE = Qt.ItemDataRole.UserRole


class InsightPanel(QWidget):
    HEIGHT = 560  # what the section's scrolling content grows by

    records_chosen = Signal(list)  # record ids behind the chosen pattern

    def __init__(self, session, figures=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("absenceInsight")
        self.session = session
        self.figures = figures  # AbsenceFigures: a long register's figures come from a worker
        self.setMinimumHeight(self.HEIGHT)

        title = heading(self.tr("Mønstre og utvikling"), 12, "absenceInsightHeading")
        hint = QLabel(self.tr("Tallene viser hva som er registrert, ikke hvorfor. Bruk dem "
                              "som utgangspunkt for en samtale."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.problem_label = QLabel()
        self.problem_label.setObjectName("absenceInsightProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)
        self.chart = TrendChart()
        self.week_label = QLabel()
        self.week_label.setObjectName("absenceTrendWeek")
        self.week_label.setWordWrap(True)
        chart_title = QLabel(self.tr("Fravær per &uke (piltastene velger uke)"))
        chart_title.setBuddy(self.chart)
        legend_label = QLabel(legend())
        legend_label.setWordWrap(True)
        legend_label.setProperty("role", "hint")

        self.patterns = QListWidget()
        self.patterns.setObjectName("absencePatterns")
        self.patterns.setAccessibleName(self.tr("Mønstre i fraværet"))
        self.patterns.setWordWrap(True)
        patterns_title = QLabel(self.tr("&Mønstre (velg ett for å se fraværet bak)"))
        patterns_title.setWordWrap(True)
        patterns_title.setBuddy(self.patterns)
        self.effects = QTableWidget(0, 3)
        self.effects.setObjectName("absenceEffects")
        self.effects.setAccessibleName(self.tr("Fravær før og etter hver start"))
        self.effects.setHorizontalHeaderLabels(
            [self.tr("Startet"), self.tr("Hva"), self.tr("Før og etter")])
        self.effects.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.effects.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.effects.setWordWrap(True)
        self.effects.verticalHeader().setVisible(False)
        header = self.effects.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        effects_title = QLabel(self.tr("&Før og etter: fravær i like mange skoleuker før og "
                                       "etter start (uker med bare fri telles ikke)"))
        effects_title.setWordWrap(True)
        effects_title.setBuddy(self.effects)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.problem_label)
        layout.addWidget(chart_title)
        layout.addWidget(self.chart)
        layout.addWidget(self.week_label)
        layout.addWidget(legend_label)
        lists = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(patterns_title)
        left.addWidget(self.patterns, 1)
        right.addWidget(effects_title)
        right.addWidget(self.effects, 1)
        lists.addLayout(left, 2)
        lists.addLayout(right, 3)
        layout.addLayout(lists, 1)

        self.chart.week_changed.connect(self.week_label.setText)
        self.patterns.currentItemChanged.connect(self._pattern_chosen)

    @guarded
    def showEvent(self, event) -> None:  # noqa: N802
        # Measures, agreements and plans change in other sections while this one is hidden.
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if self.figures is not None and self.figures.wanted():
            current = self.figures.current()
            if current is None:
                self.figures.request()  # the section shows them when they are in
                return
            trend, patterns, effects = current.trend, current.patterns, current.effects
        else:
            insight = AbsenceInsight(self.session)
            trend, patterns, effects = insight.trend(), insight.patterns(), insight.effects()
        self.show_problems()
        self.show_trend(trend)
        self.show_patterns(patterns)
        self.show_effects(effects)

    def show_problems(self) -> None:
        problems = insight_problems()
        self.problem_label.setVisible(bool(problems))
        if problems:
            first = problems[0]
            self.problem_label.setText(self.tr(
                "Filen %1 har en feil (linje %2), og de vanlige tersklene brukes.").replace(
                "%1", first.path.name).replace("%2", str(first.line or "?")))

    def show_trend(self, trend: Trend) -> None:
        self.chart.set_trend(trend)

    def show_patterns(self, found: list[Pattern]) -> None:
        self.patterns.blockSignals(True)
        self.patterns.clear()
        for pattern in found:
            item = QListWidgetItem(pattern_sentence(pattern))
            item.setData(IDS_ROLE, list(pattern.record_ids))
            self.patterns.addItem(item)
        if not found:
            item = QListWidgetItem(self.tr("Ingen tydelige mønstre i fraværet."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.patterns.addItem(item)
        self.patterns.blockSignals(False)

    def show_effects(self, rows: list[MarkerEffect]) -> None:
        self.effects.setRowCount(max(len(rows), 1))
        if not rows:
            self.effects.setSpan(0, 0, 1, 3)
            self.effects.setItem(0, 0, QTableWidgetItem(self.tr(
                "Ingen tiltak, avtaler eller trinn med startdato ennå.")))
            return
        self.effects.clearSpans()
        for row, item in enumerate(rows):
            values = (format_date(item.marker.day), marker_label(item.marker), effect_text(item))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.effects.setItem(row, column, cell)
        self.effects.resizeRowsToContents()

    def _pattern_chosen(self, item: QListWidgetItem | None, _previous) -> None:
        ids = item.data(IDS_ROLE) if item is not None else None
        if ids:
            self.records_chosen.emit(list(ids))
