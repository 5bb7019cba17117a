"""Damaged, truncated, foreign and newer files: the right error, never a crash,
and the file is never changed (DESIGN.md §3, §4)."""

from __future__ import annotations

import os
import random
import secrets
import sqlite3
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.casefile import container
from desktop.casefile.atomic import backup_path
from desktop.casefile.container import HEADER_LEN
from desktop.casefile.errors import (
    CaseFileError,
    DamagedFile,
    DamageReason,
    ForeignCase,
    NewerFormat,
    NotACaseFile,
)
from desktop.casefile.lockfile import lock_path
from desktop.casefile.migrations import LATEST_SCHEMA
from desktop.casefile.store import SUFFIX, CaseStore
from desktop.casefile.vault import Vault
from desktop.services.app_service import AppService

from .conftest import new_service
from .helpers import database_image, stray_files

# Header field offsets (see the layout in container.py).
VERSION_AT, HLEN_AT, VAULT_ID_AT = 8, 10, 12
CRC_AT = HEADER_LEN - 4


@dataclass
class Folder:
    service: AppService
    store: CaseStore
    vault: Vault
    victim: Path  # the small case file the tests damage
    data: bytes  # its intact bytes
    others: dict[str, str]  # case id → pupil name of the intact neighbours

    def restore(self) -> None:
        self.victim.write_bytes(self.data)
        for extra in (backup_path(self.victim), lock_path(self.victim)):
            extra.unlink(missing_ok=True)

    def check_others_list_fine(self, entries) -> None:
        names = {e.case_id: (e.summary.name if e.summary else None) for e in entries
                 if e.case_id in self.others}
        assert names == self.others
        assert all(e.error is None for e in entries if e.case_id in self.others)


@pytest.fixture(scope="module")
def folder(vault_template, tmp_path_factory):
    data_dir = vault_template.copy_to(tmp_path_factory.mktemp("damage") / "data")
    service = new_service(data_dir)
    others = {}
    for name in ("Nábo Ŋ En", "Nábo Ž To"):
        session = service.create_case(name)
        others[session.case_id] = name
        service.close_case(session)
    session = service.create_case("Liten Šiella")
    session.set_pupil_field("grade", "vg1")
    service.close_case(session)
    store = service._require_store()
    victim = store.path_for(session.case_id)
    backup_path(victim).unlink(missing_ok=True)
    result = Folder(service, store, store.vault, victim, victim.read_bytes(), others)
    yield result
    service.lock()


@pytest.fixture
def small(folder):
    folder.restore()
    yield folder
    folder.restore()


def _error_of(call, *args):
    try:
        call(*args)
    except CaseFileError as exc:
        return exc
    return None  # anything else propagates and fails the test


def _with_crc(header: bytearray) -> bytes:
    header[CRC_AT:HEADER_LEN] = struct.pack(">I", zlib.crc32(bytes(header[:CRC_AT])))
    return bytes(header)


def _entry(folder: Folder, entries):
    [entry] = [e for e in entries if e.path == folder.victim]
    return entry


# --- truncation ----------------------------------------------------------------


def test_truncation_at_every_length_in_memory(small):
    data = small.data
    assert len(data) < 192 * 1024  # "a small case file" (an empty case: ~34 pages, one per table)
    wrong = []
    for length in range(len(data)):
        exc = _error_of(container.open_bytes, small.vault, data[:length])
        expected = DamageReason.EMPTY if length == 0 else DamageReason.TRUNCATED
        if not (isinstance(exc, DamagedFile) and exc.reason is expected):
            wrong.append((length, exc))
    assert wrong == []


def test_truncation_at_every_length_on_disk_via_the_store(small):
    """Cut the real file down one byte at a time: reading the list summary says
    DamagedFile at every length; the case list shows it as damaged with the
    reason while the other cases list fine, opening it says DamagedFile, and
    the program never writes to it. (The list and open are sampled away from
    the part boundaries to keep the test fast — every 41st/43rd length, and every
    length near a boundary; read_summary, what the list calls for each file, is
    tried at every length.)"""
    data = small.data
    case_id = small.victim.name[: -len(SUFFIX)]
    summary_end = HEADER_LEN + container.open_bytes(small.vault, data).header.summary_len
    near_boundary = (set(range(0, 2 * HEADER_LEN))
                     | set(range(summary_end - 32, summary_end + 32))
                     | set(range(len(data) - 32, len(data))))
    wrong = []
    for length in range(len(data) - 1, -1, -1):
        os.truncate(small.victim, length)
        expected = DamageReason.EMPTY if length == 0 else DamageReason.TRUNCATED
        exc = _error_of(container.read_summary, small.vault, small.victim)
        if not (isinstance(exc, DamagedFile) and exc.reason is expected):
            wrong.append(("summary", length, exc))
        if length % 41 == 0 or length in near_boundary:
            entries = small.store.list_entries()
            entry = _entry(small, entries)
            if not (isinstance(entry.error, DamagedFile) and entry.error.reason is expected
                    and entry.summary is None):
                wrong.append(("list", length, entry.error))
            small.check_others_list_fine(entries)
        if length % 43 == 0 or length in near_boundary:
            exc = _error_of(small.store.open, case_id)
            if not (isinstance(exc, DamagedFile) and exc.reason is expected):
                wrong.append(("open", length, exc))
            assert small.victim.read_bytes() == data[:length]
    assert wrong == []
    assert not lock_path(small.victim).exists()
    assert not backup_path(small.victim).exists()


