"""Hostile files (issue 16): how long reading them takes now that every reader
is bounded. Before: a 50 MB string in a local form froze the program for 89 s
and took 1.2 GB; JSON nested thousands deep stopped the start.

    .venv/bin/python tests/benchmarks/bench_hostile.py [--runs 11]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import logging  # noqa: E402

from common import print_table, row, timed  # noqa: E402

from desktop.forms.rule_sets import load_rule_sets  # noqa: E402
from desktop.services.settings import Settings  # noqa: E402


def peak_mb(fn) -> float:
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    runs = parser.parse_args().runs
    logging.disable(logging.WARNING)  # "settings unreadable" once per run is expected here
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        forms = root / "forms"
        forms.mkdir()
        (forms / "stor.toml").write_text('id = "x"\nversion = 1\nkind = "rule_set"\nname = "'
                                         + "x" * 50_000_000 + '"\n', encoding="utf-8")
        deep_forms = root / "deep"
        deep_forms.mkdir()
        (deep_forms / "dyp.toml").write_text("a = " + "[" * 5000 + "]" * 5000, encoding="utf-8")
        settings = root / "settings.json"
        settings.write_text("[" * 30_000 + "]" * 30_000, encoding="utf-8")  # 60 KB
        cases = [
            ("rule sets with a 50 MB local form", lambda: load_rule_sets(forms)),
            ("rule sets, no local form (reference)", lambda: load_rule_sets(None)),
            ("rule sets with a form nested 5000 deep", lambda: load_rule_sets(deep_forms)),
            ("settings.json nested 30 000 deep (refused by the depth count)",
             lambda: Settings.load_with_notice(settings)),
        ]
        rows = [row(name, timed(fn, runs)) for name, fn in cases]
        print_table(rows)
        print()
        for name, fn in cases:
            print(f"peak traced memory, {name}: {peak_mb(fn):.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
