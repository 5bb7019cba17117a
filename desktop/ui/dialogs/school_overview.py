"""Skoleoversikt, from the case list (issue 17): every case on this laptop read
once, read-only, on a worker thread with a progress bar and Avbryt; then
"Frister denne uken" and "Ingen oppfølging" (each line opens its case with
Enter or a double click) and the term report for the leadership
(term_report_panel.py). Talks to services/school_overview.py."""

from __future__ import annotations

import sys
import threading
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.due_dates import MEETING, MEETING_TASK, NEXT_STEP, DueDate
from desktop.domain.school_overview import due_this_week, week_end, without_follow_up
from desktop.ui.dialogs.base import Dialog
from desktop.ui.dialogs.term_report_panel import TermReportPanel
from desktop.ui.worker import BackgroundCall

if TYPE_CHECKING:
    from desktop.services.app_service import AppService
    from desktop.services.school_overview import SchoolScan

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _read_cases(service: AppService, entries: list, today: date, progress, cancelled):
    """The worker's part: the feature's services (rule sets, the circle form, the
    school calendar, every case) are imported and read here, never on the UI
    thread. The dialog is window-modal, so nothing else loads them meanwhile."""
    from desktop.services import school_overview

    # The worker runs Python for seconds: it hands the interpreter back every
    # 1 ms instead of every 5 ms, so the window's events wait less for it (on a
    # busy machine the longest stall fell from ~115 to ~40 ms). Put back after.
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, 0.001))
    try:
        form = school_overview.prepare(service)
        scan = school_overview.scan(service, entries, today, form, progress, cancelled)
        return scan, school_overview.box_order(form)
    finally:
        sys.setswitchinterval(previous)


class _Progress(QObject):
    """Carries the worker's progress to the UI thread (a queued signal)."""

    step = Signal(int, int)


