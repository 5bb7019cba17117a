"""The folder of case files: list, create, open, delete. One pupil = one file
with a random name (no pupil name in any file name)."""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.casefile import container
from desktop.casefile.atomic import backup_path, write_atomic
from desktop.casefile.errors import (
    CaseFileError,
    ChangedOnDisk,
    DamagedFile,
    DamageReason,
    ReadOnlyCase,
    SaveFailed,
)
from desktop.casefile.lockfile import CaseLock, lock_path
from desktop.casefile.migrations import migrate
from desktop.casefile.repository import CaseRepository, summary_from_dict, summary_to_dict
from desktop.casefile.vault import Vault
from desktop.domain.people import CaseSummary
from desktop.domain.safe_parse import is_regular_file

log = logging.getLogger(__name__)

SUFFIX = ".naervaer"


def load_sqlite_utils():
    """sqlite-utils (with click, dateutil, pluggy) costs ~90 ms to import; the
    unlock screen does not need it, so it is imported when a vault is unlocked
    (on the worker thread that runs the key derivation) or a case is opened."""
    import sqlite_utils

    return sqlite_utils


def memory_database(image: bytes | None = None) -> sqlite3.Connection:
    """The working copy: plaintext exists only in memory, no journal or temp file
    ever reaches the disk."""
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    if image is not None:
        conn.deserialize(image)
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_mode = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


@dataclass(frozen=True, slots=True)
class CaseEntry:
    """One file in the case folder: either a readable summary or the reason it is not."""

    case_id: str
    path: Path
    summary: CaseSummary | None
    error: CaseFileError | None = None
    # For a damaged file: the summary of its readable backup (.bak), if any.
    backup: CaseSummary | None = None


@dataclass(frozen=True, slots=True)
class SealedSave:
    """A save sealed and ready to write: ciphertext only, so it may wait in
    memory while the program is locked (e.g. the disk was full at lock time)."""

    path: Path
    data: bytes
    expected_save_id: bytes | None  # what must be on disk before we replace it
    save_id: bytes

    def commit(self) -> None:
        """Raises ChangedOnDisk (someone else wrote the file) or SaveFailed."""
        if container.read_save_id(self.path) != self.expected_save_id:
            raise ChangedOnDisk()
        write_atomic(self.path, self.data)


class OpenCase:
    """An open case: the in-memory database, its data key and the file it came from."""

    def __init__(self, path: Path, vault: Vault, data_key: bytes, file_id: bytes,
                 save_id: bytes | None, conn: sqlite3.Connection,
                 lock: CaseLock | None, read_only: bool):
        self.path = path
        self.case_id = path.name[: -len(SUFFIX)]
        self.read_only = read_only
        self._vault = vault
        self._data_key = data_key
        self._file_id = file_id
        self._save_id = save_id
        self._conn = conn
        self._lock = lock
        self._write_lock = threading.Lock()  # one write at a time per file
        self.unsaved: SealedSave | None = None
        self.repo = CaseRepository(load_sqlite_utils().Database(conn))

    @property
    def closed(self) -> bool:
        return self._conn is None

    def snapshot(self) -> tuple[bytes, CaseSummary]:
        """A consistent image of the database and its summary (caller's thread)."""
        if self._conn is None:
            raise RuntimeError("case is closed")
        return self._conn.serialize(), self.repo.summary()

    def write(self, image: bytes, summary: CaseSummary) -> None:
        """Seals and writes atomically. Safe to call from a worker thread.

        Refuses (ChangedOnDisk) when the file on disk is not the one we last
        read or wrote: another program or copy wrote it, and we do not overwrite.
        When the write itself fails, the sealed bytes (ciphertext only) are kept
        in `unsaved` so the changes survive a lock and can be written later.
        """
        if self.read_only:
            raise ReadOnlyCase()
        with self._write_lock:
            data, save_id = container.seal(self._vault, self._data_key, self._file_id,
                                           summary_to_dict(summary), image)
            sealed = SealedSave(self.path, data, self._save_id, save_id)
            try:
                sealed.commit()
            except SaveFailed:
                self.unsaved = sealed
                raise
            self._save_id = save_id
            self.unsaved = None

    def seal_copy(self, folder: Path) -> tuple[str, SealedSave]:
        """The current content sealed as a NEW case (new file, new id, new key):
        how changes are kept when the original was changed by someone else."""
        image, summary = self.snapshot()
        case_id = secrets.token_hex(12)
        path = folder / f"{case_id}{SUFFIX}"
        data, save_id = container.seal(self._vault, secrets.token_bytes(32),
                                       secrets.token_bytes(16), summary_to_dict(summary), image)
        return case_id, SealedSave(path, data, None, save_id)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn = None
        self._data_key = b""
        if self._lock is not None:
            self._lock.release()
            self._lock = None


