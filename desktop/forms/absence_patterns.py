"""The thresholds of the absence patterns and of the before/after comparison
(kind "absence_patterns", forms/monstre.toml). No Qt. A broken file is reported
with its line; the bundled file (or the defaults) is used instead."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.absence_patterns import (
    DEFAULT_THRESHOLDS,
    PatternKind,
    PatternSettings,
    Threshold,
)
from desktop.domain.measure_effect import EffectSettings
from desktop.forms.loader import FormError, FormFile, FormProblem, load_forms
from desktop.paths import forms_dir

KIND = "absence_patterns"
PREFERRED_ID = "monstre"
EFFECT = "effect"
FILE_NAME = "monstre.toml"  # a local override keeps the name, so its problems are shown here

# key → (lowest, highest, whole numbers only)
_LIMITS = {
    "weeks": (1, 104, True),
    "min_count": (1, 1000, True),
    "min_share": (0, 100, False),
    "min_increase": (0, 100, False),
    "max_weeks": (1, 26, True),
    "min_weeks": (1, 26, True),
}
_KEYS = {kind.value: ("weeks", "min_count", "min_share") for kind in PatternKind}
_KEYS[PatternKind.LEAVE.value] = _KEYS[PatternKind.SETTLED.value] = ("weeks", "min_count")
_KEYS[PatternKind.RISING.value] = ("weeks", "min_share", "min_increase")
_KEYS[EFFECT] = ("max_weeks", "min_weeks")


@dataclass(frozen=True, slots=True)
class InsightSettings:
    id: str
    version: int
    patterns: PatternSettings
    effect: EffectSettings


DEFAULT_SETTINGS = InsightSettings("", 0, PatternSettings(), EffectSettings())


def validate_absence_patterns(form: FormFile) -> None:
    data = form.data
    if not isinstance(data.get("name", ""), str):
        raise FormError("'name' must be a text", form.line_of("name"))
    for table, values in data.items():
        if table in ("id", "version", "kind", "name"):
            continue
        if table not in _KEYS:
            raise FormError(f"unknown table [{table}] (use {', '.join(_KEYS)})",
                            form.line_of(table))
        if not isinstance(values, dict):
            raise FormError(f"'{table}' must be a table [{table}]", form.line_of(table))
        for key, value in values.items():
            line = form.line_of(table, key) or form.line_of(table)
            if key not in _KEYS[table]:
                raise FormError(f"[{table}]: unknown key '{key}' "
                                f"(use {', '.join(_KEYS[table])})", line)
            low, high, whole = _LIMITS[key]
            if isinstance(value, bool) or not isinstance(value, int if whole else (int, float)) \
                    or not low <= value <= high:
                kind = "a whole number" if whole else "a number"
                raise FormError(f"[{table}] {key} must be {kind} from {low} to {high}", line)
    effect = data.get(EFFECT, {})
    if effect.get("min_weeks", 1) > effect.get("max_weeks", EffectSettings().max_weeks):
        raise FormError("[effect] min_weeks must not be more than max_weeks",
                        form.line_of(EFFECT, "min_weeks") or form.line_of(EFFECT))


def settings_from(form: FormFile) -> InsightSettings:
    data = form.data
    thresholds = {}
    for kind in PatternKind:
        default = DEFAULT_THRESHOLDS[kind]
        given = data.get(kind.value, {})
        thresholds[kind] = Threshold(given.get("weeks", default.weeks),
                                     given.get("min_count", default.min_count),
                                     float(given.get("min_share", default.min_share)),
                                     float(given.get("min_increase", default.min_increase)))
    effect = data.get(EFFECT, {})
    defaults = EffectSettings()
    return InsightSettings(form.id, form.version, PatternSettings(thresholds),
                           EffectSettings(effect.get("max_weeks", defaults.max_weeks),
                                          effect.get("min_weeks", defaults.min_weeks)))


def load_insight_settings(local: Path | None = None, bundled: Path | None = None
                          ) -> tuple[InsightSettings, list[FormProblem]]:
    """The thresholds (the form with id "monstre", else the first valid one of
    the kind, else the defaults) and the problems of this kind's files."""
    forms = load_forms(bundled or forms_dir(), local, {KIND: validate_absence_patterns})
    found = forms.of_kind(KIND)
    chosen = forms.forms.get(PREFERRED_ID)
    if chosen is None or chosen.kind != KIND:
        chosen = found[0] if found else None
    problems = [p for p in forms.problems if p.path.name == FILE_NAME]
    return (settings_from(chosen) if chosen else DEFAULT_SETTINGS), problems
