"""A measure tied to a sub-goal, as Bærum's agreement template has it (seed 001
Vedlegg 3: "DELMÅL 1; TILTAK A: Spesifiser ansvar for tiltak for kontaktlærer,
ledelse, foresatte, elev og andre involverte parter."), done as a person does
it in Avtaler: add sub-goals, choose one for a new measure, tie another measure
afterwards, remove a sub-goal (its measures stay, untied; Ctrl+Z brings the
tie back); the interpreter a guardian needs is said on the agreement; the
evaluation shows each sub-goal with its measures and rates plan B; and the
saved PDFs say "Delmål 1 – tiltak A"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.agreements import AgreementStatus
from desktop.domain.people import Guardian
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import (
    choose,
    click,
    create_case,
    saved_pdf_text,
    shortcut,
    type_into,
    unlock,
)
from tests.ui.sections.agreements.agreement_helpers import (
    add_measure,
    add_sub_goal,
    add_tonje_people,
    open_section,
    tick_everyone,
)


def test_measures_tied_to_sub_goals_from_editor_to_evaluation(qtbot, make_window, vault_dir,
                                                              tmp_path):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Tonje Ánde")
    session = window.case_page.session
    add_tonje_people(session)
    session.add_guardian(Guardian(name="Hodan Nur", relation="Mor", interpreter_needed=True,
                                  interpreter_language="somali"))
    section = open_section(qtbot, window.case_page, "agreements")
    click(qtbot, section.new_button)
    editor = section.editor
    tick_everyone(section)
    # The guardian's need shows where the interpreter is written, and prints.
    assert editor.interpreter.placeholderText() == "somali, for mor"

    add_sub_goal(qtbot, section, "Tonje kommer tre dager med fast voksen", "2 uker")
    add_sub_goal(qtbot, section, "Tonje er med i klassen i norsk", "2 uker")
    measures = editor.measures
    choose(qtbot, measures.sub_goal, "Delmål 1: Tonje kommer tre dager med fast voksen")
    add_measure(qtbot, section, "Kontaktlærer", "Møter Tonje i porten")
    add_measure(qtbot, section, "Foresatte", "Følger Tonje til skolen", "Mor")
    choose(qtbot, measures.sub_goal, "Ingen delmål")
    add_measure(qtbot, section, "Eleven", "Sier fra når det blir vanskelig")
    # Tie the last one afterwards: choose it, the sub-goal, "Knytt til delmål".
    measures.tree.setCurrentItem(measures.tree.topLevelItem(2))
    choose(qtbot, measures.sub_goal, "Delmål 2: Tonje er med i klassen i norsk")
    click(qtbot, measures.tie)
    draft = section.current
    assert [m.sub_goal for m in draft.measures] == [0, 0, 1]
    assert draft.measure_labels() == ["Delmål 1 – tiltak A", "Delmål 1 – tiltak B",
                                      "Delmål 2 – tiltak A"]
    assert [measures.tree.topLevelItem(i).text(2) for i in range(3)] == ["1 – A", "1 – B",
                                                                         "2 – A"]

    # Removing sub-goal 1 keeps its measures, untied; sub-goal 2 becomes 1.
    goals = editor.sub_goals
    goals.list.setFocus()
    goals.list.setCurrentItem(goals.list.topLevelItem(0))
    click(qtbot, goals.remove)
    assert [g.text for g in section.current.sub_goals] == ["Tonje er med i klassen i norsk"]
    assert [m.sub_goal for m in section.current.measures] == [None, None, 0]
    shortcut(qtbot, window, Qt.Key.Key_Z)  # one undo step brings goal and ties back
    assert len(section.current.sub_goals) == 2
    assert [m.sub_goal for m in section.current.measures] == [0, 0, 1]

    type_into(qtbot, editor.goal, "Tonje er på skolen hver dag.")
    click(qtbot, section.freeze_button)
    frozen = section.current
    assert frozen.status is AgreementStatus.READY
    text = " ".join(saved_pdf_text(qtbot, section.output, section.document(),
                                   tmp_path / "avtale.pdf").split())
    assert "Tolk: somali, for mor" in text
    assert "Delmål 1 – tiltak A: Møter Tonje i porten" in text
    assert "Delmål 2 – tiltak A: Sier fra når det blir vanskelig" in text
    assert "Tiltak B: Følger Tonje til skolen" in text  # under its sub-goal as well

    click(qtbot, section.evaluate_button)
    evaluation = section.dialog
    qtbot.waitExposed(evaluation)
    first_goal = evaluation.goal_ratings[0].parent().layout().itemAtPosition(0, 0).widget()
    assert first_goal.text().splitlines() == [
        "Delmål 1: Tonje kommer tre dager med fast voksen", "  Tiltak A: Møter Tonje i porten",
        "  Tiltak B: Følger Tonje til skolen"]
    type_into(qtbot, evaluation.place, "Bommen skole, møterom 2")
    choose(qtbot, evaluation.goal_ratings[0], "Delvis")
    choose(qtbot, evaluation.measure_ratings[0], "Fungert")
    choose(qtbot, evaluation.plan_b_rating, "Ikke fungert")
    stored = section.service.evaluations(frozen.id)[0]
    assert stored.place == "Bommen skole, møterom 2"
    assert stored.plan_b_rating.value == "ikke"
    assert [m.label for m in stored.measures] == [
        "Delmål 1 – tiltak A", "Delmål 1 – tiltak B", "Delmål 2 – tiltak A"]
    text = " ".join(saved_pdf_text(qtbot, evaluation.output, evaluation.document(),
                                   tmp_path / "evaluering.pdf").split())
    assert "Sted og dato Bommen skole, møterom 2" in text
    assert "Delmål 1 (2 uker) Tonje kommer tre dager med fast voksen Vurdering: Delvis" in text
    assert "A: Møter Tonje i porten – fungert" in text
    assert "Evaluering av plan B" in text and "Vurdering: Ikke fungert" in text
    assert "Fravær i avtaleperioden" in text
    evaluation.accept()
