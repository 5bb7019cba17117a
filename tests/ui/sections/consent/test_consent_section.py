"""Samtykke as a person uses it, by keyboard: a consent to PPT from both
guardians and the 15-year-old pupil, its status in words as people are ticked,
an end date, undo of typing, withdrawal, the barnevern info line, the form as
PDF, a scan kept inside the case, and all of it there after reopening."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.consent import ConsentService, Giver
from desktop.domain.people import Guardian
from desktop.services import app_service as service_module
from desktop.services.consent_service import ConsentRecords
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import (
    choose,
    click,
    create_case,
    open_case_from_list,
    press,
    saved_pdf_text,
    shortcut,
    toggle,
    type_into,
    unlock,
    wait_saved,
)

TODAY = date(2027, 1, 12)
BIRTH = date(2012, 1, 12)  # 15 today


def _open_consent(qtbot, page):
    """Down the section list with the keyboard to Samtykke (after Logg)."""
    page.nav.setFocus()
    press(page.nav, Qt.Key.Key_End)
    section = page.sections.currentWidget()
    assert section.objectName() == "consentSection"
    return section


def _tick(section, row: int) -> None:
    givers = section.editor.givers
    givers.setFocus()
    givers.setCurrentRow(row)
    press(givers, Qt.Key.Key_Space)


def test_a_consent_by_keyboard_with_status_undo_withdrawal_pdf_and_scan(
        qtbot, make_window, vault_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(service_module, "today", lambda: TODAY)
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Máret Ánde")
    session = window.case_page.session
    session.set_pupil_field("birth_date", BIRTH)
    session.add_guardian(Guardian(name="Per Ánde", relation="Far"))
    session.add_guardian(Guardian(name="Kari Ánde", relation="Mor"))
    session.add_guardian(Guardian(name="Bestemor Ella", parental_responsibility=False))
    section = _open_consent(qtbot, window.case_page)
    assert section.empty.isVisible() and not section.editor.isVisible()

    click(qtbot, section.new_button)
    editor = section.editor
    assert editor.given_on.date().toPython() == TODAY
    choose(qtbot, editor.service, "PPT")
    type_into(qtbot, editor.shared, "Fraværet siste tre måneder")
    choose(qtbot, editor.suggest, "Tiltakene som er prøvd, og evalueringene av dem")
    click(qtbot, editor.suggest_add)
    assert editor.shared.toPlainText() == ("Fraværet siste tre måneder\n"
                                           "Tiltakene som er prøvd, og evalueringene av dem")
    type_into(qtbot, editor.purpose, "Henvisning til utredning")
    # who consents: both parents, the grandmother (no parental responsibility) and the pupil
    labels = [editor.givers.item(i).text() for i in range(editor.givers.count())]
    assert labels == ["Per Ánde", "Kari Ánde", "Bestemor Ella (uten foreldreansvar)",
                      "Máret Ánde (eleven)"]
    assert "fylt 15 år" in editor.givers_hint.text()
    _tick(section, 0)
    assert section.status.text() == ("Status: ikke gyldig: mangler samtykke fra Kari Ánde og "
                                     "eleven.")
    _tick(section, 1)
    _tick(section, 3)
    assert section.status.text() == "Status: gyldig (uten sluttdato)."
    toggle(editor.has_end)
    assert section.status.text() == "Status: gyldig til 30.06.2027."
    assert section.list.currentItem().text() == "PPT – gyldig til 30.06.2027"

    # typing is undone as one step
    type_into(qtbot, editor.note, "Mor ringte og ga muntlig samtykke først")
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert editor.note.toPlainText() == ""
    records = ConsentRecords(session)
    [stored] = records.consents()
    assert stored.note == "" and stored.purpose == "Henvisning til utredning"
    assert stored.givers == (Giver("Per Ánde"), Giver("Kari Ánde"), Giver("", is_pupil=True))
    assert records.consent_problem(ConsentService.PPT) is None

    # the form to sign, as PDF: a line for each parent and for the pupil
    text = saved_pdf_text(qtbot, section.output, section.document(), tmp_path / "samtykke.pdf")
    for expected in ("Samtykke til å dele opplysninger", "Henvisning til utredning",
                     "Per Ánde (foresatt)", "Kari Ánde (foresatt)", "Máret Ánde (eleven)"):
        assert expected in text, expected
    assert "Bestemor Ella" not in text

    # the signed paper, scanned, kept inside the case
    scan = tmp_path / "skann.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000))
    section.attach_scan(scan)  # what the file dialog's fileSelected calls
    assert "Signert skjema er lagt ved (skann.png)" in section.status.text()

    click(qtbot, section.withdraw_button)
    assert section.status.text().startswith("Status: trukket tilbake 12.01.2027.")
    assert section.list.currentItem().text() == "PPT – trukket tilbake 12.01.2027"
    assert not section.withdraw_button.isEnabled()
    assert "trukket tilbake" in records.consent_problem(ConsentService.PPT)

    # barnevern: the calm line that a report of concern needs no consent
    assert not editor.barnevern.isVisible()
    choose(qtbot, editor.service, "Barneverntjenesten")
    assert editor.barnevern.isVisible()
    assert "bekymringsmelding til barneverntjenesten trenger ikke samtykke" in \
        editor.barnevern.text()

    case_id = session.case_id
    wait_saved(qtbot, window)
    assert window.close_case()
    open_case_from_list(qtbot, window, case_id)
    again = ConsentRecords(window.case_page.session)
    [stored] = again.consents()
    assert (stored.service, stored.withdrawn_on, stored.valid_until) == (
        ConsentService.CHILD_WELFARE, TODAY, date(2027, 6, 30))
    assert again.scan(stored.id) == ("skann.png", scan.read_bytes())


def test_meeting_mode_hides_samtykke_like_logg(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Máret Ánde")
    page = window.case_page
    _open_consent(qtbot, page)
    hidden = {page.nav.item(r).text(): page.nav.item(r).isHidden()
              for r in range(page.nav.count())}
    assert hidden["Samtykke"] is False
    click(qtbot, page.meeting_button)
    assert page.meeting_mode
    hidden = {page.nav.item(r).text(): page.nav.item(r).isHidden()
              for r in range(page.nav.count())}
    assert hidden["Samtykke"] and hidden["Logg"]
    assert page.current_section() != "consent"
    assert not page.section_widgets["consent"].isVisible()
