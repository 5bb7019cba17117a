"""Where things live. platformdirs by default; everything can be pointed
elsewhere by a flag or an environment variable (the tests do)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "naervaer"
ENV_DATA_DIR = "NAERVAER_DATA_DIR"
ENV_CONFIG_DIR = "NAERVAER_CONFIG_DIR"


@dataclass(frozen=True, slots=True)
class Paths:
    data_dir: Path  # vault.key and cases/
    config_dir: Path  # settings.json, local form overrides
    log_dir: Path  # logs (never personal data)

    @property
    def vault_file(self) -> Path:
        return self.data_dir / "vault.key"

    @property
    def unlock_pause_file(self) -> Path:
        """Wrong passphrases in a row (services/unlock_backoff.py); no secret."""
        return self.data_dir / "unlock-pause.json"

    @property
    def cases_dir(self) -> Path:
        return self.data_dir / "cases"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike | None = None,
                config_dir: str | os.PathLike | None = None) -> "Paths":
        """Flags win over environment variables, which win over platformdirs.

        With an explicit data dir and no explicit config dir, config and logs
        live inside the data dir: a portable setup (or a test) touches nothing else.
        """
        data = data_dir or os.environ.get(ENV_DATA_DIR)
        config = config_dir or os.environ.get(ENV_CONFIG_DIR)
        if data:
            data_path = Path(data).expanduser().absolute()
            config_path = Path(config).expanduser().absolute() if config else data_path / "config"
            return cls(data_path, config_path, data_path / "logs")
        return cls(
            Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
            Path(config).expanduser().absolute() if config
            else Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
            Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
        )


def bundle_root() -> Path:
    """The folder holding forms/ and resources/: the repo root, or the
    PyInstaller bundle folder (sys._MEIPASS) when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def forms_dir() -> Path:
    return bundle_root() / "forms"
