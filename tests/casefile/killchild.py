"""The child of the crash-safety test: saves one case in a loop until killed.

Each save is self-checking: the pupil note is f"gen={N};" + note_payload(N), so
a reader can tell a complete save of generation N from anything else. Before
generation N may reach the disk the child sends b"S<N>"; after write() has
returned it sends b"D<N>". Runs in a process forked from a preloaded
forkserver, so it costs no interpreter start and no key derivation: the vault
is rebuilt from the master key passed in.
"""

from __future__ import annotations

import hashlib
import re
import traceback
from pathlib import Path

from desktop.casefile.store import CaseStore
from desktop.casefile.vault import Vault

_NOTE = re.compile(r"gen=(\d+);(.*)", re.DOTALL)


def note_payload(gen: int) -> str:
    """Deterministic, generation-dependent and of varying length (so that
    consecutive saves differ in size, too)."""
    seed = hashlib.sha256(str(gen).encode()).hexdigest()
    length = 200 + (gen * 7919) % 6000
    return ("ŋ" + seed + "ž") * (length // 66 + 1)


def note_for(gen: int) -> str:
    return f"gen={gen};{note_payload(gen)}"


def generation(note: str) -> int:
    """The generation a note belongs to; ValueError if it is not one complete save."""
    match = _NOTE.fullmatch(note)
    if not match:
        raise ValueError("note is not a generation note")
    gen = int(match.group(1))
    if match.group(2) != note_payload(gen):
        raise ValueError(f"payload does not match generation {gen}")
    return gen


def child_main(cases_dir: str, case_id: str, vault_id: bytes, master_key: bytes, conn) -> None:
    try:
        store = CaseStore(Path(cases_dir), Vault(vault_id, master_key))
        case = store.open(case_id)  # takes over the dead predecessor's lock
        gen = generation(case.repo.get_pupil().note)
        while True:
            gen += 1
            conn.send_bytes(b"S%d" % gen)
            case.repo.set_pupil_field("note", note_for(gen))
            case.write(*case.snapshot())
            conn.send_bytes(b"D%d" % gen)
    except BaseException:
        conn.send_bytes(b"E" + traceback.format_exc().encode())
        raise
