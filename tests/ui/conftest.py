"""Fixtures for the UI tests (pytest-qt, offscreen).

Every test gets its own data folder. Argon2id costs ~0.2 s per derivation, so
one vault is created per session and copied (`vault_dir`), and the key
derivation is memoised: the same passphrase and salt give the same key, so an
unlock still runs the real unlock code. A new vault (first start) or a wrong
passphrase costs a real derivation.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable

import pytest

from desktop.casefile import vault as vault_module
from desktop.paths import Paths
from desktop.services.app_service import AppService
from desktop.ui.main_window import MainWindow
from tests.kdf_memo import memoized_kdf

PASSPHRASE = "fire ord er nok ŋ"

@pytest.fixture(scope="package", autouse=True)
def _memo_kdf():
    with memoized_kdf():
        yield


@pytest.fixture(scope="package")
def _vault_template(tmp_path_factory, _memo_kdf) -> Path:
    folder = tmp_path_factory.mktemp("ui-vault") / "data"
    service = AppService(Paths.resolve(folder))
    service.check_data_dir()
    service.create_vault(PASSPHRASE)
    service.lock()
    vault_module.Vault.unlock(Paths.resolve(folder).vault_file, PASSPHRASE).close()
    return folder


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """An empty data folder (first start)."""
    return tmp_path / "data"


@pytest.fixture
def vault_dir(_vault_template, tmp_path) -> Path:
    """A data folder holding a vault with PASSPHRASE and no cases."""
    target = tmp_path / "data"
    shutil.copytree(_vault_template, target)
    return target


def new_service(data_dir: Path, unlock: bool = True) -> AppService:
    """A second, independent AppService on the same folder (what the disk holds)."""
    service = AppService(Paths.resolve(data_dir))
    service.check_data_dir()
    if unlock:
        service.unlock(PASSPHRASE)
    return service


@pytest.fixture
def make_window(qtbot) -> Callable[..., MainWindow]:
    """make_window(data_dir, clock=…, service=…, **options) → a shown MainWindow.

    Defaults for tests: no pause after a wrong passphrase, a fast autosave, an
    idle poll of 20 ms (the fake clock decides when the time has passed)."""
    windows: list[MainWindow] = []

    def make(data_dir: Path | None = None, *, service: AppService | None = None,
             **options) -> MainWindow:
        if service is None:
            service = AppService(Paths.resolve(data_dir))
        options.setdefault("unlock_delay_fn", lambda failures: 0)
        options.setdefault("idle_poll_ms", 20)
        options.setdefault("autosave_options", {"debounce_ms": 20,
                                                "retry_delays_ms": (50, 100)})
        window = MainWindow(service, **options)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return window

    yield make
    for window in windows:
        window._quit_confirmed = True  # never leave a question open at teardown
        window.close()
        window.deleteLater()


@pytest.fixture(autouse=True)
def _documents_as_html(request, monkeypatch):
    """Where Qt's PDF module is installed, the preview and printing show the PDF
    itself (tests/ui/test_pdf_preview.py tests that); the other tests read the
    HTML preview, so they run the same with and without the module."""
    if request.module.__name__.endswith("test_pdf_preview"):
        return
    from desktop.ui.widgets import document_output

    monkeypatch.setattr(document_output, "qtpdf_available", lambda: False)
