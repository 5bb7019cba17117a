"""A malformed rule file gives its file and line; the other rule sets load."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.forms.rule_sets import load_rule_sets
from desktop.paths import forms_dir


def copy_bundled(tmp_path: Path) -> Path:
    target = tmp_path / "forms"
    shutil.copytree(forms_dir(), target)
    return target


def break_line(path: Path, old: str, new: str) -> int:
    text = path.read_text(encoding="utf-8")
    assert old in text
    line = text[:text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def test_unknown_metric_names_file_and_line(tmp_path):
    bundled = copy_bundled(tmp_path)
    path = bundled / "rules" / "orland.toml"
    line = break_line(path, 'metric = "absent_days"', 'metric = "fravaersdager"')
    sets, problems = load_rule_sets(bundled=bundled)
    assert set(sets) == {"baerum", "oslo", "kearney", "eksempel_england_dfe",
                         "eksempel_danmark_antvorskov"}
    assert [(p.path.name, p.line) for p in problems] == [("orland.toml", line)]
    assert "fravaersdager" in problems[0].message


def test_rule_pointing_to_a_missing_phase(tmp_path):
    bundled = copy_bundled(tmp_path)
    path = bundled / "rules" / "kearney.toml"
    text = path.read_text(encoding="utf-8")
    second_rule_phase = text.index('phase = "problematisk"', text.index("over-10-dager"))
    line = text[:second_rule_phase].count("\n") + 1
    path.write_text(text[:second_rule_phase] + 'phase = "fase9"'
                    + text[second_rule_phase + len('phase = "problematisk"'):], encoding="utf-8")
    sets, problems = load_rule_sets(bundled=bundled)
    assert "kearney" not in sets and len(sets) == 5
    assert (problems[0].path.name, problems[0].line) == ("kearney.toml", line)


def test_bad_window_and_op_and_syntax(tmp_path):
    bundled = copy_bundled(tmp_path)
    rules = bundled / "rules"
    window_line = break_line(rules / "oslo.toml", 'window = { weeks = 4 }',
                             'window = { weeks = 0 }')
    op_line = break_line(rules / "baerum.toml", 'op = ">="', 'op = "=>"')
    (rules / "broken.toml").write_text(
        'id = "x"\nversion = 1\nkind = "rule_set"\nname = "Bad\nbaseline = oops\n',
        encoding="utf-8")
    sets, problems = load_rule_sets(bundled=bundled)
    assert set(sets) == {"orland", "kearney", "eksempel_england_dfe",
                         "eksempel_danmark_antvorskov"}
    found = {p.path.name: p.line for p in problems}
    assert found["oslo.toml"] == window_line
    assert found["baerum.toml"] == op_line
    assert found["broken.toml"] in (4, 5)


def test_local_override_replaces_a_bundled_rule_set(tmp_path):
    local = tmp_path / "local"
    local.mkdir()
    text = (forms_dir() / "rules" / "orland.toml").read_text(encoding="utf-8")
    (local / "orland.toml").write_text(text.replace("version = 2", "version = 3")
                                       .replace("threshold = 3\n", "threshold = 2\n", 1),
                                       encoding="utf-8")
    sets, problems = load_rule_sets(local)
    assert problems == []
    assert sets["orland"].version == 3
    assert sets["orland"].rules[1].condition.threshold == 2


def test_task_ids_survive_reordering_but_not_rewording(tmp_path):
    local = tmp_path / "local"
    local.mkdir()
    text = (forms_dir() / "rules" / "kearney.toml").read_text(encoding="utf-8")
    first = "  \"Kontakt hjemmet og del konkrete tall for fraværet\",\n"
    second = "  \"Kartlegg hva som holder eleven borte, og hva som hjelper\",\n"
    swapped = text.replace(first + second, second + first)
    assert swapped != text
    (local / "kearney.toml").write_text(swapped.replace("hva som hjelper", "hva som hjelper ham"),
                                        encoding="utf-8")
    bundled = load_rule_sets()[0]["kearney"].phase("problematisk").tasks
    local_tasks = load_rule_sets(local)[0]["kearney"].phase("problematisk").tasks
    assert local_tasks[1].id == bundled[0].id  # same words, new place: same id
    assert local_tasks[0].id != bundled[1].id  # new words: a new task
    assert local_tasks[2].id == bundled[2].id
