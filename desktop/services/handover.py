"""Handing cases over (issue 14): "Overfør saken …" writes one encrypted file;
"Hent inn en sak …" reads it into another vault. No Qt.

Threading, as for saving: what touches open cases (snapshots, records, saves)
runs on the UI thread; the slow parts (Argon2id, AES-GCM, writing, checking
every incoming database) are the `run`/`read` calls, meant for a worker.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from desktop.casefile import handover as handover_file
from desktop.casefile import handover_payload as payload
from desktop.casefile.errors import CaseFileError, HandoverCaseExists, ReadOnlyCase
from desktop.domain.handover import (
    Direction,
    HandoverRecord,
    Scope,
    generate_passphrase,
    known_parts,
    new_document_id,
    passphrase_bits,
)

# The strength rule for a passphrase the user types: the vault's. Switching to
# another estimator (zxcvbn) is this one line.
from desktop.domain.validation import passphrase_problem as passphrase_strength_problem  # noqa: F401
from desktop.paths import resources_dir

if TYPE_CHECKING:
    from desktop.casefile.store import CaseStore, OpenCase
    from desktop.services.app_service import AppService, CaseSession

SUFFIX = handover_file.SUFFIX
WORD_LIST = "wordlists/overforing_ord.txt"


@lru_cache(maxsize=1)
def word_list() -> tuple[str, ...]:
    """The bundled Norwegian words (a–z only, so nothing hinges on æ/ø/å heard
    over the phone; no two words differ only by a doubled letter or an ending)."""
    text = (resources_dir() / WORD_LIST).read_text(encoding="utf-8")
    return tuple(w for w in (line.strip() for line in text.splitlines()) if w)


def new_passphrase() -> str:
    return generate_passphrase(list(word_list()))


def generated_bits() -> float:
    return passphrase_bits(len(word_list()))


# --- export ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    document_id: str
    at: datetime
    size: int


class ExportJob:
    """One handover file in the making. The cases open on screen are snapshot
    on the UI thread (prepare_export); everything else runs in `run`, on a
    worker: the other cases are opened there (under their locks), the file is
    sealed and written, and the handover is recorded in those cases.

    `cancel()` (Avbryt, or the program locking) before the file is committed
    makes `run` delete the file it wrote and record nothing."""

    def __init__(self, store: CaseStore, manifest: payload.Manifest, case_ids: list[str],
                 snapshots: dict[str, payload.CaseImage], recipient_kind: str = "",
                 consent_reasons: dict[str, str] | None = None):
        self._store = store
        self.manifest = manifest
        self.case_ids = case_ids
        self.recipient_kind = recipient_kind
        # case id → why it goes without a valid consent (only the cases lacking one)
        self.consent_reasons = dict(consent_reasons or {})
        self._snapshots = snapshots  # the cases open on screen
        self._held: list[OpenCase] = []  # the others, opened by `run`
        self._gate = threading.Lock()
        self._cancelled = False
        self._committed = False

    def cancel(self) -> bool:
        """True if the export will leave nothing behind (not committed yet)."""
        with self._gate:
            self._cancelled = not self._committed
            return self._cancelled

    def _image(self, case_id: str) -> payload.CaseImage:
        if case_id in self._snapshots:
            return self._snapshots[case_id]
        case = self._store.open(case_id)  # LockedByOther if another program has it
        self._held.append(case)
        image, summary = case.snapshot()
        return payload.CaseImage(case_id, summary.name, summary.updated_at, image)

    def run(self, path: Path, passphrase: str) -> ExportResult | None:
        """Raises CaseFileError (SaveFailed, LockedByOther …) having written
        nothing; returns None when cancelled (the file removed again)."""
        from desktop.casefile.atomic import write_atomic

        try:
            images = [self._image(case_id) for case_id in self.case_ids]
            if self.manifest.scope is Scope.WITHOUT_INTERNAL or self.manifest.left_out:
                images = [_stripped(c, self.manifest) for c in images]
            data = handover_file.seal(payload.pack(self.manifest, images), passphrase)
            del images
            write_atomic(path, data, keep_backup=False)
            with self._gate:
                if self._cancelled:
                    path.unlink(missing_ok=True)
                    return None
                self._committed = True
            result = ExportResult(path, self.manifest.document_id,
                                  datetime.fromisoformat(self.manifest.created_at), len(data))
            for case in self._held:
                payload.add_record(case._conn, self.record_for(result, case.case_id))
                case.write(*case.snapshot())
            return result
        finally:
            for case in self._held:
                case.close()
            self._held.clear()

    def record_for(self, result: ExportResult, case_id: str = "") -> HandoverRecord:
        return HandoverRecord(Direction.OUT, result.at, self.manifest.sender,
                              self.manifest.recipient, self.manifest.scope,
                              result.document_id, result.path.name, len(self.case_ids),
                              self.recipient_kind, self.consent_reasons.get(case_id, "").strip(),
                              self.manifest.left_out)


def _stripped(case: payload.CaseImage, manifest: payload.Manifest) -> payload.CaseImage:
    conn = payload.open_image(case.image)
    try:
        if manifest.scope is Scope.WITHOUT_INTERNAL:
            payload.strip_internal(conn)
        if manifest.left_out:
            payload.strip_sections(conn, manifest.left_out)
        return payload.CaseImage(case.case_id, case.name, case.updated_at, conn.serialize())
    finally:
        conn.close()


# --- import ----------------------------------------------------------------------------
class Resolution(Enum):
    KEEP_BOTH = "keep_both"  # the incoming case gets a new case id
    REPLACE = "replace"  # the incoming case replaces the one here


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the user compares before choosing "behold begge" or "erstatt"."""

    name: str
    updated_at: str
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class Conflict:
    case_id: str
    incoming: CaseFacts
    existing: CaseFacts


