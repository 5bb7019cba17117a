"""The case list: search, sort, archive, delete, open."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.casefile.errors import CaseFileError
from desktop.domain.validation import format_date
from desktop.services.app_service import AppService
from desktop.ui.case_list_model import (
    ARCHIVED_ROLE,
    BACKUP_ROLE,
    CASE_ID_ROLE,
    CLOSED_ROLE,
    DAMAGED_ROLE,
    DELETE_BY,
    DELETE_DUE_ROLE,
    NAME,
    NAME_ROLE,
    PHASE,
    SCHOOL,
    CaseFilterProxy,
    CaseListModel,
)
from desktop.ui.common import heading, info_box
from desktop.ui.crash_guard import guarded
from desktop.ui.dialogs.delete_case import DeleteCaseDialog, DeleteExpiredDialog
from desktop.ui.messages import message_for

log = logging.getLogger(__name__)


class CaseListPage(QWidget):
    """Lists the cases of the unlocked vault. Opening and creating are the main
    window's business (signals); archiving and deleting go to the service here."""

    open_requested = Signal(str)  # case id
    new_case_requested = Signal()
    handover_requested = Signal(str)  # case id: Overfør saken …
    import_requested = Signal()  # Hent inn en sak …

    def __init__(self, service: AppService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caseListPage")
        self._service = service
        self.model = CaseListModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        title = heading(self.tr("Saker"), 16, "caseListHeading")
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setAccessibleName(self.tr("Søk i sakene"))
        self.search.setPlaceholderText(self.tr("Søk etter navn, trinn eller skole"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_archived = QCheckBox(self.tr("Vis arkiverte"))
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(self.proxy.set_show_archived)

        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Saker"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (SCHOOL, PHASE):  # as wide as their text up to a cap (reload)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        # "Slettes" holds a date, and "(passert)" in bold once it has come: room for
        # that from the start, also for the archived rows the filter lets in later.
        self.table.ensurePolished()
        bold = QFont(self.table.font())
        bold.setBold(True)
        header.setSectionResizeMode(DELETE_BY, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(DELETE_BY, QFontMetrics(bold).horizontalAdvance(
            "31.07.2027" + self.tr(" (passert)")) + 24)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_button = self._button(self.tr("Ny sak"), "newCase")
        self.open_button = self._button(self.tr("Åpne"), "openCase")
        self.archive_button = self._button(self.tr("Arkiver"), "archiveCase")
        self.delete_button = self._button(self.tr("Slett …"), "deleteCase")
        self.restore_button = self._button(self.tr("Gjenopprett fra sikkerhetskopi"),
                                           "restoreBackup")
        self.restore_button.setVisible(False)
        self.handover_button = self._button(self.tr("Overfør …"), "handoverCase")
        self.import_button = self._button(self.tr("Hent inn …"), "importCase")
        self.overview_button = self._button(self.tr("Skoleoversikt …"), "schoolOverview")
        self.overview_button.setToolTip(self.tr(
            "Frister denne uken og saker uten oppfølging i alle sakene, og en rapport uten "
            "navn til ledelsen"))
        self.overview_button.clicked.connect(self.open_overview)
        self.handover_button.clicked.connect(
            lambda: self.handover_requested.emit(self.selected_case_id() or ""))
        self.import_button.clicked.connect(self.import_requested)
        self.restore_button.clicked.connect(self._restore_backup)
        self.new_button.clicked.connect(self.new_case_requested)
        self.open_button.clicked.connect(self._open_selected)
        self.archive_button.clicked.connect(self._toggle_archived)
        self.delete_button.clicked.connect(self._ask_delete)
        # The folder may change behind our back (a damaged file put right, a case
        # copied in): F5 reads it again, and so does coming back to the program.
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(self.refresh)
        # A bound slot (no lambda): Qt drops the connection when the page goes.
        QGuiApplication.instance().applicationStateChanged.connect(self._on_app_state)

        # Closed cases past their delete-by date (issue 14): said above the list,
        # archived or not, with the one way to delete them.
        self.expired_text = QLabel()
        self.expired_text.setObjectName("expiredText")
        self.expired_text.setWordWrap(True)
        self.expired_button = self._button(self.tr("Slett utløpte saker …"), "deleteExpired")
        self.expired_button.clicked.connect(self._ask_delete_expired)
        self.expired_bar = QWidget()
        self.expired_bar.setObjectName("expiredBar")
        bar = QHBoxLayout(self.expired_bar)
        bar.setContentsMargins(0, 0, 0, 4)
        bar.addWidget(self.expired_text, 1)
        bar.addWidget(self.expired_button)
        self.expired_bar.setVisible(False)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self._empty_state())

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        top.addWidget(self.show_archived)
        # Up here, where the search field gives way: the bottom row is full at 125 %.
        top.addWidget(self.overview_button)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.archive_button,
                       self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.handover_button)
        buttons.addWidget(self.delete_button)
        # Shown only when there is a list to work with (not in the empty state).
        self._list_tools = [self.search, self.show_archived, self.new_button,
                            self.open_button, self.archive_button, self.delete_button,
                            self.handover_button, self.overview_button]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(top)
        layout.addWidget(self.expired_bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace(" …", ""))
        return button

    def _empty_state(self) -> QWidget:
        page = QWidget()
        page.setObjectName("emptyState")
        text = QLabel(self.tr("Her er det ingen saker ennå. Lag den første når du er klar."))
        text.setObjectName("emptyStateText")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(self.tr("Ny sak"))
        button.setObjectName("newCaseEmpty")
        button.setAccessibleName(self.tr("Ny sak"))
        button.setDefault(True)  # the one thing to do here
        button.clicked.connect(self.new_case_requested)
        self.empty_button = button
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    # --- public --------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        """Read the list again from the service (after unlock, create, close, delete)."""
        select_id = select_id or self.selected_case_id()
        self.model.set_entries(self._service.list_cases(include_archived=True))
        has_cases = self.model.entry_count() > 0
        self.stack.setCurrentIndex(0 if has_cases else 1)
        for widget in self._list_tools:
            widget.setVisible(has_cases)
        if not (select_id and self.select_case(select_id)) and self.proxy.rowCount():
            self.table.selectRow(0)  # Enter opens at once
        self._fit_long_columns()
        self._update_expired()
        self._update_buttons()

    def _fit_long_columns(self) -> None:
        """School and phase get the width of their text when the window has room
        for it beside a readable name; on a small screen they are capped, so that
        "Neste frist" and "Slettes" are never pushed out (a long school name,
        "Fase 3 – Kartlegging, tiltak og …"): longer text is cut with "…" and
        shown whole as tooltip."""
        header = self.table.horizontalHeader()
        em = self.table.fontMetrics().horizontalAdvance("M")
        wanted = {column: max(self.table.sizeHintForColumn(column),
                              header.sectionSizeHint(column)) for column in (SCHOOL, PHASE)}
        others = sum(header.sectionSize(column) for column in range(header.count())
                     if column not in (NAME, SCHOOL, PHASE) and not header.isSectionHidden(column))
        room = self.table.viewport().width() - others - em * 16  # the name keeps 16 letters
        fits = sum(wanted.values()) <= room
        for column, width in wanted.items():
            self.table.setColumnWidth(column, width if fits else min(width, em * 13))

    @guarded
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit_long_columns()  # a maximised window has room for the whole phase

    def refresh(self) -> None:
        """Reads the folder again if the list is what the user sees now."""
        if self.isVisible() and self._service.is_unlocked:
            self.reload()

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.refresh()

    def focus_start(self) -> None:
        """Put the focus where the user begins: the table, or "Ny sak" when it is empty."""
        if self.model.entry_count():
            self.table.setFocus()
        else:
            self.empty_button.setFocus()

    def clear(self) -> None:
        """Forget every name (locking)."""
        self.search.clear()
        self.model.clear()
        self._update_buttons()

    def select_case(self, case_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(CASE_ID_ROLE) == case_id:
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def selected_case_id(self) -> str | None:
        index = self._selected()
        return index.data(CASE_ID_ROLE) if index is not None else None

    def visible_names(self) -> list[str]:
        return [self.proxy.index(r, 0).data(NAME_ROLE) for r in range(self.proxy.rowCount())]

    # --- actions --------------------------------------------------------------------
    def _selected(self) -> QModelIndex | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0] if rows else None

    def _update_buttons(self) -> None:
        index = self._selected()
        usable = index is not None and not index.data(DAMAGED_ROLE)
        self.open_button.setEnabled(usable)
        # A closed case is archived by its closing and comes back by reopening it
        # (with a reason, in its history), not by this button.
        closed = bool(index is not None and index.data(CLOSED_ROLE))
        self.archive_button.setEnabled(usable and not closed)
        self.archive_button.setToolTip(
            self.tr("Saken er avsluttet. Åpne den og velg Fil → Gjenåpne saken … for å ta "
                    "den opp igjen.") if closed else "")
        self.delete_button.setEnabled(index is not None)  # damaged files can go too
        self.restore_button.setVisible(bool(index is not None and index.data(BACKUP_ROLE)))
        archived = bool(index is not None and index.data(ARCHIVED_ROLE))
        text = self.tr("Gjenopprett") if archived else self.tr("Arkiver")
        self.archive_button.setText(text)
        self.archive_button.setAccessibleName(text)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and not index.data(DAMAGED_ROLE):
            self.open_requested.emit(index.data(CASE_ID_ROLE))

    def _open_selected(self) -> None:
        index = self._selected()
        if index is not None:
            self._activated(index)

    def _toggle_archived(self) -> None:
        index = self._selected()
        if index is None or index.data(DAMAGED_ROLE):
            return
        case_id = index.data(CASE_ID_ROLE)
        try:
            self._service.set_archived(case_id, not index.data(ARCHIVED_ROLE))
        except CaseFileError as exc:
            info_box(self, self.tr("Kunne ikke arkivere"), message_for(exc),
                     QMessageBox.Icon.Warning).open()
            return
        log.info("case %s archived=%s", case_id, not index.data(ARCHIVED_ROLE))
        self.reload(case_id)

    def _restore_backup(self) -> None:
        index = self._selected()
        if index is None or not index.data(BACKUP_ROLE):
            return
        case_id = index.data(CASE_ID_ROLE)
        try:
            self._service.restore_backup(case_id)
        except CaseFileError as exc:
            info_box(self, self.tr("Sikkerhetskopien kan ikke brukes"), message_for(exc),
                     QMessageBox.Icon.Warning).open()
            return
        log.info("case %s restored from its backup", case_id)
        self.reload(case_id)
        info_box(self, self.tr("Saken er gjenopprettet"), self.tr(
            "Saken er satt tilbake til forrige lagring. Det som ble skrevet etter den, "
            "kan mangle. Den skadde filen er tatt vare på (kryptert) i datamappen."),
            QMessageBox.Icon.Information).open()

    def _expired(self) -> list[tuple[str, str, str]]:
        """(case id, name, dates) of the closed cases past their delete-by date."""
        found = []
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(DELETE_DUE_ROLE):
                entry = self.model._entries[row]
                dates = self.tr("avsluttet %1 · slettes %2").replace(
                    "%1", format_date(entry.summary.closed_on)).replace(
                    "%2", format_date(entry.summary.delete_by))
                found.append((index.data(CASE_ID_ROLE), index.data(NAME_ROLE), dates))
        return found

    def _update_expired(self) -> None:
        count = len(self._expired())
        self.expired_bar.setVisible(count > 0)
        self.expired_text.setText(
            self.tr("1 avsluttet sak har passert slettedatoen og kan slettes.") if count == 1
            else self.tr("%1 avsluttede saker har passert slettedatoen og kan slettes.")
            .replace("%1", str(count)))

    def _ask_delete_expired(self) -> DeleteExpiredDialog | None:
        cases = self._expired()
        if not cases:
            return None

        def delete(case_id: str) -> None:
            self._service.delete_case(case_id)
            log.info("case %s deleted after its delete-by date", case_id)

        dialog = DeleteExpiredDialog(self, cases, delete)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open()
        self.expired_dialog = dialog  # for tests
        return dialog

    def open_overview(self):
        """Skoleoversikt: reads every case (read-only, on a worker thread); a line
        chosen there opens its case like a line of this list."""
        from desktop.services.app_service import today
        from desktop.ui.dialogs.school_overview import SchoolOverviewDialog

        dialog = SchoolOverviewDialog(self, self._service, self.model.entries(), today())
        dialog.open_case.connect(self.open_requested)
        dialog.open()
        return dialog

    def _ask_delete(self) -> None:
        index = self._selected()
        if index is None:
            return
        case_id = index.data(CASE_ID_ROLE)

        def delete() -> None:
            self._service.delete_case(case_id)
            log.info("case %s deleted", case_id)

        dialog = DeleteCaseDialog(self, index.data(NAME_ROLE), delete)
        dialog.accepted.connect(lambda: self.reload())
        dialog.open()
