"""The vault: one key file per user holding a random master key, wrapped by a
key derived from the user's passphrase with Argon2id (DESIGN.md §3 "Keys").

Key file (JSON, holds no plaintext secret):
  {"format": "naervaer-vault", "version": 1, "vault_id", "kdf": {...salt...},
   "nonce", "wrapped_master_key", "checksum"}
The checksum (SHA-256 over the other fields) tells a damaged key file apart from
a wrong passphrase: with an intact file, a failing AES-GCM tag can only mean the
passphrase is wrong.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop.casefile.atomic import write_atomic
from desktop.casefile.errors import (
    DamagedFile,
    DamageReason,
    KdfParametersRefused,
    NewerFormat,
    UnreadableFile,
    WrongPassphrase,
)
from desktop.domain.safe_parse import (
    InputProblem,
    Limits,
    UnsafeInput,
    field,
    parse_json,
    read_bytes,
)

VAULT_FORMAT = "naervaer-vault"
VAULT_VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
MAX_VAULT_FILE_BYTES = 64 * 1024
VAULT_LIMITS = Limits(max_bytes=MAX_VAULT_FILE_BYTES, max_depth=3, max_string=4096,
                      max_items=100, max_int=2**128)  # KdfParams.check() bounds the cost


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost. Defaults: 64 MiB, 3 passes (OWASP's second recommendation)."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    # A crafted key file must neither weaken the derivation nor exhaust the machine.
    # The time of one derivation grows with memory × passes: 1 GiB·pass takes about
    # 1 s on the development machine (tests/benchmarks/bench_passphrase.py), so about
    # 3 s on a laptop three times slower; the default is 192 MiB·pass. Memory alone
    # stays under 512 MiB.
    MIN_MEMORY_KIB = 64 * 1024
    MAX_MEMORY_KIB = 512 * 1024
    MIN_ITERATIONS = 3
    MAX_ITERATIONS = 16
    MAX_MEMORY_PASSES_KIB = 1024 * 1024  # memory_kib × iterations
    MAX_LANES = 8

    def check(self) -> None:
        if not (self.MIN_MEMORY_KIB <= self.memory_kib <= self.MAX_MEMORY_KIB
                and self.MIN_ITERATIONS <= self.iterations <= self.MAX_ITERATIONS
                and self.memory_kib * self.iterations <= self.MAX_MEMORY_PASSES_KIB
                and 1 <= self.lanes <= self.MAX_LANES
                and self.memory_kib >= 8 * self.lanes):
            raise KdfParametersRefused(
                f"memory_kib={self.memory_kib} iterations={self.iterations} lanes={self.lanes}")

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        self.check()
        return Argon2id(salt=salt, length=KEY_BYTES, iterations=self.iterations,
                        lanes=self.lanes, memory_cost=self.memory_kib).derive(
            normalize_passphrase(passphrase).encode("utf-8"))


def normalize_passphrase(passphrase: str) -> str:
    """NFC, so "å" typed as one character or as a + ring (another keyboard, a
    macOS input method) derives the same key."""
    return unicodedata.normalize("NFC", passphrase)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _checksum(doc: dict) -> str:
    body = {k: v for k, v in doc.items() if k != "checksum"}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()


def _aad(vault_id: bytes) -> bytes:
    return b"naervaer-vault-v1" + vault_id


def _seal_document(vault_id: bytes, master_key: bytes, passphrase: str, params: KdfParams) -> dict:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(NONCE_BYTES)
    kek = params.derive(passphrase, salt)
    wrapped = AESGCM(kek).encrypt(nonce, master_key, _aad(vault_id))
    doc = {
        "format": VAULT_FORMAT,
        "version": VAULT_VERSION,
        "vault_id": vault_id.hex(),
        "kdf": {"name": "argon2id", "memory_kib": params.memory_kib,
                "iterations": params.iterations, "lanes": params.lanes, "salt": _b64(salt)},
        "nonce": _b64(nonce),
        "wrapped_master_key": _b64(wrapped),
    }
    doc["checksum"] = _checksum(doc)
    return doc


def _write(path: Path, doc: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(doc, indent=2).encode("utf-8"), keep_backup=False)


@dataclass(frozen=True, slots=True)
class _Parsed:
    vault_id: bytes
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes


def _read(path: Path) -> _Parsed:
    """Parses and checks the key file; raises DamagedFile/NewerFormat/
    KdfParametersRefused, or UnreadableFile (a folder, no permission)."""
    try:
        raw = read_bytes(path, MAX_VAULT_FILE_BYTES)
    except UnsafeInput as exc:
        if exc.problem is InputProblem.MISSING:
            raise FileNotFoundError(path.name) from None
        if exc.problem is InputProblem.TOO_LARGE:
            raise DamagedFile(DamageReason.BAD_CONTENT, "vault too large") from None
        raise UnreadableFile(path.name, exc.problem is InputProblem.NOT_A_FILE,
                             exc.detail) from None
    if not raw:
        raise DamagedFile(DamageReason.EMPTY, "vault")
    try:
        doc = parse_json(raw, VAULT_LIMITS)
        if not isinstance(doc, dict) or doc.get("format") != VAULT_FORMAT:
            raise ValueError("format")
        if doc.get("checksum") != _checksum(doc):
            raise ValueError("checksum")
        version = field(doc, "version", int)
        if version > VAULT_VERSION:
            raise NewerFormat(version, VAULT_VERSION)
        kdf = doc["kdf"]
        if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
            raise KdfParametersRefused("unknown kdf")
        params = KdfParams(field(kdf, "memory_kib", int), field(kdf, "iterations", int),
                           field(kdf, "lanes", int))
        parsed = _Parsed(bytes.fromhex(field(doc, "vault_id", str)),
                         params, _unb64(field(kdf, "salt", str)),
                         _unb64(field(doc, "nonce", str)),
                         _unb64(field(doc, "wrapped_master_key", str)))
    except (NewerFormat, KdfParametersRefused):
        raise
    except (ValueError, KeyError, TypeError, UnicodeError,
            AttributeError, OverflowError) as exc:  # UnsafeInput is a ValueError
        raise DamagedFile(DamageReason.BAD_CONTENT, f"vault: {type(exc).__name__}") from None
    if len(parsed.vault_id) != 16 or len(parsed.nonce) != NONCE_BYTES or len(parsed.salt) < 16:
        raise DamagedFile(DamageReason.BAD_CONTENT, "vault field sizes")
    parsed.params.check()  # refuse before spending memory or time
    return parsed


class Vault:
    """An unlocked vault: holds the master key in memory until close()."""

    def __init__(self, vault_id: bytes, master_key: bytes):
        self.vault_id = vault_id
        self._master_key = bytearray(master_key)
        self._aead: AESGCM | None = AESGCM(bytes(master_key))

    @classmethod
    def create(cls, path: Path, passphrase: str, params: KdfParams = KdfParams()) -> "Vault":
        if path.exists():
            raise FileExistsError(path)
        vault_id = secrets.token_bytes(16)
        master_key = secrets.token_bytes(KEY_BYTES)
        _write(path, _seal_document(vault_id, master_key, passphrase, params))
        return cls(vault_id, master_key)

    @classmethod
    def unlock(cls, path: Path, passphrase: str) -> "Vault":
        parsed = _read(path)
        kek = parsed.params.derive(passphrase, parsed.salt)
        try:
            master_key = AESGCM(kek).decrypt(parsed.nonce, parsed.wrapped, _aad(parsed.vault_id))
        except InvalidTag:
            raise WrongPassphrase() from None
        return cls(parsed.vault_id, master_key)

    @staticmethod
    def change_passphrase(path: Path, old: str, new: str,
                          params: KdfParams = KdfParams()) -> None:
        """Re-wraps the same master key under the new passphrase; case files
        are untouched because they are wrapped by the master key."""
        vault = Vault.unlock(path, old)
        try:
            _write(path, _seal_document(vault.vault_id, bytes(vault._master_key), new, params))
        finally:
            vault.close()

    def _cipher(self) -> AESGCM:
        if self._aead is None:
            raise RuntimeError("vault is closed")
        return self._aead

    def wrap_key(self, data_key: bytes, aad: bytes) -> tuple[bytes, bytes]:
        nonce = secrets.token_bytes(NONCE_BYTES)
        return nonce, self._cipher().encrypt(nonce, data_key, aad)

    def unwrap_key(self, nonce: bytes, wrapped: bytes, aad: bytes) -> bytes:
        """Raises InvalidTag if the slot was tampered with."""
        return self._cipher().decrypt(nonce, wrapped, aad)

    def close(self) -> None:
        """Drops the master key (best effort: zeroes our copy)."""
        for i in range(len(self._master_key)):
            self._master_key[i] = 0
        self._aead = None

    @property
    def closed(self) -> bool:
        return self._aead is None


def vault_exists(path: Path) -> bool:
    return os.path.exists(path)
