"""Bytes ↔ encrypted handover file (`*.naervaer-overforing`, issue 14).

A handover file carries one or more cases from one Nærvær to another, sealed
under a one-time passphrase instead of a vault's master key. The whole file is
one AES-256-GCM message, so its integrity is verified in full before anything
is written on the receiving side. Layout (big-endian):

    offset size  field
    0      8     magic b"NVOVERF1"
    8      2     format version (1)
    10     2     header length H (all header bytes, checksum included)
    12     1     KDF id (1 = Argon2id)
    13     4     Argon2id memory (KiB)
    17     2     Argon2id iterations
    19     1     Argon2id lanes
    20     16    salt
    36     16    key check: HMAC-SHA256(key, "naervaer-handover-check")[:16]
    52     12    nonce
    64     8     ciphertext length C (payload + 16 byte tag)
    H-4    4     CRC-32 of header bytes [0, H-4)
    H      C     AES-256-GCM(payload), associated data = the header

The file is exactly H+C bytes. The checks, in order: size limit, magic, the
header CRC (a damaged header), the version (a newer format), the KDF
parameters (the vault's limits), the total length (truncated), the key check
(a wrong passphrase: the header is intact, so a mismatch can only mean the
passphrase), and the GCM tag (any other changed byte). As in container.py, a
later format keeps magic, version, H and the trailing CRC where they are.

The payload (plaintext, see handover_payload.py) is a JSON manifest and the
cases' SQLite images; attachments (scanned agreements) are blobs inside them.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import struct
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.casefile.errors import (
    HandoverDamaged,
    HandoverNewerFormat,
    HandoverTooLarge,
    HandoverTruncated,
    HandoverWrongPassphrase,
    KdfParametersRefused,
    NotAHandoverFile,
)
from desktop.casefile.vault import KdfParams
from desktop.domain.safe_parse import InputProblem, UnsafeInput, open_regular

SUFFIX = ".naervaer-overforing"  # not "*.naervaer": the case list never reads it
MAGIC = b"NVOVERF1"
FORMAT_VERSION = 1
KDF_ARGON2ID = 1
_FIXED = struct.Struct(">8sHHBIHB16s16s12sQ")
HEADER_LEN = _FIXED.size + 4
MAX_HEADER_LEN = 4096
# Far above a class of cases with scanned agreements (a 25-case class is ~8 MB);
# a wrong file chosen must not make the program read gigabytes: reading in holds
# the file, its plaintext and the images at once, about three times this.
MAX_FILE_BYTES = 512 << 20
_CHECK_LABEL = b"naervaer-handover-check"


def passphrase_text(passphrase: str) -> str:
    """What the key is derived from: NFC, case-folded, words separated by one
    space. A passphrase read out by phone is typed as heard: "Bjørk  Hage"
    and "bjørk hage" open the same file."""
    return " ".join(unicodedata.normalize("NFC", passphrase).casefold().split())


def _key_check(key: bytes) -> bytes:
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).digest()[:16]


@dataclass(frozen=True, slots=True)
class HandoverHeader:
    params: KdfParams
    salt: bytes
    key_check: bytes
    nonce: bytes
    body_len: int
    raw: bytes

    @property
    def total_len(self) -> int:
        return len(self.raw) + self.body_len


def derive_key(passphrase: str, params: KdfParams, salt: bytes) -> bytes:
    """Argon2id through the vault's KDF code (its parameter limits included)."""
    return params.derive(passphrase_text(passphrase), salt)


