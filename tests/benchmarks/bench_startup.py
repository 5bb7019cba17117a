"""Start to window shown: Nærvær (unlock screen of an existing vault) against a
bare PySide6 window started the same way (a fresh process that shows its main
window, renders it to PNG and exits), measured in the same run.

Two figures each: to the moment the window is shown (the process prints the
system's monotonic clock once show() has been processed; the parent took the
same clock just before starting it) — what the issue names — and the whole
process, screenshot and exit included.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
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
    parser.add_argument("--runs", type=int, default=11)
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
    app_cmd = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir),
               "--screenshot", png, "--screenshot-view", "unlock"]
    run(bare_cmd, env), run(app_cmd, env)  # warm the file cache (and write the bytecode)
    bare, app = [], []
    for _ in range(args.runs):  # interleaved so both see the same machine load
        bare.append(run(bare_cmd, env))
        app.append(run(app_cmd, env))
    shown = sorted(a[0] / b[0] for a, b in zip(app, bare))
    whole = sorted(a[1] / b[1] for a, b in zip(app, bare))
    return [
        row("bare PySide6 window: start to shown", [b[0] for b in bare]),
        row("Nærvær: start to window shown", [a[0] for a in app], "<= 1.5x bare"),
        row("ratio Nærvær / bare, to shown", shown, "<= 1.5", unit="x"),
        row("bare PySide6 window: whole process", [b[1] for b in bare]),
        row("Nærvær: whole process (screenshot and exit)", [a[1] for a in app]),
        row("ratio Nærvær / bare, whole process", whole, unit="x"),
    ]


if __name__ == "__main__":
    print_table(main())
