"""Rows ↔ domain objects for one case database. The only place (with
migrations) that knows table and column names."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Callable

from desktop.casefile.agreements_repo import AgreementRepository
from desktop.casefile.follow_up_repo import FollowUpRepository
from desktop.domain.due_dates import due_dates, earliest
from desktop.domain.people import (
    CaseSummary,
    Guardian,
    Pupil,
    TeamMember,
    TeamRole,
    field_names,
    grade_is_valid,
)

if TYPE_CHECKING:
    import sqlite_utils

_PUPIL_FIELDS = field_names(Pupil)
_GUARDIAN_FIELDS = field_names(Guardian)
_TEAM_FIELDS = field_names(TeamMember)
_BOOL_FIELDS = {"parental_responsibility", "interpreter_needed"}


def _to_db(name: str, value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, TeamRole):
        return value.value
    if name in _BOOL_FIELDS:
        return int(bool(value))
    return value


def _check(name: str, value: Any) -> None:
    if name == "grade" and not grade_is_valid(value):
        raise ValueError(f"unknown grade {value!r}")
    if name == "birth_date" and value is not None and not isinstance(value, date):
        raise TypeError("birth_date must be a date or None")
    if name == "role":
        TeamRole(value)  # raises ValueError for an unknown role
    if name == "language" and value not in ("", "nb", "nn"):
        raise ValueError(f"unknown language {value!r}")


def generation(db) -> int:
    return db.conn.total_changes - getattr(db, "_quiet_changes", 0)


def quiet_write(db, write: Callable[[], None]) -> None:
    """A write no derived figure depends on (the case list's phase label,
    written from the rule evaluation itself): not counted by generation(), so
    writing it does not make that evaluation be computed again."""
    before = db.conn.total_changes
    write()
    db._quiet_changes = getattr(db, "_quiet_changes", 0) + db.conn.total_changes - before


class CaseRepository:
    """All reads and writes of one open case go through here."""

    def __init__(self, db: "sqlite_utils.Database"):
        self.db = db

    # --- pupil -----------------------------------------------------------------
    def generation(self) -> int:
        """Grows with every insert, update and delete in the case's database
        (sqlite3's total_changes), except the quiet writes below: a value
        derived from the case and kept with the generation it was made at is
        current while this is unchanged."""
        return generation(self.db)

    def get_pupil(self) -> Pupil:
        row = self.db["pupil"].get(1)
        birth = row["birth_date"]
        return Pupil(**{k: row[k] for k in _PUPIL_FIELDS if k != "birth_date"},
                     birth_date=date.fromisoformat(birth) if birth else None)

    def set_pupil_field(self, name: str, value: Any) -> None:
        if name not in _PUPIL_FIELDS:
            raise KeyError(name)
        _check(name, value)
        self.db["pupil"].update(1, {name: _to_db(name, value)})

    # --- people lists (guardians, team) ----------------------------------------------
    def _list(self, table: str, make):
        return [make(row) for row in self.db[table].rows_where(order_by="position, id")]

    def _add(self, table: str, record: dict) -> int:
        record.pop("id", None)
        record["position"] = (self.db.execute(
            f"SELECT COALESCE(MAX(position), -1) + 1 FROM [{table}]").fetchone()[0])
        return self.db[table].insert(record).last_pk

    def _update(self, table: str, allowed: tuple[str, ...], row_id: int, name: str, value: Any) -> None:
        if name not in allowed:
            raise KeyError(name)
        _check(name, value)
        self.db[table].update(row_id, {name: _to_db(name, value)})

    def _remove(self, table: str, row_id: int, make):
        removed = make(self.db[table].get(row_id))
        self.db[table].delete(row_id)
        return removed

    def _restore(self, table: str, record: dict) -> None:
        self.db[table].insert(record, replace=True)

    @staticmethod
    def _guardian(row: dict) -> Guardian:
        return Guardian(**{**row, "parental_responsibility": bool(row["parental_responsibility"]),
                           "interpreter_needed": bool(row["interpreter_needed"])})

    @staticmethod
    def _member(row: dict) -> TeamMember:
        return TeamMember(**{**row, "role": TeamRole(row["role"])})

    @staticmethod
    def _record(obj) -> dict:
        return {k: _to_db(k, v) for k, v in asdict(obj).items()}

    def list_guardians(self) -> list[Guardian]:
        return self._list("guardian", self._guardian)

    def add_guardian(self, guardian: Guardian) -> Guardian:
        new_id = self._add("guardian", self._record(guardian))
        return self._guardian(self.db["guardian"].get(new_id))

    def update_guardian(self, guardian_id: int, name: str, value: Any) -> None:
        self._update("guardian", _GUARDIAN_FIELDS, guardian_id, name, value)

    def remove_guardian(self, guardian_id: int) -> Guardian:
        return self._remove("guardian", guardian_id, self._guardian)

    def restore_guardian(self, guardian: Guardian) -> None:
        self._restore("guardian", self._record(guardian))

    def list_team(self) -> list[TeamMember]:
        return self._list("team_member", self._member)

    def add_team_member(self, member: TeamMember) -> TeamMember:
        _check("role", member.role)
        new_id = self._add("team_member", self._record(member))
        return self._member(self.db["team_member"].get(new_id))

    def update_team_member(self, member_id: int, name: str, value: Any) -> None:
        self._update("team_member", _TEAM_FIELDS, member_id, name, value)

    def remove_team_member(self, member_id: int) -> TeamMember:
        return self._remove("team_member", member_id, self._member)

    def restore_team_member(self, member: TeamMember) -> None:
        self._restore("team_member", self._record(member))

    # --- case metadata ------------------------------------------------------------------
    def get_meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM case_meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.db["case_meta"].upsert({"key": key, "value": value}, pk="key")

    def next_due(self, today: date | None = None) -> date | None:
        """The case list's "Neste frist": the earliest of the dates Oversikt
        lists under "Frister" (desktop.domain.due_dates, the one computation)."""
        agreements = AgreementRepository(self.db)
        return earliest(due_dates(agreements.agreements(), agreements.meetings(),
                                  FollowUpRepository(self.db).contacts(),
                                  today or date.today()))

    def summary(self) -> CaseSummary:
        from desktop.casefile.closing_repo import ClosingRepository
        from desktop.domain.case_closing import current_closing

        pupil = self.get_pupil()
        closing = current_closing(ClosingRepository(self.db).history())
        return CaseSummary(
            name=pupil.name, grade=pupil.grade, school=pupil.school,
            phase=self.get_meta("phase"),
            next_due=self.next_due(),
            archived=self.get_meta("archived") == "1",
            updated_at=datetime.now().isoformat(timespec="seconds"),
            closed_on=closing.on if closing else None,
            delete_by=closing.delete_by if closing else None,
        )


_SUMMARY_DATES = ("next_due", "closed_on", "delete_by")


def summary_to_dict(summary: CaseSummary) -> dict:
    doc = asdict(summary)
    for key in _SUMMARY_DATES:
        value = getattr(summary, key)
        doc[key] = value.isoformat() if value else None
    return doc


def _summary_date(doc: dict, key: str) -> date | None:
    value = doc.get(key)
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def summary_from_dict(doc: dict) -> CaseSummary:
    known = {k: doc[k] for k in ("name", "grade", "school", "phase", "updated_at")
             if isinstance(doc.get(k), str)}
    return replace(CaseSummary(**known), archived=bool(doc.get("archived")),
                   **{key: _summary_date(doc, key) for key in _SUMMARY_DATES})
