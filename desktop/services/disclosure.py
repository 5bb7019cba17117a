"""Utleveringslogg (issue 14): what has left the laptop from one case, and
"Kontroller et dokument …". No Qt.

Where the logging is hooked in — one place per way out, so a new kind of
document is logged by using the same path, with no code of its own:

- a saved PDF: `ui/widgets/export_job.ExportJob`, the one worker every "Lagre
  som PDF" goes through (DocumentOutput.save, export_with_note, and whatever a
  new document uses). Started for a widget inside an open case (the case page
  holds this service: ui/widgets/disclosure_fields.disclosure_for), it calls
  `begin` on the UI thread, `write_stamped` on the worker (the PDF is
  built under `document_stamp.stamping`, so marked_canvas draws the id and the
  check slot in the footer, then sealed), and `record_pdf` on the UI thread when
  the file is in place. Any builder that draws its pages with
  `export.pdf_common.marked_canvas` is stamped; one that does not is refused
  (StampError) rather than saved without its id.
- a print: `ui/widgets/document_output.DocumentOutput.print_to` calls
  `record_print` and prints the stamp line under the document.
- a handover file: recorded by services/handover.py in `handover_log` ("OVF-…");
  `entries` shows those here, nothing is stored twice.

Blank forms (Fil → Tomt skjema til papir) hold no case data and are not logged.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from desktop.casefile.disclosure_repo import DisclosureRepository
from desktop.casefile.errors import CaseFileError
from desktop.domain.disclosure import (
    HANDOVER,
    PDF,
    PRINT,
    Disclosure,
    Verdict,
    Verification,
    next_document_id,
    normalise_check,
    print_check,
    stamp_line,
)
from desktop.domain.handover import Direction
from desktop.domain.safe_parse import InputProblem, UnsafeInput, read_bytes
from desktop.export import document_stamp

if TYPE_CHECKING:
    from desktop.services.app_service import AppService, CaseSession

# A PDF to check is read whole: far above any document the program writes
# (a year-long closing report is a few MB), far below what would hurt.
MAX_CHECK_BYTES = 64 << 20


def _close(found: str, issued: str) -> bool:
    return len(found) == len(issued) and sum(a != b for a, b in zip(found, issued)) <= 2


@dataclass(frozen=True, slots=True)
class PendingPdf:
    """A PDF about to be written: its id and the case's key, read on the UI thread."""

    document_id: str
    key: bytes
    title: str
    recipient: str
    by_whom: str


@dataclass(frozen=True, slots=True)
class Written:
    check_value: str
    file_sha256: str
    file_size: int


def write_stamped(pending: PendingPdf, write: Callable[[Path], None], target: Path) -> Written:
    """Builds the PDF into `target` with the id in its footer, then writes the
    check value into its slot. Runs on a worker: touches no case."""
    with document_stamp.stamping(pending.document_id):
        write(target)
    data, check = document_stamp.seal(target.read_bytes(), pending.key)
    with open(target, "r+b") as fh:  # same length: only the slot changes
        fh.write(data)
        fh.flush()
    return Written(check, hashlib.sha256(data).hexdigest(), len(data))


@dataclass(frozen=True, slots=True)
class Examined:
    """What a file to check holds, found without the case (on a worker)."""

    problem: Verdict | None = None  # NOT_PDF, TOO_LARGE, UNREADABLE
    digest: str = ""  # SHA-256 of the whole file
    found: document_stamp.Found | None = None
    claimed: tuple[str, ...] = ()  # document ids written in the file
    checks: frozenset[str] = frozenset()  # check values written in the file
    size: int = 0


def examine(data: bytes, key: bytes | None) -> Examined:
    """Not a PDF: no PDF header and no trace of a stamp (a PDF of ours with its
    header changed is an altered document, not "not a PDF")."""
    found = document_stamp.read_stamp(data, key) if key else None
    claimed, checks = (), frozenset()
    if found is None:
        claimed = tuple(document_stamp.claimed_document_ids(data))
        checks = frozenset(document_stamp.check_values(data)) if claimed else frozenset()
    if b"%PDF-" not in data[:1024] and found is None and not claimed:
        return Examined(Verdict.NOT_PDF)
    return Examined(None, hashlib.sha256(data).hexdigest(), found, claimed, checks, len(data))


