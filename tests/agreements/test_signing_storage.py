"""Signing in the case file: the migration step that stops calling a partly
signed agreement "signert", proven on rows as the previous schema wrote them
and on the committed v1 fixture; and an evaluation's marks round trip."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

from desktop.casefile.migrations import LATEST_SCHEMA, MIGRATIONS, migrate, schema_version
from desktop.domain.agreements import AgreementStatus, Signature
from desktop.domain.signing import Decline, DeclineReason, SigningState
from desktop.export.status_words import version_words
from desktop.services.agreement_service import AgreementService
from tests.agreements.examples import tonje
from tests.casefile.conftest import new_service

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "v1"
STEP = [m.__name__ for m in MIGRATIONS].index("_v8_signing_status")


def _doc(present: list[str], signed: list[str], declined: list[str] = ()) -> str:
    return json.dumps({"participants": [{"name": n} for n in present],
                       "signatures": [{"name": n, "signed_on": "2026-03-02"} for n in signed],
                       "declines": [{"name": n, "reason": "senere"} for n in declined]})


def test_a_partly_signed_row_goes_back_to_ready_and_the_rest_stay():
    conn = sqlite3.connect(":memory:")
    for step in MIGRATIONS[:STEP]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {STEP}")
    rows = [(1, "signert", _doc(["Tonje", "Per", "Kari"], ["Tonje"])),  # 1 of 3
            (2, "signert", _doc(["Tonje", "Per"], ["Tonje", "Per"])),  # all
            (3, "signert", _doc(["Tonje", "Per"], ["Tonje"], ["Per"])),  # all, with a reason
            (4, "evaluert", _doc(["Tonje", "Per"], ["Tonje"])),  # lifecycle moved on
            (5, "signert", "not json")]  # unreadable content is left alone
    conn.executemany("INSERT INTO agreement (id, number, version, status, data) "
                     "VALUES (?, 1, ?, ?, ?)", [(i, i, s, d) for i, s, d in rows])
    assert migrate(conn) == STEP
    assert schema_version(conn) == LATEST_SCHEMA
    statuses = conn.execute("SELECT status FROM agreement ORDER BY id").fetchall()
    assert [s for (s,) in statuses] == ["klar", "signert", "signert", "evaluert", "signert"]
    MIGRATIONS[STEP](conn)  # safe to run twice
    assert conn.execute("SELECT status FROM agreement WHERE id = 1").fetchone() == ("klar",)


def test_the_v1_fixture_migrates_and_keeps_signing_marks(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    service = new_service(data, "fixture passphrase v1")
    [entry] = service.list_cases()
    session = service.open_case(entry.case_id)
    agreements = AgreementService(session, today=lambda: date(2026, 3, 2))
    draft = agreements.new_draft()
    agreements.write(replace(tonje(), id=draft.id, number=draft.number,
                             created_at=draft.created_at))
    frozen = agreements.freeze(draft.id)
    agreements.sign(frozen.id, [Signature("Tonje Ánde", "Elev", date(2026, 3, 2))],
                    [Decline("Per Ánde", DeclineReason.LATER, "", date(2026, 3, 2))])
    evaluation = agreements.start_evaluation(frozen.id, lambda m: "")
    agreements.write_evaluation(replace(
        evaluation, signatures=(Signature("Siv Lund", "Kontaktlærer", date(2026, 3, 6)),),
        declines=(Decline("Kari Ánde", DeclineReason.OTHER, "syk", date(2026, 3, 6)),)))
    service.close_case(session)
    service.lock()

    again = new_service(data, "fixture passphrase v1")
    session = again.open_case(entry.case_id)
    agreements = AgreementService(session)
    stored = agreements.agreement(frozen.id)
    assert stored.status is AgreementStatus.READY
    assert stored.declines == (Decline("Per Ánde", DeclineReason.LATER, "", date(2026, 3, 2)),)
    assert version_words(stored) == "Avtale 1, versjon 1 – delvis signert (1 av 5)"
    [ev] = agreements.evaluations(frozen.id)
    assert ev.declines == (Decline("Kari Ánde", DeclineReason.OTHER, "syk", date(2026, 3, 6)),)
    assert ev.signing().state is SigningState.PARTIAL
    again.close_case(session)
    again.lock()
