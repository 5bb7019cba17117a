"""Issue 16: after a long import the figures of Fravær and Oversikt are computed
on a worker (ui/widgets/absence_figures.py) and show the same as before;
"Oppdaterer …" shows meanwhile, typing goes on, and a result that is no longer
wanted (a newer change, a closed case) is never drawn."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.domain.absence import AbsenceRecord
from desktop.domain.absence_heat import heat_counts
from desktop.domain.school_week import SchoolWeek
from desktop.services import app_service as service_module
from desktop.services.absence_figures import BACKGROUND_FROM, compute_figures
from desktop.services.absence_register import AbsenceRegister, phase_label
from desktop.ui.widgets.absence_editing import AbsenceEditing
from desktop.ui.widgets.absence_figures import AbsenceFigures
from desktop.ui.widgets.absence_texts import window_labels
from tests.ui.conftest import new_service
from tests.ui.helpers import click, find, type_into, wait_saved
from tests.ui.sections.absence.steps import open_absence

TODAY = date(2026, 3, 31)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(service_module, "today", lambda: TODAY)


def school_days(count: int, last: date = TODAY) -> list[date]:
    """`count` school days back from `last`, oldest first."""
    week, day, days = SchoolWeek(), last, []
    while len(days) < count:
        if week.is_school_day(day):
            days.append(day)
        day -= timedelta(days=1)
    return days[::-1]


def absence_file(tmp_path, count: int):
    lines = [f"{day:%d.%m.%Y};dag;;{'ja' if i % 3 else 'nei'};sykdom\n"
             for i, day in enumerate(school_days(count))]
    path = tmp_path / "fravaer.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def shown_totals(section) -> list[list[str]]:
    table = section.totals
    return [[table.verticalHeaderItem(r).text()]
            + [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def expected_totals(register: AbsenceRegister) -> list[list[str]]:
    """What the section drew before the figures moved to a worker (its old refresh)."""
    labels = window_labels()
    return [[labels[t.key], f"{t.absent_lessons} / {t.school_lessons}",
             f"{t.share:.1f} %".replace(".", ","), str(t.documented_lessons),
             str(t.undocumented_lessons), str(t.whole_days), str(t.late_arrivals)]
            for t in register.totals()]


class Gate:
    """Holds the figures worker until the test lets it go (a slow computer)."""

    def __init__(self, figures: AbsenceFigures):
        self.open = threading.Event()
        self.started = 0
        self.ended = 0
        figures.compute = self.compute

    def compute(self, snapshot):
        self.started += 1
        self.open.wait(30)
        try:
            return compute_figures(snapshot)
        finally:
            self.ended += 1


def test_a_long_import_through_the_dialog_shows_the_right_figures(
        qtbot, make_window, vault_dir, tmp_path):
    window, page, section = open_absence(qtbot, make_window, vault_dir)
    figures = AbsenceFigures.of(page.editing)
    gate = Gate(figures)
    dialog = section.import_file(str(absence_file(tmp_path, 3000)))
    qtbot.waitUntil(lambda: not dialog.reading, timeout=20_000)
    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        click(qtbot, find(dialog, QPushButton, "importAccept"))

    # Stored; the figures are being computed: said, and the window takes keys.
    updating = find(section, QLabel, "absenceUpdating")
    assert updating.isVisible() and updating.text() == "Oppdaterer …"
    assert page.overview.follow_up.updating.text() == "Oppdaterer …"
    type_into(qtbot, section.entry.date_edit, "30.03.2026")
    assert section.entry.date_edit.text() == "30.03.2026"
    qtbot.waitUntil(lambda: gate.started == 1)

    gate.open.set()
    qtbot.waitUntil(lambda: updating.isHidden() and not figures.pending, timeout=20_000)
    register = AbsenceRegister(page.session)
    assert len(register.records()) == 3000 == section.model.rowCount()
    assert section.model.record(0).day == TODAY  # newest first
    assert shown_totals(section) == expected_totals(register)
    assert shown_totals(section)[0][1] != "0 / 0"
    assert section.heat_map.counts == heat_counts(register.records(), register.week())
    # Oversikt: the phase the rules suggest, and the case list's phase, as computed
    # on the UI thread.
    follow_up = page.overview.follow_up
    proposal = register.proposal()
    assert follow_up.updating.isHidden()
    assert follow_up.suggested.text() == f"{proposal.phase.name} (forslag)"
    assert register.repo.summary_phase() == phase_label(None, proposal)
    assert page.overview.timeline.list.count() > 1

    wait_saved(qtbot, window)
    service = new_service(vault_dir)
    try:
        assert service.list_cases()[0].summary.phase == phase_label(None, proposal)
    finally:
        service.lock()


def records(days: list[date]) -> list[AbsenceRecord]:
    return [AbsenceRecord(None, day) for day in days]


def test_a_result_overtaken_by_a_newer_change_is_not_drawn(qtbot, make_window, vault_dir):
    _window, page, section = open_absence(qtbot, make_window, vault_dir)
    absence = AbsenceEditing.of(page.editing)
    figures = AbsenceFigures.of(page.editing)
    gate = Gate(figures)
    shown = []
    figures.ready.connect(shown.append)
    days = school_days(BACKGROUND_FROM + 1)
    absence.add_records(records(days[1:]))  # a long register: figures from a worker
    qtbot.waitUntil(lambda: gate.started == 1)
    first_ticket = figures.ticket
    absence.add_records(records(days[:1]))  # a newer change while the first is computed
    assert figures.ticket == first_ticket + 1

    gate.open.set()
    updating = find(section, QLabel, "absenceUpdating")
    qtbot.waitUntil(lambda: gate.ended == 2 and not figures.pending and updating.isHidden(),
                    timeout=20_000)  # drawn in pieces: hidden after the last
    assert len(shown) == 1  # only the newer result was drawn
    assert len(shown[0].records) == BACKGROUND_FROM + 1
    assert section.model.rowCount() == BACKGROUND_FROM + 1
    assert figures.current() is shown[0]


def test_a_result_arriving_after_the_case_was_closed_is_dropped(qtbot, make_window,
                                                                vault_dir):
    window, page, section = open_absence(qtbot, make_window, vault_dir)
    absence = AbsenceEditing.of(page.editing)
    figures = AbsenceFigures.of(page.editing)
    session = page.session
    gate = Gate(figures)
    shown = []
    figures.ready.connect(shown.append)
    absence.add_records(records(school_days(BACKGROUND_FROM)))
    qtbot.waitUntil(lambda: gate.started == 1)
    call = figures._call
    session.discard_changes()  # "Lukk uten å lagre": the close does not wait for it
    assert window.close_case()
    assert session.closed

    gate.open.set()
    qtbot.waitUntil(lambda: call._completed, timeout=20_000)
    QCoreApplication.sendPostedEvents()  # the delivery, if anything still listens
    QCoreApplication.processEvents()
    assert window.case_page is None and shown == []
