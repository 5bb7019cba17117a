"""Meeting mode on and off (issue 13): the time from the toggle until the case
page has changed and the events are processed (layout, restyle), per section the
family may see, on a case with absence, a contact, a fully answered
conversation (open in Kartlegging) and a draft agreement. Goal: ≤ 100 ms median.
Each switch is timed twice: wall clock (what a person waits) and the UI thread's
CPU time (the same on an idle machine; on a machine shared with other work the
wall clock also counts the time the thread waited for a core).

    .venv/bin/python tests/benchmarks/bench_meeting_mode.py [--runs 11]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import time  # noqa: E402

from common import PASSPHRASE, big_note, print_table, row  # noqa: E402
from PySide6.QtCore import QDir, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.domain.absence import AbsenceRecord, Reason  # noqa: E402
from desktop.domain.follow_up import Channel, Contact  # noqa: E402
from desktop.paths import Paths, resources_dir  # noqa: E402
from desktop.services.absence_register import AbsenceRegister  # noqa: E402
from desktop.services.agreement_service import AgreementService  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402
from desktop.services.conversation_service import ConversationForms, Conversations  # noqa: E402
from desktop.ui.case_page import CasePage  # noqa: E402
from desktop.ui.sections.registry import FAMILY_SECTIONS, section_titles  # noqa: E402


def _seed(session) -> int:
    session.set_pupil_field("note", big_note(0, 2000))
    register = AbsenceRegister(session)
    day, records = date.today(), []
    while len(records) < 120:  # about half a year of absence
        day -= timedelta(days=1)
        if day.weekday() < 5 and day.toordinal() % 3 == 0:
            records.append(AbsenceRecord(None, day, reason=Reason.OTHER,
                                         reason_text="Vondt i magen"))
    register.add_records(records)
    register.add_contact(Contact(None, datetime.now().replace(microsecond=0), "Mor",
                                 Channel.PHONE, "Kontaktlærer", "Snakket om morgenene"))
    talks = Conversations(session)
    conv = talks.start(ConversationForms(), "kartlegging_samtaleguide", date.today(), ["Eleven"])
    for _, question in talks.guide_of(conv).questions():
        talks.set_answer_field(conv.id, question.id, question.text,
                               value="Et svar med noen ord i, á č đ ŋ š ŧ ž. " * 8)
    AgreementService(session).new_draft()
    return conv.id


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    QDir.addSearchPath("res", str(resources_dir()))  # the app's own stylesheet, as at start
    app.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    folder = Path(tempfile.mkdtemp()) / "data"
    service = AppService(Paths.resolve(folder))
    service.check_data_dir()
    service.create_vault(PASSPHRASE)
    session = service.create_case("Benk Elev")
    conv_id = _seed(session)
    page = CasePage(session)
    page.resize(1366, 768)
    page.show()
    app.processEvents()
    titles = dict(section_titles())

    rows = []
    for key in FAMILY_SECTIONS:
        page.show_section(key)
        if key == "mapping":
            page.section_widgets[key].open_conversation(conv_id)
        app.processEvents()
        wall: dict[bool, list[float]] = {True: [], False: []}
        cpu: dict[bool, list[float]] = {True: [], False: []}
        for _ in range(args.runs):
            for mode in (True, False):
                start_wall, start_cpu = time.perf_counter(), time.thread_time()
                page.set_meeting_mode(mode)
                app.processEvents()  # layout and restyle, as the event loop does next
                app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                wall[mode].append(time.perf_counter() - start_wall)
                cpu[mode].append(time.thread_time() - start_cpu)
        label = titles[key] + (" (samtale åpen)" if key == "mapping" else "")
        for mode, word in ((True, "on"), (False, "off")):
            rows.append(row(f"meeting mode {word}, {label}", wall[mode], "≤ 100 ms"))
            rows.append(row("  … CPU time of the UI thread", cpu[mode]))
    print_table(rows)
    page.close_down()
    page.close()
    service.close_case(session)
    service.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
