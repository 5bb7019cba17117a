"""Plans and their history stored in the case file and read back by a new
program instance; templates from forms/ with line numbers for broken files."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.casefile.migrations import LATEST_SCHEMA
from desktop.casefile.plan_repo import PlanRepository
from desktop.domain.escalation_plan import Cell, Decision, EscalationPlan, PlanError, WeekResult
from desktop.domain.school_week import SchoolWeek
from desktop.forms.plan_templates import load_step_templates
from desktop.paths import Paths
from desktop.services.absence_register import AbsenceRegister
from desktop.services.app_service import AppService
from desktop.services.plan_service import PlanService, current_plan_steps, step_templates
from tests.casefile.conftest import PASSPHRASE


def reopen(data_dir, case_id):
    again = AppService(Paths.resolve(data_dir))
    again.unlock(PASSPHRASE)
    return again, again.open_case(case_id)


def test_plan_steps_and_history_survive_a_new_program_instance(service, data_dir):
    session = service.create_case("Jens")
    plans = PlanService(session)
    [template] = [t for t in step_templates()[0] if t.id == "to_timer_tre_dager"]
    first = plans.new_step(None, template=template.step)
    plan = plans.write_plan(EscalationPlan(None, "Jens er på skolen hele dagen", date(2026, 3, 2),
                                 (first,), baseline="Har vært hjemme i en måned"))
    plan, second = plans.duplicate_and_increase(plan, first.id)
    plan = plans.write_plan(plan)
    plan = plans.set_cell(plan, second.id, 1, 0, Cell.ALTERNATIVE)
    plans.record_week(plan, first.id, date(2026, 3, 2), WeekResult.REACHED, "Kom alle dagene")
    plans.decide(plan, first.id, date(2026, 3, 16), Decision.ADVANCE, "Mestret steget")
    plans.decide(plan, second.id, date(2026, 3, 23), Decision.BACK, "Ressurslærer syk")
    service.close_case(session)

    again, session = reopen(data_dir, session.case_id)
    try:
        stored = PlanService(session)
        [plan] = stored.plans()
        assert plan.goal == "Jens er på skolen hele dagen" and plan.current
        assert plan.baseline == "Har vært hjemme i en måned"
        assert [s.title for s in plan.steps] == [template.step.title] * 2
        assert plan.steps[1].grid[1][0] is Cell.ALTERNATIVE
        assert plan.steps[0].grid[0][:2] == (Cell.SUPPORTED, Cell.SUPPORTED)
        history = stored.history(plan.id)
        assert [(h.result, h.decision, h.text) for h in history] == [
            (WeekResult.REACHED, None, "Kom alle dagene"),
            (None, Decision.ADVANCE, "Mestret steget"),
            (None, Decision.BACK, "Ressurslærer syk")]
        summary = current_plan_steps(session)
        assert [s.number for s in summary] == [1, 2]
        assert summary[0].status == "naa" and summary[0].start == date(2026, 3, 23)
        assert summary[0].target == pytest.approx(20.0)
        assert "grupperom" in summary[0].description
    finally:
        again.lock()


def test_refused_plans_write_nothing(service):
    session = service.create_case("Ánde")
    plans = PlanService(session)
    with pytest.raises(PlanError):
        plans.write_plan(EscalationPlan(None, "Mål", date(2026, 3, 2), ()))
    step = replace(plans.new_step(None, "Ett steg"), weeks=0)
    with pytest.raises(PlanError):
        plans.write_plan(EscalationPlan(None, "Mål", date(2026, 3, 2), (step,)))
    assert plans.plans() == [] and not session.dirty


def test_a_new_plan_becomes_current_and_the_old_one_is_kept(service):
    session = service.create_case("Máret")
    plans = PlanService(session)
    old = plans.write_plan(EscalationPlan(None, "Første", date(2026, 1, 5),
                                          (plans.new_step(None, "a"),)))
    new = plans.write_plan(EscalationPlan(None, "Andre", date(2026, 4, 6),
                                          (plans.new_step(None, "b"),)))
    assert [p.current for p in plans.plans()] == [False, True]
    assert plans.current_plan().id == new.id
    plans.make_current(old.id)
    assert plans.current_plan().goal == "Første"


def test_grid_follows_the_schools_week_and_dates_skip_its_days_off(service):
    session = service.create_case("Per")
    AbsenceRegister(session).set_week(SchoolWeek(
        lessons={d: ("",) * 5 for d in range(5)},
        days_off=frozenset({date(2026, 3, d) for d in range(9, 14)})))
    plans = PlanService(session)
    step = plans.new_step(None, "Første")
    assert len(step.grid[0]) == 5
    plan = plans.write_plan(EscalationPlan(None, "Mål", date(2026, 3, 2), (step,)))
    [run] = plans.timeline(plan)
    assert (run.start, run.end) == (date(2026, 3, 2), date(2026, 3, 20))


def test_the_schema_has_the_plan_tables(service):
    session = service.create_case("Tabell")
    db = session.repository(PlanRepository).db
    assert {"plan", "plan_history"} <= set(db.table_names())
    assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST_SCHEMA


def test_templates_load_and_a_broken_one_names_its_line(tmp_path):
    templates, problems = load_step_templates()
    assert problems == []
    assert [t.id for t in templates][:1] == ["to_timer_tre_dager"]
    local = tmp_path / "opptrapping"
    local.mkdir()
    (local / "feil.toml").write_text(
        'id = "feil"\nversion = 1\nkind = "plan_step"\ntitle = "Feil"\nweeks = 2\n'
        '[grid]\nmandag = ["stotte"]\nlordag = ["deltar"]\n', encoding="utf-8")
    templates, problems = load_step_templates(tmp_path)
    assert len(templates) == 3
    [problem] = problems
    assert problem.line == 8 and "lordag" in problem.message


def test_why_a_step_is_best_for_the_pupil_is_stored(service, data_dir):
    session = service.create_case("Ánde")
    plans = PlanService(session)
    step = replace(plans.new_step(None, "Hjemme med lærer"), place="hjemme",
                   best_interest="Etter operasjonen: to uker, så vurdering ŧ")
    plan = plans.write_plan(EscalationPlan(None, "Tilbake på skolen", date(2026, 3, 2), (step,)))
    service.close_case(session)
    again, session = reopen(data_dir, session.case_id)
    try:
        [stored] = PlanService(session).plans()
        assert stored.steps[0].best_interest == "Etter operasjonen: to uker, så vurdering ŧ"
        assert stored.id == plan.id
    finally:
        again.lock()
