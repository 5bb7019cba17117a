"""Ta vare på sirkelen (a snapshot), compare two stands, and the PDF from the circle's toolbar."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.domain.measure_circle import EntryKind
from desktop.services.circle_service import MeasureCircleService, circle_form
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import choose, click, create_case, press, type_into, unlock, wait_saved
from tests.ui.sections.circle.test_circle import add_by_typing, open_circle

M = EntryKind.MEASURE


def test_save_stand_compare_and_pdf(qtbot, make_window, vault_dir, tmp_path):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Ánde Sárá")
    section = open_circle(qtbot, window.case_page)
    toolbar, editor = section.toolbar, section.editor
    assert not toolbar.compare_button.isEnabled()  # nothing to compare yet
    add_by_typing(qtbot, section, M, "Fast prat hver fredag")
    add_by_typing(qtbot, section, M, "Rektor hilser")

    # Ta vare på sirkelen: a name is required, then it is kept.
    click(qtbot, toolbar.save_button)
    dialog = toolbar.dialog
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.label, "")
    press(dialog.label, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.problem.isVisible()
    type_into(qtbot, dialog.label, "Første møte")
    press(dialog.label, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Første møte" in toolbar.note.text()
    assert toolbar.compare_button.isEnabled()

    # Afterwards: one measure completed, one added.
    editor.lists[M].list.set_current_row(0)
    choose(qtbot, editor.details.status, "fullført")
    add_by_typing(qtbot, section, M, "Kontaktlærer sender melding om morgenen")
    click(qtbot, toolbar.compare_button)
    compare = toolbar.dialog
    qtbot.waitExposed(compare)
    assert compare.older.currentText().startswith("Første møte")
    assert compare.newer.currentText() == "Nå"
    text = compare.result.toPlainText()
    assert "Lagt til (1)" in text and "Kontaktlærer sender melding om morgenen" in text
    assert "Fullført (1)" in text and "Fast prat hver fredag" in text
    assert "Endret" not in text
    choose(qtbot, compare.newer, compare.older.currentText())
    assert compare.result.toPlainText() == "Ingen endringer."
    compare.reject()

    # The PDF, through the file dialog, written off the UI thread.
    click(qtbot, toolbar.pdf_button)
    file_dialog = toolbar.dialog
    target = tmp_path / "sirkel.pdf"
    file_dialog.selectFile(str(target))
    file_dialog.accept()
    qtbot.waitUntil(lambda: "PDF lagret" in toolbar.note.text(), timeout=10_000)
    pdf_text = " ".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert "Ánde Sárá" in pdf_text and "Kontaktlærer sender melding om morgenen" in pdf_text
    assert "fullført" in pdf_text and "Relasjon til voksne på skolen" in pdf_text

    wait_saved(qtbot, window)
    case_id = window.case_page.session.case_id
    click(qtbot, window.case_page.back_button)
    service = new_service(vault_dir)
    try:
        stored = MeasureCircleService(service.open_case(case_id), circle_form(None)[0])
        [snapshot] = stored.snapshots()
        assert snapshot.label == "Første møte"
        assert [e.text for e in snapshot.boxes["relasjon_voksne"].of_kind(M)] == [
            "Fast prat hver fredag", "Rektor hilser"]
    finally:
        service.lock()


def test_a_pdf_that_cannot_be_written_says_so(qtbot, make_window, vault_dir, tmp_path):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Emil")
    section = open_circle(qtbot, window.case_page)
    section.toolbar.export_pdf(tmp_path / "finnes-ikke" / "sirkel.pdf")
    qtbot.waitUntil(lambda: "kunne ikke lagres" in section.toolbar.note.text())
    assert section.toolbar.pdf_button.isEnabled()
