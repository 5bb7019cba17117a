"""The main window: a stack of pages, the menus and the save-state line.

It wires pages to the service and decides which page is shown; the pages and
dialogs do their own work. Locking (menu, Ctrl+L, idle) and quitting flush the
open case first and never lose changes silently. Locking in meeting mode keeps
a ReturnPoint (ids only): the unlock leads straight back to the same case and
section, still in meeting mode, never through the case list.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.casefile.errors import CaseFileError, DataDirUnavailable, SaveFailed
from desktop.services.app_service import AppService
from desktop.services.return_point import ReturnPoint
from desktop.ui import file_menu
from desktop.ui.clipboard_guard import ClipboardGuard
from desktop.ui.common import DEMO_PROPERTY, confirm, info_box, set_title
from desktop.ui.dialogs import handover_flow  # issue 14: Overfør saken / Hent inn en sak
from desktop.ui.idle import POLL_MS, IdleWatcher
from desktop.ui.menus import build_menus
from desktop.ui.messages import lock_notice, message_for, settings_notice_text
from desktop.ui.pages.unlock_page import UnlockPage
from desktop.ui.system_lock import SystemLockWatcher
from desktop.ui.when_idle import when_idle
from desktop.ui.widgets.pdf_folder import use_pdf_folder

if TYPE_CHECKING:
    from desktop.services.case_session import CaseSession
    from desktop.services.lock_restart import LockHandoff, ProcessRestart
    from desktop.ui.case_page import CasePage
    from desktop.ui.pages.case_list_page import CaseListPage
    from desktop.ui.pages.data_dir_page import DataDirPage
    from desktop.ui.pages.first_start_page import FirstStartPage
    from desktop.ui.text_limit import TextLimit

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Nærvær's one window. The title never holds a pupil's name."""

    def __init__(self, service: AppService, *, demo_passphrase: str = "",
                 clock: Callable[[], float] = time.monotonic,
                 unlock_delay_fn: Callable[[int], float] | None = None,
                 idle_poll_ms: int = POLL_MS, autosave_options: dict | None = None,
                 system_lock: SystemLockWatcher | None = None,
                 restart: ProcessRestart | None = None, handoff: LockHandoff | None = None,
                 input_filters_when_idle: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.service = service
        self.setProperty(DEMO_PROPERTY, bool(service.demo))
        set_title(self)
        self.resize(1100, 720)
        self._autosave_options = autosave_options
        self._quit_confirmed = False
        self._closed = False  # closed before the first idle moment: no input filters
        self.case_page: CasePage | None = None  # imported when first needed (start time)
        self.return_point: ReturnPoint | None = None  # set by a lock in meeting mode
        # The real program locks by replacing the process (services/lock_restart.py);
        # None (tests that drive the window in-process): the lock stays in this process.
        self._restart = restart
        self._start_notice = ""
        if handoff is not None:  # this process replaced one that locked
            self.return_point, self._start_notice = handoff.return_point, handoff.notice

        self.undo_group = QUndoGroup(self)
        self.menu_actions = build_menus(self, self.undo_group)
        self.save_status = QLabel()
        self.save_status.setObjectName("saveStatus")
        # The status bar is made when there is first something to say (a case's save
        # state, a message): the unlock page shown at start has none, and making it
        # costs ~9 ms of a start (bench_startup.py).

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        if unlock_delay_fn is not None:  # tests: no pause
            service.backoff.delay = unlock_delay_fn
        self.unlock_page = UnlockPage(service.unlock, wait=service.backoff.remaining,
                                      demo_passphrase=demo_passphrase if service.demo else "")
        self.stack.addWidget(self.unlock_page)
        # Built at first use (start time): most starts show only the unlock page.
        self._data_dir_page: DataDirPage | None = None
        self._first_start_page: FirstStartPage | None = None
        self._list_page: CaseListPage | None = None

        self.idle = IdleWatcher(lambda: self.service.settings, clock, self, idle_poll_ms,
                                watch=False)
        self.idle.idle.connect(lambda: self.lock(reason="idle"))
        self.system_lock = system_lock
        if system_lock is not None:  # screen locked / going to sleep
            system_lock.setParent(self)
            system_lock.lock_requested.connect(lambda why: self.lock(reason=why))
        use_pdf_folder(lambda: self.service.settings.pdf_folder,
                       lambda folder: self.service.remember_pdf_folder(folder, Path.home()))
        self.text_limit: TextLimit | None = None  # with the input filters
        if input_filters_when_idle:
            when_idle(self.install_input_filters)
        else:
            self.install_input_filters()
        self.clipboard_guard = ClipboardGuard(
            QApplication.clipboard(), lambda: self.service.settings.clipboard_clear_seconds * 1000,
            lambda: self.service.is_unlocked, self)
        self._connect()
        from desktop.services import absence_config  # local rule files, chosen rule set
        absence_config.configure(service.paths.config_dir / "forms",
                                 lambda: service.settings.rule_set)
        if self.return_point is not None and self.return_point.meeting_mode:
            self._set_meeting_chrome(True)  # the lock screen of meeting mode: no menus
        self.start()
        if service.settings_notice is not None:  # until the next message replaces it
            self.statusBar().showMessage(settings_notice_text(service.settings_notice))

    def install_input_filters(self) -> None:
        """The filters on the whole application (ui/input_filters.py); the real
        program installs them at the first idle moment after the window is shown."""
        if self._closed:
            return
        from desktop.ui import input_filters

        # a paste too long for any field: said in the status bar
        self.text_limit = input_filters.install(
            self, self.idle, lambda text: self.statusBar().showMessage(text, 15_000))

    def _connect(self) -> None:
        a = self.menu_actions
        a.new_case.triggered.connect(self.new_case)
        a.lock.triggered.connect(lambda: self.lock())
        a.change_passphrase.triggered.connect(lambda: file_menu.change_passphrase(self))
        a.settings.triggered.connect(self.open_settings)
        a.school_calendar.triggered.connect(lambda: file_menu.open_school_calendar(self))
        a.handover_export.triggered.connect(lambda: handover_flow.open_export(self))
        a.handover_import.triggered.connect(lambda: handover_flow.open_import(self))
        a.anonymous_consultation.triggered.connect(
            lambda: file_menu.open_anonymous_consultation(self))
        a.verify_document.triggered.connect(lambda: file_menu.verify_document(self))
        a.referral.triggered.connect(lambda: file_menu.open_referral(self))
        a.close_case.triggered.connect(lambda: _closing_flow().open_close(self))
        a.reopen_case.triggered.connect(lambda: _closing_flow().open_reopen(self))
        a.closing_report.triggered.connect(lambda: _closing_flow().open_report(self))
        for kind, blank in (("agreement", a.blank_agreement), ("evaluation", a.blank_evaluation),
                            ("conversation", a.blank_conversation)):
            blank.triggered.connect(lambda _=False, k=kind: file_menu.save_blank_form(self, k))
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(lambda: file_menu.show_about(self))
        self.unlock_page.unlocked.connect(self._unlocked)

    @property
    def data_dir_page(self) -> DataDirPage:
        """The data folder cannot be used: built when first needed."""
        if self._data_dir_page is None:
            from desktop.ui.pages.data_dir_page import DataDirPage

            self._data_dir_page = DataDirPage()
            self.stack.addWidget(self._data_dir_page)
            self._data_dir_page.retry.connect(self.start)
            self._data_dir_page.quit.connect(self.close)
        return self._data_dir_page

    @property
    def first_start_page(self) -> FirstStartPage:
        """No vault yet (the first start): built when first needed."""
        if self._first_start_page is None:
            from desktop.ui.pages.first_start_page import FirstStartPage

            self._first_start_page = FirstStartPage(self.service.create_vault)
            self.stack.addWidget(self._first_start_page)
            self._first_start_page.created.connect(self._unlocked)
        return self._first_start_page

    @property
    def list_page(self) -> CaseListPage:
        """The case list, built when first needed: the first window (unlock) does
        not need it, and not building it keeps the start fast."""
        if self._list_page is None:
            from desktop.ui.pages.case_list_page import CaseListPage

            self._list_page = CaseListPage(self.service)
            self.stack.addWidget(self._list_page)
            self._list_page.new_case_requested.connect(self.new_case)
            self._list_page.open_requested.connect(self.open_case)
            handover_flow.connect_list(self, self._list_page)
        return self._list_page

    # --- which page --------------------------------------------------------------------
    def start(self) -> None:
        """Choose the first page: data-folder problem, first start, unlock or the list."""
        try:
            self.service.check_data_dir()
        except DataDirUnavailable as exc:
            log.warning("data folder unavailable")
            self.data_dir_page.set_message(message_for(exc))
            self._show(self.data_dir_page)
            return
        if self.service.is_unlocked:
            self._unlocked()
        elif self.service.has_vault():
            self._show(self.unlock_page)
            self.unlock_page.reset(self._start_notice)
            self._start_notice = ""
        else:
            self._show(self.first_start_page)
            self.first_start_page.passphrase.setFocus()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self.menu_actions.set_case_open(page is not None and page is self.case_page)
        self.menu_actions.set_unlocked(self.service.is_unlocked)
        if page is not None and page is self.case_page:
            _closing_flow().update_actions(self)
        else:  # no case shown: nothing to close (and the start needs no closing code)
            self.menu_actions.set_case(False, False, False)

    def _unlocked(self) -> None:
        log.info("unlocked")
        point, self.return_point = self.return_point, None
        if point is not None and self._resume(point):
            self.idle.start()
            return
        self._set_meeting_chrome(False)
        self.list_page.reload()
        self._show(self.list_page)
        self.list_page.focus_start()
        self.idle.start()

    # --- cases ---------------------------------------------------------------------------
    def new_case(self) -> None:
        if not self.service.is_unlocked:
            return
        from desktop.ui.dialogs.new_case import NewCaseDialog

        NewCaseDialog(self, self._create_case).open()

    def _create_case(self, name: str) -> None:
        if self.case_page is not None and not self.close_case():
            return
        session = self.service.create_case(name)
        log.info("case %s created", session.case_id)
        self._show_case(session)
        self.case_page.overview.pupil_form.editor("birth_date").setFocus()

    def open_case(self, case_id: str, taking_over: CaseSession | None = None) -> None:
        """Opens from the list; `taking_over`: the read-only session whose lock
        the user chose to take over (CasePage asked first)."""
        if self.case_page is not None:
            if self.case_page.session.case_id == case_id:
                self._show(self.case_page)
                return
            if not self.close_case():
                return
        try:
            session = (self.service.take_over_case(taking_over) if taking_over is not None
                       else self.service.open_case(case_id))
        except CaseFileError as exc:
            info_box(self, self.tr("Saken kan ikke åpnes"), message_for(exc),
                     QMessageBox.Icon.Warning).open()
            self.list_page.reload()
            self._show(self.list_page)
            return
        log.info("case %s opened%s", case_id, " read-only" if session.read_only else "")
        self._show_case(session)
        self.case_page.nav.setFocus()

    def _resume(self, point: ReturnPoint) -> bool:
        """Back to where a lock in meeting mode left off, without the case list."""
        try:
            session = self.service.open_case(point.case_id)
        except CaseFileError as exc:
            log.warning("case %s could not be reopened after unlock", point.case_id)
            info_box(self, self.tr("Saken kan ikke åpnes"), message_for(exc),
                     QMessageBox.Icon.Warning).open()
            return False
        log.info("case %s reopened after unlock", point.case_id)
        self._show_case(session, point)
        return True

    def _set_meeting_chrome(self, on: bool) -> None:
        """Meeting mode hides the menu bar (Ny sak, Innstillinger …) and disables
        every action that leads to another case; Ctrl+L and undo stay."""
        self.menuBar().setVisible(not on)
        self.menu_actions.set_meeting_mode(on)

    def _show_case(self, session: CaseSession, point: ReturnPoint | None = None) -> None:
        from desktop.ui import input_filters

        with input_filters.resting(self.text_limit, self.idle, lambda: self.case_page):
            self._build_case_page(session, point)
        if point is not None:
            page = self.case_page
            section = page.section_widgets[page.current_section()]
            target = getattr(section, "focus_target", None)  # a section's chosen first widget
            (target() if target else section).setFocus()

    def _build_case_page(self, session: CaseSession, point: ReturnPoint | None) -> None:
        from desktop.ui.case_page import CasePage

        page = CasePage(session, autosave_options=self._autosave_options)
        self.case_page = page
        self.stack.addWidget(page)
        self.undo_group.addStack(page.undo_stack)
        self.undo_group.setActiveStack(page.undo_stack)
        page.back_requested.connect(self.close_case)
        page.take_over_requested.connect(self._take_over)
        page.autosaver.state_changed.connect(self._update_save_status)
        page.autosaver.conflict.connect(self._on_conflict)
        page.meeting_mode_changed.connect(self._set_meeting_chrome)
        if point is not None:
            if point.section in page.section_widgets:
                page.show_section(point.section)
            page.set_meeting_mode(point.meeting_mode)
        self._update_save_status()
        self.menu_actions.set_case_open(True)
        self._show(page)

    def _take_over(self) -> None:
        session = self.case_page.session
        self._drop_case_page()  # read-only: nothing to save
        self.open_case(session.case_id, taking_over=session)

    def close_case(self) -> bool:
        """Back to the list. Saves first; if that fails, asks before dropping changes.
        Returns whether the case was closed."""
        page = self.case_page
        if page is None:
            return True
        error = page.autosaver.flush()
        if error is not None:
            self._ask_discard(
                self.tr("Endringene i saken er ikke lagret"),
                message_for(error) + "\n\n" + self.tr(
                    "Lukker du saken nå, går endringene siden forrige lagring tapt."),
                self.tr("Lukk uten å lagre"), lambda: self._discard_and(self.close_case))
            return False
        try:
            copy_id = self.service.close_case(page.session)
        except CaseFileError as exc:  # the flush worked, so this is rare: say it, keep open
            info_box(self, self.tr("Saken er ikke lagret"), message_for(exc),
                     QMessageBox.Icon.Warning).open()
            return False
        case_id = page.session.case_id
        self._drop_case_page()
        self._set_meeting_chrome(False)
        self.list_page.reload(copy_id or case_id)
        if copy_id:
            info_box(self, self.tr("Endringene er lagret som en kopi"), self.tr(
                "Filen var endret av et annet program, så den ble ikke overskrevet. "
                "Endringene dine er lagret som en egen sak med samme navn. Sammenlign de "
                "to og slett den du ikke trenger."), QMessageBox.Icon.Information).open()
        self._show(self.list_page)
        self.list_page.focus_start()
        return True

    def _discard_and(self, then: Callable[[], object]) -> None:
        """The user chose to let unsaved changes go: mark them as handled, then continue."""
        if self.case_page is not None:
            session = self.case_page.session
            log.warning("case %s: unsaved changes discarded by the user", session.case_id)
            session.discard_changes()
        if then == self._quit:
            self.service.discard_pending()
        then()

    def _drop_case_page(self) -> None:
        page, self.case_page = self.case_page, None
        self.menu_actions.set_case_open(False)
        if page is None:
            return
        file_menu.forget_case(page.session)
        page.close_down()
        self.undo_group.removeStack(page.undo_stack)
        self.stack.removeWidget(page)
        page.setParent(None)  # out of the window at once: no name stays behind
        page.deleteLater()
        self._update_save_status()

    # --- locking -------------------------------------------------------------------------
    def lock(self, reason: str = "") -> None:
        """Ctrl+L / menu (no reason), or unattended: "idle", "screensaver", "sleep",
        "session-lock". A manual lock with unsaved changes asks first; an unattended
        lock locks anyway (nobody is there to answer) and reports what was not saved."""
        if not self.service.is_unlocked:
            return
        # No question to ask: a save that fails now is kept sealed (ciphertext) in
        # memory by the service and written at the next chance, and a case changed
        # by someone else is kept as a copy.
        self._lock_now(reason)

    def restart_in_place(self) -> None:
        """A new language takes a fresh process: lock (everything is saved or
        sealed first) and come back to the same case and section after unlock."""
        if self.service.is_unlocked:
            self._lock_now("restart", keep_place=True)

    def _lock_now(self, reason: str = "", keep_place: bool = False) -> None:
        # Dialogs may show a pupil's name (Slett sak) or wait for an answer: close them.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        problems: list[CaseFileError] = []
        page = self.case_page
        self.return_point = None
        if page is not None and (page.meeting_mode or keep_place):  # ids only: no name shown
            self.return_point = ReturnPoint(page.session.case_id, page.current_section(),
                                            page.meeting_mode)
        if self.case_page is not None:
            error = self.case_page.autosaver.flush()
            if error is not None:
                problems.append(error)
            self.case_page.close_down()
        problems += [error for _, error in self.service.lock()]
        self.clipboard_guard.clear_now()
        self._drop_case_page()
        if self._list_page is not None:
            self._list_page.clear()
        self.idle.stop()
        log.info("locked (%s)%s", reason or "by user",
                 f", {len(problems)} save problem(s)" if problems else "")
        notice = lock_notice(reason, problems, bool(self.service.pending_saves),
                             self.return_point is not None,
                             self.return_point is not None and self.return_point.meeting_mode,
                             self._next_language_tr() if reason == "restart" else None)
        self._show(self.unlock_page)
        self.unlock_page.reset(notice)
        if self._restart is not None:  # nothing of this process may outlive the lock
            self._restart(self.service, self.return_point, notice, self._window_state())

    def _next_language_tr(self) -> Callable[[str], str]:
        """A restart for a new language says so in the new language."""
        from desktop.domain import language
        from desktop.ui.i18n import chosen_language

        target = chosen_language(self.service.settings.language)

        def tr(text: str) -> str:
            with language.document_language(target):
                return language.translate("messages", text)
        return tr

    def _window_state(self) -> str:
        """How the next process shows the window (a minimised one stays minimised)."""
        if self.isMinimized():
            return "minimized"
        if self.isFullScreen():
            return "fullscreen"
        return "maximized" if self.isMaximized() else "normal"

    # --- dialogs -------------------------------------------------------------------------
    def open_settings(self) -> None:
        file_menu.open_settings(self)

    def _ask_discard(self, title: str, text: str, discard_text: str,
                     on_discard: Callable[[], None]) -> None:
        confirm(self, title, text, discard_text, on_discard)

    def _on_conflict(self) -> None:
        page = self.case_page
        if page is not None and page.autosaver.error is not None:
            info_box(self, self.tr("Filen er endret utenfor programmet"),
                     message_for(page.autosaver.error), QMessageBox.Icon.Warning).open()

    def _update_save_status(self) -> None:
        page = self.case_page
        text = page.autosaver.text() if page is not None else ""
        if text and self.save_status.parent() is None:
            self.statusBar().addPermanentWidget(self.save_status)
        self.save_status.setText(text)

    # --- quitting ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if not self._quit_confirmed:
            error = self.case_page.autosaver.flush() if self.case_page is not None else None
            if not isinstance(error, SaveFailed):
                error = None  # a changed file is kept as a copy at close: nothing lost
            if error is None and self.service.pending_saves:
                problems = self.service.flush_pending()
                if self.service.pending_saves and problems:
                    error = problems[0][1]
            if error is not None:
                event.ignore()
                self._ask_discard(
                    self.tr("Endringene i saken er ikke lagret"),
                    message_for(error) + "\n\n" + self.tr(
                        "Avslutter du nå, går endringene siden forrige lagring tapt."),
                    self.tr("Avslutt uten å lagre"), lambda: self._discard_and(self._quit))
                return
        if self.case_page is not None:
            self.case_page.close_down()
        problems = self.service.lock()
        self.clipboard_guard.clear_now()
        if problems:
            log.warning("%d case(s) not saved at quit", len(problems))
        self._drop_case_page()
        self.idle.uninstall()
        self._closed = True
        log.info("window closed")
        event.accept()

    def _quit(self) -> None:
        self._quit_confirmed = True
        self.close()


def _closing_flow():
    """Avslutt saken, Gjenåpne, Sluttrapport (issue 14): loaded when a case is shown."""
    from desktop.ui.dialogs import closing_flow

    return closing_flow
