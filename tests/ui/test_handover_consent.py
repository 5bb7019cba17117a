"""Overfør saken to a service without a valid consent, by keyboard: the dialog
asks who receives it (a colleague or the next school by default: no consent
checked), warns when PPT has no valid consent, refuses to go on without a
reason, stores the reason with the handover and shows it in the timeline.
Choosing barnevern shows that a report of concern needs no consent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from desktop.domain.consent import ConsentService, Giver
from desktop.domain.handover import COLLEAGUE
from desktop.domain.people import Guardian
from desktop.services import app_service as service_module
from desktop.services.consent_service import ConsentRecords
from desktop.services.handover import HandoverService
from desktop.ui.dialogs.handover_export import HandoverExportDialog
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import (
    choose,
    create_case,
    find,
    press,
    toggle,
    type_into,
    type_text,
    unlock,
)

TODAY = date(2027, 1, 12)


def _dialog(qtbot, window) -> HandoverExportDialog:
    window.menu_actions.handover_export.trigger()
    qtbot.waitUntil(lambda: window.findChild(HandoverExportDialog) is not None)
    dialog = window.findChild(HandoverExportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _items(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_a_handover_to_ppt_without_consent_needs_a_reason_that_is_stored(
        qtbot, make_window, vault_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(service_module, "today", lambda: TODAY)
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Ánde Sárá")
    session = window.case_page.session
    session.add_guardian(Guardian(name="Kari Ánde"))
    dialog = _dialog(qtbot, window)
    # a colleague or the next school is the default: no consent asked for
    assert dialog.kind.currentData() == COLLEAGUE
    assert not dialog.consent_warning.isVisible() and not dialog.reason.isVisible()
    type_into(qtbot, dialog.recipient, "PPT Nordvidda")
    choose(qtbot, dialog.kind, "PPT")
    assert dialog.consent_warning.isVisible() and dialog.reason.isVisible()
    assert dialog.consent_warning.text().startswith(
        "Det er ikke registrert samtykke til å dele opplysninger med PPT.")
    assert not dialog.barnevern.isVisible()
    type_into(qtbot, dialog.path, str(tmp_path / "til-ppt"))
    press(dialog.path, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 0  # refused: no reason yet
    assert "Skriv en begrunnelse" in dialog.error.text()
    assert dialog.focusWidget() is dialog.reason
    type_text(dialog.reason, "Mor samtykket muntlig i møtet i dag; skjema kommer.")
    press(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30_000)
    press(dialog.done_button, Qt.Key.Key_Return)

    [record] = HandoverService.records(session)
    assert (record.recipient, record.recipient_kind, record.consent_reason) == (
        "PPT Nordvidda", "ppt", "Mor samtykket muntlig i møtet i dag; skjema kommer.")
    timeline = find(window, QListWidget, "timelineList")
    window.case_page.show_section("overview")
    qtbot.waitUntil(lambda: any(
        "Overført til: PPT Nordvidda" in t and "uten gyldig samtykke, begrunnelse: Mor samtykket"
        in t for t in _items(timeline)))


def test_with_a_valid_consent_no_reason_is_asked_and_barnevern_gets_its_info_line(
        qtbot, make_window, vault_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(service_module, "today", lambda: TODAY)
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Jens Haugland")
    session = window.case_page.session
    session.add_guardian(Guardian(name="Kari Haugland"))
    records = ConsentRecords(session)
    made = records.new(ConsentService.PPT)
    records.write(replace(made, givers=(Giver("Kari Haugland"),)))
    dialog = _dialog(qtbot, window)
    choose(qtbot, dialog.kind, "PPT")
    assert not dialog.consent_warning.isVisible() and not dialog.reason.isVisible()
    choose(qtbot, dialog.kind, "Barneverntjenesten")
    assert dialog.barnevern.isVisible()
    assert "En bekymringsmelding til barneverntjenesten trenger ikke samtykke" in \
        dialog.barnevern.text()
    assert "bekymringsmelding trenger likevel ikke samtykke" in dialog.consent_warning.text()
    choose(qtbot, dialog.kind, "PPT")
    type_into(qtbot, dialog.recipient, "PPT Nordvidda")
    type_into(qtbot, dialog.path, str(tmp_path / "til-ppt"))
    press(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30_000)
    press(dialog.done_button, Qt.Key.Key_Return)
    [record] = HandoverService.records(session)
    assert (record.recipient_kind, record.consent_reason) == ("ppt", "")


def test_with_every_line_shown_the_form_scrolls_and_the_buttons_stay_in_view(
        qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Ánde Sárá")
    dialog = _dialog(qtbot, window)
    choose(qtbot, dialog.kind, "Barneverntjenesten")  # the info line, the warning, the reason
    toggle(dialog.own)  # and the own passphrase twice
    room = dialog.screen().availableGeometry().height()
    assert dialog.height() <= room - 60
    # what does not fit scrolls inside (the test screen may hold it all)
    scrollbar = dialog.form_scroll.verticalScrollBar()
    content = dialog.form_scroll.widget()
    assert scrollbar.maximum() > 0 or content.height() <= dialog.form_scroll.viewport().height()
    buttons = dialog.buttons
    assert buttons.isVisible() and buttons.mapTo(dialog, buttons.rect().bottomLeft()).y() \
        <= dialog.height()
    dialog.reason.setFocus()  # Tab reaches every field: the scroll area follows the focus
    dialog.form_scroll.ensureWidgetVisible(dialog.reason)
    assert not dialog.reason.visibleRegion().isEmpty()
