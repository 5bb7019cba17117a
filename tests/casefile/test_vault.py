"""The vault: wrong passphrase vs damaged key file, crafted KDF parameters,
change of passphrase (DESIGN.md §3 "Keys")."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.casefile import vault as vault_module
from desktop.casefile.errors import (
    CaseFileError,
    DamagedFile,
    DamageReason,
    KdfParametersRefused,
    NewerFormat,
    WrongPassphrase,
)
from desktop.casefile.vault import KdfParams, Vault, _checksum
from tests.kdf_memo import _ORIGINAL_DERIVE

from .conftest import PASSPHRASE, new_service
from .helpers import all_files


class _NoArgon2:
    """Stands in for Argon2id where the test proves it is never reached."""

    calls = 0

    def __init__(self, *args, **kwargs):
        type(self).calls += 1
        raise AssertionError("Argon2id was called")


@pytest.fixture
def no_kdf(monkeypatch):
    """The real derive (not the test memo) with Argon2id replaced by a tripwire."""
    monkeypatch.setattr(KdfParams, "derive", _ORIGINAL_DERIVE)
    monkeypatch.setattr(vault_module, "Argon2id", _NoArgon2)
    _NoArgon2.calls = 0
    yield
    assert _NoArgon2.calls == 0


@pytest.fixture
def key_file(data_dir) -> Path:
    return data_dir / "vault.key"


def _rewrite(path: Path, edit) -> None:
    """Edits the key document and writes it back WITH a correct checksum."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    edit(doc)
    doc["checksum"] = _checksum(doc)
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")


def test_right_passphrase_unlocks_and_wrong_one_is_wrong_passphrase(key_file):
    vault = Vault.unlock(key_file, PASSPHRASE)
    assert len(vault.vault_id) == 16 and not vault.closed
    vault.close()
    assert vault.closed
    for wrong in ("riktig hest batteri stift n", PASSPHRASE + " ", ""):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(key_file, wrong)


def test_key_file_holds_no_master_key_in_plaintext(vault_template, key_file):
    data = key_file.read_bytes()
    key = vault_template.master_key
    for form in (key, key.hex().encode(), base64.b64encode(key)):
        assert form not in data


def test_every_bit_flip_in_the_key_file_is_damage_not_a_wrong_passphrase(key_file, no_kdf):
    original = key_file.read_bytes()
    wrong = []
    for bit in range(len(original) * 8):
        damaged = bytearray(original)
        damaged[bit // 8] ^= 1 << (bit % 8)
        key_file.write_bytes(damaged)
        try:
            Vault.unlock(key_file, PASSPHRASE)
            wrong.append((bit, "unlocked"))
        except DamagedFile:
            pass
        except CaseFileError as exc:
            wrong.append((bit, exc))
    assert wrong == []


def test_every_truncation_of_the_key_file_is_damage(key_file, no_kdf):
    original = key_file.read_bytes()
    for length in range(len(original)):
        key_file.write_bytes(original[:length])
        with pytest.raises(DamagedFile) as info:
            Vault.unlock(key_file, PASSPHRASE)
        if length == 0:
            assert info.value.reason is DamageReason.EMPTY


@pytest.mark.parametrize("edit", [
    lambda d: d["kdf"].__setitem__("memory_kib", 65537),
    lambda d: d.__setitem__("wrapped_master_key", d["wrapped_master_key"][::-1]),
    lambda d: d.__setitem__("vault_id", "00" * 16),
    lambda d: d.pop("nonce"),
], ids=["memory", "wrapped-key", "vault-id", "missing-nonce"])
def test_an_edited_field_without_a_matching_checksum_is_damage(key_file, no_kdf, edit):
    doc = json.loads(key_file.read_text(encoding="utf-8"))
    edit(doc)
    key_file.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    with pytest.raises(DamagedFile):
        Vault.unlock(key_file, PASSPHRASE)


def test_damaged_key_file_through_the_service_is_damage(data_dir):
    key_file = data_dir / "vault.key"
    key_file.write_bytes(key_file.read_bytes().replace(b'"lanes": 4', b'"lanes": 5'))
    with pytest.raises(DamagedFile):
        new_service(data_dir)


GIB_KIB = 1024 * 1024


@pytest.mark.parametrize("memory_kib, iterations, lanes", [
    (GIB_KIB + 1, 3, 4),
    (2**31, 3, 4),
    (2**64, 3, 4),
    (64 * 1024, 10**9, 4),
    (64 * 1024, 21, 4),
    (64 * 1024, 3, 0),
    (64 * 1024, 3, 17),
    (64 * 1024, 3, 2**31),
    (64 * 1024 - 1, 3, 4),
    (8, 3, 1),
    (64 * 1024, 1, 4),
    (64 * 1024, 2, 4),
    (64 * 1024, 0, 4),
    (-1, 3, 4),
    (64 * 1024, -3, 4),
    # issue 16: the old ceiling let one try cost 13 s and 1 GB
    (GIB_KIB, 20, 16),
    (GIB_KIB, 3, 4),
    (512 * 1024 + 1, 3, 4),
    (512 * 1024, 3, 4),
    (256 * 1024, 5, 4),
    (64 * 1024, 17, 4),
    (64 * 1024, 3, 9),
])
def test_crafted_kdf_parameters_are_refused_before_any_work(key_file, no_kdf,
                                                             memory_kib, iterations, lanes):
    def edit(doc):
        doc["kdf"].update(memory_kib=memory_kib, iterations=iterations, lanes=lanes)

    _rewrite(key_file, edit)
    started = time.perf_counter()
    with pytest.raises(KdfParametersRefused):
        Vault.unlock(key_file, PASSPHRASE)
    with pytest.raises(KdfParametersRefused):
        Vault.change_passphrase(key_file, PASSPHRASE, "en helt ny passordfrase")
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("memory_kib, iterations, lanes", [
    (256 * 1024, 4, 4), (64 * 1024, 16, 8), (349_525, 3, 1)])
def test_the_costliest_accepted_parameters_still_unlock(key_file, memory_kib, iterations, lanes):
    """The ceiling is memory × passes ≤ 1 GiB·pass (about 1 s here; the benchmark
    bench_passphrase.py prints it)."""
    vault = Vault.unlock(key_file, PASSPHRASE)
    master = bytes(vault._master_key)
    vault.close()
    Vault.change_passphrase(key_file, PASSPHRASE, PASSPHRASE,
                            KdfParams(memory_kib, iterations, lanes))
    assert json.loads(key_file.read_text())["kdf"]["memory_kib"] == memory_kib
    vault = Vault.unlock(key_file, PASSPHRASE)
    assert bytes(vault._master_key) == master
    vault.close()


def test_unknown_kdf_is_refused(key_file, no_kdf):
    _rewrite(key_file, lambda d: d["kdf"].update(name="pbkdf2"))
    with pytest.raises(KdfParametersRefused):
        Vault.unlock(key_file, PASSPHRASE)


def test_key_file_of_a_newer_version_is_newer_format(key_file, no_kdf):
    _rewrite(key_file, lambda d: d.update(version=2))
    with pytest.raises(NewerFormat):
        Vault.unlock(key_file, PASSPHRASE)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=6,
)
_FIELDS = ["format", "version", "vault_id", "kdf", "kdf.name", "kdf.memory_kib",
           "kdf.iterations", "kdf.lanes", "kdf.salt", "nonce", "wrapped_master_key"]


