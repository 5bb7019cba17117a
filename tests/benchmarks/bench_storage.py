"""Storage figures without Qt: unlock + case list of 300 cases of ~2 MB, open
one case, save after one edit.

    .venv/bin/python tests/benchmarks/bench_storage.py [--cases 300] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PASSPHRASE, make_cases, print_table, row, timed  # noqa: E402

from desktop.casefile.vault import _read  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.app_service import AppService  # noqa: E402


def drop_caches() -> bool:
    """Empties the OS page cache (Linux, root only), for a cold-start figure."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as fh:
            fh.write("3\n")
        return True
    except OSError:
        return False


def main() -> list[dict]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "naervaer-bench"))
    args = parser.parse_args()
    data_dir = Path(args.dir) / f"cases{args.cases}"
    data_dir.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    make_cases(data_dir, args.cases).lock()
    print(f"data: {args.cases} cases in {data_dir} "
          f"({sum(f.stat().st_size for f in (data_dir / 'cases').glob('*.naervaer')) / 1e6:.0f} MB,"
          f" ready in {time.perf_counter() - started:.1f} s)")

    paths = Paths.resolve(data_dir)
    parsed = _read(paths.vault_file)
    kdf = timed(lambda: parsed.params.derive(PASSPHRASE, parsed.salt), args.runs)

    unlock_list, beyond = [], []
    for _ in range(args.runs):
        service = AppService(paths)
        start = time.perf_counter()
        service.unlock(PASSPHRASE)
        unlocked = time.perf_counter()
        entries = service.list_cases()
        done = time.perf_counter()
        assert len(entries) == args.cases and all(e.error is None for e in entries)
        service.lock()
        unlock_list.append(done - start)
        # "beyond the KDF": everything after the key derivation, the derivation
        # itself being measured on its own above.
        beyond.append((done - unlocked) + max(0.0, (unlocked - start) - statistics.median(kdf)))

    cold = []
    for _ in range(3):  # the morning after: nothing in the page cache
        if not drop_caches():
            break
        service = AppService(paths)
        service.unlock(PASSPHRASE)
        start = time.perf_counter()
        assert len(service.list_cases()) == args.cases
        cold.append(time.perf_counter() - start)
        service.lock()

    service = AppService(paths)
    service.unlock(PASSPHRASE)
    case_id = service.list_cases()[0].case_id

    def open_one():
        session = service.open_case(case_id)
        assert session.pupil().name
        session.close()
        service._sessions.clear()

    opened = timed(open_one, args.runs * 3)

    cold_open = []
    ids = [e.case_id for e in service.list_cases()]
    for other in ids[1:4]:  # other cases, after emptying the page cache
        if not drop_caches():
            break
        start = time.perf_counter()
        session = service.open_case(other)
        assert session.pupil().name
        cold_open.append(time.perf_counter() - start)
        session.close()
        service._sessions.clear()

    session = service.open_case(case_id)
    counter = iter(range(10_000))

    def edit_and_save():
        session.set_pupil_field("class_name", f"7{next(counter)}")
        session.save_now()

    saves = timed(edit_and_save, args.runs * 3)
    image_size = len(session.prepare_save()._image)
    print(f"file on disk: {session._case.path.stat().st_size / 1e6:.2f} MB")
    service.lock()
    print(f"case image: {image_size / 1e6:.2f} MB")
    return [
        row("KDF (Argon2id 64 MiB, t=3)", kdf),
        row(f"unlock + list {args.cases} cases", unlock_list),
        row("  beyond the KDF (list + vault file)", beyond, "<= 1000 ms"),
        *([row(f"  list {args.cases} cases, cold page cache", cold, "<= 1000 ms")]
          if cold else []),
        row("open one 2 MB case", opened, "<= 100 ms"),
        *([row("  open one 2 MB case, cold page cache", cold_open, "<= 100 ms")]
          if cold_open else []),
        row("save after one edit (2 MB)", saves, "<= 30 ms"),
    ]


if __name__ == "__main__":
    print_table(main())
