"""The tiltakssirkel as the UI uses it: reads from the case's CircleRepository,
writes every change through CaseSession.edit (read-only refusal, autosave).
No Qt. The UI builds new Box values with the domain's methods and hands them
here, so an undo step is simply "write the box as it was"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from desktop.casefile.circle_repo import CircleRepository
from desktop.casefile.suggestions_repo import SuggestionRepository
from desktop.domain.measure_circle import (
    Box,
    CircleEntry,
    EntryKind,
    MeasureCircle,
    Party,
    Snapshot,
    SnapshotDiff,
    compare,
    measures_by_party,
)
from desktop.domain.people import TeamRole
from desktop.domain.suggestions import MeasureSuggestion, SuggestionStatus
from desktop.forms.circle_form import CircleForm, load_circle_form
from desktop.forms.loader import FormProblem, form_language
from desktop.paths import Paths
from desktop.services.case_session import CaseSession
from desktop.services.meeting_service import WorkKind, attach_to_running

_ROLE_PARTY = {
    TeamRole.CONTACT_TEACHER: Party.CONTACT_TEACHER,
    TeamRole.LEADERSHIP: Party.LEADERSHIP,
    TeamRole.PRINCIPAL: Party.LEADERSHIP,
    TeamRole.DEPUTY: Party.LEADERSHIP,
    TeamRole.DEPARTMENT_HEAD: Party.LEADERSHIP,
    TeamRole.PPT: Party.PPT,
    TeamRole.HEALTH_NURSE: Party.HEALTH_NURSE,
}

_form_cache: dict[tuple[Path | None, str], tuple[CircleForm, list[FormProblem]]] = {}


def local_forms_dir() -> Path:
    """The user's local forms folder (NAERVAER_CONFIG_DIR or platformdirs)."""
    return Paths.resolve().config_dir / "forms"


def circle_form(local: Path | None = None) -> tuple[CircleForm, list[FormProblem]]:
    """The tiltakssirkel form with local overrides; read once per folder and
    form language."""
    key = (local, form_language())
    if key not in _form_cache:
        _form_cache[key] = load_circle_form(local)
    return _form_cache[key]


class MeasureCircleService:
    """One open case's circle."""

    def __init__(self, session: CaseSession, form: CircleForm):
        self.session = session
        self.form = form
        self._repo = session.repository(CircleRepository)
        self._suggestions = session.repository(SuggestionRepository)
        self._repo.load(form.box_ids, form.id, form.version)

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    # --- reading ---------------------------------------------------------------------
    @property
    def circle(self) -> MeasureCircle:
        return self._repo.circle

    def box(self, box_id: str) -> Box:
        return self.circle.box(box_id)

    def new_entry(self, kind: EntryKind, text: str, **fields) -> CircleEntry:
        """A new entry with a fresh id (not stored until a box holding it is written)."""
        return self.circle.new_entry(kind, text, **fields)

    def open_suggestions(self, box_id: str) -> list[MeasureSuggestion]:
        return self._suggestions.list(box_id=box_id, status=SuggestionStatus.OPEN)

    def suggestion(self, suggestion_id: int) -> MeasureSuggestion | None:
        for s in self._suggestions.list():
            if s.id == suggestion_id:
                return s
        return None

    def people(self) -> list[tuple[Party, str]]:
        """Named people of the case a measure can be given to."""
        result: list[tuple[Party, str]] = []
        pupil = self.session.pupil()
        if pupil.name.strip():
            result.append((Party.PUPIL, pupil.name.strip()))
        for guardian in self.session.guardians():
            if guardian.name.strip():
                result.append((Party.GUARDIANS, guardian.name.strip()))
        for member in self.session.team():
            if member.name.strip():
                result.append((_ROLE_PARTY.get(member.role, Party.OTHER), member.name.strip()))
        return result

    def measures_by_party(self):
        return measures_by_party(self.circle)

    # --- writing ---------------------------------------------------------------------
    def write_box(self, box: Box,
                  suggestion_status: dict[int, SuggestionStatus] | None = None) -> None:
        """Stores a box (and, in the same change, the new status of suggestions)."""
        def change() -> None:
            self._repo.write_box(box)
            for suggestion_id, status in (suggestion_status or {}).items():
                self._suggestions.update(suggestion_id, status=status)
        self.session.edit(change)

    def set_discussed(self, box_id: str, discussed: bool) -> None:
        self.write_box(replace(self.box(box_id), discussed=discussed))

    # --- snapshots -----------------------------------------------------------------------
    def snapshots(self) -> list[Snapshot]:
        return self._repo.snapshots()

    def save_snapshot(self, label: str, taken_on: date) -> Snapshot:
        snapshot = self.circle.snapshot(label.strip(), taken_on)

        def change() -> Snapshot:
            added = self._repo.add_snapshot(snapshot)
            attach_to_running(self.session, WorkKind.CIRCLE_STAND, added.id)  # issue 13
            return added
        return self.session.edit(change)

    def remove_snapshot(self, snapshot_id: int) -> None:
        self.session.edit(lambda: self._repo.remove_snapshot(snapshot_id))

    def current_as_snapshot(self) -> Snapshot:
        return self.circle.snapshot("", date.today())

    @staticmethod
    def compare(older: Snapshot, newer: Snapshot) -> SnapshotDiff:
        return compare(older, newer)
