"""Test data for handovers: a demo case made complete, and ways to compare
and fingerprint data folders."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from desktop.casefile import container
from desktop.casefile.store import memory_database

RECEIVER_PASSPHRASE = "mottaker har egen nøkkel ŋ"
HANDOVER_PASSPHRASE = "bjelle fjord kanel pilot sokk vulkan"
INTERNAL_ANSWER = "Hypotese: unngår friminuttene (kun for de voksne)"
SCAN = bytes(range(256)) * 6000  # ~1.5 MB "scanned agreement", not compressible text


def enrich(service, case_id: str) -> None:
    """Gives a demo case what the demo lacks: a conversation with an internal
    reflection and Kearney hypotheses, and an agreement with a scanned copy."""
    session = service.open_case(case_id)
    conn = session._case._conn
    form = {"id": "kartlegging_samtaleguide", "version": 1, "steps": [
        {"id": "elev", "questions": [{"id": "elev_trives", "text": "Trives du?"}]},
        {"id": "etter_motet", "internal": True,
         "questions": [{"id": "etter_utlosende", "text": "Utløsende?"}]}]}

    def change():
        with conn:
            conn.execute("INSERT INTO conversation (id, form_id, form_version, title, held_on, "
                         "form_snapshot) VALUES (1, 'kartlegging_samtaleguide', 1, 'Samtale', "
                         "'2026-11-30', ?)", [json.dumps(form)])
            conn.executemany("INSERT INTO conversation_answer (conversation_id, question_id, "
                             "value, pupil_voice) VALUES (1, ?, ?, ?)",
                             [("elev_trives", "Best i sløyd", 1),
                              ("etter_utlosende", INTERNAL_ANSWER, 0)])
            conn.executemany("INSERT INTO conversation_tool (conversation_id, tool, data) "
                             "VALUES (1, ?, ?)", [("scaling", '{"value": 4}'),
                                                  ("kearney", '{"1": "' + INTERNAL_ANSWER + '"}')])
            conn.execute("INSERT INTO agreement (number, version, status, data, scan_name, scan) "
                         "VALUES (1, 1, 'signert', '{}', 'avtale.pdf', ?)", [SCAN])
    session.edit(change)
    service.close_case(session)


def tables(service, case_id: str) -> dict[str, list[tuple]]:
    """Every row of every table of a case as stored on disk (decrypted)."""
    store = service._require_store()
    opened = container.read_file(store.vault, store.path_for(case_id))
    conn = memory_database(opened.body)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: sorted(conn.execute(f"SELECT * FROM {n}").fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under a folder with a hash of its content."""
    state = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            state[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return state
