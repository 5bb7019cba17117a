"""Agendas per meeting kind (forms/moter/): every bundled agenda loads and
quotes its guide; a broken file is named with file and line, the others still
load; a local file with the same id replaces the bundled one."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.meetings import MeetingKind
from desktop.forms.meeting_agendas import SECTIONS, agenda_for, load_agendas
from desktop.paths import forms_dir

GOOD = """id = "forste_mote"
version = 2
kind = "meeting_agenda"
name = "Vårt første møte"
meeting_kinds = ["kartleggingsmote"]

[[items]]
id = "apning"
title = "Åpning"
section = "absence"
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def test_every_kind_has_a_bundled_agenda_and_the_first_meeting_follows_the_guide():
    agendas, problems = load_agendas()
    assert problems == []
    for kind in MeetingKind:
        assert agenda_for(agendas, kind) is not None, kind
    first = agenda_for(agendas, MeetingKind.MAPPING)
    assert [i.id for i in first.items] == [
        "apning", "kartleggingssamtale", "tiltakssirkel", "opptrappingsplan",
        "samarbeidsavtale", "signering", "neste_mote"]
    assert [i.section for i in first.items][:5] == [
        "absence", "mapping", "circle", "plan", "agreements"]
    evaluation = agenda_for(agendas, MeetingKind.EVALUATION)
    assert [i.id for i in evaluation.items] == [
        "fravaer_i_perioden", "evaluering", "utfall", "ny_avtale_eller_avslutning", "neste_mote"]


def test_the_agenda_files_quote_the_guides():
    first = (forms_dir() / "moter" / "forste_mote.toml").read_text(encoding="utf-8")
    assert "Fase 3 består av kartlegging, samarbeidsmøte og samarbeidsavtale." in first
    evaluation = (forms_dir() / "moter" / "evalueringsmote.toml").read_text(encoding="utf-8")
    assert "I evalueringsmøtet skal effekten av tiltakene vurderes." in evaluation
    assert "innen to uker på et evalueringsmøte" in evaluation


def test_item_sections_are_the_case_pages_sections():
    registry = (forms_dir().parent / "desktop" / "ui" / "sections" / "registry.py").read_text()
    for key in SECTIONS:
        assert f'"{key}": "desktop.ui.sections.' in registry


def test_broken_agendas_are_reported_with_file_and_line_and_the_others_load(tmp_path):
    bundled = tmp_path / "forms"
    write(bundled / "moter", "god.toml", GOOD)
    write(bundled / "moter", "seksjon.toml", GOOD.replace('"forste_mote"', '"a"').replace(
        'section = "absence"', 'section = "kantina"'))
    write(bundled / "moter", "type.toml", GOOD.replace('"forste_mote"', '"b"').replace(
        '["kartleggingsmote"]', '["festmote"]'))
    write(bundled / "moter", "tom.toml", GOOD.replace('"forste_mote"', '"c"').replace(
        'title = "Åpning"\n', ''))
    write(bundled / "moter", "dobbel.toml", GOOD.replace('"forste_mote"', '"d"')
          + '\n[[items]]\nid = "apning"\ntitle = "Igjen"\nsection = "log"\n')
    agendas, problems = load_agendas(None, bundled)
    assert [a.id for a in agendas] == ["forste_mote"]
    found = {p.path.name: (p.line, p.message) for p in problems}
    assert found["seksjon.toml"][0] == 7 and "kantina" in found["seksjon.toml"][1]
    assert found["type.toml"][0] == 5 and "meeting_kinds" in found["type.toml"][1]
    assert found["tom.toml"][0] == 7 and "'title'" in found["tom.toml"][1]
    assert found["dobbel.toml"][0] == 12 and "twice" in found["dobbel.toml"][1]


def test_a_local_agenda_replaces_the_bundled_one_with_the_same_id(tmp_path):
    local = tmp_path / "local"
    write(local, "mitt.toml", GOOD)
    agendas, problems = load_agendas(local)
    assert problems == []
    first = agenda_for(agendas, MeetingKind.MAPPING)
    assert (first.name, first.version, [i.id for i in first.items]) == (
        "Vårt første møte", 2, ["apning"])
