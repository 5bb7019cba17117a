"""Runs every benchmark and prints one table each (median, min, max).

    .venv/bin/python tests/benchmarks/run_all.py [--quick]

--quick uses 30 cases instead of 300 and fewer runs (a minute instead of several).
The 300 generated cases (~600 MB) are kept in the temp folder between runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    quick = "--quick" in sys.argv
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    runs = [
        ("Start", ["bench_startup.py", "--runs", "5" if quick else "11"]),
        ("Storage", ["bench_storage.py", "--cases", "30" if quick else "300",
                     "--runs", "3" if quick else "7"]),
        ("UI thread and memory", ["bench_ui.py", "--saves", "10" if quick else "30"]),
        ("Absence rules and heat map", ["bench_absence.py", "--runs", "11" if quick else "31"]),
        ("Absence patterns and trend", ["bench_patterns.py", "--runs", "11" if quick else "31"]),
        ("Kartleggingssamtale", ["bench_conversations.py", "--runs", "5" if quick else "11"]),
        ("Tiltakssirkel", ["bench_circle.py", "--runs", "30" if quick else "100"]),
        ("Opptrappingsplan", ["bench_plan.py", "--runs", "30" if quick else "100"]),
        ("Avtaler og referat", ["bench_agreement.py", "--runs", "11" if quick else "31"]),
        ("Oppfølgingen følger arbeidet", ["bench_follow_up.py",
                                          "--runs", "11" if quick else "31"]),
        ("Møtet som nav", ["bench_meeting.py", "--runs", "11" if quick else "21"]),
        ("Overføring", ["bench_handover.py", "--runs", "3" if quick else "7"]),
        ("Anonym drøfting", ["bench_anonymous.py", "--runs", "7" if quick else "21"]),
        ("Samtykke", ["bench_consent.py", "--runs", "3" if quick else "7"]),
        ("Henvisning til PPT", ["bench_referral.py", "--runs", "5" if quick else "11"]),
        ("Sluttrapport", ["bench_closing_report.py", "--runs", "3" if quick else "7"]),
        ("Passordfrase og nøkkel", ["bench_passphrase.py", "--runs", "2" if quick else "5"]),
        ("Møtemodus", ["bench_meeting_mode.py", "--runs", "5" if quick else "15"]),
        ("Hostile files", ["bench_hostile.py", "--runs", "5" if quick else "11"]),
        ("Lås og lås opp", ["bench_lock_restart.py", "--runs", "3" if quick else "7"]),
        ("Skoleoversikt", ["bench_school_overview.py", "--cases", "30" if quick else "300",
                           "--runs", "2" if quick else "3"]),
    ]
    failed = 0
    for title, args in runs:
        print(f"\n## {title}\n", flush=True)
        result = subprocess.run([sys.executable, str(HERE / args[0]), *args[1:]], env=env)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
