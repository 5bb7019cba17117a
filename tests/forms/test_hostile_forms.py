"""Issue 16: local forms that used to stop every case from opening or freeze
the program. Each is now named (file, line where known) and left out."""

from __future__ import annotations

import time
import tracemalloc

from desktop.forms.conversation_forms import load_conversation_forms
from desktop.forms.rule_sets import load_rule_sets
from desktop.paths import forms_dir

RULES = (forms_dir() / "rules" / "baerum.toml").read_text(encoding="utf-8")
HEADER = 'id = "lokal"\nversion = 1\nkind = "rule_set"\nname = "Lokal"\nbaseline = "a"\n' \
         '[[phases]]\nid = "a"\nname = "A"\nstafettholder = "kontaktlærer"\n'


def _rule(**fields: str) -> str:
    base = {"id": '"r"', "metric": '"absent_days"', "op": '">"', "threshold": "3",
            "window": "{days = 30}", "phase": '"a"', "text": '"t"'}
    base.update(fields)
    return HEADER + "[[rules]]\n" + "".join(f"{k} = {v}\n" for k, v in base.items())


def _problems(local, text: str, name: str = "lokal.toml"):
    local.mkdir(exist_ok=True)
    (local / name).write_text(text, encoding="utf-8")
    sets, problems = load_rule_sets(local)
    assert "baerum" in sets  # the others still load
    return sets, [p for p in problems if p.path.name == name]


def test_a_circle_with_boxes_as_a_number_is_left_out_of_kartlegging(tmp_path):
    (tmp_path / "tiltakssirkel.toml").write_text(
        'id = "tiltakssirkel"\nversion = 2\nkind = "measure_circle"\nboxes = 5\n',
        encoding="utf-8")
    guides, boxes, forms = load_conversation_forms(forms_dir(), tmp_path)
    assert guides and len(boxes) == 8  # the bundled circle's boxes
    assert [p.path.name for p in forms.problems] == ["tiltakssirkel.toml"]


def test_a_nested_array_or_inline_table_is_reported(tmp_path):
    for value in ("[[1]]", "{a = 1}"):
        sets, problems = _problems(tmp_path, _rule(exclude=value, metric=value))
        assert "lokal" not in sets and problems


def test_a_rule_window_of_a_billiard_days_is_refused(tmp_path):
    sets, problems = _problems(tmp_path, _rule(window="{days = 1000000000000000}"))
    assert "lokal" not in sets and problems
    sets, problems = _problems(tmp_path, _rule(window="{days = 90}"))
    assert "lokal" in sets and not problems


def test_a_huge_string_is_refused_quickly_and_cheaply(tmp_path):
    text = HEADER.replace('name = "Lokal"', 'name = "' + "x" * 50_000_000 + '"')
    (tmp_path / "stor.toml").write_text(text, encoding="utf-8")
    tracemalloc.start()
    started = time.perf_counter()
    sets, problems = load_rule_sets(tmp_path)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [p.message for p in problems if p.path.name == "stor.toml"] == ["larger than 1 MB"]
    assert peak < 20 * 1024 * 1024, peak  # was 1.2 GB
    assert elapsed < 10, elapsed  # was 89 s; generous on a shared machine


def test_a_long_text_within_the_size_limit_is_refused(tmp_path):
    sets, problems = _problems(tmp_path, _rule(text='"' + "x" * 30_000 + '"'))
    assert "lokal" not in sets and "longer than 20000" in problems[0].message


def test_two_local_forms_with_one_id_warn_and_the_first_stays(tmp_path):
    (tmp_path / "a.toml").write_text(_rule(text='"fra a"'), encoding="utf-8")
    (tmp_path / "b.toml").write_text(_rule(text='"fra b"'), encoding="utf-8")
    sets, problems = load_rule_sets(tmp_path)
    assert sets["lokal"].rules[0].text == "fra a"
    assert [p.path.name for p in problems] == ["b.toml"]
    assert "also used by a.toml" in problems[0].message and problems[0].line == 1