def _fmt(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "–"


class SchoolOverviewDialog(Dialog):
    """Opens with the read under way; `open_case(case_id)` when a line is chosen."""

    open_case = Signal(str)

    def __init__(self, parent: QWidget, service: "AppService", entries: list, today: date):
        super().__init__(parent, self.tr("Skoleoversikt"), "schoolOverviewDialog")
        self._service = service
        self._today = today
        self._cancel = threading.Event()
        self.scan: SchoolScan | None = None

        intro = QLabel(self.tr("Alle sakene på denne maskinen leses, bare for lesing: "
                               "ingenting i sakene endres."))
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.status = QLabel(self.tr("Leser sakene …"))
        self.status.setObjectName("overviewStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("overviewProgress")
        self.progress.setAccessibleName(self.tr("Sakene leses"))
        self.progress.setRange(0, max(len(entries), 1))
        self.progress.setValue(0)
        self.cancel_button = self._button(self.tr("Avbryt"), "overviewCancel")
        self.cancel_button.clicked.connect(self.reject)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("overviewTabs")
        self.tabs.setAccessibleName(self.tr("Skoleoversikt"))
        self.due_table = self._table("dueTable", self.tr("Frister denne uken"),
                                     [self.tr("Dato"), self.tr("Elev"), self.tr("Frist")], 2)
        self.quiet_table = self._table(
            "quietTable", self.tr("Ingen oppfølging"),
            [self.tr("Elev"), self.tr("Regel"), self.tr("Slo til"),
             self.tr("Skoledager siden"), self.tr("Sist logget"), self.tr("Stafettholder")], 1)
        self.due_hint = self._hint("dueHint")
        self.quiet_hint = self._hint("quietHint")
        self.tabs.addTab(self._page(self.due_hint, self.due_table, "openDueCase"),
                         self.tr("Frister denne uken"))
        self.tabs.addTab(self._page(self.quiet_hint, self.quiet_table, "openQuietCase"),
                         self.tr("Ingen oppfølging"))
        self.report_panel = TermReportPanel(self, today)
        self.tabs.addTab(self.report_panel, self.tr("Rapport til ledelsen"))
        self.tabs.setEnabled(False)

        self.close_button = self._button(self.tr("Lukk"), "overviewClose")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addLayout(progress_row)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._fit(parent)

        # Neither the progress carrier nor the call has a parent: the worker holds
        # them, so a dialog closed (Avbryt, a lock) never deletes what it still uses.
        self._steps = _Progress()
        self._steps.step.connect(self._on_step)
        cancel, steps = self._cancel, self._steps

        def work():
            return _read_cases(service, entries, today,
                               lambda done, total: steps.step.emit(done, total), cancel.is_set)

        self.call = BackgroundCall(work, self._finished).start()

    # --- building ------------------------------------------------------------------
    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace(" …", ""))
        button.setAutoDefault(False)  # Enter in a list opens the case, nothing else
        return button

    def _hint(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setProperty("role", "hint")
        return label

    def _table(self, name: str, accessible: str, headers: list[str],
               stretch: int) -> QTableWidget:
        """`stretch`: the column of free text that gets the room left (cut, with
        the whole text as tooltip); the others fit their content."""
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        table.activated.connect(lambda index: self._open(table, index.row()))
        return table

    def _page(self, hint: QLabel, table: QTableWidget, button_name: str) -> QWidget:
        page = QWidget()
        button = self._button(self.tr("Åpne saken"), button_name)
        button.clicked.connect(lambda: self._open(table, table.currentRow()))
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        return page

    def _fit(self, parent: QWidget) -> None:
        screen = (parent.screen() if parent is not None else None) or self.screen()
        area = screen.availableGeometry()
        self.resize(min(980, area.width() - 40), min(600, area.height() - 60))

    # --- the read ---------------------------------------------------------------------
    def _on_step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("Leser sakene … %1 av %2").replace("%1", str(done))
                            .replace("%2", str(total)))

    def _finished(self, result, error: BaseException | None) -> None:
        if self._cancel.is_set():
            return
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        if error is not None or result is None:
            self.status.setText(self.tr("Sakene kunne ikke leses. Prøv igjen."))
            return
        scan, box_order = result
        self.scan = scan
        text = self.tr("%1 saker lest.").replace("%1", str(len(scan.cases)))
        if scan.unreadable:
            text += " " + self.tr("%1 kunne ikke leses og er ikke med.").replace(
                "%1", str(scan.unreadable))
        self.status.setText(text)
        self._fill_due()
        self._fill_quiet()
        self.report_panel.set_scan(scan, box_order)
        self.tabs.setEnabled(True)
        self.due_table.setFocus()

    def reject(self) -> None:
        """Avbryt, Lukk, Esc and a lock: the worker stops at the next case."""
        self._cancel.set()
        super().reject()

    # --- the two lists ------------------------------------------------------------------
    def _due_text(self, due: DueDate) -> str:
        if due.kind == MEETING:
            return self.tr("Møte kl. %1").replace("%1", due.at.strftime("%H:%M"))
        if due.kind in (NEXT_STEP, MEETING_TASK):
            what = due.text or (self.tr("neste steg") if due.kind == NEXT_STEP
                                else self.tr("oppgave fra møtet"))
            kind = self.tr("Neste steg") if due.kind == NEXT_STEP else self.tr("Oppgave")
            line = f"{kind}: {what}" + (f" ({due.who})" if due.who else "")
        else:
            line = self.tr("Evaluering av avtale %1").replace("%1", str(due.agreement_number))
        return line + (" – " + self.tr("forfalt") if due.overdue else "")

    def _fill(self, table: QTableWidget, rows: list[tuple[str, list[str]]]) -> None:
        table.setRowCount(len(rows))
        for r, (case_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CASE_ID_ROLE, case_id)
                item.setToolTip(text)
                table.setItem(r, c, item)
        if rows:
            table.selectRow(0)

    def _fill_due(self) -> None:
        items = due_this_week(self.scan.active(), self._today)
        self._fill(self.due_table, [(i.case_id, [_fmt(i.due.when), i.name,
                                                 self._due_text(i.due)]) for i in items])
        self.due_hint.setText(
            self.tr("Evalueringer, møter, neste steg fra loggen og oppgaver fra møtene som "
                    "venter til og med søndag %1, også de som er forfalt. Enter eller "
                    "dobbeltklikk åpner saken.").replace("%1", _fmt(week_end(self._today)))
            if items else self.tr("Ingen frister denne uken i sakene på denne maskinen."))

    def _fill_quiet(self) -> None:
        days = self._service.settings.no_follow_up_school_days
        cases = without_follow_up(self.scan.active(), days)
        self._fill(self.quiet_table, [
            (c.case_id, [c.name, c.unfollowed.rule_text, _fmt(c.unfollowed.fired_on),
                         str(c.unfollowed.school_days), _fmt(c.unfollowed.last_logged),
                         c.holder or self.tr("ingen valgt")])
            for c in cases])
        rule = self.tr("En regel slo til for mer enn %n skoledager siden, og ingenting er "
                       "logget siden (kontakt, møte, samtale, avtale, evaluering eller "
                       "beslutning). Antallet dager endres under Innstillinger.", "", days)
        self.quiet_hint.setText(rule if cases else rule + " " + self.tr("Ingen slike saker nå."))

    def _open(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        case_id = item.data(CASE_ID_ROLE)
        self.accept()
        self.open_case.emit(case_id)
