"""Issue 14, utleveringslogg: what is stored for a saved PDF and a print, that it
survives closing and opening the case, and "Kontroller et dokument": the
unaltered file, a one-byte change anywhere, a typed check value, an unknown
document, a file that is not a PDF and one too large. No Qt."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.casefile.migrations import _v13_disclosure_log
from desktop.domain.disclosure import (
    HANDOVER,
    PDF,
    PRINT,
    Verdict,
    next_document_id,
    normalise_check,
    print_check,
)
from desktop.domain.handover import Direction, HandoverRecord, Scope
from desktop.domain.meetings import Meeting
from desktop.export.document_base import DocumentHeader
from desktop.export.minutes_pdf import build_minutes_pdf
from desktop.forms.agreement_templates import load_templates
from desktop.services import disclosure as disclosure_module
from desktop.services.disclosure import DisclosureService, write_stamped
from desktop.services.handover import HandoverService

NOW = datetime(2026, 12, 2, 14, 5, 30)
HEADER = DocumentHeader("Tonje Ánde", "Bommen skole", NOW.date())


def _minutes(target) -> None:
    meeting = Meeting(held_at=datetime(2026, 12, 1, 14), notes="Mor og Tonje kom. " * 200)
    build_minutes_pdf(target, meeting, load_templates()[0].minutes, HEADER)


def _saved(log: DisclosureService, path: Path, recipient: str = "mor",
           by: str = "Kari Lærer") -> bytes:
    """What ExportJob does, without the thread: begin, write stamped, record."""
    pending = log.begin("Møtereferat", recipient, by)
    written = write_stamped(pending, _minutes, path)
    log.record_pdf(pending, written, path)
    return path.read_bytes()


@pytest.fixture
def case(service):
    session = service.create_case("Tonje Ánde")
    yield service, session
    if not session.closed:
        service.close_case(session)


def test_document_ids_count_per_case_and_year():
    assert next_document_id([], 2026) == "2026-0001"
    assert next_document_id(["2026-0001", "2026-0041", "2025-0099", "OVF-1"], 2026) == "2026-0042"
    assert next_document_id(["2026-0041"], 2027) == "2027-0001"
    assert normalise_check(" 7f3a 91c2 ") == normalise_check("7F3A91C2") == "7F3A-91C2"
    assert normalise_check("7F3A-91C") is None and normalise_check("hei") is None


def test_the_migration_can_run_twice():
    import sqlite3
    conn = sqlite3.connect(":memory:")
    _v13_disclosure_log(conn)
    conn.execute("INSERT INTO disclosure_log (document_id, at, channel) VALUES ('2026-0001', "
                 "'2026-12-02T14:05:00', 'pdf')")
    _v13_disclosure_log(conn)
    assert conn.execute("SELECT count(*) FROM disclosure_log").fetchone() == (1,)


def test_a_saved_pdf_and_a_print_are_stored_and_survive_reopening(case, tmp_path):
    service, session = case
    log = DisclosureService(session, clock=lambda: NOW)
    data = _saved(log, tmp_path / "referat.pdf")
    printed = log.record_print("Samarbeidsavtale 1", "<h1>Avtale</h1>", "PPT", "Kari Lærer")
    assert printed.check_value == print_check(log.repo.key(), printed.document_id,
                                              "<h1>Avtale</h1>")
    case_id = session.case_id
    service.close_case(session)

    again = DisclosureService(service.open_case(case_id))
    try:
        first, second = sorted(again.documents(), key=lambda e: e.document_id)
        assert (first.document_id, first.channel, first.title, first.recipient,
                first.by_whom, first.file_name) == ("2026-0001", PDF, "Møtereferat", "mor",
                                                    "Kari Lærer", "referat.pdf")
        import hashlib
        assert first.file_sha256 == hashlib.sha256(data).hexdigest()
        assert f"({first.check_value}) Tj".encode() in data  # in the footer's slot
        assert first.at == NOW.replace(microsecond=0)
        assert (second.document_id, second.channel, second.recipient, second.file_sha256) == (
            "2026-0002", PRINT, "PPT", "")
        assert set(again.recipients()) == {"mor", "PPT"}
        assert again.last_by() == "Kari Lærer"
        assert again.verify_bytes(data).verdict is Verdict.UNALTERED  # the key came along
    finally:
        service.close_case(again.session)


def test_handover_files_are_listed_from_their_own_log(case):
    _service, session = case
    HandoverService.add_record(session, HandoverRecord(
        Direction.OUT, NOW, "Kari", "Nordby skole", Scope.WITHOUT_INTERNAL, "OVF-20261202-7F3A9C",
        "tonje.naervaer-overforing"))
    HandoverService.add_record(session, HandoverRecord(
        Direction.IN, NOW, "Bommen skole", "Kari", Scope.FULL, "OVF-20261101-000000"))
    entries = DisclosureService(session).entries()
    assert [(e.document_id, e.channel, e.recipient) for e in entries] == [
        ("OVF-20261202-7F3A9C", HANDOVER, "Nordby skole")]  # what came in did not leave
    assert DisclosureService(session).documents() == []  # stored once, in handover_log


def test_verification_unaltered_altered_unknown(case, tmp_path):
    _service, session = case
    log = DisclosureService(session, clock=lambda: NOW)
    data = _saved(log, tmp_path / "referat.pdf")
    entry = log.documents()[0]
    result = log.verify_file(tmp_path / "referat.pdf")
    assert (result.verdict, result.entry) == (Verdict.UNALTERED, entry)

    # One byte changed anywhere: the header, a compressed page, the fonts, the
    # stamp's own slot, the cross-reference table, the very end.
    slot = data.index(f"({entry.check_value})".encode()) + 1
    marker = data.index(b"naervaer-kontroll")
    for at in (0, 2, 10, len(data) // 3, len(data) // 2, marker, slot, slot + 8, len(data) - 30,
               len(data) - 1):
        changed = bytearray(data)
        changed[at] ^= 0x01
        result = log.verify_bytes(bytes(changed))
        assert (result.verdict, result.entry) == (Verdict.ALTERED, entry), at
    assert log.verify_bytes(data + b"\n").verdict is Verdict.ALTERED  # appended to

    # Made elsewhere: an unstamped PDF, and one stamped by another case.
    plain = io.BytesIO()
    _minutes(plain)
    assert log.verify_bytes(plain.getvalue()).verdict is Verdict.UNKNOWN


def test_a_document_from_another_case_is_unknown(service, tmp_path):
    one, other = service.create_case("Tonje"), service.create_case("Jens")
    try:
        data = _saved(DisclosureService(one, clock=lambda: NOW), tmp_path / "a.pdf")
        other_log = DisclosureService(other, clock=lambda: NOW)
        _saved(other_log, tmp_path / "b.pdf")  # the same id, 2026-0001, in the other case
        result = other_log.verify_bytes(data)
        assert result.verdict is Verdict.UNKNOWN  # the same id, another check value: not ours
        assert other_log.verify_check(DisclosureService(one).documents()[0].check_value) \
            .verdict is Verdict.UNKNOWN
    finally:
        service.close_case(one)
        service.close_case(other)


def test_a_typed_check_value_is_found(case, tmp_path):
    _service, session = case
    log = DisclosureService(session, clock=lambda: NOW)
    _saved(log, tmp_path / "referat.pdf")
    printed = log.record_print("Evaluering", "<p>x</p>", "far")
    typed = printed.check_value.lower().replace("-", " ")
    assert log.verify_check(typed).entry == printed
    assert log.verify_check(typed).verdict is Verdict.KNOWN_CHECK
    assert log.verify_check("0000-0000").verdict is Verdict.UNKNOWN
    assert log.verify_check("ikke en verdi") is None


def test_hostile_files_get_a_verdict_not_a_crash(case, tmp_path, monkeypatch):
    _service, session = case
    log = DisclosureService(session)
    text = tmp_path / "notat.txt"
    text.write_text("Tonje Ánde", encoding="utf-8")
    assert log.verify_file(text).verdict is Verdict.NOT_PDF
    assert log.verify_file(tmp_path / "finnes-ikke.pdf").verdict is Verdict.UNREADABLE
    assert log.verify_file(tmp_path).verdict is Verdict.UNREADABLE  # a folder
    monkeypatch.setattr(disclosure_module, "MAX_CHECK_BYTES", 1000)
    big = tmp_path / "stor.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * 5000)
    assert log.verify_file(big).verdict is Verdict.TOO_LARGE
    for junk in (b"", b"%PDF-", b"%PDF-1.4 % naervaer-kontroll 2026-0001\n (####-####) Tj",
                 b"%PDF-1.4 Dok. 2026-0001"):
        assert log.verify_bytes(junk).verdict in (Verdict.UNKNOWN, Verdict.NOT_PDF)


def test_a_read_only_case_stamps_and_records_nothing(case, monkeypatch):
    _service, session = case
    monkeypatch.setattr(type(session), "read_only", property(lambda self: True))
    log = DisclosureService(session)
    assert log.begin("Referat") is None
    assert log.record_print("Referat", "<p/>") is None


def test_two_pdfs_written_at_once_get_their_own_ids(case, tmp_path):
    _service, session = case
    log = DisclosureService(session, clock=lambda: NOW)
    first, second = log.begin("Referat"), log.begin("Plan")  # both still being written
    assert (first.document_id, second.document_id) == ("2026-0001", "2026-0002")
    log.record_pdf(second, write_stamped(second, _minutes, tmp_path / "b.pdf"),
                   tmp_path / "b.pdf")
    log.record_pdf(first, write_stamped(first, _minutes, tmp_path / "a.pdf"), tmp_path / "a.pdf")
    assert sorted(e.document_id for e in log.documents()) == ["2026-0001", "2026-0002"]
    assert log.begin("Etter").document_id == "2026-0003"


def test_recipient_suggestions_are_earlier_ones_then_the_cases_people(case, tmp_path):
    from desktop.domain.people import Guardian, TeamMember, TeamRole
    _service, session = case
    session.add_guardian(Guardian(name="Áile Ánde", relation="mor"))
    session.add_team_member(TeamMember(role=TeamRole.PPT, name="Siv Lund",
                                       organisation="PPT Fosen"))
    session.add_guardian(Guardian(name=""))  # no name: no suggestion
    log = DisclosureService(session, clock=lambda: NOW)
    _saved(log, tmp_path / "r.pdf", recipient="BUP")
    assert log.recipients() == ["BUP", "Áile Ánde (mor)", "Siv Lund (PPT Fosen)"]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.binary(max_size=3000), at=st.integers(min_value=0), flip=st.integers(1, 255))
def test_any_bytes_give_a_verdict_never_a_crash(stamped_case, junk, at, flip):
    log, data = stamped_case
    assert log.verify_bytes(junk).verdict in (Verdict.NOT_PDF, Verdict.UNKNOWN)
    assert log.verify_bytes(b"%PDF-" + junk).verdict is Verdict.UNKNOWN
    changed = bytearray(data)
    changed[at % len(data)] ^= flip
    result = log.verify_bytes(bytes(changed))  # any byte, any change: altered, and whose
    assert (result.verdict, result.entry) == (Verdict.ALTERED, log.documents()[0])
    cut = log.verify_bytes(data[:at % len(data)])
    assert cut.verdict in (Verdict.ALTERED, Verdict.UNKNOWN, Verdict.NOT_PDF)


@pytest.fixture
def stamped_case(case, tmp_path):
    _service, session = case
    log = DisclosureService(session, clock=lambda: NOW)
    return log, _saved(log, tmp_path / "referat.pdf")


def test_every_byte_of_the_stamp_the_header_and_the_trailer_is_guarded(stamped_case):
    """Where a change could hide (the readable stamp, the PDF header, the
    trailer), every single byte is changed in turn: each copy is altered."""
    log, data = stamped_case
    entry = log.documents()[0]
    form = data.rindex(b"stream", 0, data.index(b"% naervaer-kontroll"))
    places = [*range(0, 40), *range(form - 300, data.index(b"endstream", form) + 10),
              *range(len(data) - 200, len(data))]
    for at in places:
        changed = bytearray(data)
        changed[at] ^= 0x04
        result = log.verify_bytes(bytes(changed))
        assert (result.verdict, result.entry) == (Verdict.ALTERED, entry), at


def test_from_the_case_list_every_case_is_searched(service, tmp_path):
    from desktop.services.disclosure import check_in_every_case
    names = ["Jens", "Tonje Ánde", "Máret"]
    sessions = [service.create_case(n) for n in names]
    logs = [DisclosureService(s, clock=lambda: NOW) for s in sessions]
    for index, log in enumerate(logs[1:], 1):  # each holds a "2026-0001"
        _saved(log, tmp_path / f"{index}.pdf")
    printed = logs[2].record_print("Evaluering", "<p/>", "far")
    for session in sessions:
        service.close_case(session)

    result = check_in_every_case(service, tmp_path / "2.pdf")
    assert (result.verdict, result.case_name, result.entry.file_name) == (
        Verdict.UNALTERED, "Máret", "2.pdf")
    changed = bytearray((tmp_path / "1.pdf").read_bytes())
    changed[len(changed) // 2] ^= 1
    (tmp_path / "x.pdf").write_bytes(bytes(changed))
    result = check_in_every_case(service, tmp_path / "x.pdf")
    assert (result.verdict, result.case_name) == (Verdict.ALTERED, "Tonje Ánde")
    result = check_in_every_case(service, typed=printed.check_value)
    assert (result.verdict, result.case_name) == (Verdict.KNOWN_CHECK, "Máret")
    assert check_in_every_case(service, typed="0000-0000").verdict is Verdict.UNKNOWN
    assert check_in_every_case(service, typed="hei") is None
    (tmp_path / "t.txt").write_text("x")
    assert check_in_every_case(service, tmp_path / "t.txt").verdict is Verdict.NOT_PDF
    plain = io.BytesIO()
    _minutes(plain)
    (tmp_path / "p.pdf").write_bytes(plain.getvalue())
    assert check_in_every_case(service, tmp_path / "p.pdf").verdict is Verdict.UNKNOWN
