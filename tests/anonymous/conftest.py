"""Fixtures for the anonymous consultation tests (no Qt): one vault holding the
three invented pupils of cases.py, made once per package and copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.paths import Paths
from desktop.services.app_service import AppService
from tests.anonymous.cases import CASES, build_case
from tests.kdf_memo import memoized_kdf

PASSPHRASE = "anonym drøfting er trygt ŋ"


@pytest.fixture(scope="package", autouse=True)
def _memo_kdf():
    with memoized_kdf():
        yield


@pytest.fixture(scope="package")
def _template(tmp_path_factory, _memo_kdf) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("anonymous") / "data"
    service = AppService(Paths.resolve(folder))
    service.check_data_dir()
    service.create_vault(PASSPHRASE)
    case_ids = [build_case(service, spec) for spec in CASES]
    service.lock()
    return folder, case_ids


@pytest.fixture
def case_ids(_template) -> list[str]:
    return list(_template[1])


@pytest.fixture
def service(_template, tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(_template[0], folder)
    app = AppService(Paths.resolve(folder))
    app.check_data_dir()
    app.unlock(PASSPHRASE)
    yield app
    app.lock()
