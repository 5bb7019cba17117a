"""Screenshots of the meeting as the hub for the README, on the made-up "Tonje"
case, at the school laptop's 1366×768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/make_meeting_screenshots.py

Writes resources/screenshots/meeting_start.png (the start dialog: present and
meldt forfall chosen once), meeting_rail.png (the agenda rail beside the
agreement made in the meeting) and meeting_end.png (what was decided, with the
drafted minutes)."""

from __future__ import annotations

import sys
from dataclasses import replace

from PySide6.QtCore import Qt  # noqa: E402
from screenshot_window import (  # tests/: offscreen, the repo on the path
    OUT,
    case_window,
)

from desktop.domain.meetings import MeetingKind, MeetingTask  # noqa: E402
from desktop.domain.people import TeamMember, TeamRole  # noqa: E402
from desktop.ui.startup import SCREENSHOT_SIZE  # noqa: E402
from tests.agreements.examples import tonje  # noqa: E402
from tests.ui.sections.agreements.agreement_helpers import add_tonje_people  # noqa: E402


def main() -> int:
    def fill(session) -> None:
        session.set_pupil_field("grade", "6")
        add_tonje_people(session)
        session.add_team_member(TeamMember(role=TeamRole.PPT, name="Per Ŋ. Hansen"))

    with case_window("Tonje Ánde", fill, SCREENSHOT_SIZE) as (app, window, folder):
        out = OUT
        page = window.case_page
        dialog = page.overview.start_meeting()
        dialog.kind.setCurrentIndex(dialog.kind.findData(MeetingKind.MAPPING))
        dialog.place.setText("Bommen skole, møterom 2")
        for row in (0, 2, 3, 4):
            dialog.present.item(row).setCheckState(Qt.CheckState.Checked)
        dialog.absent.item(5).setCheckState(Qt.CheckState.Checked)
        dialog.add_name.setText("Berit Berg")
        dialog.add_role.setText("Rektor")
        dialog._add_typed()
        app.processEvents()
        dialog.grab().save(str(out / "meeting_start.png"))
        dialog.start()
        app.processEvents()

        rail = page.rail
        for row in (0, 1):
            rail.list.setCurrentRow(row)
            rail.open_current()
        rail.list.setCurrentRow(2)
        rail.skip_current()
        rail.list.setCurrentRow(4)
        rail.open_current()
        section = page.section_widgets["agreements"]
        draft = section.new_agreement()
        example = tonje(draft.held_on)
        section.service.write(replace(
            draft, long_term_goal=example.long_term_goal, sub_goals=example.sub_goals,
            measures=example.measures, plan_b=example.plan_b,
            plan_b_responsible=example.plan_b_responsible))
        section.refresh(draft.id)
        section.freeze()
        app.processEvents()
        window.grab().save(str(out / "meeting_rail.png"))

        meetings = page.section_widgets["meetings"]
        running = meetings.service.running()
        meetings.service.write(running.edited(
            tasks=(MeetingTask("Ringe PPT om veiledning", "Siv Lund",
                               running.held_at.date().replace(day=1)),),
            next_meeting=running.held_at.replace(hour=14, minute=0)))
        end = meetings.end_meeting(running.id)
        end.resize(640, 600)
        app.processEvents()
        end.grab().save(str(out / "meeting_end.png"))
        end.accept()
        print("saved", *sorted(p.name for p in out.glob("meeting_*.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
