"""Screenshots of Fravær and Oversikt for the README, from an invented pupil.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/absence_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.domain.absence import AbsenceRecord, Reason  # noqa: E402
from desktop.domain.follow_up import Channel, Contact  # noqa: E402
from desktop.domain.people import Guardian  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services import app_service as service_module  # noqa: E402
from desktop.services.absence_register import AbsenceRegister  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402

TODAY = date(2026, 3, 20)


def fill(register: AbsenceRegister) -> None:
    def rec(day, **fields):
        return AbsenceRecord(None, day, **fields)

    register.add_records([
        rec(date(2026, 2, 2), documented=True, reason=Reason.ILLNESS),
        rec(date(2026, 2, 9), documented=True, reason=Reason.ILLNESS, reason_text="vondt i magen"),
        rec(date(2026, 2, 16), whole_day=False, lessons=(1, 2), documented=True,
            reason=Reason.ILLNESS),
        rec(date(2026, 3, 2), documented=True, reason=Reason.ILLNESS, reason_text="hodepine"),
        rec(date(2026, 3, 4), whole_day=False, late_minutes=25),
        rec(date(2026, 3, 9), documented=True, reason=Reason.ILLNESS),
        rec(date(2026, 3, 11), whole_day=False, lessons=(1, 2, 3), documented=False,
            reason=Reason.UNKNOWN),
        rec(date(2026, 3, 16), documented=False, reason=Reason.UNKNOWN),
        rec(date(2026, 3, 18), whole_day=False, lessons=(5, 6), left_school=True),
    ])
    register.set_task(register.rule_set().phase("fase2").tasks[0].id, True)
    register.add_contact(Contact(None, datetime(2026, 3, 12, 8, 30), "Mor (Siri Eksempel)",
                                 Channel.PHONE, "Kontaktlærer", "Mina har vondt i magen om "
                                 "morgenen, særlig mandager.", "Møte neste uke",
                                 "Samarbeidsmøte", date(2026, 3, 24)))
    register.hand_over("Kari Lærer", "Kontaktlærer", date(2026, 3, 12))


def add_measure(session) -> None:
    from desktop.domain.measure_circle import EntryKind
    from desktop.services.circle_service import MeasureCircleService, circle_form

    circle = MeasureCircleService(session, circle_form()[0])
    box_id = next(iter(circle.circle.boxes))
    circle.write_box(circle.box(box_id).with_added(circle.new_entry(
        EntryKind.MEASURE, "Kontaktlærer tar imot Mina i døra hver morgen",
        start=date(2026, 3, 2))))


def main() -> int:
    service_module.today = lambda: TODAY
    target = ROOT / "resources" / "screenshots"
    app = QApplication.instance() or QApplication(sys.argv)
    from desktop.ui.startup import prepare_app
    prepare_app(app)  # the program's own look: stylesheet, palette, bokmål
    folder = Path(tempfile.mkdtemp(prefix="naervaer-shots-")) / "data"
    service = AppService(Paths.resolve(folder, folder.parent / "config"))
    service.check_data_dir()
    service.create_vault("bilder til lesmeg ok")
    session = service.create_case("Mina Eksempel")
    session.set_pupil_field("grade", "7")
    session.set_pupil_field("school", "Nordlys skole")
    session.add_guardian(Guardian(name="Siri Eksempel", relation="mor"))
    fill(AbsenceRegister(session))
    add_measure(session)
    case_id = session.case_id
    service.close_case(session)

    from desktop.ui.main_window import MainWindow
    from desktop.ui.startup import SCREENSHOT_SIZE

    window = MainWindow(service)
    window.resize(*SCREENSHOT_SIZE)  # a maximised window on a 1366×768 laptop
    window.show()
    app.processEvents()
    window.open_case(case_id)
    app.processEvents()
    page = window.case_page
    page.show_section("absence")
    app.processEvents()
    window.grab().save(str(target / "absence_register.png"))
    window.resize(1366, 768)  # the school laptop, scrolled down to Mønstre og utvikling
    app.processEvents()
    section = page.section_widgets["absence"]
    section.ensureWidgetVisible(section.insight.effects, 0, 0)
    section.insight.chart.setFocus()
    app.processEvents()
    window.grab().save(str(target / "absence_patterns.png"))
    page.show_section("overview")
    app.processEvents()
    window.grab().save(str(target / "absence_overview.png"))
    window._quit_confirmed = True
    window.close()
    print(target)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)
