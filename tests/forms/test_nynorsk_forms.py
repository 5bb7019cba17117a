"""The nynorsk twins of the bundled forms (forms/nn/<same path>) and the loader's
form language. A twin keeps its bokmål file's id, version, kind and shape (every
id, code, number and date); only the human texts are translated, into nynorsk.
No Qt here."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

import pytest

from desktop.forms import loader
from desktop.forms.absence_patterns import KIND as PATTERNS_KIND
from desktop.forms.absence_patterns import validate_absence_patterns
from desktop.forms.agreement_templates import KIND as TEMPLATES_KIND
from desktop.forms.agreement_templates import validate_templates
from desktop.forms.circle_form import KIND as CIRCLE_KIND
from desktop.forms.circle_form import validate_circle
from desktop.forms.conversation_forms import KIND as CONVERSATION_KIND
from desktop.forms.conversation_forms import load_conversation_forms, validate_conversation
from desktop.forms.language import form_language, set_form_language
from desktop.forms.loader import FormSet, load_forms, read_form
from desktop.forms.meeting_agendas import KIND as AGENDA_KIND
from desktop.forms.meeting_agendas import validate_agenda
from desktop.forms.plan_templates import KIND as PLAN_KIND
from desktop.forms.plan_templates import validate_step_template
from desktop.forms.rule_sets import KIND as RULES_KIND
from desktop.forms.rule_sets import validate_rule_set
from desktop.forms.school_calendars import KIND as CALENDAR_KIND
from desktop.forms.school_calendars import validate_school_calendar
from desktop.paths import forms_dir

FORMS = forms_dir()
NN = FORMS / "nn"

# All 23 bundled forms: each must have a twin at forms/nn/<path>. The twins are
# written in two halves; a missing one is an expected failure until both are in.
BUNDLED = (
    "avtaler/maler.toml",
    "kartlegging/samtaleguide.toml",
    "kartlegging/sjekkliste_eleven.toml",
    "kartlegging/sjekkliste_foresatte.toml",
    "kartlegging/sjekkliste_skolesituasjonen.toml",
    "monstre.toml",
    "moter/annet.toml",
    "moter/evalueringsmote.toml",
    "moter/forste_mote.toml",
    "moter/samarbeidsmote.toml",
    "moter/tverrfaglig.toml",
    "opptrapping/en_time_hver_dag.toml",
    "opptrapping/hjemme_og_bibliotek.toml",
    "opptrapping/to_timer_tre_dager.toml",
    "rules/baerum.toml",
    "rules/eksempel_danmark_antvorskov.toml",
    "rules/eksempel_england_dfe.toml",
    "rules/kearney.toml",
    "rules/orland.toml",
    "rules/oslo.toml",
    "skoleruta/eksempel_2026_2027.toml",
    "skoleruta/eksempel_2027_2028.toml",
    "tiltakssirkel.toml",
)


def _box_ids() -> set[str]:
    circle = read_form(FORMS / "tiltakssirkel.toml")
    return {box["id"] for box in circle.data["boxes"]}


VALIDATORS = {
    CONVERSATION_KIND: lambda form: validate_conversation(form, _box_ids()),
    CIRCLE_KIND: validate_circle,
    RULES_KIND: validate_rule_set,
    PLAN_KIND: validate_step_template,
    TEMPLATES_KIND: validate_templates,
    AGENDA_KIND: validate_agenda,
    CALENDAR_KIND: validate_school_calendar,
    PATTERNS_KIND: validate_absence_patterns,
}

# Keys whose text values are codes, not words (read off the validators): the
# same in both languages. Conversation: id, type, box, *_audience; circle:
# start_box; rule sets: metric, op, window, on, exclude, phase, propose,
# baseline; step templates: place and the weekday lists of cells, arrival (a
# time); agendas: section, meeting_kinds; calendars: school_year.
ID_KEYS = frozenset({
    "id", "ids", "key", "kind", "colour", "color", "type", "box", "start_box",
    "help_audience", "intro_audience", "metric", "op", "window", "on", "exclude",
    "phase", "propose", "baseline", "place", "arrival", "mandag", "tirsdag", "onsdag",
    "torsdag", "fredag", "section", "meeting_kinds", "school_year",
})
# Quotations of the municipal guides: kept verbatim (they quote a bokmål document).
VERBATIM_KEYS = frozenset({"source", "quote", "kilde", "sitat"})
CODE_LIKE = re.compile(r"^[\d\s.:\-–/%]+$")  # dates, times, years, numbers as text
BOKMAL_WORDS = ("ikke", "hva", "hvem", "hvordan", "noe", "noen", "mye", "bare", "fra", "jeg",
                "dere", "uke", "foresatte", "skolen", "hjemme", "ble", "sammen")
BOKMAL = re.compile(r"(?<![\wæøåÆØÅ])(" + "|".join(BOKMAL_WORDS) + r")(?![\wæøåÆØÅ])",
                    re.IGNORECASE)
QUOTE = re.compile(r"«[^»]*»")


def is_id_key(key: str) -> bool:
    return key in ID_KEYS or key.endswith("_id") or key.endswith("_ids")


def twin_of(relative: str) -> Path:
    path = NN / relative
    if not path.is_file():
        pytest.xfail(f"forms/nn/{relative} is not written yet (the other half of the twins)")
    return path


def strings(bokmal: Any, nynorsk: Any, key: str = "", in_list: bool = False
            ) -> Iterator[tuple[str, str, str, bool]]:
    """(key, bokmål text, nynorsk text, inside a list) for every human text of
    two trees of one shape."""
    if isinstance(bokmal, dict):
        for k in bokmal:
            yield from strings(bokmal[k], nynorsk[k], k, in_list)
    elif isinstance(bokmal, list):
        for b, n in zip(bokmal, nynorsk):
            yield from strings(b, n, key, True)
    elif isinstance(bokmal, str) and not is_id_key(key) and not CODE_LIKE.match(bokmal):
        yield key, bokmal, nynorsk, in_list


def shape_differences(bokmal: Any, nynorsk: Any, where: str = "") -> Iterator[str]:
    key = where.rsplit(".", 1)[-1].split("[", 1)[0]
    if type(bokmal) is not type(nynorsk):
        yield f"{where}: {type(bokmal).__name__} became {type(nynorsk).__name__}"
    elif isinstance(bokmal, dict):
        if list(bokmal) != list(nynorsk):
            yield f"{where}: keys {list(bokmal)} became {list(nynorsk)}"
        for k in bokmal:
            if k in nynorsk:
                yield from shape_differences(bokmal[k], nynorsk[k], f"{where}.{k}")
    elif isinstance(bokmal, list):
        if len(bokmal) != len(nynorsk):
            yield f"{where}: {len(bokmal)} items became {len(nynorsk)}"
        for i, (b, n) in enumerate(zip(bokmal, nynorsk)):
            yield from shape_differences(b, n, f"{where}[{i}]")
    elif isinstance(bokmal, str):
        if (is_id_key(key) or CODE_LIKE.match(bokmal)) and bokmal != nynorsk:
            yield f"{where}: the code {bokmal!r} became {nynorsk!r}"
    elif bokmal != nynorsk:  # numbers, booleans, dates
        yield f"{where}: {bokmal!r} became {nynorsk!r}"


def without_verbatim_quotes(nynorsk: str, bokmal: str) -> str:
    """The text less the «quotations» it keeps word for word from the bokmål."""
    return QUOTE.sub(lambda m: " " if m.group(0) in bokmal else m.group(0), nynorsk)


# --- the set of files ------------------------------------------------------------------
def test_the_list_of_bundled_forms_is_complete():
    found = sorted(p.relative_to(FORMS).as_posix() for p in FORMS.rglob("*.toml")
                   if p.relative_to(FORMS).parts[0] != "nn")
    assert found == sorted(BUNDLED)


def test_every_twin_has_a_bokmal_file():
    twins = sorted(p.relative_to(NN).as_posix() for p in NN.rglob("*.toml"))
    assert twins and set(twins) <= set(BUNDLED)


# --- each twin -------------------------------------------------------------------------
@pytest.mark.parametrize("relative", BUNDLED)
def test_the_twin_has_the_same_header_and_says_what_it_is(relative):
    twin = read_form(twin_of(relative))
    bokmal = read_form(FORMS / relative)
    assert (twin.id, twin.version, twin.kind) == (bokmal.id, bokmal.version, bokmal.kind)
    first = twin.text.splitlines()[0]
    assert first.startswith("#") and f"forms/{relative}" in first


@pytest.mark.parametrize("relative", BUNDLED)
def test_the_twin_has_the_same_shape_ids_and_values(relative):
    twin = read_form(twin_of(relative))
    bokmal = read_form(FORMS / relative)
    assert list(shape_differences(bokmal.data, twin.data)) == []


@pytest.mark.parametrize("relative", BUNDLED)
def test_the_twin_passes_its_kinds_validator(relative):
    twin = read_form(twin_of(relative))
    VALIDATORS[twin.kind](twin)


def translatable(relative: str) -> list[tuple[str, str]]:
    """(bokmål, nynorsk) for the texts a translation must change, ignoring ids,
    names (a `name` in a list: holidays, phases; one-word texts) and quotations."""
    twin = read_form(twin_of(relative))
    bokmal = read_form(FORMS / relative)
    return [(b, n) for key, b, n, in_list in strings(bokmal.data, twin.data)
            if key not in VERBATIM_KEYS and not (key == "name" and in_list)
            and len(b.split()) >= 2]


# Short headings often read the same in both norms ("Neste møte", "Plan B",
# "Tiltak og ansvarsfordeling"): fewer than 20 % of the texts of all twins may
# be identical to the bokmål, and fewer than half of any one file's (no twin is a copy).
@pytest.mark.parametrize("relative", BUNDLED)
def test_the_twin_is_translated(relative):
    texts = translatable(relative)
    same = [b for b, n in texts if b == n]
    assert texts and len(same) < 0.5 * len(texts), same


def test_the_twins_together_are_translated():
    texts = [pair for relative in BUNDLED if (NN / relative).is_file()
             for pair in translatable(relative)]
    same = [b for b, n in texts if b == n]
    assert texts and len(same) < 0.2 * len(texts), same


@pytest.mark.parametrize("relative", BUNDLED)
def test_the_twin_has_no_bokmal_words(relative):
    twin = read_form(twin_of(relative))
    bokmal = read_form(FORMS / relative)
    found = [(key, match.group(0), n)
             for key, b, n, _ in strings(bokmal.data, twin.data) if key not in VERBATIM_KEYS
             for match in BOKMAL.finditer(without_verbatim_quotes(n, b))]
    assert found == []


def test_all_forms_load_in_nynorsk_from_their_twins_without_problems():
    forms = load_forms(FORMS, None, VALIDATORS, language="nn")
    assert forms.problems == []
    assert len(forms.forms) == len(BUNDLED)
    for relative in BUNDLED:
        bokmal = read_form(FORMS / relative)
        expected = NN / relative if (NN / relative).is_file() else FORMS / relative
        assert forms.forms[bokmal.id].path == expected


def test_the_conversation_forms_in_nynorsk():
    guides, boxes, forms = load_conversation_forms(FORMS, None)
    try:
        set_form_language("nn")
        nn_guides, nn_boxes, nn_forms = load_conversation_forms(FORMS, None)
    finally:
        set_form_language("nb")
    assert nn_forms.problems == [] and forms.problems == []
    assert [g.id for g in nn_guides] == [g.id for g in guides]
    guide = next(g for g in nn_guides if g.id == "kartlegging_samtaleguide")
    assert guide.title == "Kartleggingssamtale med elev og føresette"
    assert set(nn_boxes) == set(boxes)


# --- the loader's form language --------------------------------------------------------
BOKMAL_FORM = 'id = "a"\nversion = 2\nkind = "demo"\ntitle = "Hva skjer hjemme?"\n'
NYNORSK_FORM = ('# Nynorsk tvilling av forms/a.toml\n'
                'id = "a"\nversion = 2\nkind = "demo"\ntitle = "Kva skjer heime?"\n')


def write(folder: Path, relative: str, text: str) -> Path:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    folder = tmp_path / "forms"
    write(folder, "sub/a.toml", BOKMAL_FORM)
    write(folder, "nn/sub/a.toml", NYNORSK_FORM)
    write(folder, "b.toml", 'id = "b"\nversion = 1\nkind = "demo"\ntitle = "Bare bokmål"\n')
    return folder


@pytest.fixture(autouse=True)
def bokmal_afterwards():
    yield
    set_form_language("nb")


def title(forms: FormSet, form_id: str) -> str:
    return forms.forms[form_id].data["title"]


def test_the_language_is_bokmal_unless_set():
    assert form_language() == "nb"
    with pytest.raises(ValueError):
        set_form_language("en")
    with pytest.raises(ValueError):
        load_forms(Path("."), language="sv")


def test_nynorsk_reads_the_twin_under_the_same_id(bundled):
    forms = load_forms(bundled, language="nn")
    assert forms.problems == []
    assert title(forms, "a") == "Kva skjer heime?"
    assert forms.forms["a"].path == bundled / "nn/sub/a.toml"
    assert (forms.forms["a"].version, forms.forms["a"].kind) == (2, "demo")
    assert title(forms, "b") == "Bare bokmål"  # no twin: the bokmål file


def test_the_module_language_is_used_when_none_is_given(bundled):
    assert title(load_forms(bundled), "a") == "Hva skjer hjemme?"
    set_form_language("nn")
    assert title(load_forms(bundled), "a") == "Kva skjer heime?"
    assert title(load_forms(bundled, language="nb"), "a") == "Hva skjer hjemme?"


def test_the_language_folder_is_not_loaded_as_forms_of_its_own(bundled):
    write(bundled, "nn/only_here.toml", 'id = "c"\nversion = 1\nkind = "demo"\ntitle = "C"\n')
    for language in ("nb", "nn"):
        forms = load_forms(bundled, language=language)
        assert sorted(forms.forms) == ["a", "b"] and forms.problems == []


@pytest.mark.parametrize("twin, words", [
    ('id = "a"\nversion = 2\nkind = "demo"\ntitle = "Kva\n', "TOML syntax"),
    ('id = "a"\nversion = 3\nkind = "demo"\ntitle = "Kva skjer heime?"\n', "'version' is 3"),
    ('id = "x"\nversion = 2\nkind = "demo"\ntitle = "Kva skjer heime?"\n', "'id' is 'x'"),
    ('id = "a"\nversion = 2\nkind = "other"\ntitle = "Kva skjer heime?"\n', "'kind' is 'other'"),
    ('id = "a"\nversion = 2\nkind = "demo"\ntitle = ""\n', "title"),
])
def test_a_broken_twin_falls_back_to_bokmal_with_a_problem(bundled, twin, words):
    path = write(bundled, "nn/sub/a.toml", twin)

    def check(form):
        if not form.data.get("title"):
            raise loader.FormError("'title' must be a non-empty text", form.line_of("title"))

    forms = load_forms(bundled, validators={"demo": check}, language="nn")
    assert title(forms, "a") == "Hva skjer hjemme?"
    assert forms.forms["a"].path == bundled / "sub/a.toml"
    [problem] = forms.problems
    assert problem.path == path and words in problem.message
    assert "a.toml" in str(problem)


def test_a_local_form_wins_in_both_languages(bundled, tmp_path):
    local = tmp_path / "local"
    write(local, "kartlegging/a.toml",
          'id = "a"\nversion = 1\nkind = "demo"\ntitle = "Vår eiga"\n')
    for language in ("nb", "nn"):
        forms = load_forms(bundled, local, language=language)
        assert forms.problems == []
        assert title(forms, "a") == "Vår eiga" and forms.forms["a"].local


def test_a_broken_bokmal_file_is_reported_and_its_twin_not_used(bundled):
    write(bundled, "sub/a.toml", 'id = "a"\nversion = 2\nkind = "demo"\ntitle = "Hva\n')
    forms = load_forms(bundled, language="nn")
    assert "a" not in forms.forms
    [problem] = forms.problems
    assert problem.path == bundled / "sub/a.toml"


# --- caches keyed by language ----------------------------------------------------------
def test_per_configuration_reads_again_when_the_language_changes():
    from desktop.services import absence_config

    calls: list[str] = []
    get = absence_config.per_configuration(lambda local: calls.append(form_language()) or
                                           form_language())
    assert get() == "nb" and get() == "nb"
    set_form_language("nn")
    assert get() == "nn"
    set_form_language("nb")
    assert get() == "nb" and calls == ["nb", "nn", "nb"]


def test_the_form_caches_are_kept_per_language(tmp_path, monkeypatch):
    from desktop.forms import agreement_templates
    from desktop.services import circle_service, plan_service

    monkeypatch.setattr(circle_service, "_form_cache", {})
    monkeypatch.setattr(plan_service, "_templates", {})
    monkeypatch.setattr(agreement_templates, "_cache", {})
    monkeypatch.setattr(circle_service, "load_circle_form",
                        lambda local: (form_language(), []))
    monkeypatch.setattr(plan_service, "load_step_templates",
                        lambda local: ([form_language()], []))
    for language in ("nb", "nn"):
        set_form_language(language)
        assert circle_service.circle_form(tmp_path)[0] == language
        assert plan_service.step_templates(tmp_path)[0] == [language]
        agreement_templates.load_templates(tmp_path)
    assert set(circle_service._form_cache) == {(tmp_path, "nb"), (tmp_path, "nn")}
    assert set(plan_service._templates) == {(tmp_path, "nb"), (tmp_path, "nn")}
    assert set(agreement_templates._cache) == {(tmp_path, "nb"), (tmp_path, "nn")}


def test_a_ticked_task_stays_ticked_in_the_other_language():
    """A task's stored id comes from its bokmål words, in whichever language the
    list is shown: a tick made on a bokmål screen shows on a nynorsk one."""
    from desktop.domain.language import document_language
    from desktop.forms.rule_sets import load_rule_sets

    with document_language("nb"):
        bokmal = load_rule_sets()[0]
    with document_language("nn"):
        nynorsk = load_rule_sets()[0]
    assert set(bokmal) == set(nynorsk)
    checked = 0
    for rule_set_id, nb_set in bokmal.items():
        nn_set = nynorsk[rule_set_id]
        for nb_phase, nn_phase in zip(nb_set.phases, nn_set.phases, strict=True):
            assert [t.id for t in nb_phase.tasks] == [t.id for t in nn_phase.tasks]
            differently_worded = [(a.text, b.text) for a, b in zip(nb_phase.tasks, nn_phase.tasks)
                                  if a.text != b.text]
            checked += len(differently_worded)
        assert [e.completes for e in nb_set.events] == [e.completes for e in nn_set.events]
    assert checked > 10  # the twins really are worded differently
