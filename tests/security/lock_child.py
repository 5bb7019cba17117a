"""The real program as a child process, driven through its test control channel
(desktop/ui/test_control.py), and a reader of its memory (/proc/<pid>/maps and
/proc/<pid>/mem: the child is ours, so the kernel's ptrace rules allow it).
Used by test_lock_memory.py and benchmarks/bench_lock_restart.py."""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from desktop.domain.people import Guardian
from desktop.paths import Paths
from desktop.services.app_service import AppService
from desktop.services.conversation_service import ConversationForms, Conversations
from desktop.ui.test_control import ENV, PREFIX

ROOT = Path(__file__).resolve().parents[2]

# Distinctive texts, each with an ASCII word and letters beyond Latin-1, so that
# Python keeps them as UCS-2 and Qt as UTF-16, SQLite as UTF-8.
PASSPHRASE = "Passordkanari ŋuolla 9137 hvit"
PUPIL = "Kanarifugl Ŋáššá"
NOTE = "Notatkanari ŧřø 7731"
GUARDIAN = "Foresattkanari Đŋæ"
ANSWER = "Svarkanari ŋøæå 4412"
TYPED = "Tastekanari ŋ 5150"  # typed into the open case just before the lock
CANARIES = {"passphrase": PASSPHRASE, "pupil": PUPIL, "note": NOTE, "guardian": GUARDIAN,
            "answer": ANSWER, "typed": TYPED}
# Python keeps a str as Latin-1, UCS-2 or UCS-4 (little-endian here), Qt as UTF-16,
# SQLite and the files as UTF-8.
ENCODINGS = ("utf-8", "utf-16-le", "utf-32-le")


def seed(data_dir: Path) -> str:
    """A vault with PASSPHRASE and one case holding the canaries; returns its id."""
    service = AppService(Paths.resolve(data_dir))
    service.check_data_dir()
    service.create_vault(PASSPHRASE)
    session = service.create_case(PUPIL)
    session.set_pupil_field("note", NOTE)
    session.add_guardian(Guardian(name=GUARDIAN, relation="mor"))
    talks = Conversations(session)
    conversation = talks.start(ConversationForms(), "kartlegging_samtaleguide", date.today(),
                               ["Eleven"])
    question = talks.guide_of(conversation).question("etter_opprettholdende")
    talks.set_answer_field(conversation.id, question.id, question.text, value=ANSWER)
    service.close_case(session)
    service.lock()
    return session.case_id


def needles(whole_only: bool = False) -> dict[str, bytes]:
    """Every canary whole and its distinctive words, in every encoding, and the
    header of an SQLite database image (the open case's pages)."""
    found: dict[str, bytes] = {"sqlite: database image": b"SQLite format 3\x00"}
    for label, text in CANARIES.items():
        words = [] if whole_only else [w for w in text.split() if len(w) >= 5 and not w.isdigit()]
        for part in [text] + words:
            for encoding in ENCODINGS:
                found[f"{label}: {part!r} {encoding}"] = part.encode(encoding)
    return found


def memory_hits(pid: int, wanted: dict[str, bytes], *,
                first_only: bool = False) -> tuple[list[str], int]:
    """Which needles occur in the process's memory, and how many bytes were read.
    Every readable mapping is read except the program's and libraries' read-only
    file mappings (code and constant data: nothing the program was told can be
    there) and the kernel's [vvar]/[vsyscall] pages."""
    hits: set[str] = set()
    longest = max(len(n) for n in wanted.values())
    read = 0
    with open(f"/proc/{pid}/maps", encoding="utf-8") as maps, \
            open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for line in maps:
            fields = line.split()
            span, perms, inode = fields[0], fields[1], fields[4]
            name = fields[5] if len(fields) > 5 else ""
            if perms[0] != "r" or name in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
                continue
            if "w" not in perms and inode != "0":
                continue
            start, end = (int(x, 16) for x in span.split("-"))
            tail = b""
            for offset in range(start, end, 1 << 24):
                try:
                    mem.seek(offset)
                    chunk = mem.read(min(1 << 24, end - offset))
                except (OSError, OverflowError, ValueError):
                    break
                if not chunk:
                    break
                read += len(chunk)
                data = tail + chunk
                for label, needle in wanted.items():
                    if label not in hits and needle in data:
                        hits.add(label)
                        if first_only:
                            return sorted(hits), read
                tail = data[-longest:]
    return sorted(hits), read


class Child:
    """`python -m desktop --data-dir D` with the control channel on stdin/stdout."""

    def __init__(self, data_dir: Path, *extra: str, env: dict[str, str] | None = None):
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{ENV: "stdio"},
                           PYTHONPATH=str(ROOT))
        environment.pop("NAERVAER_DATA_DIR", None)
        environment.update(env or {})
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *extra],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=environment, cwd=data_dir.parent)
        self._selector = selectors.DefaultSelector()
        self._selector.register(self.process.stdout, selectors.EVENT_READ)
        self._buffer = b""
        self.events: list[dict] = []

    @property
    def pid(self) -> int:
        return self.process.pid

    def send(self, **command) -> None:
        self.process.stdin.write((json.dumps(command) + "\n").encode("utf-8"))
        self.process.stdin.flush()

    def wait_for(self, event: str, timeout: float = 30, **fields) -> dict:
        """The next event of that kind whose fields match (earlier ones are skipped)."""
        deadline = time.monotonic() + timeout
        while True:
            while b"\n" in self._buffer:
                line, self._buffer = self._buffer.split(b"\n", 1)
                text = line.decode("utf-8", "replace")
                if not text.startswith(PREFIX):
                    continue
                found = json.loads(text[len(PREFIX):])
                self.events.append(found)
                if found["event"] == event and all(found.get(k) == v for k, v in fields.items()):
                    return found
            left = deadline - time.monotonic()
            if left <= 0 or not self._selector.select(left):
                raise TimeoutError(f"no {event} {fields} within {timeout} s; seen {self.events}")
            data = os.read(self.process.stdout.fileno(), 65536)
            if not data:
                raise EOFError(f"the program ended (exit {self.process.wait()}); "
                               f"seen {self.events}")
            self._buffer += data

    def command(self, **command) -> dict:
        self.send(**command)
        return self.wait_for("done")

    def close(self) -> int:
        if self.process.poll() is None:
            try:
                self.send(cmd="quit")
                return self.process.wait(20)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
        return self.process.wait()
