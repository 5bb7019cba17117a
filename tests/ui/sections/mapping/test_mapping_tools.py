"""Each conversation tool used through its widget; its data checked in the
store (re-opened by a new AppService); undo of typing is one step per field;
meeting mode hides the internal notes (checked on the widget tree)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.domain.conversation_tools import Tool
from desktop.services.conversation_service import Conversations
from desktop.ui.sections.mapping.tools import ToolsPanel
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    activate,
    all_texts,
    click,
    create_case,
    press,
    shortcut,
    type_into,
    type_text,
    unlock,
    wait_saved,
)
from tests.ui.sections.mapping.mapping_helpers import open_mapping, tab_to

INTERNAL_NOTE = "Mulig opprettholdende: mye skjermtid ŋ"
KEARNEY_NOTE = "Unngår muntlige framføringer"


def _start_conversation(qtbot, window):
    section = open_mapping(qtbot, window)
    click(qtbot, section.start_button)
    qtbot.waitUntil(lambda: section.view is not None and section.view.isVisible())
    return section


def _tools(section) -> ToolsPanel:
    view = section.view
    view.tabs.setCurrentWidget(view.tools)
    return view.tools


def _stored(vault_dir, case_id):
    service = new_service(vault_dir)
    session = service.open_case(case_id)
    talks = Conversations(session)
    [conversation] = talks.list()
    data = {tool: talks.tool_data(conversation.id, tool) for tool in Tool}
    service.close_case(session)
    service.lock()
    return data


def _close_case(qtbot, window):
    wait_saved(qtbot, window)
    activate(qtbot, window)
    click(qtbot, window.case_page.back_button)
    qtbot.waitUntil(lambda: window.case_page is None)


def test_every_tool_is_used_through_its_widget_and_stored(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Áilu")
    case_id = window.case_page.session.case_id
    section = _start_conversation(qtbot, window)
    tools = _tools(section)

    # Scaling: two situations, typed, numbers by keyboard; the chart follows.
    scaling = tools.tools[Tool.SCALING]
    tools.setCurrentWidget(scaling)
    for label, value in (("Morgenen hjemme", "3"), ("Friminutt ute", "7")):
        type_into(qtbot, scaling.new_label, label)
        press(scaling.new_label, Qt.Key.Key_Return)
        spin = scaling.row_widgets[-1][1]
        assert spin.hasFocus()
        QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(spin, value)
    assert scaling.chart.items == [("Morgenen hjemme", 3), ("Friminutt ute", 7)]
    assert "Friminutt ute: 7" in scaling.chart.accessibleDescription()

    # Plus/minus: one point a line.
    plus_minus = tools.tools[Tool.PLUS_MINUS]
    tools.setCurrentWidget(plus_minus)
    type_into(qtbot, plus_minus.plus, "")
    type_text(plus_minus.plus, "Flink i matte")
    press(plus_minus.plus, Qt.Key.Key_Return)
    type_text(plus_minus.plus, "God venn: Áila")
    type_into(qtbot, plus_minus.minus, "Gymtimene")

    # The ambivalence matrix: four cells.
    matrix = tools.tools[Tool.AMBIVALENCE]
    tools.setCurrentWidget(matrix)
    for key, text in (("home_good", "Slipper mas"), ("home_bad", "Kjedelig, savner venner"),
                      ("school_good", "Treffe Áila"), ("school_bad", "Prøver")):
        type_into(qtbot, matrix.editors[key], text)

    # The timetable: a click cycles green → yellow → red; Space does the same.
    timetable = tools.tools[Tool.TIMETABLE]
    tools.setCurrentWidget(timetable)
    grid = timetable.grid

    def click_cell(row, column):
        rect = grid.visualItemRect(grid.item(row, column))
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click_cell(0, 0)
    click_cell(2, 1)
    click_cell(2, 1)
    for _ in range(3):
        click_cell(4, 3)
    grid.setFocus()
    grid.setCurrentCell(5, 4)
    press(grid, Qt.Key.Key_Space)
    assert grid.item(0, 0).text() == "Grønn" and grid.item(2, 1).text() == "Gul"
    assert grid.item(4, 3).text() == "Rød" and grid.item(5, 4).text() == "Grønn"

    # The timeline: a bad date is refused with a message and nothing is lost.
    timeline = tools.tools[Tool.TIMELINE]
    tools.setCurrentWidget(timeline)
    type_into(qtbot, timeline.date, "31.02.2025")
    type_into(qtbot, timeline.text, "Byttet klasse")
    press(timeline.text, Qt.Key.Key_Return)
    assert timeline.error.isVisible() and "dd.mm.åååå" in timeline.error.text()
    assert timeline.text.text() == "Byttet klasse" and timeline.list.count() == 0
    type_into(qtbot, timeline.date, "15.08.2025")
    press(timeline.date, Qt.Key.Key_Return)
    assert timeline.text.hasFocus()
    press(timeline.text, Qt.Key.Key_Return)
    type_into(qtbot, timeline.date, "02.01.2025")
    type_into(qtbot, timeline.text, "Bestemor ble syk")
    press(timeline.text, Qt.Key.Key_Return)
    assert [timeline.list.item(i).text() for i in range(2)] == [
        "02.01.2025   Bestemor ble syk", "15.08.2025   Byttet klasse"]

    # Kearney's four functions: a hypothesis with a note.
    kearney = tools.tools[Tool.KEARNEY]
    tools.setCurrentWidget(kearney)
    kearney.checks["2"].setFocus()
    press(kearney.checks["2"], Qt.Key.Key_Space)
    type_into(qtbot, kearney.notes["2"], KEARNEY_NOTE)

    _close_case(qtbot, window)
    data = _stored(vault_dir, case_id)
    assert data[Tool.SCALING]["items"] == [{"label": "Morgenen hjemme", "value": 3},
                                           {"label": "Friminutt ute", "value": 7}]
    assert data[Tool.PLUS_MINUS] == {"plus": ["Flink i matte", "God venn: Áila"],
                                     "minus": ["Gymtimene"]}
    assert data[Tool.AMBIVALENCE] == {"home_good": "Slipper mas",
                                      "home_bad": "Kjedelig, savner venner",
                                      "school_good": "Treffe Áila", "school_bad": "Prøver"}
    assert data[Tool.TIMETABLE]["cells"] == {"0,0": "green", "1,2": "yellow", "3,4": "red",
                                             "4,5": "green"}
    assert data[Tool.TIMELINE]["events"] == [
        {"date": "2025-01-02", "text": "Bestemor ble syk"},
        {"date": "2025-08-15", "text": "Byttet klasse"}]
    assert data[Tool.KEARNEY]["functions"]["2"] == {"checked": True, "note": KEARNEY_NOTE}
    assert data[Tool.KEARNEY]["functions"]["1"] == {"checked": False, "note": ""}


def test_typing_in_an_answer_is_one_undo_step_per_field(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Emil")
    section = _start_conversation(qtbot, window)
    view = section.view
    first = view.question_widget("rammer_rom_tid").editor
    second = view.question_widget("rammer_forberedelse").editor
    type_text(first, "Rom 2")
    tab_to(second)
    type_text(second, "SFO sier han er stille")
    talks = section.owner.talks
    conv_id = view.conversation.id
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert talks.answers(conv_id)["rammer_forberedelse"].value == ""
    assert second.toPlainText() == ""
    assert talks.answers(conv_id)["rammer_rom_tid"].value == "Rom 2"
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert first.toPlainText() == "" and talks.answers(conv_id)["rammer_rom_tid"].value == ""
    shortcut(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
             | Qt.KeyboardModifier.ShiftModifier)
    assert first.toPlainText() == "Rom 2"

    # A forslag til tiltak is one undo step too: undo removes it from the shared list.
    widget = view.question_widget("rammer_rom_tid")
    click(qtbot, widget.suggest_button)
    type_text(widget.suggest_text, "Pause midt i møtet")
    press(widget.suggest_text, Qt.Key.Key_Return)
    assert [s.text for s in talks.suggestions(conv_id)] == ["Pause midt i møtet"]
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert talks.suggestions(conv_id) == [] and widget.suggestion_list.text() == ""
    shortcut(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
             | Qt.KeyboardModifier.ShiftModifier)
    assert [s.text for s in talks.suggestions(conv_id)] == ["Pause midt i møtet"]
    assert "Pause midt i møtet" in widget.suggestion_list.text()


def test_meeting_mode_hides_internal_notes_and_loses_nothing(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Sander")
    page = window.case_page
    case_id = page.session.case_id
    section = _start_conversation(qtbot, window)
    view = section.view

    # The adults' reflection after the meeting (an internal step) and a Kearney note.
    view.step_list.setFocus()
    view.step_list.setCurrentRow(6)
    assert view.step_label.text() == "Steg 7 av 8: Etter møtet (internt)"
    type_into(qtbot, view.question_widget("etter_opprettholdende").editor, INTERNAL_NOTE)
    type_into(qtbot, _tools(section).tools[Tool.KEARNEY].notes["4"], KEARNEY_NOTE)
    view.tabs.setCurrentIndex(0)
    pupil_answer = view.question_widget("elev_onske").editor
    type_into(qtbot, pupil_answer, "Begynne klokka ti")
    assert INTERNAL_NOTE in "\n".join(all_texts(window))

    # Ctrl+Shift+M: meeting mode.
    shortcut(qtbot, window, Qt.Key.Key_M,
             Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: section.meeting_mode)
    view = section.view
    texts = "\n".join(all_texts(window))
    assert INTERNAL_NOTE not in texts and KEARNEY_NOTE not in texts
    assert "Etter møtet (internt)" not in texts
    assert window.findChild(QWidget, "answer_etter_opprettholdende") is None
    assert window.findChild(QWidget, "toolKearney") is None
    assert window.findChild(QWidget, "includeInternal").isHidden()
    assert not page.back_button.isVisible()  # only this case
    assert view.step_label.font().pointSizeF() >= 14  # larger text
    assert view.step_label.text() == "Steg 7 av 7: Oppsummering"  # the internal step is gone
    assert view.question_widget("elev_onske").editor.toPlainText() == "Begynne klokka ti"

    # One click back: everything is there again.
    click(qtbot, page.meeting_button)
    assert not section.meeting_mode
    view = section.view
    assert page.nav.isVisible() and page.back_button.isVisible()
    assert view.step_label.font().pointSizeF() < 14
    editor = window.findChild(QPlainTextEdit, "answer_etter_opprettholdende")
    assert editor is not None and editor.toPlainText() == INTERNAL_NOTE
    assert window.findChild(QWidget, "toolKearney") is not None

    _close_case(qtbot, window)
    service = new_service(vault_dir)
    session = service.open_case(case_id)
    talks = Conversations(session)
    [conversation] = talks.list()
    assert talks.answers(conversation.id)["etter_opprettholdende"].value == INTERNAL_NOTE
    assert talks.tool_data(conversation.id, Tool.KEARNEY)["functions"]["4"]["note"] == KEARNEY_NOTE
    service.close_case(session)
    service.lock()


def test_local_forms_override_and_a_broken_one_is_named_with_its_line(qtbot, make_window,
                                                                      vault_dir):
    from desktop.paths import forms_dir
    local = vault_dir / "config" / "forms"  # the config dir of a test data folder
    local.mkdir(parents=True)
    text = (forms_dir() / "kartlegging" / "sjekkliste_eleven.toml").read_text(encoding="utf-8")
    (local / "eleven.toml").write_text(text.replace(
        'title = "Sjekkliste: informasjon fra eleven"', 'title = "Vår egen elevsjekkliste"', 1),
        encoding="utf-8")
    (local / "ødelagt.toml").write_text('id = "x"\nversion = 1\nkind = "conversation"\n'
                                        'title = "X"\n\n[[steps]]\nid = "a"\ntitle = "A"\n\n'
                                        '[[steps.questions]]\nid = "q"\ntext = "Q"\n'
                                        'help = "H"\ntype = "skala"\n', encoding="utf-8")
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Emil")
    section = open_mapping(qtbot, window)
    titles = [section.form_choice.itemText(i) for i in range(section.form_choice.count())]
    assert "Vår egen elevsjekkliste" in titles
    assert "Sjekkliste: informasjon fra eleven" not in titles
    assert "Kartleggingssamtale med elev og foresatte" in titles  # the others still load
    assert section.form_problems.isVisible()
    assert "ødelagt.toml, linje 14" in section.form_problems.text()


def test_the_summary_page_writes_the_pdf_without_internal_notes_unless_ticked(
        qtbot, make_window, vault_dir, tmp_path):

    from pypdf import PdfReader
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Sander")
    section = _start_conversation(qtbot, window)
    view = section.view
    type_into(qtbot, view.question_widget("elev_onske").editor, "Begynne klokka ti ŧ")
    type_into(qtbot, view.question_widget("etter_utlosende").editor, INTERNAL_NOTE)
    view.go_to(len(view.steps))
    summary = view.summary
    click(qtbot, summary.export_button)  # the same save dialog and warning as every PDF
    assert "en PDF er ikke kryptert" in summary.message.text()
    summary.dialog.reject()
    call = summary.export_to(str(tmp_path / "ut.pdf"))
    assert summary.message.text() == "Lager PDF …"  # built on a worker thread
    qtbot.waitUntil(lambda: call.done, timeout=10_000)
    assert summary.message.isVisible() and "ut.pdf" in summary.message.text()
    assert "En PDF er ikke kryptert" in summary.message.text()
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "ut.pdf").pages)
    assert "Begynne klokka ti ŧ" in text and INTERNAL_NOTE not in text
    summary.include_internal.setFocus()
    press(summary.include_internal, Qt.Key.Key_Space)
    summary.export_to(str(tmp_path / "med.pdf")).wait()
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "med.pdf").pages)
    assert INTERNAL_NOTE in " ".join(text.split())
    summary.export_to(str(tmp_path / "finnes-ikke" / "x.pdf")).wait()
    assert "PDF-en kunne ikke lagres i" in summary.message.text()


def test_a_read_only_case_shows_its_conversations_and_stores_nothing(qtbot, make_window,
                                                                    vault_dir):
    from datetime import date

    from desktop.services.conversation_service import ConversationForms
    from tests.ui.helpers import open_case_from_list
    holder = new_service(vault_dir)  # another running copy holds the case
    held = holder.create_case("Ánde Sárá")
    talks = Conversations(held)
    conv = talks.start(ConversationForms(), "kartlegging_samtaleguide", date(2026, 3, 12), [])
    talks.set_answer_field(conv.id, "rammer_rom_tid", "Rom", value="Møterom 2")
    holder.flush_pending()
    held.save_now()

    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    open_case_from_list(qtbot, window, held.case_id)
    assert window.case_page.session.read_only
    section = open_mapping(qtbot, window)
    assert not section.start_button.isEnabled()
    section.conversation_list.setFocus()
    press(section.conversation_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.view is not None and section.view.isVisible())
    editor = section.view.question_widget("rammer_rom_tid").editor
    assert editor.toPlainText() == "Møterom 2" and editor.isReadOnly()
    type_text(editor, " endret")
    assert not section.view.question_widget("rammer_rom_tid").voice.isEnabled()
    assert not section.view.tools.tools[Tool.SCALING].isEnabled()
    assert Conversations(window.case_page.session).answers(conv.id)["rammer_rom_tid"].value \
        == "Møterom 2"
    holder.close_case(held)
    holder.lock()


def test_an_impossible_date_is_refused_in_norwegian_and_nothing_starts(qtbot, make_window,
                                                                      vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Emil")
    section = open_mapping(qtbot, window)
    type_into(qtbot, section.date_edit, "31.02.2026")
    click(qtbot, section.start_button)
    assert section.start_error.isVisible()
    assert section.start_error.text().startswith("Skriv datoen som dd.mm.åååå")
    assert section.date_edit.text() == "31.02.2026" and section.date_edit.hasFocus()
    assert section.view is None and section.owner.talks.list() == []
    type_into(qtbot, section.date_edit, "28.02.2026")
    click(qtbot, section.start_button)
    qtbot.waitUntil(lambda: section.view is not None)
    assert [c.held_on for c in section.owner.talks.list()] == ["2026-02-28"]
