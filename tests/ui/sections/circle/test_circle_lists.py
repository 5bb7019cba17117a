"""The lists of a box with the keyboard: edit in place, reorder, delete, each
undoable; 50 long entries stay usable; an example dropped on a list is added."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.measure_circle import EntryKind
from desktop.services.circle_service import MeasureCircleService, circle_form
from desktop.ui.sections.circle.model import EXAMPLE_MIME
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import create_case, press, shortcut, type_text, unlock, wait_saved
from tests.ui.sections.circle.test_circle import add_by_typing, open_circle, shown

R, K, M = EntryKind.RESOURCE, EntryKind.RISK, EntryKind.MEASURE
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def circle_of(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Sámi Čáhppes")
    return window, open_circle(qtbot, window.case_page)


def stored_box(vault_dir, case_id, box_id):
    service = new_service(vault_dir)
    try:
        return MeasureCircleService(service.open_case(case_id), circle_form(None)[0]).box(box_id)
    finally:
        service.lock()


def test_edit_in_place_reorder_and_delete_with_undo(qtbot, make_window, vault_dir):
    window, section = circle_of(qtbot, make_window, vault_dir)
    for text in ("Første", "Andre", "Tredje"):
        add_by_typing(qtbot, section, R, text)
    lst = section.editor.lists[R].list
    lst.setFocus()
    lst.set_current_row(0)

    # F2 edits in place; Enter stores.
    press(lst, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not lst
    press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, "Første – endret ž")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown(section, R) == ["Første – endret ž", "Andre", "Tredje"])

    # Alt+Down moves the entry; the selection follows it.
    lst.setFocus()
    lst.set_current_row(0)
    press(lst, Qt.Key.Key_Down, ALT)
    assert shown(section, R) == ["Andre", "Første – endret ž", "Tredje"]
    assert lst.current_row() == 1
    # Delete removes the current entry.
    press(lst, Qt.Key.Key_Delete)
    assert shown(section, R) == ["Andre", "Tredje"]

    shortcut(qtbot, window, Qt.Key.Key_Z)  # the deletion
    assert shown(section, R) == ["Andre", "Første – endret ž", "Tredje"]
    shortcut(qtbot, window, Qt.Key.Key_Z)  # the move
    assert shown(section, R) == ["Første – endret ž", "Andre", "Tredje"]
    shortcut(qtbot, window, Qt.Key.Key_Z)  # the edit
    assert shown(section, R) == ["Første", "Andre", "Tredje"]
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert shown(section, R) == ["Første – endret ž", "Andre", "Tredje"]

    # An empty edit is refused and the stored text shown again.
    lst.setFocus()
    lst.set_current_row(1)
    press(lst, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(editor, Qt.Key.Key_Delete)
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is lst)
    qtbot.waitUntil(lambda: lst.labels()[1] == "Andre")
    assert shown(section, R) == ["Første – endret ž", "Andre", "Tredje"]
    assert section.editing.stack.index() == 4  # nothing was pushed for the empty edit

    wait_saved(qtbot, window)
    box = stored_box(vault_dir, window.case_page.session.case_id, "relasjon_voksne")
    assert [e.text for e in box.of_kind(R)] == ["Første – endret ž", "Andre", "Tredje"]


def test_fifty_long_entries_are_elided_with_full_text_and_scroll(qtbot, make_window, vault_dir):
    window, section = circle_of(qtbot, make_window, vault_dir)
    long_text = "Kontaktlærer ringer hjem hver morgen og avtaler hvem som følger eleven " * 3
    for i in range(50):
        section.editing.add("relasjon_voksne", M, f"{i:02d} {long_text}")
    entry_list = section.editor.lists[M]
    lst = entry_list.list
    assert lst.count() == 50
    # Scrolling: the list is shorter than its content and the last entry can be reached.
    assert lst.verticalScrollBar().maximum() > 0
    lst.setFocus()
    press(lst, Qt.Key.Key_End)
    assert lst.current_row() == 49
    last = lst.model().index(49, 0)
    assert lst.viewport().rect().contains(lst.visualRect(last).center())
    # Elided: one line per entry, narrower than the text; the full text on hover and focus.
    rect = lst.visualRect(last)
    assert rect.height() < 2 * lst.fontMetrics().height() + 8
    assert rect.width() <= lst.viewport().width()
    assert lst.fontMetrics().horizontalAdvance(last.data()) > rect.width()
    full = f"49 {long_text}".strip()
    assert last.data(Qt.ItemDataRole.ToolTipRole) == full
    assert entry_list.detail.isVisible() and entry_list.detail.text() == full
    assert lst.accessibleDescription() == full
    # The details of the current measure follow the keyboard.
    assert section.editor.details.isVisible()
    # The circle counts them all.
    assert section.view.box_data("relasjon_voksne").measures == 50


def test_an_example_dropped_on_a_list_is_added_there(qtbot, make_window, vault_dir):
    window, section = circle_of(qtbot, make_window, vault_dir)
    add_by_typing(qtbot, section, K, "Finnes fra før")
    lst = section.editor.lists[K].list
    # What dragging a risk from the example bank carries.
    bank = section.editor.examples.model
    row = next(i for i, r in enumerate(bank.rows) if r.kind == "risk")
    mime = bank.mimeData([bank.index(row, 0)])
    example = bank.rows[row].full
    drop = QDropEvent(QPoint(5, lst.viewport().height() - 3), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    lst.dropEvent(drop)
    assert shown(section, K) == ["Finnes fra før", example]
    # An example of another kind is refused by this list.
    wrong = QMimeData()
    wrong.setText("Et tiltak")
    wrong.setData(EXAMPLE_MIME, b"measure")
    lst.dropEvent(QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, wrong,
                             Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert shown(section, K) == ["Finnes fra før", example]
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert shown(section, K) == ["Finnes fra før"]


def test_one_click_on_an_example_inserts_it_and_ctrl_z_takes_it_back(qtbot, make_window,
                                                                       vault_dir):
    window, section = circle_of(qtbot, make_window, vault_dir)
    examples = section.editor.examples.list
    rows = examples.rows_model.rows
    risk = next(i for i, row in enumerate(rows) if row.kind == EntryKind.RISK.value)
    before = shown(section, EntryKind.RISK)
    examples.scrollTo(examples.model().index(risk, 0))
    rect = examples.visualRect(examples.model().index(risk, 0))
    qtbot.mouseClick(examples.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown(section, EntryKind.RISK) == before + [rows[risk].full]  # once, not twice
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert shown(section, EntryKind.RISK) == before
