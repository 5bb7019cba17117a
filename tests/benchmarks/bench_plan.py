"""Opptrappingsplan figures: a redraw of the staircase with 10 runs (five
steps, a repeat and a step back; goal ≤ 16 ms median, one frame at 60 Hz),
one grid click to stored (undo command, plan written to the case database,
goal ≤ 10 ms), the editor's full refresh, and the PDF.

    .venv/bin/python tests/benchmarks/bench_plan.py [--runs 60]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_table, row, timed  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.domain.escalation_plan import Cell, Decision, EscalationPlan  # noqa: E402
from desktop.export.plan_pdf import build_plan_pdf  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402
from desktop.ui.sections.plan.section import PlanSection  # noqa: E402
from desktop.ui.undo import CaseEditing  # noqa: E402


def filled_section(folder: Path) -> PlanSection:
    service = AppService(Paths.resolve(folder))
    service.check_data_dir()
    service.create_vault("benk benk benk benk")
    session = service.create_case("Elev Benk")
    editing = CaseEditing(session)
    section = PlanSection(editing)
    plans = section.service
    plan = plans.write_plan(EscalationPlan(None, "Hele skoledagen", date(2026, 3, 2),
                                 (plans.new_step(None, "Første steg"),)))
    plan = plans.set_cell(plan, 1, 0, 0, Cell.SUPPORTED)
    for _ in range(4):
        plan, _copy = plans.duplicate_and_increase(plan, plan.steps[-1].id)
        plan = plans.write_plan(plan)
    s = plan.steps
    plans.decide(plan, s[0].id, date(2026, 3, 16), Decision.ADVANCE, "nådd")
    plans.decide(plan, s[1].id, date(2026, 3, 30), Decision.REPEAT, "syk ressurslærer")
    plans.decide(plan, s[1].id, date(2026, 4, 13), Decision.BACK, "for mye")
    plans.decide(plan, s[0].id, date(2026, 4, 27), Decision.ADVANCE, "nådd")
    plans.decide(plan, s[1].id, date(2026, 5, 11), Decision.ADVANCE, "nådd")
    section._app_keepalive = (service, editing)
    section.editor.show_plan(plan.id)
    section.pages.setCurrentWidget(section.editor)
    return section


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        section = filled_section(Path(folder) / "data")
        section.resize(1400, 900)
        section.show()
        app.processEvents()
        editor = section.editor
        plans = section.service
        plan = plans.current_plan()
        runs = plans.timeline(plan)
        view = editor.staircase

        def redraw() -> None:
            view.set_runs(runs, {1: 70.0})
            view.viewport().repaint()  # synchronous: layout + paint of every item

        redraw()
        staircase = timed(redraw, args.runs)

        step_editor = editor.steps.editor
        grid = step_editor.grid
        state = {"n": 0}

        def grid_edit() -> None:  # what a click does: cycle one cell, command, store
            state["n"] += 1
            grid._cycle(state["n"] % 5, 3)

        grid_edit_s = timed(grid_edit, args.runs)
        grid_edit()  # one more, then what the screen shows is what the case holds
        stored = plans.current_plan().steps[0].grid
        assert all(stored[d][3] is grid.cell_at(d, 3) for d in range(5))
        assert section.editing.stack.count() >= args.runs
        cells = [Cell.ATTEND, Cell.NONE]

        def store_only() -> None:  # the facade's path: validate, write the plan, autosave mark
            state["n"] += 1
            plans.set_cell(plans.current_plan(), plan.steps[1].id, state["n"] % 5, 4,
                           cells[state["n"] % 2])

        stored_s = timed(store_only, args.runs)
        refresh = timed(lambda: editor.show_plan(plan.id), max(5, args.runs // 3))
        history = plans.history(plan.id)
        pdf = timed(lambda: build_plan_pdf(io.BytesIO(), plan, runs, history, plans.week(),
                                           "Elev Benk"), max(3, args.runs // 10))
        print_table([
            row(f"staircase: full redraw, {len(runs)} runs", staircase, "≤ 16 ms"),
            row("grid edit → stored in the case database (facade)", stored_s, "≤ 10 ms"),
            row("grid click → undo command → stored → editor redrawn", grid_edit_s,
                "≤ 10 ms"),
            row("editor refresh (staircase, steps, follow-up, history)", refresh),
            row(f"PDF, {len(runs)} runs (worker thread)", pdf),
        ])
        ok = sorted(staircase)[len(staircase) // 2] <= 0.016 and \
            sorted(stored_s)[len(stored_s) // 2] <= 0.010
        section.close()
        return 0 if ok else 1


if __name__ == "__main__":
    started = time.perf_counter()
    code = main()
    print(f"\n(total {time.perf_counter() - started:.1f} s)")
    sys.exit(code)
