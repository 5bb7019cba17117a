"""Handover figures without Qt (issue 14): writing a handover file of one
~2 MB case and reading it into another vault, each with and beyond the key
derivation (Argon2id, measured on its own), plus a class of 25 smaller cases.

    .venv/bin/python tests/benchmarks/bench_handover.py [--runs 7] [--dir DIR]

Goal: export and import of a 2 MB case ≤ 300 ms each beyond the KDF.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import make_cases, print_table, row, timed  # noqa: E402

from desktop.casefile.vault import KdfParams  # noqa: E402
from desktop.domain.handover import Scope  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402
from desktop.services.handover import HandoverService, new_passphrase, read_handover  # noqa: E402

RECEIVER = "mottaker mottaker mottaker"


_KDF_SPENT: list[float] = []  # seconds spent in Argon2id, per call
_DERIVE = KdfParams.derive


def _timed_derive(self, passphrase, salt):
    start = time.perf_counter()
    try:
        return _DERIVE(self, passphrase, salt)
    finally:
        _KDF_SPENT.append(time.perf_counter() - start)


KdfParams.derive = _timed_derive  # "beyond the KDF" = each run minus its own derivation


def measured(fn, runs: int) -> tuple[list[float], list[float]]:
    """(total seconds, seconds beyond the key derivation) per run."""
    totals, rest = [], []
    for _ in range(runs):
        _KDF_SPENT.clear()
        start = time.perf_counter()
        fn()
        total = time.perf_counter() - start
        totals.append(total)
        rest.append(total - sum(_KDF_SPENT))
    return totals, rest


def main() -> list[dict]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "naervaer-bench"))
    args = parser.parse_args()
    root = Path(args.dir)
    sender = make_cases(root / "handover-one", 1)
    case_id = sender.list_cases()[0].case_id
    klass = make_cases(root / "handover-class", 25, 200 * 1024)
    class_ids = [e.case_id for e in klass.list_cases()]
    template = Path(tempfile.mkdtemp(prefix="naervaer-receiver-"))
    receiver = AppService(Paths.resolve(template / "data"))
    receiver.check_data_dir()
    receiver.create_vault(RECEIVER)
    receiver.lock()

    kdf = timed(lambda: KdfParams().derive("a b c d", secrets.token_bytes(16)), args.runs)
    out = Path(tempfile.mkdtemp(prefix="naervaer-handover-"))
    passphrase = new_passphrase()
    files: list[Path] = []

    def export(service, ids, scope=Scope.FULL):
        path = out / f"{secrets.token_hex(4)}.naervaer-overforing"
        HandoverService(service).export(ids, path, passphrase, scope=scope, recipient="PPT")
        files.append(path)

    def import_latest():
        target = Path(tempfile.mkdtemp(prefix="naervaer-into-", dir=out))
        shutil.copytree(template / "data", target / "data")
        service = AppService(Paths.resolve(target / "data"))
        service.unlock(RECEIVER)
        result = measured(lambda: HandoverService(service).import_cases(
            read_handover(files[-1], passphrase)), 1)
        service.lock()
        return result

    def imports(runs: int) -> tuple[list[float], list[float]]:
        results = [import_latest() for _ in range(runs)]
        return [r[0][0] for r in results], [r[1][0] for r in results]

    export_one = measured(lambda: export(sender, [case_id]), args.runs)
    size = files[-1].stat().st_size
    import_one = imports(args.runs)
    export_internal = measured(lambda: export(sender, [case_id], Scope.WITHOUT_INTERNAL),
                               args.runs)
    few = max(3, args.runs // 2)
    export_class = measured(lambda: export(klass, class_ids), few)
    class_size = files[-1].stat().st_size
    import_class = imports(few)
    sender.lock()
    klass.lock()
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(template, ignore_errors=True)
    print(f"handover file: one case {size / 1e6:.2f} MB, 25 cases {class_size / 1e6:.2f} MB; "
          f"KDF median {statistics.median(kdf) * 1000:.0f} ms")
    goal = "≤ 300 ms"
    return [
        row("KDF (Argon2id 64 MiB, t=3)", kdf),
        row("export 1 case ~2 MB (with KDF)", export_one[0]),
        row("export 1 case ~2 MB beyond KDF", export_one[1], goal),
        row("export without internal, beyond KDF", export_internal[1], goal),
        row("import 1 case ~2 MB (with KDF)", import_one[0]),
        row("import 1 case ~2 MB beyond KDF", import_one[1], goal),
        row("export 25 cases (class) beyond KDF", export_class[1]),
        row("import 25 cases (class) beyond KDF", import_class[1]),
    ]


if __name__ == "__main__":
    print_table(main())
