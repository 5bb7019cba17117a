"""Fixtures for the storage-layer tests (no Qt anywhere in tests/casefile).

Cost control: Argon2id at the minimum parameters takes ~0.2 s per derive, so

* ONE vault is created per test session (`vault_template`) and its data folder is
  copied for every test that needs one (`data_dir`): copies share salt and keys;
* `KdfParams.derive` is memoised for this package (`_memo_kdf`): the same
  (passphrase, salt, parameters) always gives the same key, so a repeated unlock
  of a copied vault runs the real unlock code (read, checksum, parameter check,
  AES-GCM unwrap) but computes Argon2id only once. A wrong passphrase or a new
  salt is a cache miss and costs the real derivation. `check()` runs first, as
  in the original, so refused parameters are still refused before any work.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.casefile import vault as vault_module
from desktop.paths import Paths
from desktop.services.app_service import AppService
from tests.kdf_memo import memoized_kdf

PASSPHRASE = "riktig hest batteri stift ŋ"


@pytest.fixture(scope="package", autouse=True)
def _memo_kdf():
    with memoized_kdf():
        yield


@dataclass(frozen=True)
class VaultTemplate:
    data_dir: Path  # holds vault.key only; never used directly by a test
    vault_id: bytes
    master_key: bytes

    def copy_to(self, target: Path) -> Path:
        shutil.copytree(self.data_dir, target)
        return target


@pytest.fixture(scope="package")
def vault_template(tmp_path_factory, _memo_kdf) -> VaultTemplate:
    folder = tmp_path_factory.mktemp("vault-template") / "data"
    service = AppService(Paths.resolve(folder))
    service.create_vault(PASSPHRASE)
    vault = service._vault
    template = VaultTemplate(folder, vault.vault_id, bytes(vault._master_key))
    service.lock()
    # Warm the memo so that the first unlock in a test is cheap too.
    vault_module.Vault.unlock(Paths.resolve(folder).vault_file, PASSPHRASE).close()
    return template


@pytest.fixture
def data_dir(vault_template, tmp_path) -> Path:
    """A fresh data folder holding a copy of the session's vault (no cases)."""
    return vault_template.copy_to(tmp_path / "data")


V1_FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "v1"
V1_PASSPHRASE = "fixture passphrase v1"


def copy_v1_fixture(tmp_path: Path) -> Path:
    """A data folder written by schema 1 (tests/fixtures/v1), copied to play with."""
    target = tmp_path / "data"
    shutil.copytree(V1_FIXTURE, target)
    return target


def new_service(data_dir: Path, passphrase: str = PASSPHRASE) -> AppService:
    """A new AppService on `data_dir`, unlocked through the real unlock path."""
    service = AppService(Paths.resolve(data_dir))
    service.check_data_dir()
    service.unlock(passphrase)
    return service


@pytest.fixture
def service(data_dir):
    svc = new_service(data_dir)
    yield svc
    svc.lock()
