"""DESIGN.md §4: nothing sensitive reaches the disk in plaintext."""

from __future__ import annotations

import logging

from desktop.casefile.errors import SaveFailed
from desktop.casefile.store import SUFFIX
from desktop.domain.people import Guardian, TeamMember, TeamRole

from .conftest import new_service
from .helpers import all_files, case_files

# Distinctive names: an ASCII one (so UTF-8 and Latin-1 coincide), Sámi, mixed.
PUPILS = ["Quintavious Zephyrbottom", "Ánde Ŋuoŧŧačáhppes", "Siđđa Žárnoš-Kvåle"]
GUARDIANS = ["Wilhelmina Xylophonia", "Ráhkel Čuoŋŋášš", "Đuraš Ŧiellažinni"]
TEAM = ["Ottoline Brumbleworth"]
SCHOOL = "Knutsfjellet Ŋ-skole"


def _needles() -> dict[str, bytes]:
    needles = {"SQLite magic": b"SQLite format 3"}
    for name in PUPILS + GUARDIANS + TEAM + [SCHOOL]:
        words = [name] + [w for w in name.replace("-", " ").split() if len(w) >= 5]
        for word in words:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                needles[f"{word!r} {encoding}"] = word.encode(encoding)
    return needles


def test_no_names_or_sqlite_image_anywhere_under_the_data_dir(data_dir, monkeypatch):
    service = new_service(data_dir)
    # Every log record of the program goes to a file under the data dir, at DEBUG.
    service.paths.log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(service.paths.log_dir / "naervaer.log", encoding="utf-8")
    desktop_log = logging.getLogger("desktop")
    desktop_log.addHandler(handler)
    old_level = desktop_log.level
    desktop_log.setLevel(logging.DEBUG)
    try:
        sessions = []
        for i, (pupil, guardian) in enumerate(zip(PUPILS, GUARDIANS)):
            session = service.create_case(pupil)
            session.set_pupil_field("school", SCHOOL)
            session.set_pupil_field("note", f"{pupil} har fravær. {guardian} ringte.")
            session.add_guardian(Guardian(name=guardian, relation="mor"))
            session.add_team_member(TeamMember(role=TeamRole.PPT, name=TEAM[0]))
            session.save_now()  # a second save leaves a .bak
            session.set_pupil_field("class_name", f"{i}A")
            sessions.append(session)
        service.close_case(sessions[0])
        service.close_case(sessions[1])
        sessions[2].save_now()  # stays open: its lock file is on disk during the walk
        # A failed save (disk full) must not leave anything readable behind either.
        sessions[2].set_pupil_field("class_name", "failing")
        import desktop.casefile.atomic as atomic

        def full(fd, data):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(atomic.os, "write", full)
        try:
            sessions[2].save_now()
        except SaveFailed:
            pass
        monkeypatch.undo()
        # A folder named like a case is skipped by the list, with a warning in the log.
        (service.paths.cases_dir / f"unreadable{SUFFIX}").mkdir()
        assert len(service.list_cases()) == 3
        service.settings.idle_lock_minutes = 7
        service.save_settings()
        handler.flush()

        files = all_files(data_dir)
        names = {p.name for p in files}
        assert "vault.key" in names and "settings.json" in names and "naervaer.log" in names
        assert any(n.endswith(".bak") for n in names)
        assert any(n.endswith(".lock") for n in names)
        assert len([p for p in case_files(service.paths.cases_dir) if p.is_file()]) == 3
        assert (service.paths.log_dir / "naervaer.log").read_text(encoding="utf-8")

        needles = _needles()
        for path in files:
            data = path.read_bytes()
            for label, needle in needles.items():
                assert needle not in data, f"{label} found in {path.relative_to(data_dir)}"
            for pupil in PUPILS + GUARDIANS:
                assert pupil.lower() not in path.name.lower()
    finally:
        desktop_log.removeHandler(handler)
        desktop_log.setLevel(old_level)
        handler.close()
        service.lock()


def test_the_needles_would_be_found_in_a_plaintext_file(tmp_path):
    """The search above is not blind: the same needles find plaintext."""
    sample = tmp_path / "plain.txt"
    sample.write_bytes(PUPILS[1].encode("utf-16-le") + b"SQLite format 3\x00")
    data = sample.read_bytes()
    found = [label for label, needle in _needles().items() if needle in data]
    assert "SQLite magic" in found
    assert any("utf-16-le" in label for label in found)
