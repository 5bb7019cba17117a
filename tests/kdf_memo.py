"""Cost control shared by the test packages: Argon2id at the minimum parameters
takes ~0.2 s per derive, so a derivation with the same (passphrase, salt,
parameters) is computed once and remembered. The real unlock code still runs
(read, checksum, parameter check, AES-GCM unwrap); `check()` runs first, as in
the original, so refused parameters are refused before any work, and a wrong
passphrase or a new salt is a miss that costs the real derivation."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from desktop.casefile.vault import KdfParams

_ORIGINAL_DERIVE = KdfParams.derive
_DERIVED: dict[tuple, bytes] = {}


def _memo_derive(self: KdfParams, passphrase: str, salt: bytes) -> bytes:
    self.check()
    key = (self.memory_kib, self.iterations, self.lanes, passphrase, bytes(salt))
    if key not in _DERIVED:
        _DERIVED[key] = _ORIGINAL_DERIVE(self, passphrase, salt)
    return _DERIVED[key]


@contextmanager
def memoized_kdf():
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(KdfParams, "derive", _memo_derive)
        yield
