"""Signing an agreement as the meeting does it: five present, four sign on the
screen, one will sign later. Seed 001, Vedlegg 3: "Alle som er til stede
signerer på avtalen, også eleven." The list, the status line, the preview and
the PDF must say the same words; the dialog names who is missing; Ctrl+Z takes
the signing back; Ola signs at a later sitting."""

from __future__ import annotations

import io
from datetime import date

import pypdf
from PySide6.QtCore import Qt

from desktop.domain.agreements import AgreementStatus
from desktop.domain.signing import DeclineReason
from tests.ui.helpers import choose, click, press, shortcut, type_into
from tests.ui.sections.agreements.agreement_helpers import (
    draw_signature,
    frozen_tonje,
    signs_later,
)
from tests.ui.sections.agreements.test_agreements import start

WORDS = "Avtale 1, versjon 1 – signert (Ola Šára signerer senere)"


def signing_dialog(qtbot, make_window, vault_dir):
    """Tonje's agreement, frozen with five present, and its signing dialog open."""
    window, session, section = start(qtbot, make_window, vault_dir, "Tonje Ánde")
    frozen_tonje(qtbot, section)
    assert section.list.currentItem().text() == "Avtale 1, versjon 1 – klar til signering"
    click(qtbot, section.sign_button)
    dialog = section.dialog
    qtbot.waitExposed(dialog)
    return window, section, dialog


def rows(dialog) -> list[str]:
    return [dialog.people_list.item(i).text() for i in range(dialog.people_list.count())]


def pdf_text(qtbot, section, target) -> str:
    call = section.output.save(section.document(), target)
    qtbot.waitUntil(lambda: call.done, timeout=10_000)
    pages = pypdf.PdfReader(io.BytesIO(target.read_bytes())).pages
    return " ".join(" ".join(p.extract_text() for p in pages).split())


def test_four_sign_on_screen_one_signs_later(qtbot, make_window, vault_dir, tmp_path):
    window, section, dialog = signing_dialog(qtbot, make_window, vault_dir)
    today = date.today().strftime("%d.%m.%Y")
    assert dialog.summary.text() == "Status: klar til signering."
    hint = dialog.sizeHint()  # fits 1366×768 at 125 % (1093×614 logical pixels)
    assert hint.width() <= 1093 and hint.height() <= 614
    for _ in range(4):  # each time the next one still missing is chosen
        draw_signature(qtbot, dialog.pad)
        click(qtbot, dialog.sign_button)
    assert dialog.summary.text() == ("Status: delvis signert (4 av 5). Mangler underskrift "
                                     "fra: Ola Šára.")
    assert rows(dialog)[3:] == [f"Siv Lund (Kontaktlærer) – skrev under {today}",
                                "Ola Šára (Sosiallærer) – mangler"]
    assert dialog.person.currentText() == "Ola Šára (Sosiallærer)"

    choose(qtbot, dialog.reason, "annet")
    click(qtbot, dialog.decline_button)
    assert dialog.status.text() == "Skriv hvorfor når du velger «annet»."
    signs_later(qtbot, dialog)
    assert rows(dialog)[4] == "Ola Šára (Sosiallærer) – Signerer senere"
    click(qtbot, dialog.undo_decline_button)  # marked by mistake: he is missing again
    assert rows(dialog)[4] == "Ola Šára (Sosiallærer) – mangler"
    assert not dialog.undo_decline_button.isEnabled()
    type_into(qtbot, dialog.reason_note, "")
    click(qtbot, dialog.decline_button)
    assert dialog.summary.text() == "Status: signert (Ola Šára signerer senere)."
    click(qtbot, dialog.done_button)

    signed = section.current
    assert signed.status is AgreementStatus.SIGNED
    assert [(d.name, d.reason) for d in signed.declines] == [("Ola Šára", DeclineReason.LATER)]
    assert all(s.drawing and s.signed_on == date.today() for s in signed.signatures)
    # The same words everywhere: list, status line, preview, PDF.
    assert section.list.currentItem().text() == WORDS
    assert section.status.text().startswith(WORDS + ".")
    click(qtbot, section.preview_button)
    preview = section.output.dialog
    qtbot.waitExposed(preview)
    shown = preview.view.toPlainText()
    assert WORDS in shown and "Signerer senere" in shown and shown.count(today) >= 4
    preview.accept()
    text = pdf_text(qtbot, section, tmp_path / "tonje.pdf")
    assert WORDS in text
    assert "Ola Šára – sosiallærer Signerer senere" in text
    assert f"Siv Lund – kontaktlærer {today}" in text

    # Ctrl+Z takes the whole signing back; Ctrl+Y brings it again.
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert section.current.status is AgreementStatus.READY
    assert section.list.currentItem().text() == "Avtale 1, versjon 1 – klar til signering"
    shortcut(qtbot, window, Qt.Key.Key_Y)
    assert section.list.currentItem().text() == WORDS

    # Later, Ola signs on screen: his mark goes, his line carries the day he signed.
    click(qtbot, section.sign_button)
    later = section.dialog
    qtbot.waitExposed(later)
    assert later.person.currentText() == "Tonje Ánde (Elev)"  # nobody is missing
    choose(qtbot, later.person, "Ola Šára (Sosiallærer)")
    assert later.undo_decline_button.isEnabled()  # his mark could be taken back here too
    draw_signature(qtbot, later.pad)
    click(qtbot, later.sign_button)
    click(qtbot, later.done_button)
    assert section.current.declines == () and len(section.current.signatures) == 5
    assert section.list.currentItem().text() == "Avtale 1, versjon 1 – signert"
    assert "Ola Šára – sosiallærer " + today in pdf_text(qtbot, section, tmp_path / "2.pdf")


