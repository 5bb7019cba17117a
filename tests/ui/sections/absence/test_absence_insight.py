"""Fravær → Mønstre og utvikling, as a person uses it: type the absence, read
the pattern, choose it with the keyboard and see the records behind it chosen
in the register; walk the weekly chart with the arrow keys; read the before and
after figures of a measure from the circle. Today is Friday 27 March 2026."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from desktop.domain.measure_circle import EntryKind
from desktop.services import app_service as service_module
from desktop.services.absence_register import AbsenceRegister
from desktop.services.circle_service import MeasureCircleService, circle_form
from tests.ui.helpers import press
from tests.ui.sections.absence.steps import add_line, open_absence

TODAY = date(2026, 3, 27)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(service_module, "today", lambda: TODAY)


def texts(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def selected_days(section) -> list[int]:
    rows = sorted({i.row() for i in section.table.selectionModel().selectedRows()})
    return sorted(section.model.record(row).day.day for row in rows)


def add_circle_measure(page, text: str, start: date) -> None:
    circle = MeasureCircleService(page.session, circle_form()[0])
    box_id = next(iter(circle.circle.boxes))
    circle.write_box(circle.box(box_id).with_added(
        circle.new_entry(EntryKind.MEASURE, text, start=start)))


def test_a_pattern_is_shown_and_chosen_by_keyboard_selects_its_records(
        qtbot, make_window, vault_dir):
    _window, page, section = open_absence(qtbot, make_window, vault_dir)
    patterns = section.insight.patterns
    assert texts(patterns) == ["Ingen tydelige mønstre i fraværet."]
    for when in ("02.03.2026", "09.03.2026", "11.03.2026", "16.03.2026", "23.03.2026"):
        add_line(qtbot, section, when)
    assert len(AbsenceRegister(page.session).records()) == 5
    assert "4 av 5 fraværsdager siste 8 uker er mandager" in texts(patterns)

    patterns.setFocus()
    press(patterns, Qt.Key.Key_Home)
    row = texts(patterns).index("4 av 5 fraværsdager siste 8 uker er mandager")
    for _ in range(row):
        press(patterns, Qt.Key.Key_Down)
    assert selected_days(section) == [2, 9, 16, 23]  # not Wednesday 11.03

    add_line(qtbot, section, "25.03.2026")  # a second Wednesday: 4 of 6, still 50 % or more
    assert "4 av 6 fraværsdager siste 8 uker er mandager" in texts(patterns)


def test_the_weekly_chart_is_walked_with_the_arrow_keys(qtbot, make_window, vault_dir):
    _window, _page, section = open_absence(qtbot, make_window, vault_dir)
    add_line(qtbot, section, "16.03.2026")
    add_line(qtbot, section, "18.03.2026", "1-3")
    chart = section.insight.chart
    assert QAccessible.queryAccessibleInterface(chart).text(QAccessible.Text.Name) == \
        "Fravær per skoleuke"
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    chart.setFocus()
    press(chart, Qt.Key.Key_End)
    label = section.insight.week_label
    assert label.text() == "Uke 13 (fra 23.03.2026): fravær 0 % (dokumentert 0 %, " \
                           "udokumentert 0 %)"
    press(chart, Qt.Key.Key_Left)
    # 16.–20. March: a whole day (6) and three lessons of 30 = 30 %.
    assert label.text() == "Uke 12 (fra 16.03.2026): fravær 30 % (dokumentert 0 %, " \
                           "udokumentert 30 %)"
    assert chart.accessibleDescription() == label.text()
    press(chart, Qt.Key.Key_Home)
    assert label.text().startswith("Uke 2 (fra 05.01.2026)")  # twelve weeks back


def test_before_and_after_a_measure_beside_its_start_on_the_chart(
        qtbot, make_window, vault_dir):
    _window, page, section = open_absence(qtbot, make_window, vault_dir)
    for when in ("02.02.2026", "09.02.2026", "16.02.2026", "23.02.2026", "09.03.2026"):
        add_line(qtbot, section, when)
    add_circle_measure(page, "Fast voksen tar imot om morgenen", date(2026, 3, 2))
    add_circle_measure(page, "Sitte ved siden av en venn", date(2026, 3, 16))
    page.show_section("overview")
    page.show_section("absence")  # the circle changed elsewhere: shown again, read again
    table = section.insight.effects
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [
        ["02.03.2026", "Tiltak: Fast voksen tar imot om morgenen",
         "fravær før: 20 %, etter: 5 % (4 uker hver)"],
        ["16.03.2026", "Tiltak: Sitte ved siden av en venn",
         "fravær før: 10 %, etter: 0 % (2 uker hver)"],
    ]
    chart = section.insight.chart
    chart.setFocus()
    press(chart, Qt.Key.Key_End)
    for _ in range(3):
        press(chart, Qt.Key.Key_Left)
    assert section.insight.week_label.text().endswith(
        "Startet denne uka: Tiltak: Fast voksen tar imot om morgenen")


def test_too_little_data_is_said(qtbot, make_window, vault_dir):
    _window, page, section = open_absence(qtbot, make_window, vault_dir)
    add_circle_measure(page, "Kort tiltak", date(2026, 3, 23))
    section.refresh()
    table = section.insight.effects
    assert table.item(0, 2).text() == "for lite data: 1 uke etter start"


def test_the_evaluation_of_an_agreement_shows_absence_before_and_after(
        qtbot, make_window, vault_dir):
    from dataclasses import replace

    from desktop.services.agreement_service import AgreementService
    from tests.agreements.examples import tonje
    from tests.ui.helpers import click
    from tests.ui.sections.agreements.agreement_helpers import open_section

    _window, page, section = open_absence(qtbot, make_window, vault_dir)
    for when in ("02.02.2026", "09.02.2026", "16.02.2026", "23.02.2026", "09.03.2026"):
        add_line(qtbot, section, when)
    agreements = AgreementService(page.session, today=lambda: TODAY)
    draft = agreements.new_draft()  # made and frozen in Avtaler in real use
    agreements.write(replace(tonje(date(2026, 3, 2)), id=draft.id, number=draft.number,
                             version=draft.version, created_at=draft.created_at))
    agreements.freeze(draft.id)
    avtaler = open_section(qtbot, page, "agreements")
    avtaler.refresh()
    click(qtbot, avtaler.evaluate_button)
    dialog = avtaler.dialog
    qtbot.waitExposed(dialog)
    shown = dialog.findChild(type(dialog.message), "evaluationAbsence")
    # Issue 15 (seed 001 Vedlegg 4): the agreement's own period first, one whole day absent.
    assert shown.text() == ("I avtaleperioden 02.03.2026–20.03.2026: fravær 6 av 90 timer "
                            "(7 %; dokumentert 0 %, udokumentert 7 %), 0 forsentkomminger.\n"
                            "Fra avtaledatoen 02.03.2026: fravær før: 20 %, etter: 5 % "
                            "(4 uker hver). Tallene viser det registrerte fraværet, ikke hva "
                            "som er årsaken.")
    assert "Skoletimer i perioden" in dialog.document().html
    assert dialog.document().html.count("fravær før: 20 %, etter: 5 %") == 1
    dialog.accept()


def test_the_panel_scrolls_inside_the_section_at_1366x768(qtbot, make_window, vault_dir):
    window, _page, section = open_absence(qtbot, make_window, vault_dir)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() <= 1366 and window.height() <= 768)
    insight = section.insight
    assert section.verticalScrollBar().maximum() > 0  # the section scrolls, not the window
    section.ensureWidgetVisible(insight.effects, 0, 0)
    qtbot.waitUntil(lambda: not insight.chart.visibleRegion().isEmpty())
    assert insight.chart.width() >= insight.chart.minimumWidth()
    assert insight.chart.height() >= 170
    assert insight.patterns.height() >= 100 and insight.effects.height() >= 100


def test_a_subject_or_measure_named_with_a_percent_sign_is_shown_as_typed():
    from desktop.domain.absence_patterns import Pattern, PatternKind
    from desktop.ui.widgets.absence_insight_texts import pattern_sentence

    pattern = Pattern(PatternKind.SUBJECT, 3, 5, 8, subject="%1 mat & helse %2")
    assert pattern_sentence(pattern) == \
        "3 av 5 enkelttimer med fravær siste 8 uker er %1 mat & helse %2"
