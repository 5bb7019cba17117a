"""The circle section in other situations: a local form override, a broken
override, a read-only case, and moving through it with Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.casefile.suggestions_repo import SuggestionRepository
from desktop.domain.measure_circle import EntryKind, Party
from desktop.domain.people import Guardian, TeamMember, TeamRole
from desktop.domain.suggestions import MeasureSuggestion, SuggestionStatus
from desktop.paths import ENV_CONFIG_DIR, forms_dir
from desktop.ui.sections.circle.section import CircleSection
from desktop.ui.undo import CaseEditing
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import choose, click, create_case, press, shortcut, unlock
from tests.ui.sections.circle.test_circle import add_by_typing, open_circle


def write_override(config_dir, text: str) -> None:
    folder = config_dir / "forms"
    folder.mkdir(parents=True)
    (folder / "min_sirkel.toml").write_text(text, encoding="utf-8")


def bundled() -> str:
    return (forms_dir() / "tiltakssirkel.toml").read_text(encoding="utf-8")


def test_a_local_override_changes_titles_and_examples(qtbot, make_window, vault_dir,
                                                      tmp_path, monkeypatch):
    write_override(tmp_path / "cfg", bundled()
                   .replace('title = "Fritidsaktiviteter"', 'title = "Fritid og venner"')
                   .replace('"Har en hobby eleven blir glad av"', '"Kommunens eget eksempel"'))
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "cfg"))
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Jon")
    section = open_circle(qtbot, window.case_page)
    assert section.view.box_data("fritid").title == "Fritid og venner"
    section.view.select("fritid")
    assert section.editor.title.text() == "Fritid og venner"
    assert "Kommunens eget eksempel" in section.editor.examples.list.full_texts()
    assert not section.problem_note.isVisible()


def test_a_broken_override_is_named_and_the_bundled_form_used(qtbot, make_window, vault_dir,
                                                               tmp_path, monkeypatch):
    write_override(tmp_path / "cfg", bundled().replace('id = "fritid"', 'id = "fritid2"'))
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "cfg"))
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Jon")
    section = open_circle(qtbot, window.case_page)
    assert section.problem_note.isVisible()
    assert "min_sirkel.toml, line" in section.problem_note.text()
    assert "Standardutgaven vises" in section.problem_note.text()
    assert section.view.box_data("fritid").title == "Fritidsaktiviteter"


def test_a_read_only_case_shows_the_circle_but_allows_no_change(qtbot, make_window,
                                                                vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Emil")
    page = window.case_page
    section = open_circle(qtbot, page)
    add_by_typing(qtbot, section, EntryKind.RISK, "Står alene i storefri")
    session = page.session
    session.edit(lambda: session.repository(SuggestionRepository).add(
        MeasureSuggestion(None, "relasjon_voksne", "Fast prat")))
    session.save_now()

    other = new_service(vault_dir).open_case(session.case_id)  # held by the window
    assert other.read_only
    editing = CaseEditing(other)
    view = CircleSection(editing)
    qtbot.addWidget(view)
    view.show()
    editor = view.editor
    assert editor.lists[EntryKind.RISK].texts() == ["Står alene i storefri"]
    assert editor.lists[EntryKind.RISK].input.isReadOnly()
    assert not editor.discussed.isEnabled()
    assert not editor.suggestions.accept.isEnabled()
    assert not editor.examples.insert.isEnabled()
    assert not view.toolbar.save_button.isEnabled()
    assert view.toolbar.pdf_button.isEnabled()  # reading and printing are fine
    press(editor.lists[EntryKind.RISK].input, Qt.Key.Key_Return)
    assert editing.stack.count() == 0 and not other.dirty
    other.close()


def test_tab_goes_from_the_circle_into_the_box(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Emil")
    section = open_circle(qtbot, window.case_page)
    section.view.setFocus()
    press(section.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is section.editor.discussed
    press(section.editor.discussed, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is section.editor.lists[EntryKind.RESOURCE].input


def test_a_measure_can_be_given_to_a_named_person_of_the_case(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Emil")
    page = window.case_page
    page.session.add_team_member(TeamMember(role=TeamRole.CONTACT_TEACHER, name="Kari Nilsen"))
    page.session.add_guardian(Guardian(name="Sara Eira"))
    section = open_circle(qtbot, page)
    add_by_typing(qtbot, section, EntryKind.MEASURE, "Fast prat hver mandag")
    details = section.editor.details
    names = [details.responsible.itemText(i) for i in range(details.responsible.count())]
    assert "Kari Nilsen (Kontaktlærer)" in names and "Sara Eira (Foresatte)" in names
    choose(qtbot, details.responsible, "Kari Nilsen (Kontaktlærer)")
    [entry] = section.service.box("relasjon_voksne").of_kind(EntryKind.MEASURE)
    assert (entry.party, entry.person) == (Party.CONTACT_TEACHER, "Kari Nilsen")
    assert section.editor.lists[EntryKind.MEASURE].list.labels()[0].startswith(
        "[foreslått] Kari Nilsen:")
    by_party = section.service.measures_by_party()
    assert [e.text for _, e in by_party[Party.CONTACT_TEACHER]] == ["Fast prat hver mandag"]


def test_dropping_a_suggestion_hides_it_and_undo_brings_it_back(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Emil")
    page = window.case_page
    repo = page.session.repository(SuggestionRepository)
    noted = page.session.edit(lambda: repo.add(MeasureSuggestion(
        None, "relasjon_voksne", "Ring hjem hver fredag", "conversation", 2, "Samtale")))
    section = open_circle(qtbot, page)
    panel = section.editor.suggestions
    assert panel.isVisible() and section.view.box_data("relasjon_voksne").suggestions == 1
    click(qtbot, panel.drop)
    assert not panel.isVisible()
    assert [s.status for s in repo.list()] == [SuggestionStatus.DROPPED]
    assert section.editor.lists[EntryKind.MEASURE].texts() == []
    assert section.view.box_data("relasjon_voksne").suggestions == 0
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert panel.isVisible() and repo.list()[0].id == noted.id
    assert repo.list()[0].status is SuggestionStatus.OPEN


def test_undo_from_another_section_shows_the_circle(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Emil")
    page = window.case_page
    section = open_circle(qtbot, page)
    add_by_typing(qtbot, section, EntryKind.RESOURCE, "Liker å tegne")
    page.nav.setFocus()
    press(page.nav, Qt.Key.Key_Home)
    assert page.sections.currentWidget() is page.overview
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert page.sections.currentWidget() is section
    assert section.editor.lists[EntryKind.RESOURCE].texts() == []
