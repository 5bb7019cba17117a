"""Beside a measure in the tiltakssirkel: the registered absence before and
after its start date, updated when the date is typed. Today is Friday
27 March 2026; the pupil missed five Mondays (2.2–23.2 and 9.3)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from desktop.domain.measure_circle import EntryKind
from desktop.services import app_service as service_module
from tests.ui.sections.absence.steps import add_line, open_absence
from tests.ui.sections.circle.test_circle import add_by_typing, open_circle


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(service_module, "today", lambda: date(2026, 3, 27))


def test_the_measure_shows_absence_before_and_after_its_start(qtbot, make_window, vault_dir):
    _window, page, absence = open_absence(qtbot, make_window, vault_dir)
    for when in ("02.02.2026", "09.02.2026", "16.02.2026", "23.02.2026", "09.03.2026"):
        add_line(qtbot, absence, when)
    section = open_circle(qtbot, page)
    add_by_typing(qtbot, section, EntryKind.MEASURE, "Fast voksen tar imot om morgenen")
    editor = section.editor
    editor.lists[EntryKind.MEASURE].list.set_current_row(0)
    effect = editor.details.effect
    assert effect.text() == "Sett en startdato for å se fraværet før og etter."
    # Chosen in the calendar pop-up (the field shows "ikke satt" and takes no typing
    # until a date is set; the pop-up is the way a person sets the first date).
    editor.details.start.setFocus()
    editor.details.start.setDate(QDate(2026, 3, 2))
    [measure] = [e for _box, e in section.editing.service.circle.measures()]
    assert measure.start == date(2026, 3, 2)
    assert effect.text() == "fravær før: 20 %, etter: 5 % (4 uker hver)"
