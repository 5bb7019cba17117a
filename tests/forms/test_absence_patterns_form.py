"""forms/monstre.toml (kind "absence_patterns"): the bundled file loads and says
what the domain's defaults say; a local copy overrides it; a wrong number or an
unknown key is reported with file and line and the bundled values stay in use."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.absence_patterns import DEFAULT_THRESHOLDS, PatternKind, Threshold
from desktop.domain.measure_effect import EffectSettings
from desktop.forms.absence_patterns import load_insight_settings

HEADER = 'id = "monstre"\nversion = 2\nkind = "absence_patterns"\n'


def local(tmp_path: Path, text: str) -> Path:
    (tmp_path / "monstre.toml").write_text(HEADER + text, encoding="utf-8")
    return tmp_path


def test_the_bundled_file_holds_the_domain_defaults():
    settings, problems = load_insight_settings()
    assert problems == []
    assert (settings.id, settings.version) == ("monstre", 1)
    assert settings.patterns.thresholds == DEFAULT_THRESHOLDS
    assert settings.effect == EffectSettings()


def test_a_local_copy_overrides_what_it_names_and_keeps_the_rest(tmp_path):
    folder = local(tmp_path, "[weekday]\nweeks = 6\nmin_share = 60.5\n[effect]\nmax_weeks = 3\n")
    settings, problems = load_insight_settings(folder)
    assert problems == [] and settings.version == 2
    assert settings.patterns.of(PatternKind.WEEKDAY) == Threshold(6, 3, 60.5)
    assert settings.patterns.of(PatternKind.LATE) == DEFAULT_THRESHOLDS[PatternKind.LATE]
    assert settings.effect == EffectSettings(max_weeks=3, min_weeks=2)


@pytest.mark.parametrize("text, line, words", [
    ("[weekday]\nweeks = 0\n", 5, "weeks must be a whole number from 1 to 104"),
    ("[weekday]\nweeks = 8\nmin_share = 120\n", 6, "min_share must be a number"),
    ("[weekday]\nmin_count = 2.5\n", 5, "min_count must be a whole number"),
    ("[leave]\nmin_share = 10\n", 5, "unknown key 'min_share'"),
    ("[mondays]\nweeks = 3\n", 4, "unknown table [mondays]"),
    ("[effect]\nmax_weeks = 2\nmin_weeks = 3\n", 6, "min_weeks must not be more"),
    ("weekday = 3\n", 4, "'weekday' must be a table"),
])
def test_a_wrong_value_is_reported_with_its_line_and_the_bundled_file_is_used(
        tmp_path, text, line, words):
    settings, [problem] = load_insight_settings(local(tmp_path, text))
    assert problem.path.name == "monstre.toml" and problem.line == line
    assert words in problem.message
    assert settings.version == 1 and settings.patterns.thresholds == DEFAULT_THRESHOLDS
