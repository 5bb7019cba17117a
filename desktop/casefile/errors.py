"""One exception type per failure the user must tell apart.

Messages here are for logs and developers (English, no personal data). The UI
turns each type into a Norwegian message in one place: desktop/ui/messages.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class CaseFileError(Exception):
    """Base class for everything the case-file layer reports to the user."""


class WrongPassphrase(CaseFileError):
    """The passphrase does not open the vault (the vault file itself is intact)."""


class DamageReason(Enum):
    TRUNCATED = "truncated"  # the file ends before its declared parts
    BAD_HEADER = "bad_header"  # header checksum or structure wrong
    AUTH_FAILED = "auth_failed"  # AES-GCM tag mismatch with the right key
    BAD_CONTENT = "bad_content"  # decrypted, but not a readable database/summary
    EMPTY = "empty"


class DamagedFile(CaseFileError):
    """The file is ours but damaged: it is never overwritten."""

    def __init__(self, reason: DamageReason, detail: str = ""):
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail


class NotACaseFile(CaseFileError):
    """The file is not a Nærvær file at all (e.g. a plain SQLite database)."""

    def __init__(self, plain_sqlite: bool = False):
        super().__init__("plain SQLite database" if plain_sqlite else "unknown file type")
        self.plain_sqlite = plain_sqlite


class NewerFormat(CaseFileError):
    """Written by a newer program version (container format or schema). Left untouched."""

    def __init__(self, found: int, supported: int):
        super().__init__(f"format/schema {found} is newer than supported {supported}")
        self.found = found
        self.supported = supported


class ForeignCase(CaseFileError):
    """The case file was sealed with another vault's master key (another user)."""


class KdfParametersRefused(CaseFileError):
    """The vault's key-derivation parameters are below the minimum or absurdly
    high (a crafted file must not exhaust memory or time)."""


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a case open. Holds no personal data about the pupil."""

    host: str
    pid: int
    user: str
    since: str  # ISO timestamp


class LockedByOther(CaseFileError):
    """Another running program holds the case open."""

    def __init__(self, holder: LockHolder):
        super().__init__(f"locked by pid {holder.pid} on {holder.host}")
        self.holder = holder


class SaveProblem(Enum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"  # no permission to write in the folder
    VERIFY_FAILED = "verify_failed"  # what was read back differs from what was written
    IO_ERROR = "io_error"


class SaveFailed(CaseFileError):
    """A save did not complete. The previous file on disk is intact."""

    def __init__(self, problem: SaveProblem, detail: str = ""):
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


class ChangedOnDisk(CaseFileError):
    """The file on disk was written by someone else since we opened it; we do not overwrite it."""


class ReadOnlyCase(CaseFileError):
    """The case was opened read-only (held by another instance); it cannot be saved."""


class UnreadableFile(CaseFileError):
    """A file the program needs is not a regular file (a folder, a FIFO …) or
    cannot be read at all (no permission, an I/O error). Nothing is changed."""

    def __init__(self, name: str, not_a_file: bool, detail: str = ""):
        super().__init__(f"{name}: {detail or ('not a regular file' if not_a_file else 'unreadable')}")
        self.name = name  # the file's name only (no folder: logs hold no user names)
        self.not_a_file = not_a_file


class DataDirUnavailable(CaseFileError):
    """The data folder is missing and cannot be created, or cannot be written."""

    def __init__(self, path: str, missing: bool):
        super().__init__(path)
        self.path = path
        self.missing = missing  # False: the folder exists but cannot be written


# --- handover files (issue 14): one type per thing the receiver must tell apart ---------
class HandoverError(CaseFileError):
    """Base class for a handover file (*.naervaer-overforing) that cannot be used.
    Every one of them is raised before anything is written to the receiving vault."""


class NotAHandoverFile(HandoverError):
    """The file is not a Nærvær handover file (another kind of file was chosen)."""


class HandoverWrongPassphrase(HandoverError):
    """The file is intact (its header checks), but the passphrase does not open it."""


class HandoverDamaged(HandoverError):
    """Some byte of the file was changed: header checksum, key check or AES-GCM tag."""

    def __init__(self, detail: str = ""):
        super().__init__(detail or "damaged")
        self.detail = detail


class HandoverTruncated(HandoverError):
    """The file ends before the length its header declares (an interrupted copy)."""


class HandoverNewerFormat(HandoverError, NewerFormat):
    """Written by a newer Nærvær (file format or a case's schema)."""


class HandoverTooLarge(HandoverError):
    """Larger than any handover file this program writes: refused before reading it."""

    def __init__(self, size: int, limit: int):
        super().__init__(f"{size} bytes > {limit}")
        self.size = size
        self.limit = limit


class HandoverCaseExists(HandoverError):
    """A case in the file already exists in this vault (same case id). Carries
    what differs, so the user can choose "behold begge" or "erstatt"."""

    def __init__(self, conflicts: list):
        super().__init__(f"{len(conflicts)} case(s) already exist")
        self.conflicts = conflicts
