"""A case goes from one vault to another through a handover file (no Qt):
everything arrives, nothing arrives half, and each failure has its own error
with the receiving vault left as it was."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest

from desktop.casefile import handover as hf
from desktop.casefile.errors import (
    HandoverCaseExists,
    HandoverDamaged,
    HandoverTruncated,
    HandoverWrongPassphrase,
    SaveFailed,
    SaveProblem,
)
from desktop.domain.handover import Direction, Scope, passphrase_bits
from desktop.services.handover import (
    HandoverService,
    Resolution,
    new_passphrase,
    read_handover,
    word_list,
)
from tests.handover.helpers import (
    HANDOVER_PASSPHRASE,
    INTERNAL_ANSWER,
    SCAN,
    folder_state,
    tables,
)


def _export(service, case_ids, tmp_path, **kw) -> Path:
    path = tmp_path / f"overforing{hf.SUFFIX}"
    HandoverService(service).export(case_ids, path, HANDOVER_PASSPHRASE, **kw)
    return path


def _records(service, case_id):
    session = service.open_case(case_id)
    try:
        return HandoverService.records(session)
    finally:
        service.close_case(session)


def test_a_full_demo_case_arrives_whole(sender, receiver, case_ids, tmp_path):
    case_id = case_ids[0]
    path = _export(sender, [case_id], tmp_path, sender="Ingrid Dahl, kontaktlærer",
                   recipient="PPT Nordvidda, Jon Ivvár Buljo")
    incoming = read_handover(path, HANDOVER_PASSPHRASE)
    assert HandoverService(receiver).import_cases(incoming) == [case_id]

    sent, got = tables(sender, case_id), tables(receiver, case_id)
    assert set(sent) == set(got)
    for table in sent:
        if table != "handover_log":
            assert got[table] == sent[table], table
    assert got["agreement"][0][6] == SCAN  # the attachment, byte for byte
    assert any(INTERNAL_ANSWER in str(row) for row in got["conversation_answer"])
    # The handover is recorded on both sides with the same document id.
    out, = _records(sender, case_id)
    into, = _records(receiver, case_id)
    assert (out.direction, into.direction) == (Direction.OUT, Direction.IN)
    assert out.document_id == into.document_id and out.document_id.startswith("OVF-")
    assert (into.sender, into.recipient) == ("Ingrid Dahl, kontaktlærer",
                                             "PPT Nordvidda, Jon Ivvár Buljo")
    assert out.file_name == path.name and out.scope is into.scope is Scope.FULL
    # The receiver lists it like any case of its own.
    assert [e.summary.name for e in receiver.list_cases()] == ["Ánde Sárá"]


def test_a_class_handed_over_in_one_file(sender, receiver, case_ids, tmp_path):
    path = _export(sender, case_ids, tmp_path, recipient="Ny kontaktlærer 8B")
    HandoverService(receiver).import_cases(read_handover(path, HANDOVER_PASSPHRASE))
    assert sorted(e.case_id for e in receiver.list_cases()) == sorted(case_ids)
    for case_id in case_ids:
        assert [r.case_count for r in _records(sender, case_id)] == [3]
    assert sender.open_sessions() == []  # the export closed what it opened


def test_without_the_internal_parts(sender, receiver, case_ids, tmp_path):
    path = _export(sender, [case_ids[0]], tmp_path, scope=Scope.WITHOUT_INTERNAL)
    HandoverService(receiver).import_cases(read_handover(path, HANDOVER_PASSPHRASE))
    got = tables(receiver, case_ids[0])
    assert INTERNAL_ANSWER not in repr(got)
    assert [row[1] for row in got["conversation_answer"]] == ["elev_trives"]
    assert [row[1] for row in got["conversation_tool"]] == ["scaling"]
    assert _records(receiver, case_ids[0])[0].scope is Scope.WITHOUT_INTERNAL
    assert INTERNAL_ANSWER in repr(tables(sender, case_ids[0]))  # the sender keeps it


def test_a_chosen_set_of_parts_stays_behind(sender, receiver, case_ids, tmp_path):
    """Issue 14: "Optionally what goes: the whole case, or a chosen set of
    sections ... the choice is printed in the handover record." """
    case_id = case_ids[0]
    sent = tables(sender, case_id)
    assert sent["conversation"] and sent["contact_log"] and sent["absence_record"]
    path = _export(sender, [case_id], tmp_path, left_out=("log", "mapping", "nonsense"))
    HandoverService(receiver).import_cases(read_handover(path, HANDOVER_PASSPHRASE))
    got = tables(receiver, case_id)
    for table in ("conversation", "conversation_answer", "conversation_tool", "contact_log"):
        assert got[table] == [], table
    for table in ("absence_record", "agreement", "pupil", "guardian", "team_member"):
        assert got[table] == sent[table], table  # the rest arrives whole
    assert INTERNAL_ANSWER not in repr(got)  # (it was a conversation answer)
    out, = _records(sender, case_id)
    into, = _records(receiver, case_id)
    assert out.left_out == into.left_out == ("log", "mapping")  # recorded on both sides
    assert tables(sender, case_id)["conversation"] == sent["conversation"]  # the sender keeps it


