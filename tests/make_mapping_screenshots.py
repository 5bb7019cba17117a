"""The README pictures of the Kartlegging section, made by the program itself
from an invented pupil:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/make_mapping_screenshots.py [folder]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.domain.conversation_tools import Tool  # noqa: E402
from desktop.domain.people import Guardian, TeamMember, TeamRole  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.startup import SCREENSHOT_SIZE  # noqa: E402

ANSWERS = {
    "elev_trivsel": ("Det er greit i timene, men friminuttene er lange. Áila er snill.", True),
    "elev_trivsel_skala": ("4", False),
    "elev_venner": ("Áila og Sander, mest i gymmen.", True),
}


def main() -> int:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    from desktop.ui.startup import prepare_app
    prepare_app(app)  # the program's own look: stylesheet, palette, bokmål
    folder = Path(tempfile.mkdtemp()) / "data"
    service = AppService(Paths.resolve(folder))
    service.check_data_dir()
    service.create_vault("skjermbilder av kartlegging")
    window = MainWindow(service)
    window.resize(*SCREENSHOT_SIZE)  # a maximised window on a 1366×768 laptop
    window.show()
    window._create_case("Máret Šiŋá")
    page = window.case_page
    session = page.session
    session.set_pupil_field("grade", "7")
    session.set_pupil_field("school", "Nordlys skole")
    session.add_guardian(Guardian(id=None, name="Ánde Ŋuolla", relation="far"))
    session.add_team_member(TeamMember(id=None, role=TeamRole.CONTACT_TEACHER, name="Kari Lund"))
    page._update_header()
    page.show_section("mapping")
    section = page.section_widgets["mapping"]
    app.processEvents()
    section.date_edit.setText("12.03.2026")
    section.start()
    view = section.view
    conv = view.conversation
    talks = section.owner.talks
    for question_id, (value, voice) in ANSWERS.items():
        question = view.guide.question(question_id)
        talks.set_answer_field(conv.id, question_id, question.text, value=value,
                               pupil_voice=voice)
    talks.add_suggestion(conv, "relasjon_voksne", "Kari tar imot Máret i døra kl. 08.20",
                         view.guide.question("elev_trivsel").text)
    talks.set_tool_data(conv.id, Tool.SCALING, {"items": [
        {"label": "Morgenen hjemme", "value": 3}, {"label": "Skoleveien", "value": 6},
        {"label": "Matte med Kari", "value": 8}, {"label": "Friminutt ute", "value": 2},
        {"label": "Gym", "value": 4}]})
    cells = {}
    for day in range(5):
        for lesson in range(6):
            cells[f"{day},{lesson}"] = ("green" if lesson in (0, 1) else
                                        "red" if (day + lesson) % 4 == 0 else "yellow")
    talks.set_tool_data(conv.id, Tool.TIMETABLE, {"days": 5, "lessons": 7, "cells": cells})
    talks.set_tool_data(conv.id, Tool.AMBIVALENCE, {
        "home_good": "Slipper mas\nKan spille", "home_bad": "Kjedelig\nSavner Áila",
        "school_good": "Treffe venner\nLære", "school_bad": "Prøver\nFriminutt alene"})
    section.open_conversation(conv.id)
    view = section.view
    view.go_to(2)
    view.question_widget("elev_trivsel").help_button.setChecked(True)
    app.processEvents()
    window.grab().save(str(target / "mapping_step.png"))
    view.tabs.setCurrentWidget(view.tools)
    app.processEvents()
    window.grab().save(str(target / "mapping_scaling.png"))
    view.tools.setCurrentWidget(view.tools.tools[Tool.TIMETABLE])
    app.processEvents()
    window.grab().save(str(target / "mapping_timetable.png"))
    window.case_page.meeting_action.setChecked(True)
    section.view.tabs.setCurrentIndex(0)
    section.view.go_to(2)
    app.processEvents()
    window.grab().save(str(target / "mapping_meeting.png"))
    window.case_page.meeting_action.setChecked(False)
    window._quit_confirmed = True
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
