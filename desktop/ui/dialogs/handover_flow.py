"""Opening the handover dialogs from the main window (menu, case list, case
page): which cases are offered and ticked, and what is refreshed afterwards.
Kept here so the main window only connects two actions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pages.case_list_page import CaseListPage


def connect_list(window: MainWindow, page: CaseListPage) -> None:
    page.handover_requested.connect(lambda case_id: open_export(window, case_id))
    page.import_requested.connect(lambda: open_import(window))


def _folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def open_export(window: MainWindow, case_id: str | None = None):
    """Overfør saken …: the open case, else the one selected in the list, is
    ticked; every readable case of the vault may be added (a whole class)."""
    from desktop.services.handover import HandoverService
    from desktop.ui.dialogs.handover_export import HandoverExportDialog

    service = window.service
    if not service.is_unlocked:
        return None
    if case_id is None:
        case_id = (window.case_page.session.case_id if window.case_page is not None
                   else window.list_page.selected_case_id())
    cases = [(e.case_id, e.summary.name) for e in service.list_cases()
             if e.summary is not None]
    dialog = HandoverExportDialog(window, HandoverService(service), cases,
                                  {case_id} if case_id else set(), _folder())
    dialog.exported.connect(lambda _result: _after_export(window))
    dialog.open()
    return dialog


def _after_export(window: MainWindow) -> None:
    if window.case_page is not None:
        window.case_page.refresh_sections()  # the handover shows in the timeline
    window.statusBar().showMessage(window.tr("Overføringsfilen er lagret."), 8000)


def open_import(window: MainWindow):
    """Hent inn en sak …: an open case is closed (saved) first, so that it can
    be replaced if the user chooses so."""
    from desktop.services.handover import HandoverService
    from desktop.ui.dialogs.handover_import import HandoverImportDialog

    if not window.service.is_unlocked or not window.close_case():
        return None
    dialog = HandoverImportDialog(window, HandoverService(window.service), _folder())
    dialog.imported.connect(lambda ids: window.list_page.reload(ids[0] if ids else None))
    dialog.open()
    return dialog
