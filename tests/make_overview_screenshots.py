"""Screenshots of Skoleoversikt for the README, on made-up cases.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/make_overview_screenshots.py

Writes resources/screenshots/overview_due.png (Frister denne uken),
overview_no_follow_up.png (Ingen oppfølging) and overview_report.png (the report
for the leadership), each the case list at 1366×700 with the dialog over it."""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from screenshot_window import OUT  # tests/: offscreen, the repo on the path

from desktop.domain.absence import AbsenceRecord  # noqa: E402
from desktop.domain.evaluations import Outcome, Rating, Referral  # noqa: E402
from desktop.domain.follow_up import Contact  # noqa: E402
from desktop.domain.meetings import MeetingTask  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services import app_service as service_module  # noqa: E402
from desktop.services.absence_register import AbsenceRegister  # noqa: E402
from desktop.services.agreement_service import AgreementService  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402
from desktop.services.meeting_service import MeetingService  # noqa: E402
from desktop.ui.startup import SCREENSHOT_SIZE  # noqa: E402
from tests.agreements.examples import tonje  # noqa: E402

TODAY = date(2026, 11, 18)  # a Wednesday
PUPILS = [("Ánde Sárá", "7"), ("Emil Haugland", "9"), ("Amina Yusuf", "vg1"),
          ("Øyvind Berg", "9"), ("Jonas Lie", "5"), ("Sofie Ødegård", "8")]


def fill(service: AppService) -> None:
    for index, (name, grade) in enumerate(PUPILS):
        session = service.create_case(name)
        session.set_pupil_field("grade", grade)
        register = AbsenceRegister(session)
        start = TODAY - timedelta(days=40 + 7 * index)
        register.add_records([AbsenceRecord(None, start + timedelta(days=n)) for n in range(3)
                              if (start + timedelta(days=n)).weekday() < 5])
        if index in (0, 2, 4):
            register.add_contact(Contact(None, datetime.combine(start + timedelta(days=5),
                                                                datetime.min.time()), "Mor",
                                         next_step="Ringe mor igjen",
                                         next_date=TODAY + timedelta(days=index - 2)))
        if index in (0, 3):
            agreements = AgreementService(session)
            draft = agreements.new_draft()
            held = start + timedelta(days=8)
            agreements.write(replace(tonje(held_on=held), id=draft.id,
                                     evaluation_on=TODAY + timedelta(days=1 + index)))
            agreements.freeze(draft.id)
            if index == 3:
                evaluation = agreements.start_evaluation(draft.id, lambda m: "")
                rated = tuple(replace(m, rating=[Rating.WORKED, Rating.PARTLY][i % 2])
                              for i, m in enumerate(evaluation.measures))
                agreements.finish_evaluation(replace(
                    evaluation, measures=rated, outcome=Outcome.NEW_AGREEMENT,
                    referral=Referral.NOT_NEEDED, held_on=held + timedelta(days=21)))
        if index == 2:
            meetings = MeetingService(session)
            meeting = meetings.new_meeting()
            meetings.write(replace(meeting, held_at=datetime(2026, 10, 20, 9),
                                   tasks=(MeetingTask("Avtale time hos helsesykepleier",
                                                      "Kontaktlærer", TODAY),)))
        service.close_case(session)


def main() -> int:
    from PySide6.QtCore import QEventLoop, QPoint, QTimer
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow
    from desktop.ui.startup import prepare_app

    service_module.today = lambda: TODAY
    app = QApplication.instance() or QApplication(sys.argv)
    prepare_app(app)
    with tempfile.TemporaryDirectory() as folder:
        service = AppService(Paths.resolve(Path(folder) / "data"))
        service.check_data_dir()
        service.create_vault("skjerm skjerm skjerm")
        fill(service)
        window = MainWindow(service)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        window.list_page.reload()
        dialog = window.list_page.open_overview()
        dialog.resize(980, 600)
        loop = QEventLoop()
        while dialog.scan is None:
            QTimer.singleShot(50, loop.quit)
            loop.exec()
        shots = [("overview_due.png", 0), ("overview_no_follow_up.png", 1),
                 ("overview_report.png", 2)]
        for name, tab in shots:
            dialog.tabs.setCurrentIndex(tab)
            app.processEvents()
            base = window.grab()
            painter = QPainter(base)
            painter.drawPixmap(QPoint((base.width() - dialog.width()) // 2, 40), dialog.grab())
            painter.end()
            base.save(str(OUT / name))
            print(OUT / name)
        dialog.reject()
        window._quit_confirmed = True
        window.close()
        service.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