@dataclass(slots=True)
class Incoming:
    """A handover file read and verified in full; nothing written yet."""

    manifest: payload.Manifest
    cases: list[payload.CaseImage]
    facts: dict[str, CaseFacts] = field(default_factory=dict)


def read_handover(path: Path, passphrase: str) -> Incoming:
    """Reads, decrypts and checks the whole file and every case in it. Touches
    no vault. Raises a HandoverError subclass (one per failure) or OSError."""
    data = handover_file.read_file(path)
    manifest, cases = payload.unpack(handover_file.open_bytes(data, passphrase))
    incoming = Incoming(manifest, cases)
    for case in cases:
        conn = payload.open_image(case.image)
        try:
            payload.checked_summary(conn)
            incoming.facts[case.case_id] = CaseFacts(case.name, case.updated_at,
                                                     payload.section_counts(conn))
        finally:
            conn.close()
    return incoming


class HandoverService:
    """Export from and import into the vault of one AppService."""

    def __init__(self, app: AppService, clock: Callable[[], datetime] = datetime.now):
        self.app = app
        self.clock = clock
        self._consent_facts: dict[str, object] = {}  # closed cases, see _closed_case_problem

    # --- export ------------------------------------------------------------------------
    def prepare_export(self, case_ids: list[str], scope: Scope, sender: str,
                       recipient: str, recipient_kind: str = "",
                       consent_reasons: dict[str, str] | None = None,
                       left_out: tuple[str, ...] = ()) -> ExportJob:
        """UI thread, and quick: only the cases open on screen are touched (a
        snapshot each). Raises ReadOnlyCase for one open read-only here (the
        record of the handover must be written into it). `recipient_kind`:
        COLLEAGUE or a ConsentService code; `consent_reasons`: why each case
        without a valid consent goes anyway (see consent_problems); `left_out`:
        parts of the case kept back (domain.handover.LEAVABLE keys)."""
        sessions = {s.case_id: s for s in self.app.open_sessions()}
        snapshots = {}
        for case_id in case_ids:
            session = sessions.get(case_id)
            if session is None:
                continue
            if session.read_only:
                raise ReadOnlyCase()
            image, summary = session._case.snapshot()
            snapshots[case_id] = payload.CaseImage(case_id, summary.name, summary.updated_at,
                                                   image)
        now = self.clock().replace(microsecond=0)
        manifest = payload.Manifest(new_document_id(now), now.isoformat(), sender.strip(),
                                    recipient.strip(), scope, known_parts(left_out))
        return ExportJob(self.app._require_store(), manifest, list(case_ids), snapshots,
                         recipient_kind, consent_reasons)

    def finish_export(self, job: ExportJob, result: ExportResult) -> None:
        """UI thread, after `run`: the handover goes into the log of the cases
        open on screen too (the others were recorded by `run`)."""
        sessions = {s.case_id: s for s in self.app.open_sessions()}
        for case_id in job.case_ids:
            if case_id in sessions:
                self.add_record(sessions[case_id], job.record_for(result, case_id))

    def export(self, case_ids: list[str], path: Path, passphrase: str, *, scope: Scope = Scope.FULL,
               sender: str = "", recipient: str = "", recipient_kind: str = "",
               consent_reasons: dict[str, str] | None = None,
               left_out: tuple[str, ...] = ()) -> ExportResult:
        """All three steps at once (tests, benchmarks)."""
        job = self.prepare_export(case_ids, scope, sender, recipient, recipient_kind,
                                  consent_reasons, left_out)
        result = job.run(path, passphrase)
        self.finish_export(job, result)
        return result

    # --- consent (issue 14) ----------------------------------------------------------------
    def consent_problems(self, case_ids: list[str], recipient_kind: str,
                         on_day: date | None = None) -> dict[str, str]:
        """case id → why no valid consent covers the receiving service (Norwegian
        text), for each case lacking one. Nothing for a colleague or the next
        school (COLLEAGUE: see domain/handover.py). A case open on screen is
        asked through its session; another is read (decrypted in memory, under
        the vault's key: no key derivation) and closed again."""
        from desktop.domain.consent import ConsentService
        from desktop.services import consent_service

        try:
            service = ConsentService(recipient_kind)
        except ValueError:
            return {}  # a colleague or the next school: not a disclosure to a service
        from desktop.services.app_service import today

        day = on_day or today()
        sessions = {s.case_id: s for s in self.app.open_sessions()}
        problems = {}
        for case_id in case_ids:
            if case_id in sessions:
                problem = consent_service.consent_problem(sessions[case_id], service, day)
            else:
                problem = self._closed_case_problem(case_id, service, day)
            if problem is not None:
                problems[case_id] = problem
        return problems

    def _closed_case_problem(self, case_id: str, service, day: date) -> str | None:
        """Read once per HandoverService (one dialog): a closed case does not
        change while the dialog is open, and a class of 25 is ~100 ms to read."""
        from desktop.services.consent_service import problem_for_facts

        if case_id not in self._consent_facts:
            self._consent_facts[case_id] = self._read_consent_facts(case_id)
        facts = self._consent_facts[case_id]
        return problem_for_facts(facts, service, day) if facts is not None else None

    def _read_consent_facts(self, case_id: str):
        from desktop.casefile import container
        from desktop.casefile.store import load_sqlite_utils
        from desktop.services.consent_service import facts_in

        store = self.app._require_store()
        try:
            opened = container.read_file(store.vault, store.path_for(case_id))
            conn = payload.open_image(opened.body)
        except (CaseFileError, OSError):
            return None  # unreadable here: the export itself will say so
        try:
            return facts_in(load_sqlite_utils().Database(conn))
        finally:
            conn.close()

    # --- the log -------------------------------------------------------------------------
    @staticmethod
    def add_record(session: CaseSession, record: HandoverRecord) -> None:
        session.edit(lambda: payload.add_record(session._case._conn, record))

    @staticmethod
    def records(session: CaseSession) -> list[HandoverRecord]:
        return payload.list_records(session._case._conn)

    # --- import ------------------------------------------------------------------------
    def conflicts(self, incoming: Incoming) -> list[Conflict]:
        """Cases in the file whose case id is already in this vault."""
        store = self.app._require_store()
        found = []
        for case in incoming.cases:
            path = store.path_for(case.case_id)
            if path.exists():
                found.append(Conflict(case.case_id, incoming.facts[case.case_id],
                                      self._existing_facts(path)))
        return found

    def _existing_facts(self, path: Path) -> CaseFacts:
        from desktop.casefile import container

        store = self.app._require_store()
        try:
            opened = container.read_file(store.vault, path)
            conn = payload.open_image(opened.body)
        except (CaseFileError, OSError):
            return CaseFacts("", "", {})
        try:
            return CaseFacts(str(opened.summary.get("name", "")),
                             str(opened.summary.get("updated_at", "")),
                             payload.section_counts(conn))
        finally:
            conn.close()

    def import_cases(self, incoming: Incoming,
                     resolutions: dict[str, Resolution] | None = None) -> list[str]:
        """Writes every case of the file into this vault, or none. A case id
        already here needs a resolution, else HandoverCaseExists (with what
        differs). Returns the case ids written."""
        from desktop.casefile.handover_import import write_cases

        resolutions = resolutions or {}
        open_ids = {s.case_id for s in self.app.open_sessions()}
        conflicts = self.conflicts(incoming)
        unresolved = [c for c in conflicts if c.case_id not in resolutions]
        if unresolved:
            raise HandoverCaseExists(unresolved)
        for conflict in conflicts:
            if resolutions[conflict.case_id] is Resolution.REPLACE and conflict.case_id in open_ids:
                raise ReadOnlyCase()  # close the case before replacing it
        targets = {c.case_id: (secrets.token_hex(12)
                               if resolutions.get(c.case_id) is Resolution.KEEP_BOTH else c.case_id)
                   for c in incoming.cases}
        m = incoming.manifest
        record = HandoverRecord(Direction.IN, self.clock().replace(microsecond=0), m.sender,
                                m.recipient, m.scope, m.document_id, "", len(incoming.cases),
                                left_out=m.left_out)
        return write_cases(self.app._require_store(), incoming.cases, targets, record)
