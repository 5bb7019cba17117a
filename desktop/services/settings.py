"""User settings as data: a list of typed entries with Norwegian labels from
which the settings dialog is built (the Vorta/Picard way). Stored as JSON in
the user config dir; never holds personal data."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from enum import Enum
from pathlib import Path

from desktop.domain.language import QT_TRANSLATE_NOOP
from desktop.domain.safe_parse import InputProblem, Limits, UnsafeInput, read_json

log = logging.getLogger(__name__)

SETTINGS_LIMITS = Limits(max_bytes=64 * 1024, max_depth=4, max_string=200, max_items=1000)


class SettingsNotice(Enum):
    """Why the settings in use are not the ones on disk (the UI says it once)."""

    UNREADABLE = "unreadable"  # the file could not be read or parsed: defaults in use
    PARTLY_IGNORED = "partly_ignored"  # some entries had the wrong type or value


@dataclass(slots=True)
class Settings:
    idle_lock_enabled: bool = True
    idle_lock_minutes: int = 5
    rule_set: str = "baerum"  # the municipality's rule set (forms/rules/<id>.toml)
    # Where the window was on each screen: {"<screen name> <w>x<h>": [x, y, w, h]}.
    # Not in the settings dialog; written when the window closes (ui/window_geometry.py).
    window_geometry: dict = field(default_factory=dict)
    # Text copied from a case is cleared from the clipboard after this long (and at lock).
    clipboard_clear_seconds: int = 30
    # Where the last PDF was saved; never a folder that names a pupil (output_folder.py).
    pdf_folder: str = ""
    # Universal design (issue 18): "system" follows the system's contrast preference.
    contrast: str = "system"
    # What the system's contrast preference was at the last start: the first frame
    # follows it, the system is asked again once the window is shown (ui/appearance.py).
    # Not in the settings dialog.
    system_high_contrast: bool = False
    text_size: str = "100"  # per cent of the normal 11 pt text: 100, 115, 130 or 150
    # The UI's written language: "nb" (bokmål), "nn" (nynorsk), "" = as the system's.
    language: str = ""
    # When a closed case should be deleted (issue 14, domain/case_closing.py):
    # "school_year" = 31 July after closing, "months" = delete_months after closing.
    delete_rule: str = "school_year"
    delete_months: int = 12
    # Skoleoversikt, "Ingen oppfølging": a rule fired more than this many school days
    # ago and nothing has been logged since (two school weeks; domain/school_overview.py).
    no_follow_up_school_days: int = 10

    @classmethod
    def load(cls, path: Path) -> "Settings":
        """Missing settings give the defaults; unreadable ones too (logged, not fatal)."""
        return cls.load_with_notice(path)[0]

    @classmethod
    def load_with_notice(cls, path: Path) -> tuple["Settings", SettingsNotice | None]:
        """The settings, and a notice when what is on disk could not be used as is."""
        result = cls()
        try:
            raw = read_json(path, SETTINGS_LIMITS)
        except UnsafeInput as exc:
            if exc.problem is InputProblem.MISSING:
                return result, None
            log.warning("settings unreadable, using defaults: %s", exc.problem.value)
            return result, SettingsNotice.UNREADABLE
        if not isinstance(raw, dict):
            log.warning("settings unreadable, using defaults: not a table")
            return result, SettingsNotice.UNREADABLE
        notice = None
        for f in fields(cls):
            if f.name not in raw:
                continue
            value = raw[f.name]
            default = getattr(result, f.name)
            if type(value) is type(default):  # bool is not taken for an int
                setattr(result, f.name, value)
            else:
                notice = SettingsNotice.PARTLY_IGNORED
        if result.language not in ("", "nb", "nn"):
            result.language = ""
            notice = SettingsNotice.PARTLY_IGNORED
        if result.delete_rule not in ("school_year", "months"):
            result.delete_rule = "school_year"
            notice = SettingsNotice.PARTLY_IGNORED
        for name, low, high in (("idle_lock_minutes", 1, 240), ("clipboard_clear_seconds", 5, 600),
                                ("delete_months", 1, 120), ("no_follow_up_school_days", 1, 100)):
            value = getattr(result, name)
            if not low <= value <= high:
                setattr(result, name, min(max(value, low), high))
                notice = SettingsNotice.PARTLY_IGNORED
        return result, notice

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, path)


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One entry of the settings page: the dialog is built from these."""

    key: str
    label: str  # Norwegian, passed through tr() by the UI
    kind: str  # "bool" | "int" | "choice"
    minimum: int = 0
    maximum: int = 0
    suffix: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, Norwegian label) for "choice"


