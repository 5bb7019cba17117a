"""Start to window shown: Nærvær (unlock screen of an existing vault) against a
bare PySide6 window started the same way (a fresh process that shows its main
window, renders it to PNG and exits), measured in the same run.

To the moment the window is shown (the process prints the system's monotonic
clock once show() has been processed; the parent took the same clock just before
starting it) — what the issue names — for the program started as a person starts
it (settings read, window placed; it exits once shown), and for the --screenshot
start the README pictures use; and the whole process of the --screenshot start,
picture and exit included.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_table, row  # noqa: E402

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.setCentralWidget(QLabel("Hei"))
window.resize(1100, 720)
window.show()
app.processEvents()
import time
print(f"SHOWN {time.monotonic():.6f}", flush=True)
window.grab().save(sys.argv[1])
"""


def run(cmd: list[str], env: dict) -> tuple[float, float]:
    """(start to window shown, start to exit) in seconds."""
    start = time.monotonic()
    done = subprocess.run(cmd, check=True, env=env, stdout=subprocess.PIPE, text=True)
    ended = time.monotonic()
    shown = next(float(line.split()[1]) for line in done.stdout.splitlines()
                 if line.startswith("SHOWN "))
    return shown - start, ended - start


def main() -> list[dict]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)  # the issue: medians of 11
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["NAERVAER_BENCH_SHOWN"] = "1"
    tmp = Path(tempfile.mkdtemp(prefix="naervaer-start-"))
    if env.pop("PYTHONDONTWRITEBYTECODE", None):
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    data_dir = tmp / "data"
    # A vault must exist so the program starts at the unlock screen, as on any
    # morning after the first.
    subprocess.run([sys.executable, "-c", (
        "import sys; from desktop.paths import Paths; from desktop.services.app_service import AppService;"
        "s = AppService(Paths.resolve(sys.argv[1])); s.check_data_dir();"
        "s.create_vault('start start start start')"), str(data_dir)], check=True)
    png = str(tmp / "shot.png")
    bare_cmd = [sys.executable, "-c", BARE, png]
    start_cmd = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir)]
    shot_cmd = start_cmd + ["--screenshot", png, "--screenshot-view", "unlock"]
    start_env = dict(env, NAERVAER_BENCH_SHOWN="exit")  # desktop/ui/startup.py: exit once shown
    for cmd, cmd_env in ((bare_cmd, env), (start_cmd, start_env), (shot_cmd, env)):
        run(cmd, cmd_env)  # warm the file cache (and write the bytecode)
    bare, start, shot = [], [], []
    for _ in range(args.runs):  # interleaved so all see the same machine load
        bare.append(run(bare_cmd, env))
        start.append(run(start_cmd, start_env))
        shot.append(run(shot_cmd, env))

    def ratios(app: list, index: int) -> list[float]:
        """Run by run (the spread); the issue's figure is the ratio of the medians."""
        return sorted(a[index] / b[index] for a, b in zip(app, bare))

    def of_medians(app: list, index: int) -> float:
        return statistics.median(a[index] for a in app) / statistics.median(b[index] for b in bare)

    return [
        row("bare PySide6 window: start to shown", [b[0] for b in bare]),
        row("Nærvær started as a person does: to shown", [a[0] for a in start],
            "<= 1.5x bare"),
        row("ratio of the medians, to shown", [of_medians(start, 0)], "<= 1.5", unit="x"),
        row("ratio Nærvær / bare run by run, to shown", ratios(start, 0), unit="x"),
        row("Nærvær --screenshot: to shown", [a[0] for a in shot]),
        row("ratio of the medians --screenshot, to shown", [of_medians(shot, 0)], unit="x"),
        row("ratio --screenshot / bare run by run, to shown", ratios(shot, 0), unit="x"),
        row("bare PySide6 window: whole process", [b[1] for b in bare]),
        row("Nærvær --screenshot: whole process (picture, exit)", [a[1] for a in shot]),
        row("ratio Nærvær --screenshot / bare, whole process", ratios(shot, 1), unit="x"),
    ]


if __name__ == "__main__":
    print_table(main())
