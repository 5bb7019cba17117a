"""User settings as data: a list of typed entries with Norwegian labels from
which the settings dialog is built (the Vorta/Picard way). Stored as JSON in
the user config dir; never holds personal data."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

log = logging.getLogger(__name__)


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

    @classmethod
    def load(cls, path: Path) -> "Settings":
        """Missing or unreadable settings fall back to defaults (logged, not fatal)."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings unreadable, using defaults: %s", type(exc).__name__)
            return cls()
        result = cls()
        for f in fields(cls):
            value = raw.get(f.name)
            if isinstance(value, type(getattr(result, f.name))):
                setattr(result, f.name, value)
        result.idle_lock_minutes = min(max(int(result.idle_lock_minutes), 1), 240)
        result.clipboard_clear_seconds = min(max(int(result.clipboard_clear_seconds), 5), 600)
        return result

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
    SettingSpec("idle_lock_enabled", "Lås automatisk når programmet ikke er i bruk", "bool"),
    SettingSpec("idle_lock_minutes", "Lås etter", "int", 1, 240, " min"),
    SettingSpec("clipboard_clear_seconds", "Fjern kopiert tekst fra utklippstavlen etter", "int",
                5, 600, " s"),
    SettingSpec("rule_set", "Kommunens regelsett for fravær", "choice", choices=(
        ("baerum", "Bærum kommune"), ("oslo", "Oslo kommune"), ("orland", "Ørland kommune"),
        ("kearney", "Kearney (forskning)"))),
)
