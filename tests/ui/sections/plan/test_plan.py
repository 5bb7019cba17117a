"""The opptrappingsplan as a person builds it in the meeting: the guided flow
for a five-step plan like Oslo's "Jens" (keyboard for text, mouse for the
grid), then a week's follow-up, a setback (the resource teacher fell ill: the
step is repeated) and a step back; close, reopen, everything is there."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.escalation_plan import Cell, Decision, RunStatus, WeekResult
from desktop.services.plan_service import PlanService, current_plan_steps
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    choose,
    click,
    create_case,
    open_case_from_list,
    press,
    shortcut,
    type_into,
    unlock,
    wait_saved,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TITLES = ["To timer én-til-én, tre dager", "Tre timer med ressurslærer",
          "Halve dager i klassen", "Hele dager med støtte", "Full deltakelse"]


def open_plan(qtbot, page):
    """Down the section list with the keyboard to "Opptrappingsplan"."""
    page.nav.setFocus()
    press(page.nav, Qt.Key.Key_Home)
    for _ in range(4):
        press(page.nav, Qt.Key.Key_Down)
    section = page.sections.currentWidget()
    assert section.objectName() == "planSection"
    return section


def click_cell(qtbot, grid, day: int, lesson: int) -> None:
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton,
                     pos=grid.cell_rect_centre(day, lesson))


def test_build_jens_plan_with_setback_and_step_back_then_reopen(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Jens Ŋ")
    page = window.case_page
    section = open_plan(qtbot, page)
    guide = section.guide
    assert section.in_guide() and guide.title.text() == "1 av 4: Målet"

    # 1: goal and start (keyboard). An empty goal is refused with a message.
    type_into(qtbot, guide.goal, "")
    click(qtbot, guide.next_button)
    assert guide.page() == 0 and "målet" in guide.message.text()
    type_into(qtbot, guide.goal, "Jens er på skolen hele skoledagen")
    type_into(qtbot, guide.start, "31.02.2026")
    press(guide.start, Qt.Key.Key_Return)
    assert guide.page() == 0 and "dd.mm.åååå" in guide.message.text()
    type_into(qtbot, guide.start, "02.03.2026")
    press(guide.start, Qt.Key.Key_Return)
    assert guide.page() == 1

    # 2: starting point and the template "two one-to-one lessons three days a week".
    type_into(qtbot, guide.baseline, "Hjemme en hel måned etter vinterferien")
    choose(qtbot, guide.template, "To timer én-til-én tre dager i uka")
    click(qtbot, guide.next_button)
    assert guide.page() == 2
    service = section.service
    [plan] = service.plans()
    assert plan.goal == "Jens er på skolen hele skoledagen" and plan.start == date(2026, 3, 2)

    # 3: the first step: its title by keyboard, one more lesson on Tuesday by mouse.
    first = guide.first
    assert first.target.text().startswith("20 %")
    type_into(qtbot, first.title, TITLES[0])
    type_into(qtbot, first.support, "Ressurslærer Ánne tar imot i døra")
    type_into(qtbot, first.escape, "Kan gå til grupperommet")
    type_into(qtbot, first.responsible["foresatte"], "Kjører Jens til skolen")
    click_cell(qtbot, first.grid, 1, 0)  # ikke → deltar
    assert first.grid.cell_at(1, 0) is Cell.ATTEND
    click_cell(qtbot, first.grid, 1, 0)  # deltar → med støtte
    assert first.grid.cell_at(1, 0) is Cell.SUPPORTED
    assert first.target.text().startswith("23 %")
    # Undo takes the last click back, redo brings it again (shown and stored).
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert first.grid.cell_at(1, 0) is Cell.ATTEND
    assert service.plans()[0].steps[0].grid[1][0] is Cell.ATTEND
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert service.plans()[0].steps[0].grid[1][0] is Cell.SUPPORTED
    click(qtbot, guide.next_button)

    # 4: four more steps with "Kopier til neste steg", each renamed and adjusted.
    steps = guide.steps
    for number, title in enumerate(TITLES[1:], 2):
        click(qtbot, steps.duplicate_button)
        assert steps.list.count() == number and steps.list.currentRow() == number - 1
        type_into(qtbot, steps.editor.title, title)
    click_cell(qtbot, steps.editor.grid, 3, 5)  # Thursday, 6th lesson: ikke → deltar
    click(qtbot, guide.next_button)  # Ferdig
    assert not section.in_guide()

    editor = section.editor
    [plan] = service.plans()
    assert [s.title for s in plan.steps] == TITLES
    targets = [service.target(s) for s in plan.steps]
    assert targets == sorted(targets) and targets[0] < targets[-1]
    runs = editor.staircase.runs
    assert [r.status for r in runs] == [RunStatus.CURRENT] + [RunStatus.PLANNED] * 4
    assert (runs[0].start, runs[0].end) == (date(2026, 3, 2), date(2026, 3, 13))
    assert runs[4].start == date(2026, 4, 27)

    # Follow-up: a good week, move on; a setback; repeat; then a step back.
    editor.tabs.setCurrentWidget(editor.follow_up)
    follow = editor.follow_up
    assert "Fraværsregisteret har ingen" in follow.attendance.text()
    type_into(qtbot, follow.week_date, "04.03.2026")
    choose(qtbot, follow.result, "Nådd")
    type_into(qtbot, follow.week_note, "Kom alle tre dagene")
    click(qtbot, follow.week_button)
    type_into(qtbot, follow.decision_date, "16.03.2026")
    type_into(qtbot, follow.reason, "Mestret steget")
    click(qtbot, follow.decision_buttons[Decision.ADVANCE])
    assert "steg 2" in follow.current.text()

    type_into(qtbot, follow.week_date, "23.03.2026")
    choose(qtbot, follow.result, "Ikke nådd")
    type_into(qtbot, follow.week_note, "Ressurslæreren ble syk")
    click(qtbot, follow.week_button)
    type_into(qtbot, follow.decision_date, "30.03.2026")
    click(qtbot, follow.decision_buttons[Decision.REPEAT])  # no reason: refused, nothing lost
    assert "begrunnelse" in follow.message.text()
    type_into(qtbot, follow.reason, "Ressurslæreren var syk, vi tar steget på nytt")
    click(qtbot, follow.decision_buttons[Decision.REPEAT])
    type_into(qtbot, follow.decision_date, "06.04.2026")
    type_into(qtbot, follow.reason, "For mye for Jens nå")
    click(qtbot, follow.decision_buttons[Decision.BACK])
    assert "steg 1" in follow.current.text()
    statuses = [r.status for r in editor.staircase.runs]
    assert statuses[:4] == [RunStatus.COMPLETED, RunStatus.REPEATED, RunStatus.STEPPED_BACK,
                            RunStatus.CURRENT]
    assert follow.history.count() == 5
    assert "Ressurslæreren ble syk" in follow.history.item(2).text()

    wait_saved(qtbot, window)
    case_id = page.session.case_id
    click(qtbot, page.back_button)
    assert window.case_page is None

    # What the disk holds, read by a new program instance.
    other = new_service(vault_dir)
    try:
        session = other.open_case(case_id)
        stored = PlanService(session)
        [plan] = stored.plans()
        assert [s.title for s in plan.steps] == TITLES
        assert plan.baseline == "Hjemme en hel måned etter vinterferien"
        assert plan.steps[0].grid[1][0] is Cell.SUPPORTED
        assert plan.steps[0].support == "Ressurslærer Ánne tar imot i døra"
        assert plan.steps[0].responsibilities["foresatte"] == "Kjører Jens til skolen"
        assert plan.steps[4].grid[3][5] is Cell.ATTEND
        history = stored.history(plan.id)
        assert [(h.result, h.decision) for h in history] == [
            (WeekResult.REACHED, None), (None, Decision.ADVANCE),
            (WeekResult.NOT_REACHED, None), (None, Decision.REPEAT), (None, Decision.BACK)]
        assert history[3].on == date(2026, 3, 30)
        summary = current_plan_steps(session)
        assert [s.title for s in summary] == TITLES
        assert summary[0].status == "naa" and summary[0].start == date(2026, 4, 6)
    finally:
        other.lock()

    # And what the window shows after opening the case again: the editor.
    open_case_from_list(qtbot, window, case_id)
    section = open_plan(qtbot, window.case_page)
    assert not section.in_guide()
    runs = section.editor.staircase.runs
    assert [r.status for r in runs][:4] == [RunStatus.COMPLETED, RunStatus.REPEATED,
                                            RunStatus.STEPPED_BACK, RunStatus.CURRENT]
    assert section.editor.goal.text() == "Jens er på skolen hele skoledagen"
    assert section.editor.steps.list.count() == 5
    assert section.editor.follow_up.history.count() == 5


def test_what_is_typed_before_the_plan_exists_survives_closing_the_case(qtbot, make_window,
                                                                       vault_dir):
    """A plan is stored from the flow's second page; the goal and the starting
    point typed before that are kept in the case too — never lost."""
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Ánde")
    case_id = window.case_page.session.case_id
    guide = open_plan(qtbot, window.case_page).guide
    type_into(qtbot, guide.goal, "Ánde er på skolen hver dag – ŧ")
    type_into(qtbot, guide.start, "07.09.2026")
    press(guide.start, Qt.Key.Key_Return)
    type_into(qtbot, guide.baseline, "Hjemme siden høstferien")
    wait_saved(qtbot, window)
    assert window.close_case()

    stored = new_service(vault_dir)
    assert PlanService(stored.open_case(case_id)).plans() == []  # no plan yet
    stored.lock()
    open_case_from_list(qtbot, window, case_id)
    guide = open_plan(qtbot, window.case_page).guide
    assert guide.page() == 0
    assert guide.goal.text() == "Ánde er på skolen hver dag – ŧ"
    assert guide.start.text() == "07.09.2026"
    assert guide.baseline.toPlainText() == "Hjemme siden høstferien"
