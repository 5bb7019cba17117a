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
    assert set(sets) == {"baerum", "oslo", "kearney"}
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
    assert "kearney" not in sets and len(sets) == 3
    assert (problems[0].path.name, problems[0].line) == ("kearney.toml", line)


def test_bad_window_and_op_and_syntax(tmp_path):
    bundled = copy_bundled(tmp_path)
    rules = bundled / "rules"
    window_line = break_line(rules / "oslo.toml", 'window = { weeks = 4 }', 'window = { weeks = 0 }')
    op_line = break_line(rules / "baerum.toml", 'op = ">="', 'op = "=>"')
    (rules / "broken.toml").write_text('id = "x"\nversion = 1\nkind = "rule_set"\nname = "Bad\nbaseline = oops\n',
                                       encoding="utf-8")
    sets, problems = load_rule_sets(bundled=bundled)
    assert set(sets) == {"orland", "kearney"}
    found = {p.path.name: p.line for p in problems}
    assert found["oslo.toml"] == window_line
    assert found["baerum.toml"] == op_line
    assert found["broken.toml"] in (4, 5)


def test_local_override_replaces_a_bundled_rule_set(tmp_path):
    local = tmp_path / "local"
    local.mkdir()
    text = (forms_dir() / "rules" / "orland.toml").read_text(encoding="utf-8")
    (local / "orland.toml").write_text(text.replace("version = 1", "version = 2")
                                       .replace("threshold = 3\n", "threshold = 2\n", 1),
                                       encoding="utf-8")
    sets, problems = load_rule_sets(local)
    assert problems == []
    assert sets["orland"].version == 2
    assert sets["orland"].rules[1].condition.threshold == 2
