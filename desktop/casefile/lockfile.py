"""A lock file marks an open case (DESIGN.md §3).

`<file>.lock` beside the case holds who has it open: host, process id, user and
since when — no personal data about the pupil. A second program finds it and
opens the case read-only; a lock left by a dead process on this machine is
taken over. A lock naming another machine is never taken over on our own (its
processes cannot be seen from here); the user may do it (`take_over`) after a
warning, e.g. when the laptop was renamed. A lock that cannot be read (broken,
absurd, not a regular file) counts as held until it is older than a grace period.
"""

from __future__ import annotations

import getpass
import json
import os
import secrets
import socket
import sys
import time
from datetime import datetime
from pathlib import Path

from desktop.casefile.errors import DataDirUnavailable, LockedByOther, LockHolder
from desktop.domain.safe_parse import (
    InputProblem,
    Limits,
    UnsafeInput,
    field,
    read_json,
)

UNREADABLE_LOCK_GRACE = 10.0  # seconds
LOCK_LIMITS = Limits(max_bytes=4096, max_depth=2, max_string=256, max_items=32)
MAX_PID = 2**31 - 1
UNREADABLE = LockHolder("?", -1, "?", "")


def lock_path(case_path: Path) -> Path:
    return case_path.with_name(case_path.name + ".lock")


def _me() -> LockHolder:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: not worth failing for
        user = "?"
    return LockHolder(socket.gethostname(), os.getpid(), user,
                      datetime.now().isoformat(timespec="seconds"))


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform.startswith("win"):
        import ctypes

        process = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not process:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(process, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(process)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_holder(path: Path) -> LockHolder | None:
    """Who holds the lock; None when there is none. A lock that cannot be read
    (damaged, absurd, not a regular file) is UNREADABLE: held by an unknown
    process on an unknown host, taken over only after a grace period."""
    try:
        doc = read_json(path, LOCK_LIMITS)
        return LockHolder(field(doc, "host", str), field(doc, "pid", int, minimum=1, maximum=MAX_PID),
                          field(doc, "user", str), field(doc, "since", str))
    except UnsafeInput as exc:
        return None if exc.problem is InputProblem.MISSING else UNREADABLE


def held_on_other_machine(holder: LockHolder) -> bool:
    """A readable lock naming another machine: never taken over on our own (we
    cannot see its processes), but the user may judge it abandoned."""
    return holder.pid != -1 and holder.host != socket.gethostname()


def _token_of(path: Path) -> str | None:
    try:
        doc = read_json(path, LOCK_LIMITS)
        return field(doc, "token", str)
    except UnsafeInput:
        return None


def _stage(path: Path) -> tuple[LockHolder, str, dict, Path]:
    """Our lock's content, written to a hidden staging file beside the lock."""
    me = _me()
    token = secrets.token_hex(8)
    doc = {"host": me.host, "pid": me.pid, "user": me.user, "since": me.since, "token": token}
    staging = path.with_name(f".{path.name}.{token}.tmp")
    try:
        staging.write_text(json.dumps(doc), encoding="utf-8")
    except OSError:
        # The folder cannot be written (turned read-only, a full disk …).
        # Someone else's lock still says who has the case; else the folder is the problem.
        holder = read_holder(path)
        if holder is not None:
            raise LockedByOther(holder) from None
        raise DataDirUnavailable(str(path.parent), missing=False) from None
    return me, token, doc, staging


class CaseLock:
    """Held while a case is open for editing."""

    def __init__(self, case_path: Path, holder: LockHolder, token: str):
        self.path = lock_path(case_path)
        self.holder = holder
        self._token = token

    @classmethod
    def acquire(cls, case_path: Path) -> "CaseLock":
        """Raises LockedByOther when a live process (or another machine) holds it."""
        path = lock_path(case_path)
        me, token, doc, staging = _stage(path)
        try:
            for _ in range(3):
                try:
                    # A hard link creates the lock with its content in one step;
                    # it fails if the lock exists.
                    os.link(staging, path)
                    return cls(case_path, me, token)
                except FileExistsError:
                    holder = read_holder(path)
                    if holder is None:
                        continue  # released meanwhile: try again
                    if not cls._is_stale(holder, me, path):
                        raise LockedByOther(holder) from None
                    os.replace(staging, path)  # take over a stale lock
                    return cls(case_path, me, token)
                except OSError:
                    # No hard links here (e.g. FAT): exclusive create instead.
                    try:
                        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                    except FileExistsError:
                        continue
                    with os.fdopen(fd, "w", encoding="utf-8") as fh:
                        json.dump(doc, fh)
                    return cls(case_path, me, token)
            raise LockedByOther(read_holder(path) or UNREADABLE)
        finally:
            try:
                staging.unlink()
            except OSError:
                pass

    @classmethod
    def take_over(cls, case_path: Path, expected: LockHolder) -> "CaseLock":
        """Replaces a lock the user has judged abandoned: one left by another
        machine name (e.g. this laptop before it was renamed), which is never
        taken over on our own. Raises LockedByOther if the lock changed meanwhile."""
        path = lock_path(case_path)
        me, token, _doc, staging = _stage(path)
        try:
            current = read_holder(path)
            if current is not None and current != expected:
                raise LockedByOther(current)
            os.replace(staging, path)
        except OSError:
            raise DataDirUnavailable(str(path.parent), missing=False) from None
        finally:
            try:
                staging.unlink()
            except OSError:
                pass
        return cls(case_path, me, token)

    @staticmethod
    def _is_stale(holder: LockHolder, me: LockHolder, path: Path) -> bool:
        if holder.pid == -1:
            # Unreadable: a crash while the lock was being written. Give a live
            # writer a moment, then take over.
            try:
                return time.time() - path.stat().st_mtime > UNREADABLE_LOCK_GRACE
            except OSError:
                return True
        return holder.host == me.host and holder.pid != me.pid and not pid_alive(holder.pid)

    def release(self) -> None:
        """Removes the lock if it is still ours."""
        if _token_of(self.path) == self._token:
            try:
                self.path.unlink()
            except OSError:
                pass
