"""The handover file on its own (no Qt, no vault): every kind of bad file gets
its own error, any bytes give an error and never a crash."""

from __future__ import annotations

import struct
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.casefile import handover as hf
from desktop.casefile import handover_payload as payload
from desktop.casefile.errors import (
    HandoverDamaged,
    HandoverError,
    HandoverNewerFormat,
    HandoverTooLarge,
    HandoverTruncated,
    HandoverWrongPassphrase,
    NotAHandoverFile,
)
from desktop.casefile.migrations import LATEST_SCHEMA, migrate
from desktop.casefile.store import memory_database
from desktop.domain.handover import Scope
from tests.handover.helpers import HANDOVER_PASSPHRASE


def _image(user_version: int | None = None, note: str = "hei") -> bytes:
    conn = memory_database()
    migrate(conn)
    conn.execute("UPDATE pupil SET name = 'Test Elev', note = ? WHERE id = 1", [note])
    if user_version is not None:
        conn.execute(f"PRAGMA user_version = {user_version}")
    image = conn.serialize()
    conn.close()
    return image


def _payload(image: bytes | None = None) -> bytes:
    manifest = payload.Manifest("OVF-1", "2026-12-02T08:00:00", "Kari", "PPT", Scope.FULL)
    return payload.pack(manifest, [payload.CaseImage("abc123", "Test Elev", "",
                                                     image or _image())])


@pytest.fixture(scope="module")
def sealed() -> bytes:
    return hf.seal(_payload(), HANDOVER_PASSPHRASE)


def test_round_trip_and_the_passphrase_as_heard(sealed):
    assert sealed[:8] == hf.MAGIC and len(sealed) > hf.HEADER_LEN
    assert hf.open_bytes(sealed, HANDOVER_PASSPHRASE) == _payload_without_random(sealed)
    # Read out by phone and typed with capitals and extra spaces: same key.
    shouted = "  " + "  ".join(w.capitalize() for w in HANDOVER_PASSPHRASE.split()) + " "
    assert hf.open_bytes(sealed, shouted) == hf.open_bytes(sealed, HANDOVER_PASSPHRASE)


def _payload_without_random(sealed: bytes) -> bytes:
    manifest, cases = payload.unpack(hf.open_bytes(sealed, HANDOVER_PASSPHRASE))
    assert manifest.document_id == "OVF-1" and manifest.recipient == "PPT"
    assert [c.case_id for c in cases] == ["abc123"]
    return payload.pack(manifest, cases)


def test_wrong_passphrase_is_told_apart_from_damage(sealed):
    with pytest.raises(HandoverWrongPassphrase):
        hf.open_bytes(sealed, "bjelle fjord kanel pilot sokk vulkaner")


def test_every_header_bit_flip_is_damage(sealed):
    for index in range(hf.HEADER_LEN):
        for bit in (0x01, 0x80):
            flipped = bytearray(sealed)
            flipped[index] ^= bit
            with pytest.raises(HandoverDamaged):
                hf.open_bytes(bytes(flipped), HANDOVER_PASSPHRASE)


