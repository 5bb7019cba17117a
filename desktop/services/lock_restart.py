"""Locking replaces the process: "locked means gone from memory" (DESIGN.md §6).

Python cannot wipe its strings, and Qt, SQLite and the allocator keep copies of
what was shown, typed and read. So a lock, after the pending save is written
(or sealed: ciphertext only) and every case is closed and its lock file
released, ends the process that held the case and starts a fresh one at the
unlock page. On POSIX `os.execve` keeps the pid and replaces the whole address
space; on Windows a new process is started and this one exits.

What the fresh process needs travels as a `LockHandoff` on its command line
(`--resume-after-lock TEXT`, hidden from --help): where to return (case id,
section key, meeting mode; never a name), the notice for the unlock page, the
demo folder to reuse, whether the window was maximised or minimised, and where sealed saves
wait (casefile/sealed_handoff.py). Environment variables, --data-dir and
--config-dir carry over as they were given.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from desktop.services.return_point import ReturnPoint

if TYPE_CHECKING:
    from desktop.services.app_service import AppService

log = logging.getLogger(__name__)

RESUME_FLAG = "--resume-after-lock"
DEMO_PREFIX = "naervaer-demo-"
MAX_HANDOFF_CHARS = 8000
MAX_NOTICE_CHARS = 2000  # the hand-over stays far below Windows' 32 767-character command line
WINDOW_STATES = ("normal", "maximized", "minimized", "fullscreen")


@dataclass(frozen=True, slots=True)
class LockHandoff:
    """What a locking process tells the process that replaces it. No names."""

    return_point: ReturnPoint | None = None
    notice: str = ""  # the unlock page's note about the lock (never a name)
    demo_dir: str | None = None  # --demo: the throw-away folder, deleted at the real exit
    pending: str | None = None  # where sealed saves wait: "fd:N" or a file
    window: str = "normal"  # one of WINDOW_STATES: shown again as it was

    def to_text(self) -> str:
        return json.dumps({
            "return": None if self.return_point is None else self.return_point.to_text(),
            "notice": self.notice, "demo": self.demo_dir, "pending": self.pending,
            "window": self.window})

    @classmethod
    def from_text(cls, text: str) -> LockHandoff | None:
        """None for anything that is not a well-formed hand-over."""
        if not isinstance(text, str) or len(text) > MAX_HANDOFF_CHARS:
            return None
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        point_text, notice = data.get("return"), data.get("notice")
        demo, pending, window = data.get("demo"), data.get("pending"), data.get("window")
        if not (isinstance(notice, str) and window in WINDOW_STATES
                and (point_text is None or isinstance(point_text, str))
                and (demo is None or isinstance(demo, str))
                and (pending is None or isinstance(pending, str))):
            return None
        point = ReturnPoint.from_text(point_text) if point_text is not None else None
        return cls(point, notice, demo, pending, window)


def reusable_demo_dir(folder: str | None) -> str | None:
    """The demo folder the locked process used, if it is one (a naervaer-demo-*
    folder in the temporary folder that still exists); else None."""
    if not folder:
        return None
    import tempfile

    path = Path(folder)
    if (path.name.startswith(DEMO_PREFIX) and path.parent == Path(tempfile.gettempdir())
            and path.is_dir() and not path.is_symlink()):
        return str(path)
    return None


def program_args_without_handoff(args: Sequence[str]) -> list[str]:
    """The program's own arguments, minus an earlier hand-over."""
    kept: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == RESUME_FLAG:
            skip = True
        elif not arg.startswith(RESUME_FLAG + "="):
            kept.append(arg)
    return kept


def restart_command(program_args: Sequence[str], handoff: LockHandoff, *,
                    frozen: bool | None = None, executable: str | None = None) -> list[str]:
    """The command line of the process that replaces this one: the same program
    with the same arguments, plus the hand-over."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = executable or sys.executable
    start = [executable] if frozen else [executable, "-m", "desktop"]
    return [*start, *program_args_without_handoff(program_args), RESUME_FLAG, handoff.to_text()]


def restart_env(environ: dict[str, str] | None = None, *,
                frozen: bool | None = None) -> dict[str, str]:
    """The environment as it is (NAERVAER_*, QT_*, DISPLAY …), and when running
    from source, the folder holding this `desktop` package first on PYTHONPATH,
    so the same code starts whatever the working folder is."""
    env = dict(os.environ if environ is None else environ)
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if not frozen:
        root = str(Path(__file__).resolve().parent.parent.parent)
        parts = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
        if not parts or parts[0] != root:
            env["PYTHONPATH"] = os.pathsep.join([root, *parts])
    return env


def replace_process(argv: list[str], env: dict[str, str]) -> None:
    """POSIX: exec (same pid, fresh address space; returns only by raising
    OSError). Windows: start the new process, then leave at once (os._exit:
    no atexit, so the demo folder stays for the new process)."""
    if os.name == "posix":
        os.execve(argv[0], argv, env)
    import subprocess  # not at start: only Windows needs it, and only here

    subprocess.Popen(argv, env=env)  # sealed saves wait in a named file, not an inherited handle
    os._exit(0)


class ProcessRestart:
    """Called by the window once the lock is done (cases saved or sealed, closed,
    keys dropped). Does not return when the restart works; returns False when
    it could not start the new process, and the old in-process lock stands."""

    def __init__(self, program_args: Sequence[str], demo_dir: str | None = None, *,
                 before: Callable[[], None] = lambda: None,
                 replace: Callable[[list[str], dict[str, str]], None] = replace_process):
        self.program_args = list(program_args)
        self.demo_dir = demo_dir
        self.before = before
        self.replace = replace

    def __call__(self, service: AppService, return_point: ReturnPoint | None, notice: str,
                 window: str = "normal") -> bool:
        from desktop.casefile import sealed_handoff

        saves = service.take_pending()
        location = None
        if saves:
            import tempfile

            try:
                location = sealed_handoff.put(
                    saves, [service.paths.data_dir, Path(tempfile.gettempdir())])
            except sealed_handoff.HandoffFailed:
                log.warning("restart at lock skipped: %d sealed save(s) had nowhere to go",
                            len(saves))
                service.adopt_pending(saves)
                return False
        handoff = LockHandoff(return_point, notice[:MAX_NOTICE_CHARS], self.demo_dir,
                              location, window)
        try:
            self.before()
        except Exception:  # noqa: BLE001 - e.g. the geometry: never a reason to stay unlocked
            log.warning("before restart: %s", sys.exc_info()[0].__name__)
        log.info("locked: replacing the process")
        _flush_output()
        try:
            self.replace(restart_command(self.program_args, handoff), restart_env())
        except OSError as exc:
            log.warning("restart at lock failed (%s): locked in this process", type(exc).__name__)
            if location is not None:
                service.adopt_pending(sealed_handoff.take(location, service.paths.cases_dir))
            return False
        return True  # only a replace() that returns (tests) gets here


def adopt_handoff(service: AppService, handoff: LockHandoff) -> None:
    """In the new process: take over the sealed saves the old one handed on."""
    if handoff.pending:
        from desktop.casefile import sealed_handoff

        saves = sealed_handoff.take(handoff.pending, service.paths.cases_dir)
        service.adopt_pending(saves)
        log.info("%d sealed save(s) taken over from before the lock", len(saves))


def _flush_output() -> None:
    for handler in logging.getLogger("desktop").handlers:
        try:
            handler.flush()
        except Exception:  # noqa: BLE001 - a log that cannot flush must not stop the lock
            pass
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
