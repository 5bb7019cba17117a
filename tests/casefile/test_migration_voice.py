"""The migration step of issue 15 (_v16_subgoal_measures): a conversation
stored before it gets the columns for who gathered the pupil's voice, empty;
running the step again changes nothing."""

from __future__ import annotations

import sqlite3

from desktop.casefile.migrations import MIGRATIONS, _v16_subgoal_measures, migrate


def test_an_older_conversation_gets_empty_voice_columns_and_the_step_runs_twice():
    conn = sqlite3.connect(":memory:")
    step = MIGRATIONS.index(_v16_subgoal_measures)
    for number, migration in enumerate(MIGRATIONS[:step]):  # the file as it was before
        migration(conn)
        conn.execute(f"PRAGMA user_version = {number + 1}")
    conn.execute("INSERT INTO conversation (form_id, form_version, title, held_on, present, "
                 "status, current_step, form_snapshot, created_at) "
                 "VALUES ('g', 1, 'Samtale', '2027-01-12', '[]', 'active', 0, '{}', '')")
    assert migrate(conn) == step
    assert conn.execute("SELECT voice_by, voice_on FROM conversation").fetchall() == [("", "")]
    _v16_subgoal_measures(conn)  # idempotent
    columns = [r[1] for r in conn.execute("PRAGMA table_info(conversation)")]
    assert columns.count("voice_by") == 1 and columns.count("voice_on") == 1