def _refused(receiver, path, passphrase, error):
    before = folder_state(receiver.paths.data_dir)
    with pytest.raises(error):
        HandoverService(receiver).import_cases(read_handover(path, passphrase))
    assert folder_state(receiver.paths.data_dir) == before


def test_wrong_passphrase_leaves_the_receiver_unchanged(sender, receiver, case_ids, tmp_path):
    path = _export(sender, [case_ids[1]], tmp_path)
    _refused(receiver, path, new_passphrase(), HandoverWrongPassphrase)


def test_damaged_and_truncated_files_leave_the_receiver_unchanged(sender, receiver, case_ids,
                                                                  tmp_path):
    path = _export(sender, [case_ids[1]], tmp_path)
    data = path.read_bytes()
    for index in (5, 20, 60, hf.HEADER_LEN + 3, len(data) // 2, len(data) - 1):
        path.write_bytes(data[:index] + bytes([data[index] ^ 0x04]) + data[index + 1:])
        _refused(receiver, path, HANDOVER_PASSPHRASE, HandoverDamaged)
    path.write_bytes(data[:len(data) // 3])
    _refused(receiver, path, HANDOVER_PASSPHRASE, HandoverTruncated)


def test_a_case_that_exists_shows_what_differs_then_keep_both_or_replace(
        sender, receiver, case_ids, tmp_path):
    case_id = case_ids[0]
    first = _export(sender, [case_id], tmp_path)
    service = HandoverService(receiver)
    service.import_cases(read_handover(first, HANDOVER_PASSPHRASE))
    session = sender.open_case(case_id)
    session.set_pupil_field("name", "Ánde Sárá Nilsen")
    sender.close_case(session)
    second = tmp_path / f"igjen{hf.SUFFIX}"
    HandoverService(sender).export([case_id], second, HANDOVER_PASSPHRASE)
    incoming = read_handover(second, HANDOVER_PASSPHRASE)

    before = folder_state(receiver.paths.data_dir)
    with pytest.raises(HandoverCaseExists) as info:
        service.import_cases(incoming)
    assert folder_state(receiver.paths.data_dir) == before
    conflict, = info.value.conflicts
    assert (conflict.incoming.name, conflict.existing.name) == ("Ánde Sárá Nilsen", "Ánde Sárá")
    assert conflict.incoming.counts["handover_log"] == 1  # the sender's first "out"
    assert conflict.existing.counts["handover_log"] == 1  # the receiver's first "in"
    assert conflict.incoming.counts["absence_record"] == conflict.existing.counts["absence_record"]
    assert conflict.incoming.updated_at and conflict.existing.updated_at

    new_id, = service.import_cases(incoming, {case_id: Resolution.KEEP_BOTH})
    assert new_id != case_id and re.fullmatch(r"[0-9a-f]{24}", new_id)
    names = sorted(e.summary.name for e in receiver.list_cases())
    assert names == ["Ánde Sárá", "Ánde Sárá Nilsen"]

    assert service.import_cases(incoming, {case_id: Resolution.REPLACE}) == [case_id]
    names = sorted(e.summary.name for e in receiver.list_cases())
    assert names == ["Ánde Sárá Nilsen", "Ánde Sárá Nilsen"]


def test_a_failed_write_takes_back_what_was_written(sender, receiver, case_ids, tmp_path,
                                                    monkeypatch):
    path = _export(sender, case_ids, tmp_path)
    incoming = read_handover(path, HANDOVER_PASSPHRASE)
    before = folder_state(receiver.paths.data_dir)
    from desktop.casefile import handover_import
    real, calls = handover_import.write_atomic, []

    def third_fails(target, data, **kw):
        calls.append(target)
        if len(calls) == 3:
            raise SaveFailed(SaveProblem.DISK_FULL)
        return real(target, data, **kw)

    monkeypatch.setattr(handover_import, "write_atomic", third_fails)
    with pytest.raises(SaveFailed):
        HandoverService(receiver).import_cases(incoming)
    assert {k: v for k, v in folder_state(receiver.paths.data_dir).items()
            if not k.endswith(".lock")} == before


def test_canary_no_plaintext_name_after_export(sender, case_ids, tmp_path, monkeypatch):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = sender.paths.data_dir / "utlevert"
    out.mkdir()
    HandoverService(sender).export(case_ids, out / f"klasse{hf.SUFFIX}", HANDOVER_PASSPHRASE)
    names = ["Ánde Sárá", "Emil Haugland", "Amina Yusuf", "Čuoppusvegen"]
    needles = [n.encode(enc) for n in names for enc in ("utf-8", "utf-16-le")]
    for folder in {sender.paths.data_dir, sender.paths.config_dir, temp}:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                data = Path(root, name).read_bytes()
                assert not any(n in data for n in needles), Path(root, name)
                assert not any(n.encode() in name.encode() for n in names)


def test_the_word_list():
    words = word_list()
    assert len(words) >= 2000 and len(set(words)) == len(words)
    assert all(re.fullmatch(r"[a-z]{3,12}", w) for w in words)  # no æ/ø/å to mishear
    sounds = {re.sub(r"(.)\1+", r"\1", w) for w in words}
    assert len(sounds) == len(words)  # no pair that differs by a doubled letter only
    plain = set(words)
    assert not [w for w in words for end in ("e", "r", "er", "en", "et")
                if w.endswith(end) and w[:-len(end)] in plain]
    assert passphrase_bits(len(words)) > 66
    phrase = new_passphrase().split()
    assert len(phrase) == 6 and set(phrase) <= plain


def test_the_handover_log_step_is_safe_to_run_twice():
    """(tests/casefile/test_migrations.py opens the committed v1 fixture through
    every step, this one included.)"""
    from datetime import datetime

    from desktop.casefile import handover_payload as payload
    from desktop.casefile.migrations import _v11_handover_log, migrate
    from desktop.casefile.store import memory_database
    from desktop.domain.handover import HandoverRecord

    conn = memory_database()
    migrate(conn)
    _v11_handover_log(conn)  # a second run (e.g. renumbered at merge) changes nothing
    record = HandoverRecord(Direction.IN, datetime(2026, 12, 2, 8, 0), "Kari", "PPT",
                            Scope.FULL, "OVF-20261202-ABCDEF", "", 1)
    payload.add_record(conn, record)
    _v11_handover_log(conn)
    assert payload.list_records(conn) == [record]


def test_the_ui_thread_only_snapshots_cases_on_screen_and_a_cancel_leaves_nothing(
        sender, case_ids, tmp_path):
    on_screen = sender.open_case(case_ids[0])
    service = HandoverService(sender)
    job = service.prepare_export(case_ids, Scope.FULL, "Kari", "PPT")
    assert [s.case_id for s in sender.open_sessions()] == [case_ids[0]]  # no others opened
    path = tmp_path / f"avbrutt{hf.SUFFIX}"
    assert job.cancel() is True
    assert job.run(path, HANDOVER_PASSPHRASE) is None
    assert not path.exists()
    assert HandoverService.records(on_screen) == []
    sender.close_case(on_screen)
    assert all(_records(sender, case_id) == [] for case_id in case_ids)

    job = service.prepare_export(case_ids, Scope.FULL, "Kari", "PPT")
    result = job.run(path, HANDOVER_PASSPHRASE)
    assert job.cancel() is False  # too late: the file is committed and recorded
    service.finish_export(job, result)
    assert path.exists() and all(len(_records(sender, c)) == 1 for c in case_ids)