def test_body_bit_flips_are_damage_not_a_wrong_passphrase(sealed):
    body = range(hf.HEADER_LEN, len(sealed))
    for index in list(body[::max(1, len(body) // 40)]) + [len(sealed) - 1]:
        flipped = bytearray(sealed)
        flipped[index] ^= 0x10
        with pytest.raises(HandoverDamaged):
            hf.open_bytes(bytes(flipped), HANDOVER_PASSPHRASE)


@pytest.mark.parametrize("keep", [0, 3, 8, 11, 40, hf.HEADER_LEN, hf.HEADER_LEN + 1, -1])
def test_truncated_file(sealed, keep):
    cut = sealed[:keep] if keep >= 0 else sealed[:-1]
    with pytest.raises(HandoverTruncated):
        hf.open_bytes(cut, HANDOVER_PASSPHRASE)


def test_trailing_bytes_are_damage(sealed):
    with pytest.raises(HandoverDamaged):
        hf.open_bytes(sealed + b"\0", HANDOVER_PASSPHRASE)


def _with_version(sealed: bytes, version: int) -> bytes:
    fixed = bytearray(sealed[:hf.HEADER_LEN - 4])
    struct.pack_into(">H", fixed, 8, version)
    return bytes(fixed) + struct.pack(">I", zlib.crc32(fixed)) + sealed[hf.HEADER_LEN:]


def test_newer_file_format(sealed):
    with pytest.raises(HandoverNewerFormat) as info:
        hf.open_bytes(_with_version(sealed, hf.FORMAT_VERSION + 1), HANDOVER_PASSPHRASE)
    assert (info.value.found, info.value.supported) == (2, 1)


def test_a_case_of_a_newer_schema_is_a_newer_format():
    manifest, cases = payload.unpack(_payload(_image(user_version=LATEST_SCHEMA + 5)))
    with pytest.raises(HandoverNewerFormat):
        payload.open_image(cases[0].image)


def test_not_a_handover_file(tmp_path):
    for data in (b"SQLite format 3\x00" + bytes(100), b"%PDF-1.7\n" + bytes(100),
                 b"NAERVAER" + bytes(200)):
        with pytest.raises(NotAHandoverFile):
            hf.open_bytes(data, HANDOVER_PASSPHRASE)


def test_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "stor.naervaer-overforing"
    path.write_bytes(hf.MAGIC + bytes(5000))
    monkeypatch.setattr(hf, "MAX_FILE_BYTES", 4096)
    with pytest.raises(HandoverTooLarge):
        hf.read_file(path)


def test_crafted_kdf_parameters_are_refused_before_deriving(sealed):
    fixed = bytearray(sealed[:hf.HEADER_LEN - 4])
    struct.pack_into(">I", fixed, 13, 0xFFFFFFFF)  # 4 TiB of memory
    crafted = bytes(fixed) + struct.pack(">I", zlib.crc32(fixed)) + sealed[hf.HEADER_LEN:]
    with pytest.raises(HandoverDamaged, match="kdf"):
        hf.open_bytes(crafted, HANDOVER_PASSPHRASE)


# --- hostile bytes ----------------------------------------------------------------------
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000) | st.binary(max_size=200).map(lambda b: hf.MAGIC + b))
def test_any_bytes_give_an_error_never_a_crash(data):
    with pytest.raises(HandoverError):
        hf.open_bytes(data, HANDOVER_PASSPHRASE)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=0), st.integers(min_value=1, max_value=255))
def test_any_changed_byte_gives_an_error(sealed, position, xor):
    changed = bytearray(sealed)
    changed[position % len(changed)] ^= xor
    with pytest.raises(HandoverError):
        hf.open_bytes(bytes(changed), HANDOVER_PASSPHRASE)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_any_payload_bytes_give_damage_never_a_crash(data):
    """Even past the tag (someone with the passphrase crafting a file)."""
    try:
        manifest, cases = payload.unpack(data)
    except HandoverDamaged:
        return
    for case in cases:
        try:
            payload.open_image(case.image).close()
        except (HandoverDamaged, HandoverNewerFormat):
            pass


def test_crafted_manifest_lengths_are_refused():
    good = _payload()
    (head_len,) = struct.unpack_from(">I", good)
    for crafted in (struct.pack(">I", 0xFFFFFFFF) + good[4:],
                    good.replace(b'"image_len": ', b'"image_len": 9999999', 1),
                    good.replace(b'"image_len": ', b'"image_len": -', 1),
                    good[:4 + head_len] + b"not sqlite" + good[4 + head_len + 10:]):
        with pytest.raises(HandoverDamaged):
            payload.unpack(crafted)


def test_content_this_program_cannot_read_is_damage_before_anything_is_written():
    conn = memory_database()
    migrate(conn)
    conn.execute("INSERT INTO case_meta (key, value) VALUES ('phase', 'x')")
    conn.execute("UPDATE pupil SET birth_date = 'ikke en dato' WHERE id = 1")
    image = conn.serialize()
    conn.close()
    _manifest, cases = payload.unpack(_payload(image))
    opened = payload.open_image(cases[0].image)
    try:
        with pytest.raises(HandoverDamaged, match="case content"):
            payload.checked_summary(opened)
    finally:
        opened.close()
