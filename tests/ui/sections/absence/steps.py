"""Steps the Fravær tests share: open a new case on Fravær, type one line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import create_case, press, type_into, unlock


def open_absence(qtbot, make_window, vault_dir, **options):
    window = make_window(vault_dir, **options)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Sárá")
    page = window.case_page
    page.show_section("absence")
    return window, page, page.section_widgets["absence"]


def add_line(qtbot, section, when: str, lessons: str = "") -> None:
    type_into(qtbot, section.entry.date_edit, when)
    type_into(qtbot, section.entry.lessons_edit, lessons)
    press(section.entry.lessons_edit, Qt.Key.Key_Return)
