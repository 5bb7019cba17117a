"""Storage fixtures shared with tests/casefile (one vault per test session)."""

from tests.casefile import conftest as _storage

_memo_kdf = _storage._memo_kdf
vault_template = _storage.vault_template
data_dir = _storage.data_dir
service = _storage.service
