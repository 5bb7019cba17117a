"""Overfør saken / Hent inn en sak, as a person does it: a contact teacher
writes the handover file with a generated passphrase; in another Nærvær (its
own data folder and vault) the receiver reads it in by keyboard; both cases
show the handover in Oversikt's timeline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton

from desktop.casefile.errors import HandoverWrongPassphrase
from desktop.domain.handover import Direction
from desktop.paths import Paths
from desktop.services.app_service import AppService
from desktop.services.handover import HandoverService
from desktop.ui.dialogs.handover_export import HandoverExportDialog
from desktop.ui.dialogs.handover_import import HandoverImportDialog
from desktop.ui.messages import message_for
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import (
    choose,
    create_case,
    find,
    open_case_from_list,
    press,
    type_into,
    unlock,
)

RECEIVER_PASSPHRASE = "mottakerens helt egne nøkkel"


def _items(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def _dialog(qtbot, window, cls):
    qtbot.waitUntil(lambda: window.findChild(cls) is not None)
    dialog = window.findChild(cls)
    qtbot.waitExposed(dialog)
    return dialog


def _receiver(tmp_path: Path) -> Path:
    folder = tmp_path / "mottaker"
    service = AppService(Paths.resolve(folder))
    service.check_data_dir()
    service.create_vault(RECEIVER_PASSPHRASE)
    service.lock()
    return folder


def _export(qtbot, window, target: Path, leave: tuple[str, ...] = ()) -> str:
    """Fil → Overfør saken … from the open case; returns the passphrase shown.
    `leave`: parts ticked under "Ikke med" (by keyboard: arrows and Space)."""
    window.menu_actions.handover_export.trigger()
    dialog = _dialog(qtbot, window, HandoverExportDialog)
    assert dialog.chosen_ids() == [window.case_page.session.case_id]
    type_into(qtbot, dialog.recipient, "PPT Nordvidda")
    type_into(qtbot, dialog.sender, "Ingrid Dahl")
    choose(qtbot, dialog.scope, "Hele saken")
    for label in leave:
        dialog.left_out.setFocus()
        press(dialog.left_out, Qt.Key.Key_Home)
        while dialog.left_out.currentItem().text() != label:
            press(dialog.left_out, Qt.Key.Key_Down)
        press(dialog.left_out, Qt.Key.Key_Space)
    type_into(qtbot, dialog.path, str(target))
    press(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30_000)
    phrase = dialog.shown.text()
    assert "PPT" not in dialog.error.text() and len(phrase.split()) == 6
    press(dialog.done_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(HandoverExportDialog) is None
                    or not window.findChild(HandoverExportDialog).isVisible())
    return phrase


def test_hand_over_with_a_generated_passphrase_and_read_in_by_keyboard(
        qtbot, make_window, vault_dir, tmp_path):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Ánde Sárá")
    case_id = window.case_page.session.case_id
    phrase = _export(qtbot, window, tmp_path / "til-ppt", leave=("Kontaktloggen",))
    file = tmp_path / "til-ppt.naervaer-overforing"
    assert file.is_file() and "Ánde".encode() not in file.read_bytes()
    timeline = find(window, QListWidget, "timelineList")
    qtbot.waitUntil(lambda: any("Overført til: PPT Nordvidda" in t for t in _items(timeline)))
    out, = HandoverService.records(window.case_page.session)
    assert (out.direction, out.recipient, out.sender) == (Direction.OUT, "PPT Nordvidda",
                                                          "Ingrid Dahl")
    assert out.left_out == ("log",)  # the choice is in the record, and said in the timeline
    assert any("uten Kontaktloggen" in t for t in _items(timeline))

    other = make_window(_receiver(tmp_path))
    unlock(qtbot, other, RECEIVER_PASSPHRASE)
    button = find(other, QPushButton, "importCase")
    button.setFocus()
    press(button, Qt.Key.Key_Space)
    dialog = _dialog(qtbot, other, HandoverImportDialog)
    type_into(qtbot, dialog.path, str(file))
    type_into(qtbot, dialog.passphrase, "feil ord her og der")
    press(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=30_000)
    assert dialog.error.text() == message_for(HandoverWrongPassphrase())
    assert other.service.list_cases() == []  # nothing half-imported
    # Read out by phone and typed as heard, capitals and all.
    type_into(qtbot, dialog.passphrase, phrase.title())
    press(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=30_000)
    assert "Ánde Sárá" in dialog.done_text.text()
    press(dialog.done_button, Qt.Key.Key_Return)
    assert other.list_page.visible_names() == ["Ánde Sárá"]

    open_case_from_list(qtbot, other, case_id)
    timeline = find(other, QListWidget, "timelineList")
    qtbot.waitUntil(lambda: any("Hentet inn fra: Ingrid Dahl" in t and out.document_id in t
                                and "uten Kontaktloggen" in t for t in _items(timeline)))


def test_the_same_case_again_shows_what_differs_and_keeps_both(
        qtbot, make_window, vault_dir, tmp_path):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Emil Haugland")
    phrase = _export(qtbot, window, tmp_path / "emil")
    file = tmp_path / "emil.naervaer-overforing"
    receiver = AppService(Paths.resolve(_receiver(tmp_path)))
    receiver.unlock(RECEIVER_PASSPHRASE)
    from desktop.services.handover import read_handover

    HandoverService(receiver).import_cases(read_handover(file, phrase))
    receiver.lock()

    other = make_window(receiver.paths.data_dir)
    unlock(qtbot, other, RECEIVER_PASSPHRASE)
    other.menu_actions.handover_import.trigger()
    dialog = _dialog(qtbot, other, HandoverImportDialog)
    type_into(qtbot, dialog.path, str(file))
    type_into(qtbot, dialog.passphrase, phrase)
    press(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30_000)
    cells = [[dialog.compare.item(r, c).text() for c in range(3)]
             for r in range(dialog.compare.rowCount())]
    assert ["Elevens navn", "Emil Haugland", "Emil Haugland"] in cells
    assert ["Overføringer", "1", "0"] in cells  # here: the first import; in the file: none
    assert dialog.keep_both.hasFocus()
    press(dialog.keep_both, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=30_000)
    press(dialog.done_button, Qt.Key.Key_Return)
    assert other.list_page.visible_names() == ["Emil Haugland", "Emil Haugland"]


def test_both_dialogs_fit_a_1366x768_screen_at_125_percent(qtbot, make_window, vault_dir):
    """1366×768 at 125 % leaves about 1093×614 logical pixels (less the taskbar)."""
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Amina Yusuf")
    window.menu_actions.handover_export.trigger()
    export = _dialog(qtbot, window, HandoverExportDialog)
    for widget in (export.recipient, export.sender, export.scope, export.own,
                   export.path, export.case_list):
        assert widget.objectName() and widget.accessibleName()
    assert export.sizeHint().width() <= 1093 and export.sizeHint().height() <= 580
    export.reject()
    window.menu_actions.handover_import.trigger()
    dialog = _dialog(qtbot, window, HandoverImportDialog)
    assert window.case_page is None  # the open case was saved and closed first
    assert dialog.sizeHint().width() <= 1093 and dialog.sizeHint().height() <= 580


def test_locking_while_the_file_is_written_leaves_no_file_and_no_record(
        qtbot, make_window, vault_dir, tmp_path):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Ánde Sárá")
    case_id = window.case_page.session.case_id
    window.menu_actions.handover_export.trigger()
    dialog = _dialog(qtbot, window, HandoverExportDialog)
    type_into(qtbot, dialog.recipient, "PPT")
    type_into(qtbot, dialog.path, str(tmp_path / "avbrutt"))
    press(dialog.path, Qt.Key.Key_Return)
    assert dialog.progress.text()  # encrypting on the worker
    window.lock()  # as the idle timer or a locked screen would
    assert window.current_page() is window.unlock_page
    assert not any(d.isVisible() for d in window.findChildren(HandoverExportDialog))
    assert not (tmp_path / "avbrutt.naervaer-overforing").exists()
    unlock(qtbot, window, PASSPHRASE)
    session = window.service.open_case(case_id)
    assert HandoverService.records(session) == []
