"""The plan editor by keyboard: the grid without a mouse, typing that undoes
as one step, a later plan beside the first, refusals with a message, and the
PDF from the section."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.escalation_plan import Cell, Decision, EscalationPlan, WeekResult
from desktop.services.plan_service import PlanService
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import click, create_case, press, shortcut, type_into, type_text, unlock
from tests.ui.sections.plan.test_plan import open_plan

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def case_with_plan(qtbot, make_window, vault_dir, name="Máret"):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, name)
    plans = PlanService(window.case_page.session)
    plans.write_plan(EscalationPlan(None, "Hele skoledagen", date(2026, 3, 2),
                          (plans.new_step(None, "Første steg"),)))
    return window, open_plan(qtbot, window.case_page)


def test_grid_by_keyboard_and_typing_undone_as_one_step(qtbot, make_window, vault_dir):
    window, section = case_with_plan(qtbot, make_window, vault_dir)
    assert not section.in_guide()
    service, editor = section.service, section.editor.steps.editor
    grid = editor.grid
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    press(grid, Qt.Key.Key_Right)
    press(grid, Qt.Key.Key_Space)          # ikke → deltar
    press(grid, Qt.Key.Key_Down)
    press(grid, Qt.Key.Key_3)              # tirsdag 2. time: alternativ arena
    assert grid.cell_at(0, 1) is Cell.ATTEND and grid.cell_at(1, 1) is Cell.ALTERNATIVE
    stored = service.current_plan().steps[0]
    assert stored.grid[0][1] is Cell.ATTEND and stored.grid[1][1] is Cell.ALTERNATIVE
    assert editor.target.text().startswith("7 %")
    assert (grid.currentRow(), grid.currentColumn()) == (1, 1)  # the cursor stays put

    type_into(qtbot, editor.note, "")
    type_text(editor.note, "Liker å tegne – ŧ")
    assert service.current_plan().steps[0].note == "Liker å tegne – ŧ"
    editor.title.setFocus()  # focus leaves the note: the typing is one undo step
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert service.current_plan().steps[0].note == ""
    assert editor.note.toPlainText() == ""
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert service.current_plan().steps[0].grid[1][1] is Cell.NONE
    assert grid.cell_at(1, 1) is Cell.NONE
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    shortcut(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert service.current_plan().steps[0].note == "Liker å tegne – ŧ"


def test_the_last_step_cannot_be_removed_and_bad_dates_are_refused(qtbot, make_window,
                                                                    vault_dir):
    window, section = case_with_plan(qtbot, make_window, vault_dir)
    steps = section.editor.steps
    assert not steps.remove_button.isEnabled()
    click(qtbot, steps.duplicate_button)
    assert steps.list.count() == 2 and steps.remove_button.isEnabled()
    click(qtbot, steps.remove_button)
    assert steps.list.count() == 1 and not steps.remove_button.isEnabled()

    editor = section.editor
    type_into(qtbot, editor.start, "30.02.2026")
    press(editor.start, Qt.Key.Key_Return)
    assert editor.message.isVisible() and "02.03.2026" in editor.message.text()
    assert section.service.current_plan().start == date(2026, 3, 2)
    type_into(qtbot, editor.start, "09.03.0226")  # a typo in the year
    press(editor.start, Qt.Key.Key_Return)
    assert "2000 og 2100" in section.message.text()
    assert section.service.current_plan().start == date(2026, 3, 2)
    type_into(qtbot, editor.start, "09.03.2026")
    press(editor.start, Qt.Key.Key_Return)
    assert section.service.current_plan().start == date(2026, 3, 9)
    assert not editor.message.isVisible()

    follow = editor.follow_up
    editor.tabs.setCurrentWidget(follow)
    type_into(qtbot, follow.decision_date, "02.03.2026")
    type_into(qtbot, follow.reason, "For tidlig")
    click(qtbot, follow.decision_buttons[next(iter(follow.decision_buttons))])
    assert "før steget begynte" in follow.message.text()
    assert section.service.history(section.service.current_plan().id) == []
    assert follow.reason.text() == "For tidlig"  # nothing typed is lost


def test_a_later_plan_keeps_the_first_and_becomes_current(qtbot, make_window, vault_dir):
    window, section = case_with_plan(qtbot, make_window, vault_dir)
    click(qtbot, section.editor.new_button)
    guide = section.guide
    assert section.in_guide() and guide.page() == 0
    type_into(qtbot, guide.goal, "Tilbake etter sommerferien")
    type_into(qtbot, guide.start, "17.08.2026")
    click(qtbot, guide.next_button)
    click(qtbot, guide.next_button)
    click(qtbot, guide.next_button)
    click(qtbot, guide.next_button)
    assert not section.in_guide()
    plans = section.service.plans()
    assert [(p.goal, p.current) for p in plans] == [("Hele skoledagen", False),
                                                     ("Tilbake etter sommerferien", True)]
    chooser = section.editor.chooser
    assert chooser.count() == 2 and "gjeldende" in chooser.currentText()
    # Undo takes the new plan away again; the first one is shown.
    for _ in range(3):
        if section.service.plans()[-1].goal == "Tilbake etter sommerferien":
            shortcut(qtbot, window, Qt.Key.Key_Z)
    assert [p.goal for p in section.service.plans()] == ["Hele skoledagen"]
    assert section.editor.goal.text() == "Hele skoledagen"


def test_pdf_from_the_section(qtbot, make_window, vault_dir, tmp_path):
    window, section = case_with_plan(qtbot, make_window, vault_dir)
    click(qtbot, section.editor.pdf_button)
    dialog = section.editor.dialog
    assert dialog is not None and dialog.isVisible()
    assert "en PDF er ikke kryptert" in section.editor.note.text()  # as for every PDF
    dialog.reject()
    target = tmp_path / "plan.pdf"
    call = section.export_pdf(target)
    assert call is not None
    qtbot.waitUntil(lambda: call.done, timeout=10_000)
    assert target.stat().st_size > 1000
    assert str(target) in section.editor.note.text()
    assert "En PDF er ikke kryptert" in section.editor.note.text()


def test_registered_attendance_beside_the_target(qtbot, make_window, vault_dir):
    from desktop.domain.absence import AbsenceRecord
    from desktop.services.absence_register import AbsenceRegister

    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Per")
    session = window.case_page.session
    AbsenceRegister(session).add_records([AbsenceRecord(None, date(2026, 3, 4))])
    plans = PlanService(session)
    step = plans.new_step(None, "Alle timer")
    step = step.__class__(**{**{f: getattr(step, f) for f in step.__slots__},
                             "grid": {d: (Cell.ATTEND,) * 6 for d in range(5)}})
    plans.write_plan(EscalationPlan(None, "Hele skoledagen", date(2026, 3, 2), (step,)))
    section = open_plan(qtbot, window.case_page)
    follow = section.editor.follow_up
    # One whole day away out of ten school days of six lessons: 90 % against a 100 % target.
    assert follow.attendance.text() == "Registrert oppmøte i perioden: 90 % (mål 100 %)"
    assert "registrert 90 %" in section.editor.staircase.texts()


def test_history_is_kept_through_removing_steps_and_undoing_the_plan(qtbot, make_window,
                                                                     vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Áilu")
    section = open_plan(qtbot, window.case_page)
    guide = section.guide
    type_into(qtbot, guide.goal, "Hele skoledagen")
    type_into(qtbot, guide.start, "02.03.2026")
    for _ in range(3):
        click(qtbot, guide.next_button)
    click(qtbot, guide.steps.duplicate_button)
    click(qtbot, guide.next_button)
    follow = section.editor.follow_up
    section.editor.tabs.setCurrentWidget(follow)
    type_into(qtbot, follow.week_note, "God start")
    click(qtbot, follow.week_button)
    plan = section.service.current_plan()
    assert len(section.service.history(plan.id)) == 1

    # The followed-up first step cannot be removed; the message says why.
    steps = section.editor.steps
    section.editor.tabs.setCurrentWidget(steps)
    steps.list.setCurrentRow(0)
    click(qtbot, steps.remove_button)
    assert steps.list.count() == 2
    assert "oppfølging" in section.message.text()
    # Undoing all the way back does not take away a plan with history.
    while section.editing.stack.canUndo():
        shortcut(qtbot, window, Qt.Key.Key_Z)
    [kept] = section.service.plans()
    assert len(section.service.history(kept.id)) == 1
    assert "Historikken tas alltid vare på" in section.message.text()


def test_undo_keeps_a_step_that_got_follow_up_meanwhile(qtbot, make_window, vault_dir):
    window, section = case_with_plan(qtbot, make_window, vault_dir)
    steps = section.editor.steps
    click(qtbot, steps.duplicate_button)  # step 2
    plan = section.service.current_plan()
    section.service.decide(plan, plan.steps[0].id, date(2026, 3, 16), Decision.ADVANCE,
                           "Nådd")
    section.service.record_week(plan, plan.steps[1].id, date(2026, 3, 16), WeekResult.PARTLY,
                                "")
    shortcut(qtbot, window, Qt.Key.Key_Z)  # would take step 2 away
    assert [s.id for s in section.service.current_plan().steps] == [s.id for s in plan.steps]
    assert "oppfølging" in section.message.text()


def test_a_read_only_case_shows_the_plan_but_stores_nothing(qtbot, make_window, vault_dir):
    from desktop.ui.sections.plan.section import PlanSection
    from desktop.ui.undo import CaseEditing
    from tests.ui.conftest import new_service

    window, section = case_with_plan(qtbot, make_window, vault_dir)
    session = window.case_page.session
    session.save_now()
    other = new_service(vault_dir).open_case(session.case_id)  # held by the window
    assert other.read_only
    editing = CaseEditing(other)
    view = PlanSection(editing)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    editor = view.editor.steps.editor
    assert not view.in_guide() and editor.title.text() == "Første steg"
    assert editor.title.isReadOnly() and not editor.weeks.isEnabled()
    assert not view.editor.steps.duplicate_button.isEnabled()
    assert not view.editor.new_button.isEnabled()
    assert not view.editor.follow_up.week_button.isEnabled()
    assert view.editor.pdf_button.isEnabled()  # reading and printing are fine
    qtbot.mouseClick(editor.grid.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.grid.cell_rect_centre(0, 0))
    assert "skrivebeskyttet" in view.message.text()
    assert editor.grid.cell_at(0, 0) is Cell.NONE
    assert editing.stack.count() == 0 and not other.dirty
    other.close()


def test_a_stair_clicked_or_chosen_by_keyboard_opens_its_step(qtbot, make_window, vault_dir):
    window, section = case_with_plan(qtbot, make_window, vault_dir)
    steps = section.editor.steps
    click(qtbot, steps.duplicate_button)
    click(qtbot, steps.duplicate_button)
    stairs = section.editor.staircase
    section.editor.tabs.setCurrentWidget(section.editor.follow_up)
    qtbot.mouseClick(stairs.viewport(), Qt.MouseButton.LeftButton, pos=stairs.centre_of(1))
    assert section.editor.tabs.currentWidget() is steps
    assert steps.list.currentRow() == 1
    stairs.setFocus()
    press(stairs, Qt.Key.Key_Right)
    press(stairs, Qt.Key.Key_Return)
    assert steps.list.currentRow() == 2
    assert steps.editor.step_id == section.service.current_plan().steps[2].id


def test_a_local_template_is_offered_and_a_broken_one_named(qtbot, make_window, vault_dir,
                                                            tmp_path, monkeypatch):
    from desktop.paths import ENV_CONFIG_DIR

    folder = tmp_path / "cfg" / "forms" / "opptrapping"
    folder.mkdir(parents=True)
    (folder / "var_mal.toml").write_text(
        'id = "kommunens_mal"\nversion = 1\nkind = "plan_step"\norder = 0\n'
        'title = "Kommunens første steg"\nweeks = 3\n[grid]\ntirsdag = ["alternativ"]\n',
        encoding="utf-8")
    (folder / "feil.toml").write_text(
        'id = "feil"\nversion = 1\nkind = "plan_step"\ntitle = "Feil"\nweeks = 0\n'
        '[grid]\nmandag = ["deltar"]\n', encoding="utf-8")
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "cfg"))
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Jon")
    section = open_plan(qtbot, window.case_page)
    guide = section.guide
    type_into(qtbot, guide.goal, "Hele skoledagen")
    click(qtbot, guide.next_button)
    assert guide.template.itemText(0) == "Kommunens første steg"
    assert "feil.toml, line 5" in guide.template_problem.text()
    assert guide.template_problem.isVisible()
    click(qtbot, guide.next_button)
    step = section.service.current_plan().steps[0]
    assert step.title == "Kommunens første steg" and step.weeks == 3
    assert step.grid[1][0] is Cell.ALTERNATIVE


def test_choosing_home_asks_why_it_is_best_for_the_pupil(qtbot, make_window, vault_dir):
    window, section = case_with_plan(qtbot, make_window, vault_dir, "Sunniva")
    editor = section.editor.steps.editor
    assert editor.best_interest.isHidden() and editor.best_interest_hint.isHidden()
    editor.place.setFocus()
    press(editor.place, Qt.Key.Key_End)  # the last places: hjemme, annet
    while editor.place.currentData() != "hjemme":
        press(editor.place, Qt.Key.Key_Up)
    assert section.service.current_plan().steps[0].place == "hjemme"
    assert not editor.best_interest.isHidden()
    assert "hjemme anbefales sjelden" in editor.best_interest_hint.text()
    type_into(qtbot, editor.best_interest, "")
    type_text(editor.best_interest, "To uker etter brudd i foten")
    assert section.service.current_plan().steps[0].best_interest == "To uker etter brudd i foten"
    editor.title.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert section.service.current_plan().steps[0].best_interest == ""
    shortcut(qtbot, window, Qt.Key.Key_Z)  # the place back to klasserom: nothing asked
    assert section.service.current_plan().steps[0].place != "hjemme"
    assert editor.best_interest.isHidden()
