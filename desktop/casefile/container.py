"""Bytes ↔ encrypted case file (DESIGN.md §3 "On disk").

Layout (big-endian):

    offset size  field
    0      8     magic b"NAERVAER"
    8      2     format version (1)
    10     2     header length H (all header bytes, checksum included)
    12     16    vault id (whose master key wrapped the data key)
    28     16    file id (stable for the life of the case)
    44     16    save id (fresh at every save: detects changes by others)
    60     1     key slot kind (1 = wrapped by the vault's master key)
    61     12    key slot nonce
    73     48    wrapped data key (32 bytes + 16 byte tag)
    121    12    summary nonce
    133    4     summary ciphertext length S
    137    12    body nonce
    149    8     body ciphertext length B
    H-4    4     CRC-32 of header bytes [0, H-4)
    H      S     summary: AES-256-GCM(JSON), associated data = header + b"summary"
    H+S    B     body: AES-256-GCM(SQLite image), associated data = header + b"body"

The file is exactly H+S+B bytes long. Every later format must keep magic,
version, H and the trailing CRC where they are, so that a newer file is told
apart from a damaged one (the CRC is checked before the version).
"""

from __future__ import annotations

import json
import os
import secrets
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.casefile.errors import (
    DamagedFile,
    DamageReason,
    ForeignCase,
    NewerFormat,
    NotACaseFile,
    UnreadableFile,
)
from desktop.casefile.vault import Vault
from desktop.domain.safe_parse import (
    InputProblem,
    Limits,
    UnsafeInput,
    open_regular,
    parse_json,
)

MAGIC = b"NAERVAER"
FORMAT_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"
SLOT_MASTER = 1

_FIXED = struct.Struct(">8sHH16s16s16sB12s48s12sI12sQ")
HEADER_LEN = _FIXED.size + 4
MAX_HEADER_LEN = 4096
MAX_SUMMARY_LEN = 1 << 20
SUMMARY_LIMITS = Limits(max_bytes=MAX_SUMMARY_LEN, max_depth=4, max_string=100_000)


@dataclass(frozen=True, slots=True)
class Header:
    vault_id: bytes
    file_id: bytes
    save_id: bytes
    slot_nonce: bytes
    wrapped_key: bytes
    summary_nonce: bytes
    summary_len: int
    body_nonce: bytes
    body_len: int
    raw: bytes  # the exact header bytes, used as associated data

    @property
    def total_len(self) -> int:
        return len(self.raw) + self.summary_len + self.body_len


def _slot_aad(vault_id: bytes, file_id: bytes) -> bytes:
    return b"naervaer-slot-v1" + vault_id + file_id


def seal(vault: Vault, data_key: bytes, file_id: bytes, summary: dict,
         body: bytes) -> tuple[bytes, bytes]:
    """Returns (file bytes, save id)."""
    save_id = secrets.token_bytes(16)
    slot_nonce, wrapped = vault.wrap_key(data_key, _slot_aad(vault.vault_id, file_id))
    summary_plain = json.dumps(summary, ensure_ascii=False).encode("utf-8")
    summary_nonce, body_nonce = secrets.token_bytes(12), secrets.token_bytes(12)
    summary_len, body_len = len(summary_plain) + 16, len(body) + 16
    fixed = _FIXED.pack(MAGIC, FORMAT_VERSION, HEADER_LEN, vault.vault_id, file_id, save_id,
                        SLOT_MASTER, slot_nonce, wrapped, summary_nonce, summary_len,
                        body_nonce, body_len)
    header = fixed + struct.pack(">I", zlib.crc32(fixed))
    aead = AESGCM(data_key)
    summary_ct = aead.encrypt(summary_nonce, summary_plain, header + b"summary")
    body_ct = aead.encrypt(body_nonce, body, header + b"body")
    return b"".join((header, summary_ct, body_ct)), save_id


def _bit_distance(a: bytes, b: bytes) -> int:
    return sum(bin(x ^ y).count("1") for x, y in zip(a, b))


