"""Sealed saves handed from a locking process to the fresh one that replaces it.

A save that the disk refused when the program locked (disk full, USB stick
gone) is kept as a SealedSave: ciphertext only. Locking ends the process that
held the case (DESIGN.md §6, "Locked means gone from memory"), so the sealed
bytes must outlive it. They are put where the disk is not needed when it can
be: on Linux an anonymous memory file (memfd) that the replacing process
inherits across exec; otherwise a file in the first folder that takes it (the
data folder, then the temporary folder). The next process reads them back,
removes the file and writes them as soon as it can.

Format: a magic line, then per save a JSON line {"path", "expected", "save_id",
"size"} followed by `size` bytes of ciphertext. Read defensively: the reader
takes only saves for files directly in the expected case folder.
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
from pathlib import Path

from desktop.casefile.store import SUFFIX, SealedSave

log = logging.getLogger(__name__)

MAGIC = b"NAERVAER-SEALED-SAVES 1\n"
FD_PREFIX = "fd:"
MEMFD_NAME = "naervaer-sealed"
MAX_SAVES = 10_000
MAX_HEADER = 4096
_CASE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,100}" + re.escape(SUFFIX) + "$")
_HEX = re.compile(r"^[0-9a-f]{0,256}$")


class HandoffFailed(Exception):
    """The sealed saves could be put nowhere; the caller keeps them in memory."""


def encode(saves: list[SealedSave]) -> bytes:
    parts = [MAGIC]
    for save in saves:
        header = {"path": str(save.path), "size": len(save.data), "save_id": save.save_id.hex(),
                  "expected": None if save.expected_save_id is None
                  else save.expected_save_id.hex()}
        parts += [json.dumps(header).encode("utf-8"), b"\n", save.data]
    return b"".join(parts)


def decode(raw: bytes, cases_dir: Path) -> list[SealedSave]:
    """The saves in `raw` that name a case file directly in `cases_dir`; the
    rest (and anything after a damaged record) is left out and logged."""
    if not raw.startswith(MAGIC):
        log.warning("sealed hand-over unreadable")
        return []
    saves: list[SealedSave] = []
    pos = len(MAGIC)
    while pos < len(raw) and len(saves) < MAX_SAVES:
        end = raw.find(b"\n", pos, pos + MAX_HEADER)
        try:
            if end < 0:
                raise ValueError("header")
            header = json.loads(raw[pos:end])
            path = Path(header["path"])
            size, expected, save_id = header["size"], header["expected"], header["save_id"]
            if not (isinstance(size, int) and 0 < size <= len(raw) - end - 1
                    and path.parent == cases_dir and _CASE_NAME.match(path.name)
                    and isinstance(save_id, str) and _HEX.match(save_id)
                    and (expected is None or isinstance(expected, str) and _HEX.match(expected))):
                raise ValueError("fields")
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("sealed hand-over: record %d unreadable (%s)", len(saves), exc)
            break
        data = raw[end + 1:end + 1 + size]
        saves.append(SealedSave(path, data, None if expected is None else bytes.fromhex(expected),
                                bytes.fromhex(save_id)))
        pos = end + 1 + size
    return saves


def put(saves: list[SealedSave], folders: list[Path], *, use_memory: bool = True) -> str:
    """Where the saves now wait: "fd:N" (an inheritable memory file) or a file
    path. Raises HandoffFailed when nothing took them."""
    raw = encode(saves)
    if use_memory and hasattr(os, "memfd_create"):
        try:
            fd = os.memfd_create(MEMFD_NAME, 0)
            os.set_inheritable(fd, True)
            _write_all(fd, raw)
            return f"{FD_PREFIX}{fd}"
        except OSError:
            log.warning("sealed hand-over: no memory file")
    for folder in folders:
        target = folder / f".naervaer-sealed-{secrets.token_hex(8)}"
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600)
        except OSError:
            continue
        try:
            _write_all(fd, raw)
            os.fsync(fd)
        except OSError:
            os.close(fd)
            _unlink(target)
            continue
        os.close(fd)
        return str(target)
    raise HandoffFailed()


def take(location: str, cases_dir: Path) -> list[SealedSave]:
    """Reads the saves back and removes what held them (closes the memory file,
    deletes the file). [] when there is nothing readable."""
    raw = b""
    if location.startswith(FD_PREFIX):
        try:
            fd = int(location[len(FD_PREFIX):])
        except ValueError:
            return []
        if not _is_our_memory_file(fd):  # never stdin, a terminal or someone's socket
            log.warning("sealed hand-over: fd is not a memory file of ours")
            return []
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            raw = _read_all(fd)
        except OSError:
            log.warning("sealed hand-over: memory file unreadable")
        finally:
            try:
                os.close(fd)
            except OSError:
                pass
    else:
        path = Path(location)
        if not path.name.startswith(".naervaer-sealed-"):
            return []
        try:
            raw = path.read_bytes()
        except OSError:
            log.warning("sealed hand-over: file unreadable")
            return []
        _unlink(path)
    return decode(raw, cases_dir)


def _is_our_memory_file(fd: int) -> bool:
    if fd < 3:
        return False
    try:
        return os.readlink(f"/proc/self/fd/{fd}").startswith(f"/memfd:{MEMFD_NAME}")
    except (OSError, ValueError):
        return False


def _write_all(fd: int, raw: bytes) -> None:
    view = memoryview(raw)
    while view:
        view = view[os.write(fd, view):]


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
