"""Fuzz every file the program reads at start and when a case opens: the key
file, settings.json, lock files, case files, the school calendar (skoleruta.json),
a handover file (*.naervaer-overforing), local forms and the absence CSV.

For each input: no exception escapes the reader (only the reader's own error
types, each with a Norwegian message), no hang (a timer per input), and memory
stays bounded (tracemalloc peak per input). A few seconds per file kind in the
normal run (100 inputs each, 20 for the forms); NAERVAER_FUZZ_EXAMPLES=5000 for
a long run (README, "Development").
"""

from __future__ import annotations

import json
import os
import signal
import tracemalloc
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.casefile.errors import CaseFileError, LockedByOther, LockHolder
from desktop.casefile.lockfile import CaseLock, lock_path, read_holder
from desktop.casefile.store import CaseStore
from desktop.casefile.vault import Vault
from desktop.domain.absence_csv import preview
from desktop.domain.school_calendar import SchoolCalendar
from desktop.domain.school_week import SchoolWeek
from desktop.forms.agreement_templates import load_templates
from desktop.forms.circle_form import load_circle_form
from desktop.forms.conversation_forms import load_conversation_forms
from desktop.forms.plan_templates import load_step_templates
from desktop.forms.rule_sets import load_rule_sets
from desktop.paths import forms_dir
from desktop.services.handover import read_handover
from desktop.services.school_calendar import CalendarUnreadable, load_calendar
from desktop.services.settings import Settings
from desktop.ui.messages import message_for, settings_notice_text
from tests.kdf_memo import memoized_kdf

EXAMPLES = int(os.environ.get("NAERVAER_FUZZ_EXAMPLES", "100"))
# Loading every form kind reads the bundled forms again each time (~0.3 s per
# input on a busy machine): a fifth as many inputs there.
FORM_EXAMPLES = max(EXAMPLES // 5, 5)
SECONDS_PER_INPUT = 5
PEAK_BYTES = 64 * 1024 * 1024
PASSPHRASE = "fire ord for fuzzing ŋ"
GENERIC = "Noe uventet gikk galt"

FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow,
                                       HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])
FUZZ_FORMS = settings(FUZZ, max_examples=FORM_EXAMPLES)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner,
                                                                 max_size=5),
    max_leaves=30)


def _deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def _mutated(text: str):
    """A real file with a slice replaced by something else: mostly almost right."""
    return st.tuples(st.integers(0, len(text)), st.integers(0, 200),
                     st.text(max_size=80)).map(lambda t: text[:t[0]] + t[2] + text[t[0] + t[1]:])


def json_files(real: dict):
    base = json.dumps(real)
    return st.one_of(
        st.binary(max_size=2048),
        json_values.map(lambda v: json.dumps(v).encode()),
        st.integers(100, 100_000).map(_deep),
        st.builds(lambda k, v: json.dumps({**real, k: v}).encode(),
                  st.sampled_from(sorted(real)), json_values),
        _mutated(base).map(lambda t: t.encode("utf-8", "surrogatepass")),
    )


@contextmanager
def bounded(label: str, memory: bool = True):
    """Fails the input if it takes longer than SECONDS_PER_INPUT or (memory)
    its peak memory passes PEAK_BYTES."""
    def too_long(*_):
        raise TimeoutError(f"{label}: more than {SECONDS_PER_INPUT} s")

    old = signal.signal(signal.SIGALRM, too_long)
    signal.setitimer(signal.ITIMER_REAL, SECONDS_PER_INPUT)
    if memory:
        tracemalloc.start()
    try:
        yield
        if memory:
            peak = tracemalloc.get_traced_memory()[1]
            assert peak < PEAK_BYTES, f"{label}: peak {peak} bytes"
    finally:
        if memory:
            tracemalloc.stop()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def told(error: BaseException, about_vault: bool = False) -> None:
    text = message_for(error, about_vault=about_vault)
    assert text and GENERIC not in text, (type(error), text)


pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="POSIX timer")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One vault and one real case, made once (Argon2id is slow on purpose)."""
    with memoized_kdf():
        folder = tmp_path_factory.mktemp("fuzz")
        vault = Vault.create(folder / "vault.key", PASSPHRASE)
        store = CaseStore(folder / "cases", vault)
        case = store.create("Fuzz Elev")
        real_case = case.path.read_bytes()
        case.close()
        yield folder, store, real_case
        vault.close()


@FUZZ
@given(data=json_files({"idle_lock_enabled": True, "idle_lock_minutes": 5,
                        "rule_set": "baerum"}))
def test_settings_file(tmp_path, data):
    path = tmp_path / "settings.json"
    path.write_bytes(data)
    with bounded("settings"):
        result, notice = Settings.load_with_notice(path)
    assert isinstance(result.idle_lock_minutes, int) and 1 <= result.idle_lock_minutes <= 240
    assert isinstance(result.idle_lock_enabled, bool) and isinstance(result.rule_set, str)
    if notice is not None:
        assert settings_notice_text(notice)


@FUZZ
@given(data=json_files({"format": "naervaer-vault", "version": 1, "vault_id": "00" * 16,
                        "kdf": {"name": "argon2id", "memory_kib": 65536, "iterations": 3,
                                "lanes": 4, "salt": "AAAAAAAAAAAAAAAAAAAAAA=="},
                        "nonce": "AAAAAAAAAAAAAAAA", "wrapped_master_key": "AA==",
                        "checksum": "0"}))
def test_vault_key(tmp_path, data):
    path = tmp_path / "vault.key"
    path.write_bytes(data)
    with bounded("vault"):
        try:
            Vault.unlock(path, PASSPHRASE).close()
        except CaseFileError as exc:
            told(exc, about_vault=True)


@FUZZ
@given(data=json_files({"host": "pc", "pid": 4242, "user": "u", "since": "2026-01-01T08:00:00",
                        "token": "ab"}))
def test_lock_file(tmp_path, data):
    case = tmp_path / "x.naervaer"
    lock_path(case).write_bytes(data)
    with bounded("lock"):
        holder = read_holder(lock_path(case))
        assert isinstance(holder, LockHolder)
        try:
            CaseLock.acquire(case).release()
        except LockedByOther as exc:
            told(exc)


@FUZZ
@given(data=json_files({"format": 1, "name": "Skolerute 2026–27",
                        "entries": [{"first": "2026-10-05", "last": "2026-10-09",
                                     "name": "Høstferie"}]}))
def test_school_calendar(tmp_path, data):
    path = tmp_path / "skoleruta.json"
    path.write_bytes(data)
    with bounded("calendar"):
        try:
            calendar = load_calendar(path)
        except CalendarUnreadable:
            return  # the service shows an empty calendar and says why
    assert isinstance(calendar, SchoolCalendar)


@FUZZ
@given(choice=st.integers(0, 2), cut=st.integers(0, 10_000), noise=st.binary(max_size=512))
def test_case_file(world, choice, cut, noise):
    folder, store, real = world
    data = (real[:cut] + noise, noise, real[:cut] + noise + real[cut + len(noise):])[choice]
    path = store.path_for("fuzzed")
    path.write_bytes(data)
    try:
        with bounded("case"):
            entries = [e for e in store.list_entries() if e.case_id == "fuzzed"]
            assert len(entries) == 1
            if entries[0].error is not None:
                told(entries[0].error)
            try:
                store.open("fuzzed").close()
            except CaseFileError as exc:
                told(exc)
    finally:
        path.unlink()


@FUZZ
@given(data=st.one_of(st.binary(max_size=2048),
                      st.binary(max_size=200).map(lambda b: b"NVOVERF1" + b)))
def test_handover_file(tmp_path, data):
    path = tmp_path / "sak.naervaer-overforing"
    path.write_bytes(data)
    with bounded("handover"):
        try:
            read_handover(path, PASSPHRASE)
        except CaseFileError as exc:  # every HandoverError is one
            assert message_for(exc)


BUNDLED_RULES = (forms_dir() / "rules" / "baerum.toml").read_text(encoding="utf-8")
BUNDLED_CIRCLE = (forms_dir() / "tiltakssirkel.toml").read_text(encoding="utf-8")

form_texts = st.one_of(
    _mutated(BUNDLED_RULES), _mutated(BUNDLED_CIRCLE),
    st.text(max_size=500),
    st.builds(lambda k, v: f'id = "x"\nversion = 1\nkind = "{k}"\n{v}',
              st.sampled_from(["rule_set", "measure_circle", "conversation", "plan_step",
                               "document_templates"]),
              st.text(max_size=300)),
    st.integers(10, 5000).map(lambda n: "a = " + "[" * n + "]" * n),
)


@FUZZ_FORMS
@given(text=form_texts)
def test_local_forms(tmp_path, text):
    local = tmp_path / "forms"
    local.mkdir(exist_ok=True)
    (local / "lokal.toml").write_text(text, encoding="utf-8", errors="surrogatepass")
    with bounded("forms"):  # every loader reads the local file the same way (read_form)
        sets, _ = load_rule_sets(local)
        assert sets  # the bundled rule sets survive any local file
    with bounded("forms", memory=False):  # tracemalloc would make these 4× slower
        load_circle_form(local)
        guides, _, _ = load_conversation_forms(forms_dir(), local)
        assert guides
        load_step_templates(local)
        load_templates(local, forms_dir())


@FUZZ
@given(data=st.one_of(st.binary(max_size=4096),
                      st.lists(st.lists(st.text(max_size=20), max_size=6), max_size=30)
                      .map(lambda rows: "\n".join(";".join(r) for r in rows)
                           .encode("utf-8", "surrogatepass"))))
def test_absence_csv(data):
    with bounded("csv"):
        result = preview(data, SchoolWeek(), [])
    assert result is not None


def test_the_fuzz_targets_do_find_what_the_limits_are_for(tmp_path):
    """The generators reach the cases this issue was about (not a test that cannot fail)."""
    path = tmp_path / "settings.json"
    path.write_bytes(_deep(50_000))
    assert Settings.load_with_notice(path)[1] is not None
    local = tmp_path / "forms"
    local.mkdir()
    (local / "lokal.toml").write_text("a = " + "[" * 3000 + "]" * 3000, encoding="utf-8")
    assert load_rule_sets(local)[1]
