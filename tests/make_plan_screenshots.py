"""Screenshots of the opptrappingsplan for the README, on a made-up case.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/make_plan_screenshots.py

Writes resources/screenshots/plan_builder.png (the guided flow at the first
step), plan_staircase.png (the editor with the staircase after a repeat and a
step back) and plan_follow_up.png (the follow-up with its history)."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date

from screenshot_window import (  # tests/: offscreen, the repo on the path
    OUT,
    case_window,
)

from desktop.domain.absence import AbsenceRecord  # noqa: E402
from desktop.domain.escalation_plan import Cell, Decision, WeekResult  # noqa: E402
from desktop.services import app_service as service_module  # noqa: E402
from desktop.services.absence_register import AbsenceRegister  # noqa: E402
from desktop.ui.startup import SCREENSHOT_SIZE  # noqa: E402

TITLES = ["Tre timer med ressurslærer", "Halve dager i klassen", "Hele dager med støtte",
          "Full deltakelse"]


def main() -> int:
    service_module.today = lambda: date(2026, 4, 8)

    def fill(session) -> None:
        register = AbsenceRegister(session)
        register.add_records([AbsenceRecord(None, date(2026, 3, 18)),
                              AbsenceRecord(None, date(2026, 3, 24)),
                              AbsenceRecord(None, date(2026, 3, 25))])

    with case_window("Jens Nilsen", fill, SCREENSHOT_SIZE) as (app, window, folder):
        out = OUT
        page = window.case_page
        page.show_section("plan")
        section = page.section_widgets["plan"]
        guide = section.guide
        guide.goal.setText("Jens er på skolen hele skoledagen, sammen med klassen")
        guide.start.setText("02.03.2026")
        guide.forward()
        guide.baseline.setPlainText("Hjemme en hel måned etter vinterferien. Mestrer å "
                                    "møte ressurslæreren på grupperommet.")
        guide.forward()
        first = guide.first
        first.title.setText("To timer én-til-én, tre dager")
        first.title.textEdited.emit(first.title.text())
        first.responsible["foresatte"].setText("Kjører Jens til skolen")
        first.responsible["foresatte"].textEdited.emit("Kjører Jens til skolen")
        first.responsible["kontaktlaerer"].setText("Ringer hjem fredag")
        first.responsible["kontaktlaerer"].textEdited.emit("Ringer hjem fredag")
        app.processEvents()
        section.grab().save(str(out / "plan_builder.png"))

        plans = section.service
        plan = plans.current_plan()
        for title in TITLES:
            plan, copy = plans.duplicate_and_increase(plan, plan.steps[-1].id)
            grid = copy.grid
            if title.startswith("Halve"):
                grid = {d: (Cell.ATTEND,) * 3 + (Cell.NONE,) * 3 for d in range(5)}
            elif title.startswith("Hele"):
                grid = {d: (Cell.SUPPORTED,) * 6 for d in range(5)}
            elif title.startswith("Full"):
                grid = {d: (Cell.ATTEND,) * 6 for d in range(5)}
            plan = plan.with_step(replace(copy, title=title, grid=grid))
        plan = plans.write_plan(plan)
        s = plan.steps
        plans.record_week(plan, s[0].id, date(2026, 3, 2), WeekResult.REACHED, "Kom alle dagene")
        plans.decide(plan, s[0].id, date(2026, 3, 16), Decision.ADVANCE, "Mestret steget")
        plans.record_week(plan, s[1].id, date(2026, 3, 23), WeekResult.NOT_REACHED,
                          "Ressurslæreren ble syk")
        plans.decide(plan, s[1].id, date(2026, 3, 30), Decision.REPEAT,
                     "Ressurslæreren var syk; steget tas på nytt")
        plans.decide(plan, s[1].id, date(2026, 4, 6), Decision.BACK, "For mye akkurat nå")
        guide.forward()
        guide.forward()
        app.processEvents()
        window.grab().save(str(out / "plan_staircase.png"))
        section.editor.tabs.setCurrentWidget(section.editor.follow_up)
        app.processEvents()
        section.grab().save(str(out / "plan_follow_up.png"))
        print("saved", *(out / f"plan_{n}.png" for n in ("builder", "staircase", "follow_up")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