class _FakeArgon2:
    """Fast stand-in: crafted documents that pass every check get a wrong key."""

    def __init__(self, **kwargs):
        pass

    def derive(self, data):
        return b"\0" * 32


@settings(max_examples=150, deadline=None, database=None)
@given(field=st.sampled_from(_FIELDS), value=json_values)
def test_crafted_key_file_contents_give_a_clear_error_never_a_crash(vault_template, tmp_path_factory,
                                                                    field, value):
    """Any JSON value in any field, with a correct checksum: one of the vault
    errors the UI has a message for, nothing else (no TypeError, OverflowError …)."""
    key_file = tmp_path_factory.mktemp("crafted") / "vault.key"
    key_file.write_bytes((vault_template.data_dir / "vault.key").read_bytes())

    def edit(doc):
        if field.startswith("kdf."):
            doc["kdf"][field[4:]] = value
        else:
            doc[field] = value

    _rewrite(key_file, edit)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(KdfParams, "derive", _ORIGINAL_DERIVE)
        m.setattr(vault_module, "Argon2id", _FakeArgon2)
        try:
            Vault.unlock(key_file, PASSPHRASE)
            pytest.fail("a crafted key file unlocked")
        except (DamagedFile, KdfParametersRefused, NewerFormat, WrongPassphrase):
            pass


@pytest.mark.parametrize("text", [
    '{"format": "naervaer-vault", "version": 1, "kdf": {"memory_kib": Infinity}}',
    "[]", "null", '"naervaer-vault"', "{}", "\ufeff{}", "\x00" * 10,
])
def test_odd_json_documents_are_damage(key_file, no_kdf, text):
    key_file.write_text(text, encoding="utf-8")
    with pytest.raises(DamagedFile):
        Vault.unlock(key_file, PASSPHRASE)


def test_infinite_parameter_with_a_correct_checksum_is_refused(key_file, no_kdf):
    _rewrite(key_file, lambda d: d["kdf"].update(memory_kib=float("inf")))
    with pytest.raises((KdfParametersRefused, DamagedFile)):
        Vault.unlock(key_file, PASSPHRASE)


def test_change_passphrase_rewraps_only_the_master_key(data_dir):
    service = new_service(data_dir)
    session = service.create_case("Bytte Ŋ Passord")
    session.set_pupil_field("note", "før byttet")
    case_id = session.case_id
    service.lock()
    cases = {p: p.read_bytes() for p in all_files(data_dir / "cases")}
    key_before = (data_dir / "vault.key").read_bytes()

    new = "en helt ny og lang passordfrase ŧ"
    with pytest.raises(WrongPassphrase):
        service.change_passphrase("ikke den riktige", new)
    assert (data_dir / "vault.key").read_bytes() == key_before

    service.change_passphrase(PASSPHRASE, new)
    assert (data_dir / "vault.key").read_bytes() != key_before
    assert {p: p.read_bytes() for p in all_files(data_dir / "cases")} == cases
    with pytest.raises(WrongPassphrase):
        new_service(data_dir, PASSPHRASE)
    service2 = new_service(data_dir, new)
    try:
        assert service2.open_case(case_id).pupil().note == "før byttet"
    finally:
        service2.lock()
    assert {p: p.read_bytes() for p in all_files(data_dir / "cases")} == cases


def test_passphrase_in_decomposed_unicode_opens_the_same_vault(tmp_path):
    """"å" typed as one code point (NFC) or as a + combining ring (NFD) is the
    same passphrase to a person, so it must open the same vault."""
    import unicodedata

    from desktop.casefile.vault import Vault

    composed = unicodedata.normalize("NFC", "blåbær på fjellet")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    Vault.create(tmp_path / "vault.key", composed).close()
    Vault.unlock(tmp_path / "vault.key", decomposed).close()