def test_partly_signed_names_who_is_missing_in_the_pdf(qtbot, make_window, vault_dir,
                                                       tmp_path):
    window, section, dialog = signing_dialog(qtbot, make_window, vault_dir)
    today = date.today().strftime("%d.%m.%Y")
    choose(qtbot, dialog.person, "Kari Ánde (Mor)")
    choose(qtbot, dialog.reason, "ønsker ikke å signere")
    click(qtbot, dialog.decline_button)
    assert dialog.person.currentText() == "Siv Lund (Kontaktlærer)"  # next still missing
    draw_signature(qtbot, dialog.pad)
    click(qtbot, dialog.sign_button)
    click(qtbot, dialog.done_button)
    words = "Avtale 1, versjon 1 – delvis signert (1 av 5)"
    assert section.list.currentItem().text() == words
    missing = ("Mangler underskrift fra: Tonje Ánde, Per Ánde, Ola Šára. "
               "Signerer ikke: Kari Ánde (ønsker ikke å signere).")
    assert section.status.text().startswith(f"{words}. {missing}")
    text = pdf_text(qtbot, section, tmp_path / "delvis.pdf")
    assert words in text and missing in text
    # two lines to a row: both names, then what stands under each
    assert f"Kari Ánde – mor Siv Lund – kontaktlærer Ønsker ikke å signere {today}" in text


def test_a_stray_escape_does_not_throw_away_signatures(qtbot, make_window, vault_dir):
    window, section, dialog = signing_dialog(qtbot, make_window, vault_dir)
    draw_signature(qtbot, dialog.pad)
    click(qtbot, dialog.sign_button)
    press(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and "ikke lagret ennå" in dialog.status.text()
    click(qtbot, dialog.done_button)  # stored after all
    assert [s.name for s in section.current.signatures] == ["Tonje Ánde"]

    click(qtbot, section.sign_button)
    again = section.dialog
    qtbot.waitExposed(again)
    press(again, Qt.Key.Key_Escape)  # nothing new: closes at once
    assert not again.isVisible()
    click(qtbot, section.sign_button)
    last = section.dialog
    qtbot.waitExposed(last)
    click(qtbot, last.decline_button)  # Per: signerer senere
    press(last, Qt.Key.Key_Escape)
    press(last, Qt.Key.Key_Escape)  # the second time it means it
    assert not last.isVisible() and section.current.declines == ()
