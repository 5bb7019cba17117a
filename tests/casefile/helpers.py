"""Shared test data and small helpers for the storage-layer tests (no Qt)."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import sqlite_utils

from desktop.casefile import container
from desktop.casefile.repository import CaseRepository
from desktop.casefile.store import SUFFIX, memory_database
from desktop.casefile.vault import Vault
from desktop.domain.people import Guardian, Pupil, TeamMember, TeamRole
from desktop.services.app_service import CaseSession

SAMI = "á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž"
EMOJI = "👩🏽‍🏫 🧒🏿 👨‍👩‍👧‍👦 🏳️‍⚧️ 🇳🇴"
RTL = "مرحبا بالعالم שלום עולם"
COMBINING = "e\u0301 a\u030a n\u0303 z\u030c g\u0306 \u0063\u030c"  # decomposed letters


def long_note(length: int = 10_000) -> str:
    """A note of exactly `length` characters mixing every kind of text."""
    unit = f"{SAMI} | {EMOJI} | {RTL} | {COMBINING} | linje\nny linje\ttab | "
    text = (unit * (length // len(unit) + 1))[:length]
    assert len(text) == length
    return text


def full_pupil(name: str = "Áile Ŋuoŧŧa Čáhppes-Šiđžž", grade: str = "8") -> Pupil:
    return Pupil(
        name=name,
        birth_date=date(2011, 2, 28),
        grade=grade,
        school="Guovdageainnu skuvla – Đ Ŋ Ŧ",
        class_name="8B ž",
        contact_teacher="Máret Šárá Ŋuolga",
        note=long_note(),
    )


def full_guardians() -> list[Guardian]:
    return [
        Guardian(name="Biret Ánne Čuoŋŋás", relation="mor", phone="+47 912 34 567",
                 address="Čuđevárri 1, 9520 Guovdageaidnu", parental_responsibility=True,
                 interpreter_needed=False, interpreter_language=""),
        Guardian(name="Ahmad المصري", relation="far", phone="004798765432",
                 address="شارع 12\nOslo", parental_responsibility=False,
                 interpreter_needed=True, interpreter_language="arabisk – العربية"),
        Guardian(name="Ŧ Þórður 👨‍👧", relation="fosterforelder", phone="",
                 address=COMBINING, parental_responsibility=True,
                 interpreter_needed=True, interpreter_language="islandsk"),
        Guardian(name="", relation="", phone="", address="",
                 parental_responsibility=False, interpreter_needed=False,
                 interpreter_language=""),
    ]


def full_team() -> list[TeamMember]:
    return [
        TeamMember(role=role, name=f"{role.value} Ŋ{i} {SAMI[:5]}",
                   organisation=f"Org {i} – {RTL[:5]}", phone=f"+47 {i:08d}")
        for i, role in enumerate(TeamRole)
    ]


def fill_session(session: CaseSession, pupil: Pupil, guardians: list[Guardian],
                 team: list[TeamMember]) -> tuple[list[Guardian], list[TeamMember]]:
    """Writes every field through the service API; returns what was added (with ids)."""
    for field in ("name", "birth_date", "grade", "school", "class_name",
                  "contact_teacher", "note"):
        session.set_pupil_field(field, getattr(pupil, field))
    added_g = [session.add_guardian(g) for g in guardians]
    added_t = [session.add_team_member(m) for m in team]
    return added_g, added_t


def strip_ids(items):
    return [replace(item, id=None, position=0) for item in items]


def case_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob(f"*{SUFFIX}") if not p.name.startswith("."))


def open_image(vault: Vault, data: bytes) -> tuple[container.Opened, CaseRepository]:
    """Decrypts file bytes and loads the database (independent of CaseStore)."""
    opened = container.open_bytes(vault, data)
    conn = memory_database(opened.body)
    return opened, CaseRepository(sqlite_utils.Database(conn))


def database_image(user_version: int | None = None, note: str = "") -> bytes:
    """A fresh, migrated case database image, optionally with a forced user_version."""
    from desktop.casefile.migrations import migrate

    conn = sqlite3.connect(":memory:")
    migrate(conn)
    conn.execute("UPDATE pupil SET name = ?, note = ? WHERE id = 1", ("Testperson", note))
    conn.commit()
    if user_version is not None:
        conn.execute(f"PRAGMA user_version = {user_version}")
    image = conn.serialize()
    conn.close()
    return image


def all_files(root: Path) -> list[Path]:
    found = []
    for folder, _dirs, names in os.walk(root):
        found.extend(Path(folder) / n for n in names)
    return found


def stray_files(folder: Path) -> list[str]:
    """Hidden leftovers of a save or lock (temp files, backup staging)."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))