def seal(payload: bytes, passphrase: str, params: KdfParams = KdfParams()) -> bytes:
    """The whole handover file. Slow (one Argon2id): call it on a worker thread."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key = derive_key(passphrase, params, salt)
    fixed = _FIXED.pack(MAGIC, FORMAT_VERSION, HEADER_LEN, KDF_ARGON2ID, params.memory_kib,
                        params.iterations, params.lanes, salt, _key_check(key), nonce,
                        len(payload) + 16)
    header = fixed + struct.pack(">I", zlib.crc32(fixed))
    return header + AESGCM(key).encrypt(nonce, payload, header)


def _bit_distance(a: bytes, b: bytes) -> int:
    return sum(bin(x ^ y).count("1") for x, y in zip(a, b))


def parse_header(data: bytes, file_size: int) -> HandoverHeader:
    """Checks the header of a file of `file_size` bytes that starts with `data`.
    Raises NotAHandoverFile, HandoverDamaged, HandoverNewerFormat or
    HandoverTruncated; never allocates from a header field."""
    if file_size > MAX_FILE_BYTES:
        raise HandoverTooLarge(file_size, MAX_FILE_BYTES)
    head = bytes(data[:len(MAGIC)])
    if head != MAGIC:
        if file_size < len(MAGIC) and MAGIC.startswith(head):
            raise HandoverTruncated("inside magic")
        if len(head) == len(MAGIC) and _bit_distance(head, MAGIC) <= 4:
            raise HandoverDamaged("magic")
        raise NotAHandoverFile()
    if len(data) < 12:
        raise HandoverTruncated("inside header")
    version, header_len = struct.unpack_from(">HH", data, 8)
    if not 16 <= header_len <= MAX_HEADER_LEN:
        raise HandoverDamaged("header length")
    if len(data) < header_len:
        raise HandoverTruncated("inside header")
    raw = bytes(data[:header_len])
    (crc,) = struct.unpack_from(">I", raw, header_len - 4)
    if zlib.crc32(raw[:-4]) != crc:
        raise HandoverDamaged("header checksum")
    if version > FORMAT_VERSION:
        raise HandoverNewerFormat(version, FORMAT_VERSION)
    if version != FORMAT_VERSION or header_len != HEADER_LEN:
        raise HandoverDamaged("version")
    (_, _, _, kdf, memory, iterations, lanes, salt, check, nonce,
     body_len) = _FIXED.unpack_from(raw)
    params = KdfParams(memory, iterations, lanes)
    try:
        if kdf != KDF_ARGON2ID:
            raise KdfParametersRefused(f"kdf {kdf}")
        params.check()  # before spending memory or time on a crafted file
    except KdfParametersRefused:
        raise HandoverDamaged("kdf parameters") from None
    if body_len < 16:
        raise HandoverDamaged("body length")
    header = HandoverHeader(params, salt, check, nonce, body_len, raw)
    if file_size < header.total_len:
        raise HandoverTruncated(f"{file_size} < {header.total_len}")
    if file_size > header.total_len:
        raise HandoverDamaged("trailing bytes")
    return header


def open_bytes(data: bytes, passphrase: str) -> bytes:
    """The payload of a whole handover file held in memory, verified in full.
    Slow (one Argon2id): call it on a worker thread."""
    header = parse_header(data, len(data))
    key = derive_key(passphrase, header.params, header.salt)
    if not hmac.compare_digest(_key_check(key), header.key_check):
        raise HandoverWrongPassphrase()
    try:
        return AESGCM(key).decrypt(header.nonce, bytes(data[len(header.raw):]), header.raw)
    except InvalidTag:
        raise HandoverDamaged("authentication tag") from None


def read_file(path: Path) -> bytes:
    """The file's bytes, refusing an oversized file before reading it, and
    anything that is not a regular file (a FIFO would block the reader)."""
    try:
        opened = open_regular(path)
    except UnsafeInput as exc:
        if exc.problem is InputProblem.NOT_A_FILE:
            raise NotAHandoverFile() from None
        if exc.problem is InputProblem.MISSING:
            raise FileNotFoundError(path.name) from None
        raise OSError(exc.detail) from None
    with opened as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise HandoverTooLarge(size, MAX_FILE_BYTES)
        # read(n) reserves n bytes before reading: ask for what the file holds (a
        # file that grew meanwhile is cut here and fails its authentication tag).
        return fh.read(size + 1)
