"""The form loader: every bundled form loads; a broken file is reported with
file and line and the others still load; local forms override bundled ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.forms.loader import FormError, load_forms, read_form
from desktop.paths import forms_dir

GOOD = 'id = "a"\nversion = 1\nkind = "demo"\ntitle = "A"\n'


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_bundled_form_loads_without_problems():
    forms = load_forms(forms_dir())
    assert forms.problems == []
    assert "tiltakssirkel" in forms.forms
    boxes = forms.forms["tiltakssirkel"].data["boxes"]
    assert len(boxes) == 8 and len({b["id"] for b in boxes}) == 8


def test_a_syntax_error_gives_file_and_line_and_the_others_still_load(tmp_path):
    write(tmp_path, "a.toml", GOOD)
    broken = write(tmp_path, "b.toml", 'id = "b"\nversion = 1\nkind = "demo"\ntitle = "B\n')
    forms = load_forms(tmp_path)
    assert list(forms.forms) == ["a"]
    [problem] = forms.problems
    assert problem.path == broken and problem.line == 4
    assert "b.toml, line 4" in str(problem)


@pytest.mark.parametrize("text, line", [
    ('version = 1\nkind = "demo"\n', 1),  # no id at all
    ('id = "x"\nkind = "demo"\nversion = "1"\n', 3),  # version not a number
    ('id = "x"\nversion = 1\nkind = ""\n', 3),
    ('id = "x"\nversion = true\nkind = "demo"\n', 2),
])
def test_header_errors_point_at_their_line(tmp_path, text, line):
    path = write(tmp_path, "x.toml", text)
    with pytest.raises(FormError) as caught:
        read_form(path)
    assert caught.value.line == line


def test_a_local_form_overrides_the_bundled_one_with_the_same_id(tmp_path):
    write(tmp_path / "bundled", "a.toml", GOOD)
    write(tmp_path / "bundled" / "sub", "c.toml", GOOD.replace('"a"', '"c"'))
    write(tmp_path / "local", "mine.toml", GOOD.replace('"A"', '"Lokal"'))
    forms = load_forms(tmp_path / "bundled", tmp_path / "local")
    assert forms.forms["a"].data["title"] == "Lokal" and forms.forms["a"].local
    assert not forms.forms["c"].local and forms.problems == []


def test_a_local_form_of_another_kind_does_not_replace_the_bundled_one(tmp_path):
    # Found by the fuzzer: a local file that takes the circle's id but another
    # kind used to leave the program without a tiltakssirkel.
    write(tmp_path / "bundled", "a.toml", GOOD)
    local = write(tmp_path / "local", "mine.toml", GOOD.replace('"demo"', '"rule_set"'))
    forms = load_forms(tmp_path / "bundled", tmp_path / "local")
    assert forms.forms["a"].kind == "demo" and not forms.forms["a"].local
    [problem] = forms.problems
    assert problem.path == local and problem.line == 3
    assert "kind 'demo'" in problem.message


def test_a_local_circle_of_another_kind_leaves_the_bundled_circle(tmp_path):
    from desktop.forms.circle_form import load_circle_form
    write(tmp_path, "lokal.toml", 'id = "tiltakssirkel"\nversion = 9\nkind = "annet"\n')
    circle, problems = load_circle_form(tmp_path)
    assert len(circle.boxes) == 8
    assert [p.path.name for p in problems] == ["lokal.toml"]


def test_two_bundled_files_with_one_id_keep_the_first_and_report_the_second(tmp_path):
    write(tmp_path, "1.toml", GOOD)
    write(tmp_path, "2.toml", GOOD.replace('"A"', '"B"'))
    forms = load_forms(tmp_path)
    assert forms.forms["a"].data["title"] == "A"
    assert len(forms.problems) == 1 and "also used by 1.toml" in forms.problems[0].message


def test_a_validator_error_names_the_line_it_found(tmp_path):
    write(tmp_path, "r.toml", GOOD + '\n[[rules]]\nid = "r1"\n\n[[rules]]\ntext = "uten id"\n')

    def check(form):
        for index, rule in enumerate(form.data.get("rules", [])):
            if "id" not in rule:
                raise FormError(f"rule {index + 1} has no id", form.line_of("rules", "text"))

    forms = load_forms(tmp_path, validators={"demo": check})
    assert forms.forms == {}
    assert forms.problems[0].line == 10 and "rule 2 has no id" in forms.problems[0].message


def test_text_that_is_not_utf8_is_reported_not_raised(tmp_path):
    (tmp_path / "w.toml").write_bytes('id = "ø"\n'.encode("cp1252"))
    forms = load_forms(tmp_path)
    assert forms.forms == {} and "UTF-8" in forms.problems[0].message