# --- bit flips -----------------------------------------------------------------


def _flip(data: bytes, bit: int) -> bytes:
    damaged = bytearray(data)
    damaged[bit // 8] ^= 1 << (bit % 8)
    return bytes(damaged)


def test_every_single_bit_flip_in_the_header_is_a_damaged_header(small):
    wrong = []
    for bit in range(HEADER_LEN * 8):
        damaged = _flip(small.data, bit)
        exc = _error_of(container.open_bytes, small.vault, damaged)
        if not (isinstance(exc, DamagedFile) and exc.reason is DamageReason.BAD_HEADER):
            wrong.append(("open", bit, exc))
        small.victim.write_bytes(damaged)
        exc = _error_of(container.read_summary, small.vault, small.victim)
        if not (isinstance(exc, DamagedFile) and exc.reason is DamageReason.BAD_HEADER):
            wrong.append(("summary", bit, exc))
    assert wrong == []
    entries = small.store.list_entries()
    assert isinstance(_entry(small, entries).error, DamagedFile)
    small.check_others_list_fine(entries)


def test_header_changes_with_a_recomputed_checksum_are_still_refused(small):
    """The CRC only catches accidents; the header is also AES-GCM associated
    data, so a deliberate edit with a correct CRC is refused too."""
    wrong = []
    for bit in range(CRC_AT * 8):
        header = bytearray(_flip(small.data[:HEADER_LEN], bit))
        damaged = _with_crc(header) + small.data[HEADER_LEN:]
        exc = _error_of(container.open_bytes, small.vault, damaged)
        offset = bit // 8
        if offset in (VERSION_AT, VERSION_AT + 1) and header[VERSION_AT:VERSION_AT + 2] > b"\0\1":
            ok = isinstance(exc, NewerFormat)
        elif VAULT_ID_AT <= offset < VAULT_ID_AT + 16:
            ok = isinstance(exc, ForeignCase)
        else:
            ok = isinstance(exc, DamagedFile)
        if not ok:
            wrong.append((offset, bit % 8, exc))
    assert wrong == []


def test_sampled_bit_flips_in_summary_and_body_fail_authentication(small):
    opened = container.open_bytes(small.vault, small.data)
    summary_end = HEADER_LEN + opened.header.summary_len
    rng = random.Random(20240611)
    summary_bits = range(HEADER_LEN * 8, summary_end * 8)  # every bit of the summary
    body = range(summary_end * 8, len(small.data) * 8)
    body_bits = rng.sample(body, 1500) + list(body[:64]) + list(body[-128:])  # incl. the tag
    wrong = []
    for bit in list(summary_bits) + body_bits:
        exc = _error_of(container.open_bytes, small.vault, _flip(small.data, bit))
        if not (isinstance(exc, DamagedFile) and exc.reason is DamageReason.AUTH_FAILED):
            wrong.append((bit, exc))
    assert wrong == []
    # The case list reads only the summary: a flip there shows as damaged.
    small.victim.write_bytes(_flip(small.data, HEADER_LEN * 8 + 77))
    entries = small.store.list_entries()
    error = _entry(small, entries).error
    assert isinstance(error, DamagedFile) and error.reason is DamageReason.AUTH_FAILED
    small.check_others_list_fine(entries)
    # A flip in the body: listed fine (summary intact) but opening says damaged.
    small.victim.write_bytes(_flip(small.data, len(small.data) * 8 - 300))
    assert _entry(small, small.store.list_entries()).error is None
    with pytest.raises(DamagedFile) as info:
        small.store.open(small.victim.name[: -len(SUFFIX)])
    assert info.value.reason is DamageReason.AUTH_FAILED


def test_trailing_bytes_are_damage(small):
    exc = _error_of(container.open_bytes, small.vault, small.data + b"\0")
    assert isinstance(exc, DamagedFile) and exc.reason is DamageReason.BAD_CONTENT


# --- not ours, not our vault, newer ------------------------------------------------


def _untouched_after_open(folder: Folder, path: Path, error_type):
    """Opening (store and service) and listing raise error_type and change nothing."""
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    case_id = path.name[: -len(SUFFIX)]
    with pytest.raises(error_type) as info:
        folder.store.open(case_id)
    with pytest.raises(error_type):
        folder.service.open_case(case_id)
    entries = folder.store.list_entries()
    folder.check_others_list_fine(entries)
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime
    assert not backup_path(path).exists()
    assert not lock_path(path).exists()
    assert [s for s in stray_files(path.parent) if path.name in s] == []
    [entry] = [e for e in entries if e.path == path]
    return info.value, entry


def test_plain_sqlite_file_is_not_a_case_file(small):
    path = small.victim.with_name(f"plain{SUFFIX}")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE pupil (name TEXT)")
    conn.execute("INSERT INTO pupil VALUES ('Ánne')")
    conn.commit()
    conn.close()
    try:
        exc, entry = _untouched_after_open(small, path, NotACaseFile)
        assert exc.plain_sqlite is True
        assert isinstance(entry.error, NotACaseFile) and entry.error.plain_sqlite
    finally:
        path.unlink()


def test_unknown_file_type_is_not_a_case_file(small):
    path = small.victim.with_name(f"notes{SUFFIX}")
    path.write_bytes(b"Dette er bare tekst, ikke en sak.\n")
    try:
        exc, entry = _untouched_after_open(small, path, NotACaseFile)
        assert exc.plain_sqlite is False
        assert isinstance(entry.error, NotACaseFile)
    finally:
        path.unlink()


def test_newer_container_format_is_refused_and_left_untouched(small):
    header = bytearray(small.data[:HEADER_LEN])
    header[VERSION_AT:VERSION_AT + 2] = struct.pack(">H", container.FORMAT_VERSION + 1)
    small.victim.write_bytes(_with_crc(header) + small.data[HEADER_LEN:])
    exc, entry = _untouched_after_open(small, small.victim, NewerFormat)
    assert (exc.found, exc.supported) == (container.FORMAT_VERSION + 1, container.FORMAT_VERSION)
    assert isinstance(entry.error, NewerFormat)


def test_newer_container_format_with_a_longer_header_is_refused_not_called_truncated(small):
    """A later format may grow the header (magic, version, H and the trailing
    CRC stay where they are): the list must say "newer", not "damaged"."""
    extra = 40
    fixed = bytearray(small.data[:CRC_AT]) + b"\x07" * extra
    fixed[VERSION_AT:VERSION_AT + 2] = struct.pack(">H", container.FORMAT_VERSION + 1)
    fixed[HLEN_AT:HLEN_AT + 2] = struct.pack(">H", HEADER_LEN + extra)
    header = bytes(fixed) + struct.pack(">I", zlib.crc32(bytes(fixed)))
    small.victim.write_bytes(header + small.data[HEADER_LEN:])
    exc, entry = _untouched_after_open(small, small.victim, NewerFormat)
    assert exc.found == container.FORMAT_VERSION + 1
    assert isinstance(entry.error, NewerFormat)


def _seal_into(folder: Folder, path: Path, vault: Vault, image: bytes) -> None:
    data, _ = container.seal(vault, secrets.token_bytes(32), secrets.token_bytes(16),
                             {"name": "Forseglet", "grade": "", "school": ""}, image)
    path.write_bytes(data)


def test_newer_schema_inside_a_valid_container_is_refused_and_left_untouched(small):
    path = small.victim.with_name(f"newschema{SUFFIX}")
    _seal_into(small, path, small.vault, database_image(user_version=LATEST_SCHEMA + 1))
    try:
        exc, entry = _untouched_after_open(small, path, NewerFormat)
        assert (exc.found, exc.supported) == (LATEST_SCHEMA + 1, LATEST_SCHEMA)
        assert entry.error is None and entry.summary.name == "Forseglet"  # the list can show it
    finally:
        path.unlink()


def test_garbage_database_inside_a_valid_container_is_damaged_content(small):
    path = small.victim.with_name(f"garbage{SUFFIX}")
    _seal_into(small, path, small.vault, b"this is not a database" * 300)
    try:
        exc, _ = _untouched_after_open(small, path, DamagedFile)
        assert exc.reason is DamageReason.BAD_CONTENT
    finally:
        path.unlink()


def test_case_sealed_by_another_vault_is_foreign(small):
    path = small.victim.with_name(f"foreign{SUFFIX}")
    _seal_into(small, path, Vault(secrets.token_bytes(16), secrets.token_bytes(32)),
               database_image())
    try:
        _, entry = _untouched_after_open(small, path, ForeignCase)
        assert isinstance(entry.error, ForeignCase)
    finally:
        path.unlink()
