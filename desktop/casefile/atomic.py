"""Crash-safe replacement of a file (DESIGN.md §3 "Saving").

temp file in the same folder → write → flush → fsync → read back and verify →
keep the previous file as `.bak` → os.replace → fsync the folder. Any failure
before the replace leaves the old file exactly as it was.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sys
import time
from pathlib import Path

from desktop.casefile.errors import SaveFailed, SaveProblem

log = logging.getLogger(__name__)

REPLACE_RETRIES = 20  # Windows: antivirus or indexer may hold the file briefly
REPLACE_RETRY_DELAY = 0.05


def _token(size: int) -> str:
    import secrets  # hmac, hashlib …: on the first write, not at start

    return secrets.token_hex(size)


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def classify(exc: OSError) -> SaveProblem:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return SaveProblem.DISK_FULL
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        return SaveProblem.READ_ONLY
    return SaveProblem.IO_ERROR


def fsync_dir(folder: Path) -> None:
    """Makes the rename itself durable (POSIX); Windows has no directory fsync."""
    if sys.platform.startswith("win"):
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace_with_retry(src: Path, dst: Path) -> None:
    for attempt in range(REPLACE_RETRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if attempt == REPLACE_RETRIES - 1:
                raise
            time.sleep(REPLACE_RETRY_DELAY)


def _keep_backup(path: Path) -> None:
    """The current file becomes `.bak`, while `path` itself stays in place
    (a hard link, so there is no moment without the file); a copy where the
    file system has no hard links (FAT on a USB stick)."""
    if not path.exists():
        return
    bak = backup_path(path)
    staging = path.with_name(f".{path.name}.{_token(4)}.baktmp")
    try:
        try:
            os.link(path, staging)
        except OSError:
            shutil.copyfile(path, staging)
        _replace_with_retry(staging, bak)
    except BaseException:
        _discard(staging)  # a failed save leaves nothing behind
        raise


def write_atomic(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Replaces `path` with `data` or raises SaveFailed leaving `path` untouched."""
    folder = path.parent
    tmp = folder / f".{path.name}.{_token(6)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        with open(tmp, "rb") as fh:
            if fh.read() != data:
                raise SaveFailed(SaveProblem.VERIFY_FAILED, "read-back differs")
        if keep_backup:
            _keep_backup(path)
        _replace_with_retry(tmp, path)
    except SaveFailed:
        _discard(tmp)
        raise
    except OSError as exc:
        _discard(tmp)
        raise SaveFailed(classify(exc), f"{type(exc).__name__} errno={exc.errno}") from exc
    # The new file is in place. Reporting a failure from here on would say
    # "not saved, old file intact" when neither is true (and make the caller
    # think someone else wrote the file); after a power cut the folder holds
    # either the old or the new file, both complete.
    try:
        fsync_dir(folder)
    except OSError as exc:
        log.warning("folder fsync failed after replace: errno=%s", exc.errno)


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink()
    except OSError:
        pass