def parse_header(data: bytes, file_size: int) -> Header:
    """Checks the header of a file of `file_size` bytes starting with `data`.

    Raises NotACaseFile, DamagedFile or NewerFormat, in that order of checks.
    """
    if file_size == 0:
        raise DamagedFile(DamageReason.EMPTY)
    if data[:16] == SQLITE_MAGIC:
        raise NotACaseFile(plain_sqlite=True)
    head = data[:len(MAGIC)]
    if head != MAGIC:
        if len(head) < len(MAGIC) and MAGIC.startswith(head):
            raise DamagedFile(DamageReason.TRUNCATED, "inside magic")
        if _bit_distance(head, MAGIC) <= 4 and len(head) == len(MAGIC):
            raise DamagedFile(DamageReason.BAD_HEADER, "magic")
        raise NotACaseFile()
    if len(data) < 12:
        raise DamagedFile(DamageReason.TRUNCATED, "inside header")
    version, header_len = struct.unpack_from(">HH", data, 8)
    if not 16 <= header_len <= MAX_HEADER_LEN:
        raise DamagedFile(DamageReason.BAD_HEADER, "header length")
    if len(data) < header_len:
        raise DamagedFile(DamageReason.TRUNCATED, "inside header")
    raw = bytes(data[:header_len])
    (crc,) = struct.unpack_from(">I", raw, header_len - 4)
    if zlib.crc32(raw[:-4]) != crc:
        raise DamagedFile(DamageReason.BAD_HEADER, "checksum")
    if version > FORMAT_VERSION:
        raise NewerFormat(version, FORMAT_VERSION)
    if version != FORMAT_VERSION or header_len != HEADER_LEN:
        raise DamagedFile(DamageReason.BAD_HEADER, "version")
    (_, _, _, vault_id, file_id, save_id, slot_kind, slot_nonce, wrapped, summary_nonce,
     summary_len, body_nonce, body_len) = _FIXED.unpack_from(raw)
    if slot_kind != SLOT_MASTER or summary_len < 16 or summary_len > MAX_SUMMARY_LEN or body_len < 16:
        raise DamagedFile(DamageReason.BAD_HEADER, "fields")
    header = Header(vault_id, file_id, save_id, slot_nonce, wrapped, summary_nonce, summary_len,
                    body_nonce, body_len, raw)
    if file_size < header.total_len:
        raise DamagedFile(DamageReason.TRUNCATED, f"{file_size} < {header.total_len}")
    if file_size > header.total_len:
        raise DamagedFile(DamageReason.BAD_CONTENT, "trailing bytes")
    return header


def unwrap_data_key(vault: Vault, header: Header) -> bytes:
    if header.vault_id != vault.vault_id:
        raise ForeignCase()
    try:
        return vault.unwrap_key(header.slot_nonce, header.wrapped_key,
                                _slot_aad(header.vault_id, header.file_id))
    except InvalidTag:
        raise DamagedFile(DamageReason.AUTH_FAILED, "key slot") from None


def _decrypt(key: bytes, nonce: bytes, data: bytes, aad: bytes, part: str) -> bytes:
    try:
        return AESGCM(key).decrypt(nonce, data, aad)
    except InvalidTag:
        raise DamagedFile(DamageReason.AUTH_FAILED, part) from None


def _summary(plain: bytes) -> dict:
    try:
        value = parse_json(plain, SUMMARY_LIMITS)
    except UnsafeInput:
        raise DamagedFile(DamageReason.BAD_CONTENT, "summary") from None
    if not isinstance(value, dict):
        raise DamagedFile(DamageReason.BAD_CONTENT, "summary")
    return value


@dataclass(frozen=True, slots=True)
class Opened:
    header: Header
    data_key: bytes
    summary: dict
    body: bytes | None  # None when only the summary was read


def open_bytes(vault: Vault, data: bytes) -> Opened:
    """Opens a whole file held in memory."""
    header = parse_header(data, len(data))
    key = unwrap_data_key(vault, header)
    start = len(header.raw)
    summary_end = start + header.summary_len
    summary = _summary(_decrypt(key, header.summary_nonce, data[start:summary_end],
                                header.raw + b"summary", "summary"))
    body = _decrypt(key, header.body_nonce, data[summary_end:], header.raw + b"body", "body")
    return Opened(header, key, summary, body)


def _open(path: Path) -> BinaryIO:
    """A case file opened for reading: regular files only (a FIFO named like a
    case would block forever). Raises FileNotFoundError or UnreadableFile."""
    try:
        return open_regular(path)
    except UnsafeInput as exc:
        if exc.problem is InputProblem.MISSING:
            raise FileNotFoundError(path.name) from None
        raise UnreadableFile(path.name, exc.problem is InputProblem.NOT_A_FILE,
                             exc.detail) from None


def read_raw(path: Path) -> bytes:
    """The sealed bytes of a case file (or its backup), regular files only."""
    with _open(path) as fh:
        try:
            return fh.read()
        except OSError as exc:
            raise UnreadableFile(path.name, False, type(exc).__name__) from None


def read_file(vault: Vault, path: Path) -> Opened:
    return open_bytes(vault, read_raw(path))


def read_summary(vault: Vault, path: Path) -> Opened:
    """Reads the header and the summary only: cheap enough for a list of hundreds."""
    with _open(path) as fh:
        size = os.fstat(fh.fileno()).st_size
        # Up to the largest header any format may have, so that a newer file
        # with a longer header is reported as newer, not as truncated.
        head = fh.read(MAX_HEADER_LEN)
        header = parse_header(head, size)
        key = unwrap_data_key(vault, header)
        fh.seek(len(header.raw))
        summary_ct = fh.read(header.summary_len)
    summary = _summary(_decrypt(key, header.summary_nonce, summary_ct,
                                header.raw + b"summary", "summary"))
    return Opened(header, key, summary, None)


def read_save_id(path: Path) -> bytes | None:
    """The save id currently on disk, or None if the file is missing or unreadable."""
    try:
        with _open(path) as fh:
            size = os.fstat(fh.fileno()).st_size
            head = fh.read(HEADER_LEN)
        return parse_header(head, size).save_id
    except (OSError, DamagedFile, NotACaseFile, NewerFormat, UnreadableFile):
        return None