SETTING_SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("language", QT_TRANSLATE_NOOP("settings", "Språk (skriftspråk)"), "choice", choices=(
        ("", QT_TRANSLATE_NOOP("settings", "Som systemet")),
        ("nb", QT_TRANSLATE_NOOP("settings", "Bokmål")),
        ("nn", QT_TRANSLATE_NOOP("settings", "Nynorsk")))),
    SettingSpec("idle_lock_enabled", QT_TRANSLATE_NOOP(
        "settings", "Lås automatisk når programmet ikke er i bruk"), "bool"),
    SettingSpec("idle_lock_minutes", QT_TRANSLATE_NOOP("settings", "Lås etter"), "int", 1, 240,
                QT_TRANSLATE_NOOP("settings", " min")),
    SettingSpec("clipboard_clear_seconds", QT_TRANSLATE_NOOP(
        "settings", "Fjern kopiert tekst fra utklippstavlen etter"), "int", 5, 600,
        QT_TRANSLATE_NOOP("settings", " s")),
    SettingSpec("no_follow_up_school_days", QT_TRANSLATE_NOOP(
        "settings", "Skoleoversikt: «Ingen oppfølging» etter"), "int", 1, 100,
        QT_TRANSLATE_NOOP("settings", " skoledager")),
    SettingSpec("rule_set", QT_TRANSLATE_NOOP("settings", "Kommunens regelsett for fravær"),
                "choice", choices=(
        ("baerum", QT_TRANSLATE_NOOP("settings", "Bærum kommune")),
        ("oslo", QT_TRANSLATE_NOOP("settings", "Oslo (eksempel på handlingsplan, appendiks 5)")),
        ("orland", QT_TRANSLATE_NOOP("settings", "Ørland kommune")),
        ("kearney", QT_TRANSLATE_NOOP("settings", "Kearney (forskning)")))),
    SettingSpec("contrast", QT_TRANSLATE_NOOP("settings", "Kontrast"), "choice", choices=(
        ("system", QT_TRANSLATE_NOOP("settings", "Som systemet")),
        ("normal", QT_TRANSLATE_NOOP("settings", "Vanlig")),
        ("high", QT_TRANSLATE_NOOP("settings", "Høy kontrast")))),
    SettingSpec("text_size", QT_TRANSLATE_NOOP("settings", "Tekststørrelse"), "choice", choices=(
        ("100", QT_TRANSLATE_NOOP("settings", "Vanlig")),
        ("115", QT_TRANSLATE_NOOP("settings", "Større (115 %)")),
        ("130", QT_TRANSLATE_NOOP("settings", "Stor (130 %)")),
        ("150", QT_TRANSLATE_NOOP("settings", "Størst (150 %)")))),
    SettingSpec("delete_rule", QT_TRANSLATE_NOOP("settings", "Avsluttede saker slettes"), "choice",
                choices=(
        ("school_year", QT_TRANSLATE_NOOP(
            "settings", "ved slutten av skoleåret etter avslutning (31. juli)")),
        ("months", QT_TRANSLATE_NOOP("settings", "et antall måneder etter avslutning")))),
    SettingSpec("delete_months", QT_TRANSLATE_NOOP(
        "settings", "Måneder før sletting (ved «et antall måneder»)"), "int", 1, 120,
        QT_TRANSLATE_NOOP("settings", " mnd")),
)
