"""Handing cases over (issue 14): "Overfør saken …" writes one encrypted file;
"Hent inn en sak …" reads it into another vault. No Qt.

Threading, as for saving: what touches open cases (snapshots, records, saves)
runs on the UI thread; the slow parts (Argon2id, AES-GCM, writing, checking
every incoming database) are the `run`/`read` calls, meant for a worker.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime
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
    new_document_id,
    passphrase_bits,
)
# The strength rule for a passphrase the user types: the vault's. Switching to
# another estimator (zxcvbn) is this one line.
from desktop.domain.validation import passphrase_problem as passphrase_strength_problem  # noqa: F401
from desktop.paths import resources_dir

if TYPE_CHECKING:
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
    """Prepared on the UI thread (snapshots of the cases); `run` seals and
    writes the file anywhere."""

    def __init__(self, images: list[payload.CaseImage], manifest: payload.Manifest):
        self._images = images
        self.manifest = manifest
        self.opened_here: list[str] = []  # cases to close again when done

    @property
    def case_ids(self) -> list[str]:
        return [c.case_id for c in self._images]

    def run(self, path: Path, passphrase: str) -> ExportResult:
        """Raises SaveFailed; writes nothing but the one file (atomically)."""
        from desktop.casefile.atomic import write_atomic

        images = self._images
        if self.manifest.scope is Scope.WITHOUT_INTERNAL:
            images = [_stripped(c) for c in images]
        data = handover_file.seal(payload.pack(self.manifest, images), passphrase)
        write_atomic(path, data, keep_backup=False)
        return ExportResult(path, self.manifest.document_id,
                            datetime.fromisoformat(self.manifest.created_at), len(data))


def _stripped(case: payload.CaseImage) -> payload.CaseImage:
    conn = payload.open_image(case.image)
    try:
        payload.strip_internal(conn)
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

    # --- export ------------------------------------------------------------------------
    def prepare_export(self, case_ids: list[str], scope: Scope, sender: str,
                       recipient: str) -> ExportJob:
        """UI thread. Raises CaseFileError if a case cannot be opened for writing
        (the record of the handover must be written into it); then nothing stays
        open that was not open before."""
        already = {s.case_id for s in self.app.open_sessions()}
        opened_here: list[str] = []
        images = []
        try:
            for case_id in case_ids:
                session = self.app.open_case(case_id)
                if case_id not in already:
                    opened_here.append(case_id)
                if session.read_only:
                    raise ReadOnlyCase()
                image, summary = session._case.snapshot()
                images.append(payload.CaseImage(case_id, summary.name, summary.updated_at, image))
        except BaseException:
            self._close(opened_here)
            raise
        now = self.clock().replace(microsecond=0)
        manifest = payload.Manifest(new_document_id(now), now.isoformat(), sender.strip(),
                                    recipient.strip(), scope)
        job = ExportJob(images, manifest)
        job.opened_here = opened_here
        return job

    def finish_export(self, job: ExportJob, result: ExportResult) -> None:
        """UI thread: the handover goes into every case's log, and the cases this
        export opened are saved and closed again."""
        record = HandoverRecord(Direction.OUT, result.at, job.manifest.sender,
                                job.manifest.recipient, job.manifest.scope,
                                result.document_id, result.path.name, len(job.case_ids))
        for case_id in job.case_ids:
            self.add_record(self.app.open_case(case_id), record)
        self._close(job.opened_here)

    def abandon_export(self, job: ExportJob) -> None:
        """The file was not written: close what the export opened."""
        self._close(job.opened_here)

    def _close(self, case_ids: list[str]) -> None:
        sessions = {s.case_id: s for s in self.app.open_sessions()}
        for case_id in case_ids:
            if case_id in sessions:
                self.app.close_case(sessions[case_id])

    def export(self, case_ids: list[str], path: Path, passphrase: str, *, scope: Scope = Scope.FULL,
               sender: str = "", recipient: str = "") -> ExportResult:
        """All three steps at once (tests, benchmarks)."""
        job = self.prepare_export(case_ids, scope, sender, recipient)
        try:
            result = job.run(path, passphrase)
        except BaseException:
            self.abandon_export(job)
            raise
        self.finish_export(job, result)
        return result

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
                                m.recipient, m.scope, m.document_id, "", len(incoming.cases))
        return write_cases(self.app._require_store(), incoming.cases, targets, record)
