"""Consents stored in the case: a round trip through save and reopen (the scan
inside the encrypted file), and the migration _v12_consent from an old case
(tests/fixtures/v7) and from a schema-11 case with a handover record."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from desktop.casefile.handover_payload import list_records
from desktop.casefile.migrations import MIGRATIONS, _v12_consent, migrate
from desktop.domain.consent import ConsentService, Giver
from desktop.domain.people import Guardian
from desktop.services.consent_service import ConsentRecords
from tests.casefile.conftest import new_service

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "v7"
V7_PASSPHRASE = "fixture passphrase v7"
V7_CASE = "345cb4545f95500d8532c013"
SCAN = b"%PDF-1.4 skannet samtykke " + bytes(range(256)) * 40


def _today():
    return date(2027, 1, 5)


def test_a_consent_with_its_scan_survives_save_and_reopen(service):
    session = service.create_case("Máret Ánde")
    session.set_pupil_field("birth_date", date(2012, 1, 5))  # 15 on the day of consent
    session.add_guardian(Guardian(name="Kari Ánde"))
    records = ConsentRecords(session, today=_today)
    made = records.new(ConsentService.PPT)
    assert made.given_on == date(2027, 1, 5) and made.id is not None
    full = replace(made, shared="Fraværet\nKartleggingssamtalene", purpose="Henvisning",
                   givers=(Giver("Kari Ánde"), Giver("", is_pupil=True)),
                   valid_until=date(2027, 6, 30), note="Ringt mor 04.01.")
    records.write(full)
    records.attach_scan(made.id, "samtykke-skann.pdf", SCAN)
    assert records.consent_problem(ConsentService.PPT) is None
    case_id = session.case_id
    service.close_case(session)

    again = service.open_case(case_id)
    records = ConsentRecords(again, today=_today)
    [stored] = records.consents()
    assert stored == replace(full, has_scan=True, scan_name="samtykke-skann.pdf")
    assert records.scan(stored.id) == ("samtykke-skann.pdf", SCAN)
    assert records.status_text(stored) == "gyldig til 30.06.2027"
    assert records.consent_problem(ConsentService.BUP) == (
        "Det er ikke registrert samtykke til å dele opplysninger med BUP.")
    withdrawn = records.withdraw(stored.id, date(2027, 2, 1))
    assert records.status_text(withdrawn, date(2027, 2, 1)) == "trukket tilbake 01.02.2027"
    assert "trukket tilbake" in records.consent_problem(ConsentService.PPT, date(2027, 2, 1))
    # removed and restored (undo) with its scan
    old = records.remove(stored.id)
    assert records.consents() == []
    records.restore(*old)
    assert records.scan(stored.id) == ("samtykke-skann.pdf", SCAN)


def test_the_v7_fixture_gains_consents_and_keeps_its_records(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(FIXTURE, target)
    service = new_service(target, V7_PASSPHRASE)
    try:
        session = service.open_case(V7_CASE)
        records = ConsentRecords(session, today=_today)
        assert records.consents() == []
        assert records.guardian_names() == ["Kari Nordmann"]
        assert "Det er ikke registrert samtykke" in records.consent_problem(ConsentService.PPT)
        made = records.new(ConsentService.HEALTH_NURSE)
        records.write(replace(made, givers=(Giver("Kari Nordmann"),)))
        service.close_case(session)
        session = service.open_case(V7_CASE)
        records = ConsentRecords(session, today=_today)
        [stored] = records.consents()
        assert stored.service is ConsentService.HEALTH_NURSE
        assert stored.givers == (Giver("Kari Nordmann"),)
        assert session.pupil().name == "Eli Nordmann"  # the old case reads as before
    finally:
        service.lock()


def test_a_schema_11_handover_record_reads_as_before_and_the_step_runs_twice():
    conn = sqlite3.connect(":memory:")
    for step in MIGRATIONS[:11]:
        step(conn)
    conn.execute("PRAGMA user_version = 11")
    conn.execute("INSERT INTO handover_log (direction, at, sender, recipient, scope, "
                 "document_id) VALUES ('out', '2026-12-01T10:00:00', 'Ingrid', 'Ny skole', "
                 "'full', 'OVF-20261201-ABCDEF')")
    assert migrate(conn) == 11
    _v12_consent(conn)  # again: the table and the columns exist, nothing happens
    [record] = list_records(conn)
    assert (record.recipient, record.recipient_kind, record.consent_reason) == ("Ny skole", "", "")
    assert record.at == datetime(2026, 12, 1, 10, 0)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(handover_log)")]
    assert columns.count("consent_reason") == 1 and columns.count("recipient_kind") == 1
    assert conn.execute("SELECT count(*) FROM consent").fetchone()[0] == 0


def test_the_scan_and_the_consent_text_never_lie_on_disk_in_plaintext(service, data_dir):
    canary_scan = b"CANARY-SCAN-" + bytes(range(256)) * 8
    canary_text = "Kanarifugl Ŋuolja delingsgrunn"
    session = service.create_case("Máret Ánde")
    records = ConsentRecords(session, today=_today)
    made = records.new(ConsentService.BUP)
    records.write(replace(made, purpose=canary_text))
    records.attach_scan(made.id, "skann.png", canary_scan)
    service.close_case(session)
    for path in Path(data_dir).rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert b"CANARY-SCAN-" not in content, path
            assert canary_text.encode("utf-8") not in content, path
            assert "Kanarifugl".encode("utf-16-le") not in content, path