def examine_file(path: Path, key: bytes | None) -> Examined:
    """Reads at most MAX_CHECK_BYTES; a bigger file, a folder, a missing or
    unreadable one is a problem, never an exception."""
    try:
        data = read_bytes(path, MAX_CHECK_BYTES)
    except UnsafeInput as exc:
        return Examined(Verdict.TOO_LARGE if exc.problem is InputProblem.TOO_LARGE
                        else Verdict.UNREADABLE)
    return examine(data, key)


class DisclosureService:
    def __init__(self, session: CaseSession, clock: Callable[[], datetime] = datetime.now):
        self.session = session
        self.clock = clock
        self.repo = session.repository(DisclosureRepository)
        self._reserved: set[str] = set()  # ids of PDFs being written now

    def _next_id(self) -> str:
        """The next id, past those reserved by PDFs still being written (two saves
        at once never share one; one that fails leaves a gap, never a reuse)."""
        year = self.clock().year
        ids = [e.document_id for e in self.repo.entries()] + sorted(self._reserved)
        document_id = next_document_id(ids, year)
        self._reserved.add(document_id)
        return document_id

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    # --- the list ------------------------------------------------------------------------
    def entries(self) -> list[Disclosure]:
        """Newest first: the PDFs and prints, and the handover files written from the case."""
        from desktop.services.handover import HandoverService

        handovers = [Disclosure(r.document_id, r.at, HANDOVER, r.scope.value, r.recipient,
                                r.sender, file_name=r.file_name, left_out=r.left_out)
                     for r in HandoverService.records(self.session)
                     if r.direction is Direction.OUT]
        return sorted([*self.repo.entries(), *handovers], key=lambda e: e.at, reverse=True)

    def documents(self) -> list[Disclosure]:
        """The PDFs and prints only (what the timeline adds to the transfers it shows)."""
        return self.repo.entries()

    def recipients(self) -> list[str]:
        """Suggestions for "Til": what was written before in this case, most
        recent first, then the case's guardians and team."""
        seen: list[str] = []
        people = [f"{g.name.strip()} ({g.relation.strip()})" if g.relation.strip()
                  else g.name.strip() for g in self.session.guardians()]
        people += [f"{m.name.strip()} ({m.organisation.strip()})" if m.organisation.strip()
                   else m.name.strip() for m in self.session.team()]
        for name in [e.recipient.strip() for e in self.entries()] + people:
            if name and not name.startswith("(") and name not in seen:
                seen.append(name)
        return seen

    def last_by(self) -> str:
        return self.repo.last_by()

    # --- writing -------------------------------------------------------------------------
    def _key(self) -> bytes:
        return self.repo.key() or self.session.edit(self.repo.make_key)

    def begin(self, title: str, recipient: str = "", by_whom: str = "") -> PendingPdf | None:
        """Reserves the next id for a PDF; None for a read-only case (nothing can be
        recorded there, so nothing is stamped)."""
        if self.read_only:
            return None
        key = self._key()
        return PendingPdf(self._next_id(), key, title.strip(),
                          recipient.strip(), by_whom.strip())

    def record_pdf(self, pending: PendingPdf, written: Written, path: Path) -> Disclosure:
        entry = Disclosure(pending.document_id, self.clock().replace(microsecond=0), PDF,
                           pending.title, pending.recipient, pending.by_whom,
                           written.check_value, written.file_sha256, path.name,
                           written.file_size)
        self.session.edit(lambda: self.repo.add(entry))
        return entry

    def record_print(self, title: str, html: str, recipient: str = "",
                     by_whom: str = "") -> Disclosure | None:
        """A print: logged with an id and a check value over the HTML as laid out
        (domain/disclosure.print_check). None for a read-only case."""
        if self.read_only:
            return None
        key = self._key()
        document_id = self._next_id()
        entry = Disclosure(document_id, self.clock().replace(microsecond=0), PRINT,
                           title.strip(), recipient.strip(), by_whom.strip(),
                           print_check(key, document_id, html))
        self.session.edit(lambda: self.repo.add(entry))
        return entry

    def record_printed_pdf(self, pending: PendingPdf, sealed: bytes, check: str) -> Disclosure:
        """A print of the document's PDF itself (where Qt can print PDF pages): the
        paper carries the PDF's footer, id and check value as a saved copy would."""
        entry = Disclosure(pending.document_id, self.clock().replace(microsecond=0), PRINT,
                           pending.title, pending.recipient, pending.by_whom, check,
                           hashlib.sha256(sealed).hexdigest(), "", len(sealed))
        self.session.edit(lambda: self.repo.add(entry))
        return entry

    @staticmethod
    def stamp_text(entry: Disclosure) -> str:
        return stamp_line(entry.document_id, entry.check_value)

    # --- checking ------------------------------------------------------------------------
    def verify_file(self, path: Path) -> Verification:
        """All in one go (tests, scripts). The dialog runs `examine_file` on a
        worker and `judge` on the UI thread: a 64 MB file takes a while."""
        return self.judge(examine_file(path, self.repo.key()))

    def verify_bytes(self, data: bytes) -> Verification:
        return self.judge(examine(data, self.repo.key()))

    def judge(self, seen: Examined) -> Verification:
        return judge(seen, self.repo.entries())

    def verify_check(self, text: str) -> Verification | None:
        """A check value typed from paper; None when the text is not one."""
        check = normalise_check(text)
        return None if check is None else judge_check(check, self.repo.entries())


