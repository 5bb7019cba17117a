"""The application service: the one door the UI uses to reach the vault and the
case files. No Qt here; the UI calls these methods and redraws from the result.

Threading: everything runs on the caller's (UI) thread except
`SaveJob.run()`, which only touches immutable bytes and the file system and is
meant for a worker thread, so a save never freezes the window.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.casefile.errors import (
    CaseFileError,
    ChangedOnDisk,
    DamagedFile,
    DataDirUnavailable,
    LockedByOther,
    WrongPassphrase,
)
from desktop.paths import Paths
from desktop.services.output_folder import folder_to_remember
from desktop.services.settings import Settings, SettingsNotice
from desktop.services.unlock_backoff import UnlockBackoff

if TYPE_CHECKING:
    from desktop.casefile.store import CaseEntry, CaseStore, SealedSave
    from desktop.casefile.vault import Vault
    from desktop.domain.school_calendar import SchoolCalendar
    from desktop.services.case_session import CaseSession

log = logging.getLogger(__name__)


def _casefile():
    """The storage layer (cryptography, SQLite) is imported on first use, not at
    start: the first window needs none of it, and unlocking imports it on the
    worker thread that runs the key derivation."""
    from desktop.casefile import store, vault

    return store, vault


def _session_class() -> type[CaseSession]:
    """CaseSession (and the domain's people) when a case is first opened, not at start."""
    from desktop.services.case_session import CaseSession

    return CaseSession


def __getattr__(name: str):
    # The UI imports CaseSession from here (the one door); loaded on first use.
    if name == "CaseSession":
        return _session_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class AppService:
    """Vault, case list and open cases for one data folder."""

    def __init__(self, paths: Paths, settings: Settings | None = None, *, demo: bool = False):
        self.paths = paths
        # Why the settings in use are not the ones on disk (None: they are).
        self.settings_notice: SettingsNotice | None = None
        if settings is None:
            settings, self.settings_notice = Settings.load_with_notice(paths.settings_file)
        self.settings = settings
        self.demo = demo
        self._vault: Vault | None = None
        self._store: CaseStore | None = None
        self._sessions: dict[str, CaseSession] = {}
        # Saves that failed when the program locked (e.g. disk full): sealed
        # ciphertext only, kept in memory and written as soon as possible.
        self._pending: dict[str, SealedSave] = {}
        self.pending_problems: list[tuple[str, CaseFileError]] = []
        # The list reads only each file's summary; damage further in is found
        # when a case is opened, and from then on the list shows it too.
        # With the file's (size, mtime) when the damage was found: a file put
        # right since (a good copy put back) is listed as what it is now.
        self._known_damage: dict[str, tuple[CaseFileError, tuple[int, int] | None]] = {}
        # Read at start, so a restart does not cut the pause after wrong passphrases short.
        self.backoff = UnlockBackoff(paths.unlock_pause_file)
        self._calendar: SchoolCalendar | None = None
        self.calendar_problem = ""  # why skoleruta.json could not be read ("" = fine)

    # --- data folder and settings ------------------------------------------------
    def check_data_dir(self) -> None:
        """Creates the data folder if needed. Raises DataDirUnavailable when it
        cannot be created, or (writable=False) when it cannot be written."""
        try:
            self.paths.cases_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            # An existing folder that refuses a subfolder is not "missing".
            raise DataDirUnavailable(str(self.paths.data_dir),
                                     missing=not self.paths.data_dir.is_dir()) from exc
        probe = self.paths.cases_dir / f".probe-{time.time_ns()}"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise DataDirUnavailable(str(self.paths.data_dir), missing=False) from exc

    def save_settings(self) -> None:
        try:
            self.settings.save(self.paths.settings_file)
        except OSError:
            log.warning("could not save settings")

    def remember_pdf_folder(self, folder: Path, home: Path) -> None:
        """Where the next PDF dialog starts: kept in the settings, cut back so it
        names no pupil of this vault (services/output_folder.py)."""
        names = [session.pupil().name for session in self._sessions.values()]
        if self._store is not None:
            names += [e.summary.name for e in self.list_cases(include_archived=True)
                      if e.summary is not None]
        kept = folder_to_remember(folder, names, home)
        self.settings.pdf_folder = str(kept) if kept is not None else ""
        self.save_settings()

    # --- vault -----------------------------------------------------------------------
    def has_vault(self) -> bool:
        return self.paths.vault_file.exists()

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None

    def create_vault(self, passphrase: str) -> None:
        store, vault = _casefile()
        self._vault = vault.Vault.create(self.paths.vault_file, passphrase)
        self._store = store.CaseStore(self.paths.cases_dir, self._vault)

    def unlock(self, passphrase: str) -> None:
        """Raises WrongPassphrase, DamagedFile, KdfParametersRefused, NewerFormat.
        A wrong passphrase is counted (self.backoff) before it is raised; the
        caller waits `backoff.remaining()` seconds before the next try."""
        store, vault = _casefile()
        try:
            self._vault = vault.Vault.unlock(self.paths.vault_file, passphrase)
        except WrongPassphrase:
            self.backoff.record_failure()
            raise
        self.backoff.reset()
        self._store = store.CaseStore(self.paths.cases_dir, self._vault)
        store.load_sqlite_utils()  # warm, while the user is waiting for the unlock anyway
        self.pending_problems = self.flush_pending()

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wraps the master key only; case files are untouched. Raises WrongPassphrase."""
        _casefile()[1].Vault.change_passphrase(self.paths.vault_file, old, new)

    def lock(self) -> list[tuple[str, CaseFileError]]:
        """Saves and closes every open case, then drops the keys. Returns the
        saves that failed. Nothing is lost by them: a write that failed is kept
        sealed in memory and retried (flush_pending, and at the next unlock); a
        case changed on disk by someone else is kept as a separate copy."""
        problems: list[tuple[str, CaseFileError]] = []
        for case_id, session in list(self._sessions.items()):
            try:
                session.save_now()
            except ChangedOnDisk as exc:
                problems.append((case_id, exc))
                try:
                    session.save_copy()
                except CaseFileError as copy_exc:
                    problems.append((case_id, copy_exc))
            except CaseFileError as exc:
                problems.append((case_id, exc))
                if session.unsaved is not None:
                    self._pending[case_id] = session.unsaved
            session.close()
        self._sessions.clear()
        if self._vault is not None:
            self._vault.close()
        self._vault = None
        self._store = None
        return problems

    @property
    def pending_saves(self) -> int:
        """How many cases have changes waiting in memory to be written."""
        return len(self._pending)

    def take_pending(self) -> list[SealedSave]:
        """Hands the saves waiting in memory over (ciphertext only) and forgets
        them here: a lock that replaces the process passes them to the next one."""
        saves = list(self._pending.values())
        self._pending.clear()
        return saves

    def adopt_pending(self, saves: list[SealedSave]) -> None:
        """Saves handed over by the process this one replaced: written at the next
        chance (flush_pending, unlock, opening the case), as if kept since a lock."""
        suffix = _casefile()[0].SUFFIX
        for sealed in saves:
            if sealed.path.name.endswith(suffix):
                self._pending[sealed.path.name[: -len(suffix)]] = sealed

    def flush_pending(self) -> list[tuple[str, CaseFileError]]:
        """Writes the saves kept since a lock. Needs no key (the bytes are sealed),
        so it may run while locked. A file changed by someone else meanwhile is
        not overwritten: the kept save becomes a new case file beside it."""
        problems: list[tuple[str, CaseFileError]] = []
        for case_id, sealed in list(self._pending.items()):
            try:
                sealed.commit()
            except ChangedOnDisk as exc:
                problems.append((case_id, exc))
                import secrets

                copy = _casefile()[0].SealedSave(sealed.path.with_name(f"{secrets.token_hex(12)}.naervaer"),
                                  sealed.data, None, sealed.save_id)
                try:
                    copy.commit()
                except CaseFileError as copy_exc:
                    problems.append((case_id, copy_exc))
                    continue
            except CaseFileError as exc:
                problems.append((case_id, exc))
                continue
            del self._pending[case_id]
        return problems

    def _require_store(self) -> CaseStore:
        if self._store is None:
            raise RuntimeError("vault is locked")
        return self._store

    # --- cases -------------------------------------------------------------------------
    def list_cases(self, include_archived: bool = False) -> list[CaseEntry]:
        store = self._require_store()
        for case_id, (_, stamp) in list(self._known_damage.items()):
            if _stamp(store.path_for(case_id)) != stamp:
                del self._known_damage[case_id]  # the file changed since: judge it afresh
        entries = [
            e if e.error is not None or e.case_id not in self._known_damage
            else replace(e, summary=None, error=self._known_damage[e.case_id][0],
                         backup=store._backup_summary(e.path))
            for e in store.list_entries()]
        if include_archived:
            return entries
        return [e for e in entries if e.summary is None or not e.summary.archived]

    # --- the school calendar (skoleruta), one for every case ------------------------------
    def school_calendar(self) -> SchoolCalendar:
        """The laptop's school calendar; empty (with `calendar_problem` set) when
        its file cannot be read, so every case still opens."""
        if self._calendar is None:
            from desktop.services.school_calendar import (
                CalendarUnreadable,
                calendar_path,
                load_calendar,
            )
            try:
                self._calendar = load_calendar(calendar_path(self.paths.data_dir))
                self.calendar_problem = ""
            except CalendarUnreadable as exc:
                from desktop.domain.school_calendar import SchoolCalendar

                log.warning("school calendar unreadable: %s", exc)
                self._calendar = SchoolCalendar()
                self.calendar_problem = str(exc)
        return self._calendar

    def set_school_calendar(self, calendar: SchoolCalendar) -> None:
        """Stores it for every case (raises SaveFailed and keeps the old file)."""
        from desktop.services.school_calendar import calendar_path, save_calendar

        save_calendar(calendar_path(self.paths.data_dir), calendar)
        self._calendar = calendar
        self.calendar_problem = ""

    def _opened(self, session: CaseSession) -> CaseSession:
        session.calendar_source = self.school_calendar
        self._sessions[session.case_id] = session
        return session

    def create_case(self, pupil_name: str) -> CaseSession:
        case = self._require_store().create(pupil_name)
        return self._opened(_session_class()(case))

    def open_case(self, case_id: str) -> CaseSession:
        """Opens for editing; if another program holds the case, opens it
        read-only and says who holds it (session.locked_by)."""
        if case_id in self._sessions:
            return self._sessions[case_id]
        store = self._require_store()
        pending = self._pending.get(case_id)
        if pending is not None:
            try:
                pending.commit()
                pending = None
                del self._pending[case_id]
            except CaseFileError:
                pass  # open with the newer content; the autosave writes it later
        try:
            try:
                case = store.open(case_id, pending=pending)
            except DamagedFile as exc:
                self._known_damage[case_id] = (exc, _stamp(store.path_for(case_id)))
                raise
            session = _session_class()(case)
            if pending is not None:
                self._pending.pop(case_id, None)
                session.revision = 1  # dirty: its content is not on disk yet
        except LockedByOther as exc:
            case = store.open(case_id, read_only=True)
            session = _session_class()(case, locked_by=exc.holder)
        except DataDirUnavailable:
            # The folder turned read-only: no lock can be made, and no one else
            # holds one, so reading is safe; saving is refused until reopened.
            case = store.open(case_id, read_only=True, pending=pending)
            session = _session_class()(case, folder_read_only=True)
        return self._opened(session)

    def read_only_copy(self, case_id: str) -> CaseSession:
        """The case as saved on disk, opened for reading only and outside the
        open sessions: no lock file is taken and nothing is ever written (the
        school overview reads every case this way on a worker thread). Raises
        what CaseStore.open raises; the caller closes it."""
        case = self._require_store().open(case_id, read_only=True)
        session = _session_class()(case)
        session.calendar_source = self.school_calendar
        return session

    def take_over_case(self, session: CaseSession) -> CaseSession:
        """The user judged the lock on a read-only case abandoned (it names
        another machine, e.g. this laptop before it was renamed): the lock is
        replaced by ours and the case reopened for editing. Raises
        LockedByOther if the lock changed meanwhile, DataDirUnavailable; the
        read-only session is closed either way (it was read-only: nothing to save)."""
        holder = session.locked_by
        if holder is None:
            return session
        store = self._require_store()
        self._sessions.pop(session.case_id, None)
        session.close()
        _casefile()[0].CaseLock.take_over(store.path_for(session.case_id), holder).release()
        return self.open_case(session.case_id)

    def discard_case(self, session: CaseSession) -> None:
        """Closes without saving: the user chose to let the unsaved changes go."""
        session.discard_changes()
        session.close()
        self._sessions.pop(session.case_id, None)

    def close_case(self, session: CaseSession) -> str | None:
        """Saves, then closes. Raises SaveFailed and keeps the case open if the
        save fails. If someone else changed the file meanwhile, the changes are
        saved as a new case beside it; returns that copy's id (else None)."""
        copy_id = None
        try:
            session.save_now()
        except ChangedOnDisk:
            copy_id = session.save_copy()
        session.close()
        self._sessions.pop(session.case_id, None)
        return copy_id

    def discard_pending(self) -> None:
        """The user chose to quit without the saves still waiting in memory."""
        self._pending.clear()

    def open_sessions(self) -> list[CaseSession]:
        return list(self._sessions.values())

    def delete_case(self, case_id: str) -> None:
        session = self._sessions.pop(case_id, None)
        if session is not None:
            session.close()
        self._require_store().delete(case_id)

    def restore_backup(self, case_id: str) -> None:
        """A damaged case file gets its previous save back (see CaseStore.restore_backup)."""
        self._require_store().restore_backup(case_id)
        self._known_damage.pop(case_id, None)

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


def _stamp(path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def today() -> date:
    """One seam for "today" so tests can move time."""
    return date.today()
