"""Tiltakssirkel figures: a full redraw of the circle on resize with 8 boxes ×
30 entries (goal: ≤ 16 ms median, one frame at 60 Hz), switching the box
editor to a box with 30 entries, one undoable edit, and the PDF.

    .venv/bin/python tests/benchmarks/bench_circle.py [--runs 60]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_table, row, timed  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.domain.measure_circle import EntryKind  # noqa: E402
from desktop.export.circle_pdf import build_circle_pdf  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402
from desktop.ui.sections.circle.section import CircleSection  # noqa: E402
from desktop.ui.undo import CaseEditing  # noqa: E402


def filled_section(folder: Path) -> CircleSection:
    service = AppService(Paths.resolve(folder))
    service.check_data_dir()
    service.create_vault("benk benk benk benk")
    session = service.create_case("Elev Benk")
    editing = CaseEditing(session)
    section = CircleSection(editing)
    circle = section.service
    for box_id in section.form.box_ids:
        box = circle.box(box_id)
        for i in range(30):
            kind = list(EntryKind)[i % 3]
            box = box.with_added(circle.new_entry(
                kind, f"Oppføring {i} i {box_id}: et lite, konkret tiltak med en ansvarlig"))
        circle.write_box(box)
    section._app_keepalive = (service, editing)
    return section


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        section = filled_section(Path(folder) / "data")
        section.resize(1400, 860)
        section.show()
        app.processEvents()
        section.refresh()
        view = section.view
        sizes = [(900, 640), (1200, 800), (700, 520), (1600, 1000)]
        state = {"n": 0}

        def resize_and_redraw() -> None:
            state["n"] += 1
            view.resize(*sizes[state["n"] % len(sizes)])
            view.viewport().repaint()  # synchronous: layout + paint of every item

        resize_and_redraw()
        redraw = timed(resize_and_redraw, args.runs)

        boxes = section.form.box_ids
        switch_state = {"n": 0}

        def switch_box() -> None:
            switch_state["n"] += 1
            section.view.select(boxes[switch_state["n"] % len(boxes)])

        switch = timed(switch_box, args.runs)

        stack: QUndoStack = section.editing.stack
        add = timed(lambda: section.editing.add("fritid", EntryKind.MEASURE, "Nytt tiltak"),
                    args.runs)
        undo = timed(stack.undo, args.runs)

        titles = {b.id: b.title for b in section.form.boxes}
        pdf = timed(lambda: build_circle_pdf(io.BytesIO(), section.service.circle, titles,
                                             section.form.goal, "Elev Benk"),
                    max(3, args.runs // 10))
        print_table([
            row("circle: resize + full redraw, 8 × 30 entries", redraw, "≤ 16 ms"),
            row("box editor: switch to a box with 30 entries (models, before paint)", switch),
            row("add an entry (undo command, store, redraw)", add),
            row("undo an add", undo),
            row("PDF, 8 × 30 entries (worker thread)", pdf),
        ])
        ok = sorted(redraw)[len(redraw) // 2] <= 0.016
        section.close()
        return 0 if ok else 1


if __name__ == "__main__":
    started = time.perf_counter()
    code = main()
    print(f"\n(total {time.perf_counter() - started:.1f} s)")
    sys.exit(code)