def judge(seen: Examined, entries: list[Disclosure]) -> Verification:
    """Unaltered (the file as issued from the case these entries are of),
    altered (it names one of its documents, but a byte differs), unknown, or a
    problem with the file."""
    if seen.problem is not None:
        return Verification(seen.problem)
    by_id = {e.document_id: e for e in entries}
    for entry in entries:
        if entry.file_sha256 == seen.digest:
            return Verification(Verdict.UNALTERED, entry)
    found = seen.found
    if found is not None and found.valid:
        # Made with this case's key, yet no entry holds its hash: only a
        # file that was never recorded (the save failed half-way) can be this.
        return Verification(Verdict.UNALTERED, by_id.get(found.document_id))
    # Every case counts from 2026-0001, so an id alone does not make a file
    # ours: it must also carry that entry's check value (or one with at most
    # two of its eight digits changed: a damaged slot).
    if found is not None:
        entry = by_id.get(found.document_id)
        if entry is not None and _close(found.check_value, entry.check_value):
            return Verification(Verdict.ALTERED, entry)
        entry = next((e for e in entries  # the id in the slot's mark changed
                      if e.check_value and e.check_value == found.check_value), None)
        return Verification(Verdict.ALTERED, entry) if entry is not None \
            else Verification(Verdict.UNKNOWN)
    for document_id in seen.claimed:  # the slot cannot be read: its id, and its check
        entry = by_id.get(document_id)  # value or the file's size
        if entry is not None and entry.channel == PDF and (
                entry.check_value in seen.checks or entry.file_size == seen.size):
            return Verification(Verdict.ALTERED, entry)
    return Verification(Verdict.UNKNOWN)


def judge_check(check: str, entries: list[Disclosure]) -> Verification:
    for entry in entries:
        if entry.check_value == check:
            return Verification(Verdict.KNOWN_CHECK, entry)
    return Verification(Verdict.UNKNOWN)


_RANK = {Verdict.UNALTERED: 0, Verdict.KNOWN_CHECK: 0, Verdict.ALTERED: 1}


def check_in_every_case(app: AppService, path: Path | None = None,
                        typed: str = "") -> Verification | None:
    """Kontroller et dokument from the case list: the file (or typed check value)
    against every case of the vault, each opened read-only (no lock taken, the
    file on disk as last saved) on the caller's thread — meant for a worker.
    The best answer wins (unaltered before altered before unknown), with the
    pupil's name of its case. None when `typed` is not a check value."""
    check = normalise_check(typed) if typed else None
    if typed and check is None:
        return None
    data: bytes | None = None
    if path is not None:
        try:
            data = read_bytes(path, MAX_CHECK_BYTES)
        except UnsafeInput as exc:
            return Verification(Verdict.TOO_LARGE if exc.problem is InputProblem.TOO_LARGE
                                else Verdict.UNREADABLE)
        if examine(data, None).problem is not None:
            return Verification(Verdict.NOT_PDF)
    store = app._require_store()
    best = Verification(Verdict.UNKNOWN)
    for case_entry in app.list_cases(include_archived=True):
        if case_entry.error is not None:
            continue
        try:
            case = store.open(case_entry.case_id, read_only=True)
        except (CaseFileError, OSError):
            continue  # a damaged or newer case cannot hold the answer readably
        try:
            repo = DisclosureRepository(case.repo.db)
            entries = repo.entries()
            if not entries:
                continue
            found = (judge_check(check, entries) if check is not None
                     else judge(examine(data, repo.key()), entries))
            name = case.repo.get_pupil().name.strip()
        finally:
            case.close()
        if _RANK.get(found.verdict, 2) < _RANK.get(best.verdict, 2):
            best = Verification(found.verdict, found.entry, name)
            if _RANK[found.verdict] == 0:
                break
    return best
