"""One open case as the UI sees it: edits go to the in-memory database at
once; saving to disk is prepared on the UI thread and run anywhere (SaveJob).
No Qt here."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from desktop.casefile.errors import CaseFileError, LockHolder, ReadOnlyCase
from desktop.domain.people import CaseSummary, Guardian, Pupil, TeamMember

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from desktop.casefile.store import OpenCase, SealedSave
    from desktop.domain.school_calendar import SchoolCalendar
    from desktop.domain.school_week import SchoolWeek


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
R = TypeVar("R")
T = TypeVar("T")


class CaseSession:
    """One open case: edits go to the in-memory database at once; saving to
    disk is the caller's choice of moment (debounced autosave, close, lock)."""

    def __init__(self, case: OpenCase, locked_by: LockHolder | None = None,
                 folder_read_only: bool = False):
        self._case = case
        self.locked_by = locked_by
        # Opened read-only because the data folder cannot be written (no lock
        # file could be made), not because someone else holds the case.
        self.folder_read_only = folder_read_only
        self.revision = 0
        self.saved_revision = 0
        self.last_saved_at: datetime | None = None
        self.last_error: CaseFileError | None = None
        self._listeners: list[ChangeListener] = []
        self._repositories: dict[type, Any] = {}
        self._before_save: dict[str, Callable[[], None]] = {}
        self._memo: dict[str, tuple[int, Any, Any]] = {}
        self._computing: dict[str, Callable[[], None]] = {}
        # The laptop's school calendar (set by the AppService that opened the case).
        self.calendar_source: Callable[[], SchoolCalendar | None] = lambda: None

    # --- identity and state -------------------------------------------------
    @property
    def may_take_over(self) -> bool:
        """Read-only because of a lock from another machine name, which the user
        may take over (AppService.take_over_case) after a clear warning."""
        from desktop.casefile.lockfile import held_on_other_machine

        return self.locked_by is not None and held_on_other_machine(self.locked_by)

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

    def remove_change_listener(self, listener: ChangeListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self) -> None:
        self.revision += 1
        self._tell_listeners()

    def _tell_listeners(self) -> None:
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

    # --- features (absence, conversations, circle …) ---------------------------------
    def repository(self, cls: type[R]) -> R:
        """The case's repository for one feature: a class in desktop/casefile/
        whose constructor takes the sqlite_utils.Database of the open case.
        One instance per session."""
        repo = self._repositories.get(cls)
        if repo is None:
            repo = self._repositories[cls] = cls(self._case.repo.db)
        return repo

    def school_week(self) -> SchoolWeek:
        """The case's school week and own days off, with the school calendar's
        holidays added: what plans, evaluation dates and absence shares count."""
        from desktop.casefile.absence_repo import AbsenceRepository
        from desktop.domain.school_calendar import with_calendar

        return with_calendar(self.repository(AbsenceRepository).week(), self.calendar_source())

    def edit(self, change: Callable[[], T]) -> T:
        """Runs one change to the case: refused (ReadOnlyCase) when read-only;
        the change listeners (autosave) are told afterwards. Feature facades
        (desktop/<feature>.py) route every write through here."""
        self._writable()
        result = change()
        self._changed()
        return result

    def memo(self, name: str, args: Any, compute: Callable[[], R]) -> R:
        """A figure derived from the whole case (a rule evaluation over every
        absence record), kept until the case changes in any way or it is asked
        for with other `args` (compared with ==). Fravær and Oversikt each ask
        for the same evaluation after one change; over a long register (a
        100 000-line import) each computation takes seconds."""
        generation = self._case.repo.generation()
        kept = self._memo.get(name)
        if kept is not None and kept[0] == generation and kept[1] == args:
            return kept[2]
        value = compute()
        self._memo[name] = (generation, args, value)
        return value

    def generation(self) -> int:
        """Grows with every change to the case's database (CaseRepository.generation)."""
        return self._case.repo.generation()

    def image(self) -> bytes:
        """A consistent copy of the database (a memory copy, as for a save), for
        a worker to read from its own connection: the open case's connection is
        only ever used on the UI thread."""
        if self.closed:
            raise RuntimeError("case is closed")
        return self._case.snapshot()[0]

    def memos(self) -> dict[str, tuple[Any, Any]]:
        """The figures memo() holds for the case as it is now: name → (args, value)."""
        generation = self.generation()
        return {name: (args, value) for name, (kept, args, value) in self._memo.items()
                if kept == generation}

    def remember(self, generation: int, memos: dict[str, tuple[Any, Any]]) -> None:
        """Keeps figures computed elsewhere (a worker, from a copy of this case at
        `generation`) as if memo() had computed them; ignored once the case changed."""
        if generation == self.generation():
            for name, (args, value) in memos.items():
                self._memo[name] = (generation, args, value)

    def computing(self, key: str, wait: Callable[[], None] | None) -> None:
        """A worker is computing derived figures of the case (`wait()` blocks until
        it has delivered them), or no longer (None). While one is, a before_save
        refresh may leave its value for the delivery to bring up to date; a
        synchronous save (close, lock, quit) waits for it first."""
        if wait is None:
            ended = self._computing.pop(key, None) is not None
            if ended and not self._computing and self.dirty and not self.closed:
                # Saves taken meanwhile left the case marked unsaved (prepare_save):
                # the listeners (autosave) save it now the figures are in.
                self._tell_listeners()
        else:
            self._computing[key] = wait

    def is_computing(self, key: str | None = None) -> bool:
        """Whether a worker computes the figures named `key` (None: any figures)."""
        return bool(self._computing) if key is None else key in self._computing

    # --- summary -------------------------------------------------------------------
    def before_save(self, key: str, refresh: Callable[[], None]) -> None:
        """Derived values of the summary (the phase) that a feature brings up
        to date just before the summary is taken; one per key."""
        self._before_save[key] = refresh

    def _refresh_derived(self) -> None:
        if self.read_only:
            return
        for key, refresh in list(self._before_save.items()):
            try:
                refresh()
            except Exception as exc:  # noqa: BLE001 - a summary label never stops a save
                log.warning("summary value %s not refreshed: %s", key, type(exc).__name__)

    def summary(self) -> CaseSummary:
        self._refresh_derived()
        return self._case.repo.summary()

    # --- saving ----------------------------------------------------------------------
    def prepare_save(self) -> SaveJob:
        """UI thread: a consistent image of the database (a memory copy, ~1 ms for 2 MB)."""
        self._writable()
        self._refresh_derived()
        image, summary = self._case.snapshot()
        # While a worker computes derived figures (computing()), the summary may
        # lag behind: such a save leaves the case marked unsaved, so the save at
        # close, lock or quit still waits for them (save_now).
        revision = self.revision - 1 if self._computing else self.revision
        return SaveJob(self._case, image, summary, revision)

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
        for wait in list(self._computing.values()):
            wait()  # the summary's phase comes from figures a worker is computing
        job = self.prepare_save()
        try:
            outcome = job.run()
        except CaseFileError as exc:
            self.finish_save(job, None, exc)
            raise
        self.finish_save(job, outcome, None)

    def save_copy(self) -> str:
        """Writes the current content as a NEW case file and returns its id.
        For when the original was changed by someone else (ChangedOnDisk): both
        versions are kept and the user compares them in the case list."""
        case_id, sealed = self._case.seal_copy(self._case.path.parent)
        sealed.commit()
        return case_id

    @property
    def unsaved(self) -> SealedSave | None:
        """The last save that could not be written (ciphertext), if any."""
        return self._case.unsaved

    def discard_changes(self) -> None:
        """The user chose to let the unsaved changes go."""
        self.saved_revision = self.revision
        self._case.unsaved = None

    def close(self) -> None:
        """Drops the in-memory database and the key (does not save: call save_now first)."""
        self._listeners.clear()
        self._before_save.clear()
        self._computing.clear()
        self._case.close()
