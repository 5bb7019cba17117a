"""The tiltakssirkel as a person uses it: choose boxes with the keyboard and
the mouse, fill the three lists, take an example, undo and redo, accept a
suggestion from a conversation; everything is there after reopening."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.casefile.suggestions_repo import SuggestionRepository
from desktop.domain.measure_circle import EntryKind, MeasureStatus, Party
from desktop.domain.suggestions import MeasureSuggestion, SuggestionStatus
from desktop.services.circle_service import MeasureCircleService, circle_form
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    choose,
    click,
    create_case,
    open_case_from_list,
    press,
    shortcut,
    toggle,
    type_into,
    type_text,
    unlock,
    wait_saved,
)

R, K, M = EntryKind.RESOURCE, EntryKind.RISK, EntryKind.MEASURE
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_circle(qtbot, page):
    """Down the section list with the keyboard to "Tiltakssirkel"."""
    page.nav.setFocus()
    press(page.nav, Qt.Key.Key_Home)
    for _ in range(3):
        press(page.nav, Qt.Key.Key_Down)
    section = page.sections.currentWidget()
    assert section.objectName() == "circleSection"
    return section


def click_box(qtbot, section, box_id: str) -> None:
    view = section.view
    item = next(i for i in view.items_ if i.data.id == box_id)
    point = view.mapFromScene(item.scenePos())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def add_by_typing(qtbot, section, kind: EntryKind, text: str) -> None:
    field = section.editor.lists[kind].input
    type_into(qtbot, field, text)
    press(field, Qt.Key.Key_Return)
    assert field.text() == ""


def shown(section, kind: EntryKind) -> list[str]:
    return section.editor.lists[kind].texts()


def test_fill_three_boxes_examples_undo_suggestion_and_reopen(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Ánde Sárá")
    page = window.case_page
    session = page.session
    # A measure suggestion noted in a kartleggingssamtale, tagged with a box.
    suggestions = session.repository(SuggestionRepository)
    noted = session.edit(lambda: suggestions.add(MeasureSuggestion(
        None, "relasjon_voksne", "Rektor hilser på eleven hver morgen", "conversation", 1,
        "Kartleggingssamtale 12.03.2026")))

    section = open_circle(qtbot, page)
    editor, view = section.editor, section.view
    # It starts where the guide says: relations to adults at school, with the hint.
    assert view.current_id() == "relasjon_voksne"
    assert editor.title.text() == "Relasjon til voksne på skolen"
    assert editor.start_hint.isVisible() and "voksne på skolen" in editor.start_hint.text()
    assert "ikke tatt opp ennå" in view.status_text(view.box_data("hjemmeforhold"))
    assert view.box_data("relasjon_voksne").suggestions == 1

    # 1) keyboard: Right arrow to the next box, Enter opens its editor.
    view.setFocus()
    press(view, Qt.Key.Key_Right)
    assert view.current_id() == "relasjon_medelever"
    assert editor.title.text() == "Relasjon til medelever"
    press(view, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is editor.lists[R].input
    type_text(editor.lists[R].input, "Har én god venn – Máret")
    press(editor.lists[R].input, Qt.Key.Key_Return)
    add_by_typing(qtbot, section, K, "Står alene i storefri")
    add_by_typing(qtbot, section, M, "Kontaktlærer finner en læringspartner")
    assert shown(section, R) == ["Har én god venn – Máret"]
    data = view.box_data("relasjon_medelever")
    assert (data.resources, data.risks, data.measures) == (1, 1, 1)

    # The measure gets a responsible party and a status.
    measures = editor.lists[M].list
    measures.set_current_row(0)
    choose(qtbot, editor.details.responsible, "Kontaktlærer")
    choose(qtbot, editor.details.status, "avtalt")
    assert "Kontaktlærer" in measures.labels()[0] and "avtalt" in measures.labels()[0]
    choose(qtbot, editor.details.link, "− Står alene i storefri")  # the risk it reduces
    # What a screen reader hears about the chosen box.
    assert view.accessibleDescription().startswith(
        "Relasjon til medelever: 1 ressurser, 1 risiko, 1 tiltak")

    # 2) mouse: click "Hjemmeforhold" in the circle.
    click_box(qtbot, section, "hjemmeforhold")
    assert view.current_id() == "hjemmeforhold"
    assert editor.title.text() == "Hjemmeforhold"
    add_by_typing(qtbot, section, R, "Faste måltider")
    add_by_typing(qtbot, section, K, "Sene kvelder med skjerm")
    add_by_typing(qtbot, section, M, "Skjermfri time før leggetid")
    toggle(editor.discussed)
    assert view.box_data("hjemmeforhold").discussed

    # An example from the bank: choose it, one click on "Sett inn", then edit it.
    example_list = editor.examples.list
    rows = example_list.rows_model.rows
    example = next(i for i, row in enumerate(rows) if row.kind == "measure")
    example_list.set_current_row(example)
    example_text = rows[example].full
    assert example_list.labels()[example] == "• " + example_text
    click(qtbot, editor.examples.insert)
    assert shown(section, M) == ["Skjermfri time før leggetid", example_text]

    # 3) back with Home to the start box, keyboard again.
    view.setFocus()
    press(view, Qt.Key.Key_Home)
    assert view.current_id() == "relasjon_voksne"
    add_by_typing(qtbot, section, R, "God relasjon til kontaktlærer")
    add_by_typing(qtbot, section, K, "Redd for kritikk ŧ")
    add_by_typing(qtbot, section, M, "Fast prat hver fredag")

    # Undo/redo with the keyboard: the last measure goes and comes back.
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert shown(section, M) == []
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert shown(section, M) == ["Fast prat hver fredag"]

    # The suggestion from the conversation: accept it, undo, redo.
    assert editor.suggestions.isVisible()
    assert "Rektor hilser" in editor.suggestions.list.labels()[0]
    assert "Kartleggingssamtale 12.03.2026" in editor.suggestions.list.labels()[0]
    click(qtbot, editor.suggestions.accept)
    assert shown(section, M) == ["Fast prat hver fredag", "Rektor hilser på eleven hver morgen"]
    assert suggestions.list(status=SuggestionStatus.ACCEPTED) == [
        s for s in suggestions.list() if s.id == noted.id]
    assert not editor.suggestions.isVisible()
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert suggestions.list(status=SuggestionStatus.OPEN)[0].id == noted.id
    assert shown(section, M) == ["Fast prat hver fredag"]
    assert editor.suggestions.isVisible()
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert suggestions.list(status=SuggestionStatus.OPEN) == []

    # Undo of an edit in another box brings that box into view.
    click_box(qtbot, section, "fritid")
    shortcut(qtbot, window, Qt.Key.Key_Z)  # undoes the accept in relasjon_voksne
    assert view.current_id() == "relasjon_voksne"
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)

    wait_saved(qtbot, window)
    case_id = session.case_id
    click(qtbot, page.back_button)
    assert window.case_page is None

    # What the disk holds, read by a new program instance.
    service = new_service(vault_dir)
    try:
        stored = MeasureCircleService(service.open_case(case_id), circle_form(None)[0])
        medelever = stored.box("relasjon_medelever")
        assert [e.text for e in medelever.entries] == [
            "Har én god venn – Máret", "Står alene i storefri",
            "Kontaktlærer finner en læringspartner"]
        [measure] = medelever.of_kind(M)
        assert measure.party is Party.CONTACT_TEACHER and measure.status is MeasureStatus.AGREED
        assert measure.link_id == medelever.of_kind(K)[0].id
        home = stored.box("hjemmeforhold")
        assert home.discussed
        assert [e.text for e in home.of_kind(M)] == ["Skjermfri time før leggetid", example_text]
        adults = stored.box("relasjon_voksne")
        assert [e.text for e in adults.of_kind(M)] == [
            "Fast prat hver fredag", "Rektor hilser på eleven hver morgen"]
        assert [e.text for e in adults.of_kind(K)] == ["Redd for kritikk ŧ"]
        assert stored.open_suggestions("relasjon_voksne") == []
    finally:
        service.lock()

    # And what the window shows after opening the case again.
    open_case_from_list(qtbot, window, case_id)
    section = open_circle(qtbot, window.case_page)
    click_box(qtbot, section, "relasjon_medelever")
    assert shown(section, R) == ["Har én god venn – Máret"]
    assert section.view.box_data("hjemmeforhold").discussed
    assert section.view.box_data("relasjon_voksne").measures == 2
