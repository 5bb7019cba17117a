"""A lock file marks an open case (DESIGN.md §3).

`<file>.lock` beside the case holds who has it open: host, process id, user and
since when — no personal data about the pupil. A second program finds it and
opens the case read-only; a lock left by a dead process on this machine is
taken over.
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

from desktop.casefile.errors import LockedByOther, LockHolder

UNREADABLE_LOCK_GRACE = 10.0  # seconds


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
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(str(doc["host"]), int(doc["pid"]), str(doc["user"]), str(doc["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # Unreadable lock: treated as held by an unknown process on an unknown host,
        # so we never take over a lock we cannot judge.
        return LockHolder("?", -1, "?", "")


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
        me = _me()
        token = secrets.token_hex(8)
        doc = {"host": me.host, "pid": me.pid, "user": me.user, "since": me.since, "token": token}
        staging = path.with_name(f".{path.name}.{token}.tmp")
        staging.write_text(json.dumps(doc), encoding="utf-8")
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
            holder = read_holder(path) or LockHolder("?", -1, "?", "")
            raise LockedByOther(holder)
        finally:
            try:
                staging.unlink()
            except OSError:
                pass

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
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
            if doc.get("token") == self._token:
                self.path.unlink()
        except (OSError, ValueError):
            pass
