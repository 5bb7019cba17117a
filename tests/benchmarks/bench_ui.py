"""UI-thread figures: the longest stall of the UI thread while autosave runs on
a 2 MB case, and peak memory with the main window and one case open.

A 1 ms QTimer ticks on the UI thread; the gap between ticks is how long the
thread was busy. Edits are made and autosaved (real Autosaver, real files);
the largest gap seen while saves run is the stall a user could feel.

    .venv/bin/python tests/benchmarks/bench_ui.py [--saves 30]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import make_cases, print_table, row  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.ui.autosave import Autosaver, SaveState  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402


class TickMonitor:
    """Records the largest gap between 1 ms ticks of the UI thread."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.gaps: list[float] = []

    def _tick(self):
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def start(self):
        self.gaps.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max(self.gaps) if self.gaps else 0.0


def wait_saved(autosaver: Autosaver, timeout_ms: int = 10_000) -> None:
    loop = QEventLoop()
    autosaver.state_changed.connect(loop.quit)
    deadline = time.perf_counter() + timeout_ms / 1000
    while autosaver.state is not SaveState.SAVED or autosaver.busy:
        if time.perf_counter() > deadline:
            raise TimeoutError("autosave did not finish")
        QTimer.singleShot(50, loop.quit)
        loop.exec()
    autosaver.state_changed.disconnect(loop.quit)


def main() -> list[dict]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=30)
    parser.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "naervaer-bench"))
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    service = make_cases(Path(args.dir) / "cases1", 1)
    case_id = service.list_cases()[0].case_id

    window = MainWindow(service)
    window.show()
    window.open_case(case_id)
    app.processEvents()
    session = window.case_page.session
    autosaver = window.case_page.autosaver if hasattr(window.case_page, "autosaver") else None
    if autosaver is None:
        autosaver = Autosaver(session, debounce_ms=20)

    monitor = TickMonitor()
    # Baseline: the same edits' event-loop noise without any save in flight.
    stalls, prepare = [], []
    for i in range(args.saves):
        monitor.start()
        session.set_pupil_field("class_name", f"8B-{i}")
        wait_saved(autosaver)
        stalls.append(monitor.stop())
        start = time.perf_counter()
        session.prepare_save()
        prepare.append(time.perf_counter() - start)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    window.close()
    service.lock()
    return [
        row("UI stall during one autosave (max tick gap)", stalls, "<= 50 ms"),
        row("  of which database image on the UI thread", prepare),
        row("peak memory, window + one 2 MB case open", [peak_kib / 1024], unit="MiB"),
    ]


if __name__ == "__main__":
    print_table(main())
