"""The application service: the one door the UI uses to reach the vault and the
case files. No Qt here; the UI calls these methods and redraws from the result.

Threading: everything runs on the caller's (UI) thread except
`SaveJob.run()`, which only touches immutable bytes and the file system and is
meant for a worker thread, so a save never freezes the window.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from desktop.casefile.errors import (
    CaseFileError,
    DataDirUnavailable,
    LockedByOther,
    LockHolder,
    ReadOnlyCase,
    SaveFailed,
)
from desktop.casefile.store import CaseEntry, CaseStore, OpenCase, load_sqlite_utils
from desktop.casefile.vault import Vault
from desktop.domain.people import CaseSummary, Guardian, Pupil, TeamMember
from desktop.paths import Paths
from desktop.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    revision: int
    saved_at: datetime
    seconds: float


class SaveJob:
    """One save, prepared on the UI thread (a consistent database image) and
    run anywhere. Holds the image only until it has run."""

    def __init__(self, case: OpenCase, image: bytes, summary: CaseSummary, revision: int):
        self._case = case
        self._image = image
        self._summary = summary
        self.revision = revision

    def run(self) -> SaveOutcome:
        """Seal and write atomically. Raises SaveFailed or ChangedOnDisk; the
        previous file on disk is intact when it does."""
        started = time.perf_counter()
        self._case.write(self._image, self._summary)
        self._image = b""
        return SaveOutcome(self.revision, datetime.now(), time.perf_counter() - started)


ChangeListener = Callable[["CaseSession"], None]


class CaseSession:
    """One open case: edits go to the in-memory database at once; saving to
    disk is the caller's choice of moment (debounced autosave, close, lock)."""

    def __init__(self, case: OpenCase, locked_by: LockHolder | None = None):
        self._case = case
        self.locked_by = locked_by
        self.revision = 0
        self.saved_revision = 0
        self.last_saved_at: datetime | None = None
        self.last_error: CaseFileError | None = None
        self._listeners: list[ChangeListener] = []

    # --- identity and state -------------------------------------------------
    @property
    def case_id(self) -> str:
        return self._case.case_id

    @property
    def read_only(self) -> bool:
        return self._case.read_only

    @property
    def dirty(self) -> bool:
        return self.revision != self.saved_revision

    @property
    def closed(self) -> bool:
        return self._case.closed

    def add_change_listener(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        self.revision += 1
        for listener in list(self._listeners):
            listener(self)

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyCase()

    # --- pupil ---------------------------------------------------------------
    def pupil(self) -> Pupil:
        return self._case.repo.get_pupil()

    def set_pupil_field(self, name: str, value: Any) -> None:
        self._writable()
        self._case.repo.set_pupil_field(name, value)
        self._changed()

    # --- guardians -------------------------------------------------------------
    def guardians(self) -> list[Guardian]:
        return self._case.repo.list_guardians()

    def add_guardian(self, guardian: Guardian | None = None) -> Guardian:
        self._writable()
        added = self._case.repo.add_guardian(guardian or Guardian())
        self._changed()
        return added

    def update_guardian(self, guardian_id: int, name: str, value: Any) -> None:
        self._writable()
        self._case.repo.update_guardian(guardian_id, name, value)
        self._changed()

    def remove_guardian(self, guardian_id: int) -> Guardian:
        """Removes and returns the guardian as it was, for undo."""
        self._writable()
        removed = self._case.repo.remove_guardian(guardian_id)
        self._changed()
        return removed

    def restore_guardian(self, guardian: Guardian) -> None:
        """Undo of a removal: back with the same id at the same position."""
        self._writable()
        self._case.repo.restore_guardian(guardian)
        self._changed()

    # --- team around the pupil ---------------------------------------------------
    def team(self) -> list[TeamMember]:
        return self._case.repo.list_team()

    def add_team_member(self, member: TeamMember | None = None) -> TeamMember:
        self._writable()
        added = self._case.repo.add_team_member(member or TeamMember())
        self._changed()
        return added

    def update_team_member(self, member_id: int, name: str, value: Any) -> None:
        self._writable()
        self._case.repo.update_team_member(member_id, name, value)
        self._changed()

    def remove_team_member(self, member_id: int) -> TeamMember:
        self._writable()
        removed = self._case.repo.remove_team_member(member_id)
        self._changed()
        return removed

    def restore_team_member(self, member: TeamMember) -> None:
        self._writable()
        self._case.repo.restore_team_member(member)
        self._changed()

    # --- summary -------------------------------------------------------------------
    def summary(self) -> CaseSummary:
        return self._case.repo.summary()

    # --- saving ----------------------------------------------------------------------
    def prepare_save(self) -> SaveJob:
        """UI thread: a consistent image of the database (a memory copy, ~1 ms for 2 MB)."""
        self._writable()
        image, summary = self._case.snapshot()
        return SaveJob(self._case, image, summary, self.revision)

    def finish_save(self, job: SaveJob, outcome: SaveOutcome | None,
                    error: CaseFileError | None) -> None:
        """UI thread: record how the save went."""
        if error is None and outcome is not None:
            self.saved_revision = max(self.saved_revision, job.revision)
            self.last_saved_at = outcome.saved_at
            self.last_error = None
        else:
            self.last_error = error

    def save_now(self) -> None:
        """Synchronous save (close, lock, quit). Raises SaveFailed/ChangedOnDisk."""
        if self.read_only or not self.dirty:
            return
        job = self.prepare_save()
        try:
            outcome = job.run()
        except CaseFileError as exc:
            self.finish_save(job, None, exc)
            raise
        self.finish_save(job, outcome, None)

    def close(self) -> None:
        """Drops the in-memory database and the key (does not save: call save_now first)."""
        self._case.close()


class AppService:
    """Vault, case list and open cases for one data folder."""

    def __init__(self, paths: Paths, settings: Settings | None = None, *, demo: bool = False):
        self.paths = paths
        self.settings = settings if settings is not None else Settings.load(paths.settings_file)
        self.demo = demo
        self._vault: Vault | None = None
        self._store: CaseStore | None = None
        self._sessions: dict[str, CaseSession] = {}

    # --- data folder and settings ------------------------------------------------
    def check_data_dir(self) -> None:
        """Creates the data folder if needed. Raises DataDirUnavailable when it
        cannot be created, or (writable=False) when it cannot be written."""
        try:
            self.paths.cases_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DataDirUnavailable(str(self.paths.data_dir)) from exc
        probe = self.paths.cases_dir / f".probe-{time.time_ns()}"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise DataDirUnavailable(str(self.paths.data_dir), writable=False) from exc

    def save_settings(self) -> None:
        try:
            self.settings.save(self.paths.settings_file)
        except OSError:
            log.warning("could not save settings")

    # --- vault -----------------------------------------------------------------------
    def has_vault(self) -> bool:
        return self.paths.vault_file.exists()

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None

    def create_vault(self, passphrase: str) -> None:
        self._vault = Vault.create(self.paths.vault_file, passphrase)
        self._store = CaseStore(self.paths.cases_dir, self._vault)

    def unlock(self, passphrase: str) -> None:
        """Raises WrongPassphrase, DamagedFile, KdfParametersRefused, NewerFormat."""
        self._vault = Vault.unlock(self.paths.vault_file, passphrase)
        self._store = CaseStore(self.paths.cases_dir, self._vault)
        load_sqlite_utils()  # warm, while the user is waiting for the unlock anyway

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wraps the master key only; case files are untouched. Raises WrongPassphrase."""
        Vault.change_passphrase(self.paths.vault_file, old, new)

    def lock(self) -> list[tuple[str, CaseFileError]]:
        """Saves and closes every open case, then drops the keys. Returns the
        saves that failed (their changes are lost only if the user ignores the
        message; the file on disk keeps the previous save)."""
        problems: list[tuple[str, CaseFileError]] = []
        for case_id, session in list(self._sessions.items()):
            try:
                session.save_now()
            except CaseFileError as exc:
                problems.append((case_id, exc))
            session.close()
        self._sessions.clear()
        if self._vault is not None:
            self._vault.close()
        self._vault = None
        self._store = None
        return problems

    def _require_store(self) -> CaseStore:
        if self._store is None:
            raise RuntimeError("vault is locked")
        return self._store

    # --- cases -------------------------------------------------------------------------
    def list_cases(self, include_archived: bool = False) -> list[CaseEntry]:
        entries = self._require_store().list_entries()
        if include_archived:
            return entries
        return [e for e in entries if e.summary is None or not e.summary.archived]

    def create_case(self, pupil_name: str) -> CaseSession:
        case = self._require_store().create(pupil_name)
        session = CaseSession(case)
        self._sessions[case.case_id] = session
        return session

    def open_case(self, case_id: str) -> CaseSession:
        """Opens for editing; if another program holds the case, opens it
        read-only and says who holds it (session.locked_by)."""
        if case_id in self._sessions:
            return self._sessions[case_id]
        store = self._require_store()
        try:
            case = store.open(case_id)
            session = CaseSession(case)
        except LockedByOther as exc:
            case = store.open(case_id, read_only=True)
            session = CaseSession(case, locked_by=exc.holder)
        self._sessions[case_id] = session
        return session

    def close_case(self, session: CaseSession) -> None:
        """Saves (raises SaveFailed and keeps the case open if that fails), then closes."""
        session.save_now()
        session.close()
        self._sessions.pop(session.case_id, None)

    def open_sessions(self) -> list[CaseSession]:
        return list(self._sessions.values())

    def delete_case(self, case_id: str) -> None:
        session = self._sessions.pop(case_id, None)
        if session is not None:
            session.close()
        self._require_store().delete(case_id)

    def set_archived(self, case_id: str, archived: bool) -> None:
        session = self._sessions.get(case_id)
        opened_here = session is None
        if session is None:
            session = self.open_case(case_id)
        try:
            session._writable()
            session._case.repo.set_meta("archived", "1" if archived else "")
            session._changed()
            session.save_now()
        finally:
            if opened_here:
                session.close()
                self._sessions.pop(case_id, None)


def today() -> date:
    """One seam for "today" so tests can move time."""
    return date.today()