class CaseStore:
    def __init__(self, folder: Path, vault: Vault):
        self.folder = folder
        self.vault = vault

    def path_for(self, case_id: str) -> Path:
        if not case_id or "/" in case_id or "\\" in case_id or case_id.startswith("."):
            raise ValueError("bad case id")
        return self.folder / f"{case_id}{SUFFIX}"

    def list_entries(self) -> list[CaseEntry]:
        entries = []
        for path in sorted(self.folder.glob(f"*{SUFFIX}")):
            # Only regular files: a FIFO or a folder named like a case is not
            # one, and opening a FIFO would block the list forever.
            if path.name.startswith("."):
                continue
            if not is_regular_file(path):
                log.warning("skipped a case-list entry that is not a regular file")
                continue
            case_id = path.name[: -len(SUFFIX)]
            try:
                opened = container.read_summary(self.vault, path)
                entries.append(CaseEntry(case_id, path, summary_from_dict(opened.summary)))
            except DamagedFile as exc:
                entries.append(CaseEntry(case_id, path, None, exc, self._backup_summary(path)))
            except CaseFileError as exc:
                entries.append(CaseEntry(case_id, path, None, exc))
            except OSError as exc:
                log.warning("unreadable case file %s: %s", case_id, type(exc).__name__)
                entries.append(CaseEntry(case_id, path, None,
                                         DamagedFile(DamageReason.BAD_CONTENT, "unreadable")))
        return entries

    def _backup_summary(self, path: Path) -> CaseSummary | None:
        try:
            return summary_from_dict(container.read_summary(self.vault, backup_path(path)).summary)
        except (CaseFileError, OSError):
            return None

    def restore_backup(self, case_id: str) -> None:
        """Puts the previous save (.bak) back in place of a damaged file. The
        damaged file is kept aside (hidden, still encrypted), never deleted here:
        someone may want to look at it. Raises DamagedFile if the backup is
        damaged too, LockedByOther if the case is open elsewhere."""
        path = self.path_for(case_id)
        lock = CaseLock.acquire(path)
        try:
            data = container.read_raw(backup_path(path))
            opened = container.open_bytes(self.vault, data)
            conn = memory_database()
            try:
                conn.deserialize(opened.body)
                conn.execute("SELECT 1 FROM pupil WHERE id = 1").fetchone()
            except sqlite3.DatabaseError:
                raise DamagedFile(DamageReason.BAD_CONTENT, "backup database") from None
            finally:
                conn.close()
            if path.exists():
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                aside = path.with_name(f".{path.name}.damaged-{stamp}")
                try:
                    os.link(path, aside)
                except OSError:
                    shutil.copyfile(path, aside)
            write_atomic(path, data, keep_backup=False)
        finally:
            lock.release()

    def create(self, pupil_name: str) -> OpenCase:
        self.folder.mkdir(parents=True, exist_ok=True)
        case_id = secrets.token_hex(12)
        path = self.path_for(case_id)
        conn = memory_database()
        migrate(conn)
        case = OpenCase(path, self.vault, secrets.token_bytes(32), secrets.token_bytes(16),
                        None, conn, None, read_only=False)
        case.repo.set_pupil_field("name", pupil_name)
        case._lock = CaseLock.acquire(path)
        try:
            case.write(*case.snapshot())
        except BaseException:
            case.close()
            raise
        return case

    def open(self, case_id: str, read_only: bool = False,
             pending: SealedSave | None = None) -> OpenCase:
        """Raises LockedByOther (unless read_only), DamagedFile, NotACaseFile,
        NewerFormat, ForeignCase. A failed open never changes the file.

        `pending`: a save that could not be written before a lock; the case opens
        with that newer content, still expecting the file on disk it replaces."""
        path = self.path_for(case_id)
        lock = None if read_only else CaseLock.acquire(path)
        if lock is not None:
            self._remove_leftovers(path)
        try:
            opened = (container.open_bytes(self.vault, pending.data) if pending is not None
                      else container.read_file(self.vault, path))
            conn = memory_database()
            try:
                conn.deserialize(opened.body)
                migrate(conn)
                conn.execute("SELECT 1 FROM pupil WHERE id = 1").fetchone()
            except sqlite3.DatabaseError:
                conn.close()
                raise DamagedFile(DamageReason.BAD_CONTENT, "database") from None
            except BaseException:
                conn.close()
                raise
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        save_id = pending.expected_save_id if pending is not None else opened.header.save_id
        case = OpenCase(path, self.vault, opened.data_key, opened.header.file_id,
                        save_id, conn, lock, read_only)
        case.unsaved = pending
        return case

    def _leftovers(self, path: Path, damaged_too: bool = False) -> list[Path]:
        """Temp files a killed save left behind (sealed copies; never plaintext),
        and with `damaged_too` the damaged files kept aside by restore_backup."""
        return [p for p in self.folder.glob(f".{path.name}.*")
                if p.name.endswith((".tmp", ".baktmp"))
                or (damaged_too and ".damaged-" in p.name)]

    def _remove_leftovers(self, path: Path) -> None:
        """Called only while holding the case's lock, so no save of ours is running."""
        for leftover in self._leftovers(path):
            try:
                leftover.unlink()
            except OSError:
                log.warning("could not remove a leftover temp file of case %s", path.stem)

    def delete(self, case_id: str) -> None:
        """Removes the case file, its backup, the temp files a crash during a
        save may have left (complete sealed copies of the case) and its lock.
        Raises LockedByOther if another program has it open."""
        path = self.path_for(case_id)
        lock = CaseLock.acquire(path)
        try:
            for victim in (path, backup_path(path), *self._leftovers(path, damaged_too=True)):
                try:
                    victim.unlink()
                except FileNotFoundError:
                    pass
        finally:
            lock.release()
            try:
                lock_path(path).unlink()
            except FileNotFoundError:
                pass
