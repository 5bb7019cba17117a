"""The storage fixtures of tests/casefile (one shared vault, memoised KDF)."""

from tests.casefile.conftest import _memo_kdf, data_dir, service, vault_template  # noqa: F401

__all__ = ["_memo_kdf", "data_dir", "service", "vault_template"]
