"""Storage fixtures shared with tests/casefile (one vault per test session)."""

from tests.casefile.conftest import _memo_kdf, data_dir, service, vault_template  # noqa: F401
