"""Screenshots of Avtaler and Møter for the README, on the made-up "Tonje" case.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/make_agreement_screenshots.py

Writes resources/screenshots/agreement_editor.png (the window with the
agreement), agreement_preview.png (the in-app preview), agreement_sign.png (the
signing dialog: who has signed, who is missing, the pad), agreement_evaluation.png (the evaluation),
agreement_meeting.png (a meeting with minutes) and
agreement_page.png (the first page of the PDF as printed; needs pdftoppm)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from screenshot_window import (  # tests/: offscreen, the repo on the path
    OUT,
    case_window,
)

from desktop.domain.meetings import MeetingKind, MeetingTask  # noqa: E402
from desktop.ui.startup import SCREENSHOT_SIZE  # noqa: E402
from tests.agreements.examples import tonje  # noqa: E402
from tests.ui.sections.agreements.agreement_helpers import add_tonje_people  # noqa: E402


def main() -> int:
    def fill(session) -> None:
        session.set_pupil_field("grade", "6")
        add_tonje_people(session)

    with case_window("Tonje Ánde", fill, SCREENSHOT_SIZE) as (app, window, folder):
        out = OUT
        page = window.case_page
        page.show_section("agreements")
        section = page.section_widgets["agreements"]
        draft = section.new_agreement()
        example = tonje(draft.held_on)
        ties = {0: 0, 1: 0, 3: 0, 5: 1}  # "Delmål 1 – tiltak A" (seed 001 Vedlegg 3)
        example = replace(example, measures=tuple(replace(m, sub_goal=ties.get(i))
                                                  for i, m in enumerate(example.measures)))
        section.service.write(replace(example, id=draft.id, number=draft.number,
                                      version=draft.version, created_at=draft.created_at,
                                      evaluation_on=draft.held_on + timedelta(days=4)))
        section.refresh(draft.id)
        section.editor.measures.tree.setCurrentItem(section.editor.measures.tree.topLevelItem(3))
        app.processEvents()
        window.grab().save(str(out / "agreement_editor.png"))

        section.freeze()
        dialog = section.open_sign()
        dialog.resize(680, 600)
        pad = dialog.pad
        from PySide6.QtCore import QPointF  # noqa: PLC0415

        def scribble() -> None:
            pad._strokes = [[QPointF(x, 60 + 25 * ((x // 30) % 2 * 2 - 1) * ((x % 30) / 30 - .5))
                             for x in range(20, 360, 6)]]
            pad.update()
        scribble()
        dialog.sign_current()  # Tonje signs on the screen
        dialog.on_paper.setChecked(True)
        dialog.sign_current()  # Per signed the paper copy
        dialog.on_paper.setChecked(False)
        scribble()  # Kari is signing
        app.processEvents()
        dialog.grab().save(str(out / "agreement_sign.png"))
        dialog.sign_current()
        dialog._done()
        app.processEvents()

        preview = section.output.preview(section.document())
        preview.resize(820, 1000)
        app.processEvents()
        preview.grab().save(str(out / "agreement_preview.png"))
        preview.accept()

        evaluation = section.open_evaluation()
        evaluation.resize(900, 900)
        evaluation.measure_ratings[0].setCurrentIndex(1)
        evaluation.measure_ratings[3].setCurrentIndex(3)
        evaluation.measure_notes[3].setText("Mor hadde nattevakt")
        evaluation.outcome_buttons[list(evaluation.outcome_buttons)[1]].setChecked(True)
        app.processEvents()
        evaluation.grab().save(str(out / "agreement_evaluation.png"))
        evaluation.accept()
        app.processEvents()

        pdf = Path(folder) / "avtale.pdf"
        section.document().write_pdf(pdf)
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(out / "agreement_page")], check=True)

        page.show_section("meetings")
        meetings = page.section_widgets["meetings"]
        meeting = meetings.new_meeting()
        meetings.service.write(replace(
            meeting, kind=MeetingKind.EVALUATION, agenda="1. Hvordan gikk uka?\n2. Veien videre",
            participants=tuple(meetings.people_source.case_people()[:4]),
            notes="Tonje var på skolen fire av fem dager. Overgangene gikk best når "
                  "kontaktlærer møtte henne i porten.",
            decisions="Avtalen fortsetter to uker til. Far og mor bytter ikke lenger dager.",
            tasks=(MeetingTask("Ringe PPT om veiledning", "Siv Lund",
                               meeting.held_at.date() + timedelta(days=3)),
                   MeetingTask("Snakke med Tonje om belønning", "Kari Ánde",
                               meeting.held_at.date() + timedelta(days=2))),
            next_meeting=meeting.held_at.replace(hour=14, minute=0) + timedelta(days=14)))
        meetings.refresh(meeting.id)
        app.processEvents()
        window.grab().save(str(out / "agreement_meeting.png"))
        print("saved", *sorted(p.name for p in out.glob("agreement_*.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
