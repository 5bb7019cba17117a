"""The case list: search, sort, archive, delete; damaged files; two instances."""

from __future__ import annotations

import socket
import sqlite3

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from desktop.casefile.container import HEADER_LEN
from desktop.casefile.errors import DamagedFile, DamageReason
from desktop.ui.case_list_model import DAMAGED_ROLE, NAME, SCHOOL
from desktop.ui.dialogs.delete_case import DeleteCaseDialog
from desktop.ui.messages import message_for
from desktop.ui.widgets.field_form import ChoiceBox
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    activate,
    click,
    find,
    open_case_from_list,
    press,
    row_of,
    shortcut,
    toggle,
    type_into,
    type_text,
    unlock,
)

CASES = [
    # name, grade, school, archived
    ("Ánde Sárá", "7", "Fjellbakken skole", False),
    ("Emil Haugland", "9", "Bjørkelia ungdomsskole", False),
    ("Øyvind Berg", "9", "Bjørkelia ungdomsskole", False),
    ("Amina Yusuf", "vg1", "Elvetun videregående skole", False),
    ("Gamle Gunnar", "10", "Fjellbakken skole", True),
]


def make_cases(vault_dir, cases=CASES) -> dict[str, str]:
    """Cases written by another program run before the window starts."""
    service = new_service(vault_dir)
    ids = {}
    for name, grade, school, archived in cases:
        session = service.create_case(name)
        session.set_pupil_field("grade", grade)
        session.set_pupil_field("school", school)
        service.close_case(session)  # a second write: the first one is kept as .bak
        if archived:
            service.set_archived(session.case_id, True)
        ids[name] = session.case_id
    service.lock()
    return ids


