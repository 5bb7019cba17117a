"""Fixtures for the handover tests (no Qt): a sender's data folder holding the
demo cases, made up with everything a case can hold, and a receiver's data
folder with another vault. Each is made once per package and copied per test;
Argon2id is memoised (tests/kdf_memo.py), so a repeated derivation is cheap
while a wrong passphrase or a new salt still costs the real one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.paths import Paths
from desktop.services.app_service import AppService
from desktop.services.demo import DEMO_PASSPHRASE, create_demo
from tests.handover.helpers import RECEIVER_PASSPHRASE, enrich
from tests.kdf_memo import memoized_kdf


@pytest.fixture(scope="package", autouse=True)
def _memo_kdf():
    with memoized_kdf():
        yield


@pytest.fixture(scope="package")
def _sender_template(tmp_path_factory, _memo_kdf) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("sender") / "data"
    service = AppService(Paths.resolve(folder))
    service.check_data_dir()
    case_ids = create_demo(service)
    enrich(service, case_ids[0])
    service.lock()
    return folder, case_ids


@pytest.fixture(scope="package")
def _receiver_template(tmp_path_factory, _memo_kdf) -> Path:
    folder = tmp_path_factory.mktemp("receiver") / "data"
    service = AppService(Paths.resolve(folder))
    service.check_data_dir()
    service.create_vault(RECEIVER_PASSPHRASE)
    service.lock()
    return folder


def _unlocked(folder: Path, passphrase: str) -> AppService:
    service = AppService(Paths.resolve(folder))
    service.check_data_dir()
    service.unlock(passphrase)
    return service


@pytest.fixture
def case_ids(_sender_template) -> list[str]:
    return list(_sender_template[1])


@pytest.fixture
def sender(_sender_template, tmp_path):
    folder = tmp_path / "sender"
    shutil.copytree(_sender_template[0], folder)
    service = _unlocked(folder, DEMO_PASSPHRASE)
    yield service
    service.lock()


@pytest.fixture
def receiver(_receiver_template, tmp_path):
    folder = tmp_path / "receiver"
    shutil.copytree(_receiver_template, folder)
    service = _unlocked(folder, RECEIVER_PASSPHRASE)
    yield service
    service.lock()
