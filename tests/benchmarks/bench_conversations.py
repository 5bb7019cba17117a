"""Kartleggingssamtale figures: loading the forms, opening a conversation on
screen (every step and tool built), a step change, one stored keystroke in an
answer (undo command + write + change signal), and the summary PDF.

    .venv/bin/python tests/benchmarks/bench_conversations.py [--runs 11]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from common import PASSPHRASE, print_table, row, timed  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.export.conversation_pdf import build_conversation_pdf  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402
from desktop.services.conversation_export import conversation_summary  # noqa: E402
from desktop.services.conversation_service import ConversationForms  # noqa: E402
from desktop.ui.sections.mapping.editing import MappingEditing  # noqa: E402
from desktop.ui.sections.mapping.view import ConversationView  # noqa: E402
from desktop.ui.undo import CaseEditing  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp()) / "data"
    service = AppService(Paths.resolve(folder))
    service.check_data_dir()
    service.create_vault(PASSPHRASE)
    session = service.create_case("Benk Elev")
    editing = CaseEditing(session)
    owner = MappingEditing(editing)
    forms = ConversationForms()
    conv = owner.talks.start(forms, "kartlegging_samtaleguide", date(2026, 3, 12), ["Eleven"])
    guide = owner.talks.guide_of(conv)
    for step, question in guide.questions():  # a fully answered conversation
        owner.talks.set_answer_field(conv.id, question.id, question.text,
                                     value="Et svar med noen ord i, á č đ ŋ š ŧ ž. " * 8)

    rows = [row("load conversation forms (4 files)", timed(ConversationForms, args.runs),
                "< 100 ms")]

    views = []

    def open_view():
        for old in views:
            old.close()
            old.setParent(None)
            old.deleteLater()
        app.processEvents()
        views.clear()
        view = ConversationView(owner, owner.talks.get(conv.id), guide, forms.boxes)
        view.resize(1100, 780)
        view.show()
        app.processEvents()
        views.append(view)

    rows.append(row("open a conversation on screen (all steps, tools)", timed(open_view, args.runs),
                    "< 300 ms"))
    view = views[-1]
    position = iter(range(10_000))
    rows.append(row("step change (Ctrl+Enter)",
                    timed(lambda: (view.go_to(next(position) % 8), app.processEvents()),
                          args.runs * 5), "< 50 ms"))
    editor = view.question_widget("elev_trivsel").editor
    rows.append(row("one keystroke stored in an answer",
                    timed(lambda: editor.insertPlainText("x"), args.runs * 10), "< 16 ms"))
    rows.append(row("summary PDF of a full conversation",
                    timed(lambda: build_conversation_pdf(conversation_summary(owner.talks, conv.id)),
                          args.runs), "< 1000 ms"))
    print_table(rows)
    for view in views:
        view.close()
    service.close_case(session)
    service.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
