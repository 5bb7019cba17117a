"""The register is read once per change, not once per figure (issue 16: a
100 000-line import used to read it eight times after storing). The kept copy
can never be stale: any change to the database, through the register, undo,
or any other path, makes the next read fetch it again."""

from __future__ import annotations

from datetime import date

from desktop.casefile.absence_repo import AbsenceRepository
from desktop.domain.absence import AbsenceRecord
from desktop.services.absence_register import AbsenceRegister

DAYS = [date(2026, 2, 2), date(2026, 2, 3), date(2026, 2, 4)]


def test_reading_twice_without_a_change_reads_the_database_once(service, monkeypatch):
    register = AbsenceRegister(service.create_case("Áilu"))
    register.add_records([AbsenceRecord(None, d) for d in DAYS])
    reads = []
    original = AbsenceRepository._from_row
    monkeypatch.setattr(AbsenceRepository, "_from_row",
                        staticmethod(lambda row: reads.append(row["id"]) or original(row)))
    first = register.records()
    read_once = len(reads)  # 0 when the change's own summary refresh already read it
    second = register.records()
    assert [r.day for r in first] == DAYS and second == first
    assert read_once in (0, len(DAYS)) and len(reads) == read_once  # the second: the copy
    second.clear()  # the caller's list is the caller's own
    assert len(register.records()) == 3


def test_every_kind_of_change_is_seen_at_once(service):
    session = service.create_case("Áilu")
    register = AbsenceRegister(session)
    added = register.add_records([AbsenceRecord(None, d) for d in DAYS])
    assert len(register.records()) == 3
    register.remove_records([added[0].id])
    assert [r.day for r in register.records()] == DAYS[1:]
    register.restore_records([added[0]])
    assert [r.day for r in register.records()] == DAYS
    # A write that does not go through the register (another feature, a migration step)
    repo = session.repository(AbsenceRepository)
    repo.db.conn.execute("UPDATE absence_record SET documented = 1 WHERE id = ?", [added[1].id])
    assert [r.documented for r in register.records()] == [False, True, False]
    repo.db.conn.execute("DELETE FROM absence_record")
    assert register.records() == []


def test_one_evaluation_serves_every_view_until_the_case_changes(service, monkeypatch):
    from desktop.services import absence_register as module

    session = service.create_case("Áilu")
    register = AbsenceRegister(session)
    added = register.add_records([AbsenceRecord(None, d) for d in DAYS])
    runs = []
    original = module.evaluate_records
    monkeypatch.setattr(module, "evaluate_records",
                        lambda *args: runs.append(args[3]) or original(*args))
    day = date(2026, 2, 20)
    first = register.evaluation(day)
    assert AbsenceRegister(session).evaluation(day) is first  # Oversikt asks too: kept
    assert len(runs) == 1
    register.evaluation(date(2026, 2, 27))  # another day: computed for that day
    assert len(runs) == 2
    register.remove_records([added[0].id])  # a change: computed anew
    after = register.evaluation(day)
    assert runs.count(day) == 2 and after is not first


def test_writing_the_case_lists_phase_does_not_compute_the_evaluation_again(service, monkeypatch):
    """After a change the phase label is written from the evaluation; the
    views that ask next get that same evaluation (not a second one)."""
    from desktop.services import absence_register as module

    session = service.create_case("Áilu")
    register = AbsenceRegister(session)
    runs = []
    original = module.evaluate_records
    monkeypatch.setattr(module, "evaluate_records",
                        lambda *args: runs.append(args[3]) or original(*args))
    # Six undocumented days: the rule set proposes a phase, and the label is written.
    register.add_records([AbsenceRecord(None, date(2026, 11, d), documented=False)
                          for d in (2, 3, 4, 5, 6, 9)])
    assert session.summary().phase  # the label was written
    assert len(runs) == 1
    register.evaluation()
    register.proposal()
    assert len(runs) == 1
