"""Writing the cases of a verified handover file into the receiving vault:
each case re-encrypted under this vault (a fresh data key, the normal case-file
container) with the handover recorded in it. All or nothing."""

from __future__ import annotations

import secrets
from pathlib import Path

from desktop.casefile import container
from desktop.casefile.atomic import write_atomic
from desktop.casefile.handover_payload import CaseImage, add_record, checked_summary, open_image
from desktop.casefile.lockfile import CaseLock
from desktop.casefile.store import CaseStore
from desktop.domain.handover import HandoverRecord


def _sealed(store: CaseStore, case: CaseImage, record: HandoverRecord) -> bytes:
    conn = open_image(case.image)  # migrated to this program's schema
    try:
        add_record(conn, record)
        data, _save_id = container.seal(store.vault, secrets.token_bytes(32),
                                        secrets.token_bytes(16), checked_summary(conn),
                                        conn.serialize())
        return data
    finally:
        conn.close()


def write_cases(store: CaseStore, cases: list[CaseImage], targets: dict[str, str],
                record: HandoverRecord) -> list[str]:
    """Seals every case first (nothing written yet), then writes them under the
    cases' locks; if any write fails, what was written is taken back (a new
    file removed, a replaced file restored) and the error is raised."""
    store.folder.mkdir(parents=True, exist_ok=True)
    sealed = [(targets[c.case_id], _sealed(store, c, record)) for c in cases]
    locks: list[CaseLock] = []
    done: list[tuple[Path, bytes | None]] = []
    try:
        for case_id, _ in sealed:
            locks.append(CaseLock.acquire(store.path_for(case_id)))
        for case_id, data in sealed:
            path = store.path_for(case_id)
            before = path.read_bytes() if path.exists() else None
            write_atomic(path, data)
            done.append((path, before))
    except BaseException:
        for path, before in reversed(done):
            try:
                if before is None:
                    path.unlink()
                else:
                    write_atomic(path, before, keep_backup=False)
            except OSError:
                pass
        raise
    finally:
        for lock in locks:
            lock.release()
    return [case_id for case_id, _ in sealed]
