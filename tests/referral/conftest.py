"""A data folder holding the demo cases, the first one (Ánde) filled in as a
case is by fase 3–4 (helpers.enrich). Made once per package and copied per
test; Argon2id is memoised (tests/kdf_memo.py)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from desktop.paths import Paths
from desktop.services.app_service import AppService
from desktop.services.demo import DEMO_PASSPHRASE, create_demo
from tests.kdf_memo import memoized_kdf
from tests.referral.helpers import enrich


@pytest.fixture(scope="package", autouse=True)
def _memo_kdf():
    with memoized_kdf():
        yield


@pytest.fixture(scope="package")
def _demo_template(tmp_path_factory, _memo_kdf) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("referral") / "data"
    service = AppService(Paths.resolve(folder))
    service.check_data_dir()
    case_ids = create_demo(service)
    session = service.open_case(case_ids[0])
    enrich(session, date.today())
    service.close_case(session)
    service.lock()
    return folder, case_ids


@pytest.fixture
def demo_dir(_demo_template, tmp_path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(_demo_template[0], target)
    return target


@pytest.fixture
def case_ids(_demo_template) -> list[str]:
    return list(_demo_template[1])


def unlocked(folder: Path) -> AppService:
    service = AppService(Paths.resolve(folder))
    service.check_data_dir()
    service.unlock(DEMO_PASSPHRASE)
    return service


@pytest.fixture
def service(demo_dir):
    svc = unlocked(demo_dir)
    yield svc
    svc.lock()


@pytest.fixture
def session(service, case_ids):
    return service.open_case(case_ids[0])
