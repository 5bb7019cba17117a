"""Passphrase figures (issue 16): one key derivation at the program's cost and
at the most a key file may ask for, and the strength estimate.

    .venv/bin/python tests/benchmarks/bench_passphrase.py [--runs 3]

The derivation at the default cost gives the guessing rate per core that
desktop/services/passphrase_strength.py assumes (about 8 a second); the
ceiling (memory × passes ≤ 1 GiB·pass) must stay within ~3 s on a laptop three
times slower than the machine measured, so here within ~1 s.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_table, row, timed  # noqa: E402

from desktop.casefile.vault import KdfParams  # noqa: E402
from desktop.services.passphrase_strength import estimate  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    salt = secrets.token_bytes(16)
    rows = []
    default = KdfParams()
    default_times = timed(lambda: default.derive("benk benk benk benk", salt), args.runs * 3)
    rows.append(row("key derivation, default 64 MiB × 3 passes", default_times, "≈ 125 ms"))
    for memory, passes, lanes in ((349_525, 3, 4), (64 * 1024, 16, 8)):
        params = KdfParams(memory, passes, lanes)
        rows.append(row(f"key derivation, ceiling {memory // 1024} MiB × {passes} × {lanes} lanes",
                        timed(lambda: params.derive("benk", salt), args.runs), "≤ 1 s idle"))
    estimate("x")  # zxcvbn's dictionaries are built at first use
    rows.append(row("strength estimate, 30 characters",
                    timed(lambda: estimate("gul sykkel tåke rabarbra i dag"), 50), "≤ 16 ms"))
    rows.append(row("strength estimate, 72 characters and more",
                    timed(lambda: estimate("lang natt i Tromsø " * 20), 20), "≤ 50 ms"))
    print_table(rows)
    rate = 1 / sorted(default_times)[len(default_times) // 2]
    print(f"\nguesses per second per core at the default cost: {rate:.1f}")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)