def list_window(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    return window, window.list_page


def test_search_sort_and_archived(qtbot, make_window, vault_dir):
    ids = make_cases(vault_dir)
    window, page = list_window(qtbot, make_window, vault_dir)
    # Norwegian order: Á with A, Ø near the end; the archived case is hidden.
    assert page.visible_names() == ["Amina Yusuf", "Ánde Sárá", "Emil Haugland",
                                    "Øyvind Berg"]

    search = find(page, QLineEdit, "caseSearch")
    type_into(qtbot, search, "bjørk")
    assert page.visible_names() == ["Emil Haugland", "Øyvind Berg"]
    type_into(qtbot, search, "SÁRÁ")
    assert page.visible_names() == ["Ánde Sárá"]
    type_into(qtbot, search, "9. trinn")
    assert page.visible_names() == ["Emil Haugland", "Øyvind Berg"]
    type_into(qtbot, search, "")
    assert len(page.visible_names()) == 4

    # Sorting by a click on a column header.
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(SCHOOL) + header.sectionSize(SCHOOL) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert page.visible_names() == ["Emil Haugland", "Øyvind Berg", "Amina Yusuf",
                                    "Ánde Sárá"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert page.visible_names()[0] == "Ánde Sárá"  # Fjellbakken first, descending

    # Archived cases appear with the check box, marked, and can be restored.
    toggle(find(page, QCheckBox, "showArchived"))
    assert "Gamle Gunnar" in page.visible_names()
    row = row_of(window, ids["Gamle Gunnar"])
    assert page.proxy.index(row, NAME).data() == "Gamle Gunnar (arkivert)"
    page.select_case(ids["Gamle Gunnar"])
    assert page.archive_button.text() == "Gjenopprett"
    click(qtbot, page.archive_button)
    toggle(find(page, QCheckBox, "showArchived"))
    assert "Gamle Gunnar" in page.visible_names()

    # Archiving hides a case.
    page.select_case(ids["Emil Haugland"])
    assert page.archive_button.text() == "Arkiver"
    click(qtbot, page.archive_button)
    assert "Emil Haugland" not in page.visible_names()

    stored = {e.summary.name: e.summary.archived
              for e in new_service(vault_dir).list_cases(include_archived=True)}
    assert stored["Gamle Gunnar"] is False and stored["Emil Haugland"] is True


def test_delete_needs_the_exact_name_and_removes_file_and_backup(qtbot, make_window,
                                                                  vault_dir):
    ids = make_cases(vault_dir)
    window, page = list_window(qtbot, make_window, vault_dir)
    case_file = window.service.paths.cases_dir / f"{ids['Ánde Sárá']}.naervaer"
    backups = [p for p in case_file.parent.iterdir()
               if p.name.startswith(ids["Ánde Sárá"]) and p != case_file]
    assert case_file.exists() and backups, "the case should have a file and a backup"

    page.select_case(ids["Ánde Sárá"])
    click(qtbot, page.delete_button)
    qtbot.waitUntil(lambda: window.findChild(DeleteCaseDialog) is not None)
    dialog = window.findChild(DeleteCaseDialog)
    assert "DEMO" not in dialog.windowTitle()
    confirm = find(dialog, QLineEdit, "deleteConfirmName")
    delete = find(dialog, QPushButton, "deleteConfirmButton")
    assert not delete.isEnabled()
    type_text(confirm, "Ande Sara")  # close is not enough
    assert not delete.isEnabled()
    press(confirm, Qt.Key.Key_Return)  # Enter does not delete either
    assert case_file.exists()
    type_into(qtbot, confirm, "Ánde Sárá")
    assert delete.isEnabled()
    click(qtbot, delete)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert not case_file.exists()
    assert not any(p.exists() for p in backups)
    assert "Ánde Sárá" not in page.visible_names()
    assert len(page.visible_names()) == 3


def test_damaged_and_foreign_files_are_listed_with_reasons_and_never_opened(
        qtbot, make_window, vault_dir):
    ids = make_cases(vault_dir, CASES[:2])
    cases_dir = vault_dir / "cases"
    good = (cases_dir / f"{ids['Emil Haugland']}.naervaer").read_bytes()
    truncated = cases_dir / "aaaaaaaaaaaaaaaaaaaaaaaa.naervaer"
    truncated.write_bytes(good[: len(good) // 2])
    plain = cases_dir / "bbbbbbbbbbbbbbbbbbbbbbbb.naervaer"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.execute("INSERT INTO notes VALUES ('ikke vår fil')")
    conn.close()
    before = {p: p.read_bytes() for p in (truncated, plain)}

    window, page = list_window(qtbot, make_window, vault_dir)
    rows = {page.proxy.index(r, NAME).data(): r for r in range(page.proxy.rowCount())}
    assert len(rows) == 4
    truncated_text = message_for(DamagedFile(DamageReason.TRUNCATED))
    assert truncated_text == "Skadet fil (avkortet) – kan ikke åpnes. Filen blir ikke endret."
    assert truncated_text in rows
    assert "Ukryptert database – ikke en Nærvær-sak. Åpnes ikke." in rows
    # Damaged files sort after the cases, are greyed and carry a warning icon.
    assert list(rows)[:2] == ["Ánde Sárá", "Emil Haugland"]
    damaged = page.proxy.index(rows[truncated_text], NAME)
    assert damaged.data(DAMAGED_ROLE)
    assert damaged.data(Qt.ItemDataRole.DecorationRole) is not None
    assert damaged.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert truncated.name in damaged.data(Qt.ItemDataRole.ToolTipRole)

    # Selecting it offers only deletion (no backup here); Enter does not open it.
    page.table.selectRow(rows[truncated_text])
    assert not page.open_button.isEnabled()
    assert not page.archive_button.isEnabled()
    assert page.delete_button.isEnabled()
    assert not page.restore_button.isVisible()
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Return)
    assert window.case_page is None
    assert {p: p.read_bytes() for p in (truncated, plain)} == before

    # The others still open.
    open_case_from_list(qtbot, window, ids["Emil Haugland"])
    assert find(window.case_page, QLineEdit, "pupilName").text() == "Emil Haugland"


def test_second_instance_opens_read_only_with_a_banner(qtbot, make_window, vault_dir):
    ids = make_cases(vault_dir, CASES[:1])
    other = new_service(vault_dir)  # another running copy of the program
    other_session = other.open_case(ids["Ánde Sárá"])
    assert not other_session.read_only

    window, page = list_window(qtbot, make_window, vault_dir)
    open_case_from_list(qtbot, window, ids["Ánde Sárá"])
    case_page = window.case_page
    assert case_page.session.read_only
    banner = find(case_page, QLabel, "readOnlyBanner")
    assert banner.isVisible()
    text = banner.text()
    assert text.startswith(f"Saken er åpen på {socket.gethostname()} (bruker ")
    assert text.endswith("Du ser den skrivebeskyttet.")
    assert " siden " in text

    name = find(case_page, QLineEdit, "pupilName")
    assert name.isReadOnly()
    activate(qtbot, window)
    name.setFocus()
    type_text(name, "x")
    assert name.text() == "Ánde Sárá"
    assert not find(case_page, ChoiceBox, "pupilGrade").isEnabled()
    assert not case_page.overview.guardians.add_button.isEnabled()
    assert not case_page.overview.team.add_button.isEnabled()
    assert window.save_status.text() == "Skrivebeskyttet – endringer kan ikke gjøres her"
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert case_page.undo_stack.count() == 0

    # Going back to the list never writes the file the other copy holds.
    click(qtbot, case_page.back_button)
    assert window.current_page() is page
    other_session.set_pupil_field("school", "Fjellbakken skole")
    other.close_case(other_session)  # still ours to save: nobody overwrote it
    other.lock()


def test_a_damaged_case_is_restored_from_its_backup_or_deleted_by_typing_slett(
        qtbot, make_window, vault_dir):
    ids = make_cases(vault_dir, CASES[:2])
    service = new_service(vault_dir)
    session = service.open_case(ids["Ánde Sárá"])
    session.set_pupil_field("class_name", "7B")
    service.close_case(session)  # the backup now holds the save before this one
    service.lock()
    cases_dir = vault_dir / "cases"
    for case_id in ids.values():  # damage both summaries
        path = cases_dir / f"{case_id}.naervaer"
        data = bytearray(path.read_bytes())
        data[HEADER_LEN + 3] ^= 0x01
        path.write_bytes(bytes(data))
    emil = cases_dir / f"{ids['Emil Haugland']}.naervaer"
    (cases_dir / f"{emil.name}.bak").unlink()  # Emil has no backup

    window, page = list_window(qtbot, make_window, vault_dir)
    assert page.select_case(ids["Ánde Sárá"])
    text = page.proxy.index(row_of(window, ids["Ánde Sárá"]), NAME).data()
    assert "sikkerhetskopi av saken til Ánde Sárá" in text
    assert page.restore_button.isVisible() and not page.open_button.isEnabled()
    click(qtbot, page.restore_button)
    assert "Ánde Sárá" in page.visible_names()
    open_case_from_list(qtbot, window, ids["Ánde Sárá"])
    assert find(window.case_page, QLineEdit, "pupilName").text() == "Ánde Sárá"
    assert window.close_case()

    # Emil's file cannot be read and has no backup: delete it by typing SLETT.
    page = window.list_page
    assert page.select_case(ids["Emil Haugland"])
    assert not page.restore_button.isVisible()
    click(qtbot, page.delete_button)
    qtbot.waitUntil(lambda: window.findChild(DeleteCaseDialog) is not None)
    dialog = window.findChild(DeleteCaseDialog)
    confirm = find(dialog, QLineEdit, "deleteConfirmName")
    delete = find(dialog, QPushButton, "deleteConfirmButton")
    type_into(qtbot, confirm, "slet")
    assert not delete.isEnabled()
    type_into(qtbot, confirm, "SLETT")
    click(qtbot, delete)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not emil.exists()
    assert page.visible_names() == ["Ánde Sárá"]


def test_a_wide_window_shows_the_whole_school_and_a_small_one_caps_it(qtbot, make_window,
                                                                      vault_dir):
    """At 1366 px the school's name is shown whole (it was cut at 13 letters with room to
    spare); in a narrow window it is capped so that the dates stay on screen."""
    long_school = "Fjellbakken barne- og ungdomsskole avdeling nord"
    make_cases(vault_dir, [("Ánde Sárá", "7", long_school, False)])
    window, page = list_window(qtbot, make_window, vault_dir)
    table = page.table
    wanted = max(table.sizeHintForColumn(SCHOOL),
                 table.horizontalHeader().sectionSizeHint(SCHOOL))
    window.resize(1366, 700)
    qtbot.waitUntil(lambda: table.columnWidth(SCHOOL) >= wanted)
    window.resize(760, 582)
    qtbot.waitUntil(lambda: table.columnWidth(SCHOOL) < wanted)
    header = table.horizontalHeader()
    last = header.logicalIndex(header.count() - 1)  # "Slettes" is still on screen
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= \
        table.viewport().width() + 1
