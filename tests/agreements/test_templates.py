"""The agreement/evaluation/minutes templates are data (forms/avtaler/maler.toml):
every key is required, placeholders must stay, a broken local copy is reported
with file and line and the bundled file is used."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.forms.agreement_templates import REQUIRED, load_templates
from desktop.forms.loader import FormError
from desktop.paths import forms_dir

BUNDLED = forms_dir() / "avtaler" / "maler.toml"


def test_the_bundled_templates_have_every_text():
    templates, problems = load_templates()
    assert problems == []
    for part, keys in REQUIRED.items():
        assert set(keys) <= set(getattr(templates, part))
    assert "e-post" in templates.agreement["contact_reminder"]
    assert "{party}" in templates.agreement["responsible_for"]


def _local(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "local"
    folder.mkdir()
    text = BUNDLED.read_text(encoding="utf-8")
    assert old in text
    (folder / "maler.toml").write_text(text.replace(old, new), encoding="utf-8")
    return folder


def test_a_local_copy_overrides_a_heading(tmp_path):
    local = _local(tmp_path, 'plan_b = "Plan B"', 'plan_b = "Plan B – hvis eleven ikke kommer"')
    templates, problems = load_templates(local)
    assert problems == [] and templates.agreement["plan_b"] == "Plan B – hvis eleven ikke kommer"


@pytest.mark.parametrize("old,new,message,line", [
    ('plan_b = "Plan B"\n', 'plan_b = ""\n', "[agreement] missing or empty 'plan_b'",
     'plan_b = ""'),
    ('responsible_for = "{party} har ansvar for:"', 'responsible_for = "Ansvar:"',
     "must contain {party}", 'responsible_for = "Ansvar:"'),
    ("[minutes]", "[minutter]", "missing table [minutes]", None),
])
def test_a_broken_local_copy_is_reported_with_its_line(tmp_path, old, new, message, line):
    local = _local(tmp_path, old, new)
    templates, problems = load_templates(local)
    assert templates.agreement["plan_b"] == "Plan B"  # the bundled file is used
    [problem] = problems
    assert message in problem.message and problem.line is not None
    if line is not None:  # the line of the broken key itself
        lines = (local / "maler.toml").read_text(encoding="utf-8").splitlines()
        assert lines[problem.line - 1].startswith(line)


def test_a_broken_bundled_file_raises(tmp_path):
    folder = tmp_path / "bundled"
    folder.mkdir()
    (folder / "maler.toml").write_text('id = "avtalemaler"\nversion = 1\n'
                                       'kind = "document_templates"\n', encoding="utf-8")
    with pytest.raises(FormError):
        load_templates(bundled=folder)
