"""Closing, reopening and the closing report, opened from the main window's
Fil menu (issue 14). After a closing the case is saved and closed and the list
shows it archived with its delete-by date; the closing report is gathered from
the case first, then saved through the one "Lagre som PDF" dialog and written
on a worker (export_job). Kept here so the main window only connects actions."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.domain.validation import format_date
from desktop.services import app_service
from desktop.services.case_closing import CaseClosing, proposed_delete_by, rule_of

if TYPE_CHECKING:
    from desktop.export.case_report_pdf import ClosingReport
    from desktop.services.case_session import CaseSession
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("closing", text)


def case_state(window: MainWindow) -> tuple[bool, bool, bool]:
    """(a case is shown, it may be changed, it is closed) for the menu actions."""
    page = window.case_page
    if page is None or window.current_page() is not page:
        return False, False, False
    session = page.session
    return True, not session.read_only, CaseClosing(session).closed


def update_actions(window: MainWindow) -> None:
    window.menu_actions.set_case(*case_state(window))


def rule_text(window: MainWindow) -> str:
    rule, months = rule_of(window.service.settings)
    if rule.value == "months":
        return _t("Innstillingen er %1 måneder etter avslutning.").replace("%1", str(months))
    return _t("Innstillingen er slutten av skoleåret etter avslutning (31. juli). "
              "Følg skolens arkivplan; datoen kan endres her.")


def open_close(window: MainWindow):
    """Avslutt saken …"""
    from desktop.ui.dialogs.close_case import CloseCaseDialog

    if window.case_page is None:
        return None
    session = window.case_page.session
    closing = CaseClosing(session)
    settings = window.service.settings

    def close(reason, text, on, by, delete_by, make_report) -> None:
        closing.close(reason, on, by, delete_by, text)
        log.info("case %s closed", session.case_id)
        report, note = None, ""
        if make_report:
            try:
                report = _gather(session)
            except Exception as exc:  # noqa: BLE001 - the closing stands; say how to retry
                log.warning("closing report not gathered: %s", type(exc).__name__)
                note = _t("Sluttrapporten kunne ikke lages nå: åpne saken (Vis arkiverte) "
                          "og velg Fil → Sluttrapport …")
        _after_close(window, session.case_id, delete_by, report, note)

    dialog = CloseCaseDialog(window, app_service.today(), session.pupil().contact_teacher,
                             lambda day: proposed_delete_by(settings, day),
                             rule_text(window), close)
    dialog.open()
    return dialog


def _after_close(window: MainWindow, case_id: str, delete_by: date,
                 report: ClosingReport | None, note: str = "") -> None:
    """Back to the list, which shows the case archived with its date."""
    if not window.close_case():
        return  # the save failed: the main window has said so, the case stays open
    page = window.list_page
    page.show_archived.setChecked(True)
    page.reload(case_id)
    window.statusBar().showMessage(
        " ".join(x for x in (_t("Saken er avsluttet og arkivert. Den bør slettes innen %1.")
                             .replace("%1", format_date(delete_by)), note) if x), 30_000)
    if report is not None:
        ask_report_path(window, report)


def open_reopen(window: MainWindow):
    """Gjenåpne saken …"""
    from desktop.ui.dialogs.close_case import ReopenCaseDialog

    if window.case_page is None:
        return None
    page = window.case_page
    closing = CaseClosing(page.session)

    def reopen(on, by, text) -> None:
        closing.reopen(on, by, text)
        log.info("case %s reopened", page.session.case_id)
        page.refresh_sections()
        page.update_closing()
        update_actions(window)
        window.statusBar().showMessage(_t("Saken er gjenåpnet."), 8000)

    dialog = ReopenCaseDialog(window, app_service.today(), page.session.pupil().contact_teacher,
                              reopen)
    dialog.open()
    return dialog


def _gather(session: CaseSession) -> ClosingReport:
    from desktop.services.closing_report import gather_closing_report

    return gather_closing_report(session, app_service.today())


def open_report(window: MainWindow):
    """Sluttrapport … for the case shown."""
    if window.case_page is None:
        return None
    try:
        report = _gather(window.case_page.session)
    except Exception as exc:  # noqa: BLE001 - a part that cannot be read: said, not fatal
        log.warning("closing report not gathered: %s", type(exc).__name__)
        window.statusBar().showMessage(_t("Sluttrapporten kunne ikke lages: en del av saken "
                                          "kunne ikke leses. Saken er uendret."), 30_000)
        return None
    return ask_report_path(window, report)


def ask_report_path(window: MainWindow, report: ClosingReport):
    """The one "Lagre som PDF" dialog; the PDF is written on a worker."""
    from desktop.services.closing_report import file_name
    from desktop.ui.widgets.pdf_save import ask_pdf_path

    say = lambda text: window.statusBar().showMessage(text, 20_000)  # noqa: E731
    dialog = ask_pdf_path(window, _t("Lagre sluttrapport som PDF"), file_name(report),
                          "closingReportDialog", lambda path: write_report(window, report, path),
                          say)
    return dialog


def write_report(window: MainWindow, report: ClosingReport, path):
    from desktop.domain import language
    from desktop.export.case_report_pdf import build_closing_report
    from desktop.export.closing_report_parts import ReportTexts
    from desktop.ui.labels import team_role_sources
    from desktop.ui.widgets.export_job import export_with_note

    # The report is the case's document: in its written language, whatever the screen's.
    written = language.written(report.pupil.language)
    with language.document_language(written):
        texts = ReportTexts(team_roles={role: language.translate("labels", word)
                                        for role, word in team_role_sources().items()})
    said: list[str] = []

    def say(text: str) -> None:
        window.statusBar().showMessage(text, 30_000)
        said.append(text)
        if len(said) > 1:  # the end ("Lager PDF …" comes first): the report may go
            window.__dict__.pop("closing_report_job", None)

    job = export_with_note(window, lambda target: build_closing_report(target, report, texts),
                           path, say, _t("Sluttrapporten kunne ikke lages. Saken er uendret."),
                           language=written)
    # Kept while it runs (the case's content is in it); dropped when it is done.
    window.closing_report_job = job
    return job

