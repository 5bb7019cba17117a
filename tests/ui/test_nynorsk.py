"""Nærvær in nynorsk (issue 18): every section of the fullest case shows
nynorsk — the program's own texts and the forms' — with no bokmål left in
labels, buttons, headings, tabs, lists and tooltips; the sections still fit
1366×768; the language is chosen in Innstillinger and a restart brings the
user back to the same place; a case written in nynorsk prints in nynorsk on a
bokmål screen."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.domain import language as doc_language
from desktop.forms.language import set_form_language
from desktop.ui.i18n import install_translators
from desktop.ui.i18n_check import BOKMAL_ONLY
from tests.ui import test_screen_fit
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import click, find, open_case_from_list, unlock
from tests.ui.worst_case import fill_worst_case

# Texts a case holds (typed by its users, bokmål in the test case) are not the
# program's: they show as they were written.
DATA_WIDGETS = {"planChooser"}  # lists the case's plans by their goals


@pytest.fixture
def nynorsk(qapp):
    install_translators(qapp, "nn")
    set_form_language("nn")
    yield
    install_translators(qapp, "nb")
    set_form_language("nb")


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what the program writes on screen: not what users typed."""
    out: list[tuple[str, str]] = []

    def add(w: QWidget, text: str) -> None:
        if text and text.strip():
            out.append((f"{type(w).__name__}#{w.objectName()}", text))

    for w in widget.findChildren(QWidget):
        if not w.isVisibleTo(widget) or w.objectName() in DATA_WIDGETS:
            continue
        if isinstance(w, QLabel) and not w.textInteractionFlags() & \
                Qt.TextInteractionFlag.TextEditable:
            add(w, w.text())
        elif isinstance(w, QAbstractButton):
            add(w, w.text())
        elif isinstance(w, QGroupBox):
            add(w, w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, w.tabText(i))
        elif isinstance(w, (QLineEdit, QTextEdit)):
            add(w, w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            header = getattr(w, "horizontalHeader", None)
            columns = header().count() if header is not None else 0
            for section in range(columns):
                add(w, str(w.model().headerData(section, Qt.Orientation.Horizontal) or ""))
        add(w, w.toolTip())
        add(w, w.accessibleName())
    return out


def _bokmal(texts: list[tuple[str, str]], data: set[str]) -> list[str]:
    found = []
    for where, text in texts:
        plain = re.sub(r"<[^>]+>", " ", text)
        if any(d and d in plain for d in data):
            continue  # a case's own words inside a program text
        match = BOKMAL_ONLY.search(plain)
        if match:
            found.append(f"{where}: {match.group(0)!r} in {plain[:90]!r}")
    return found


def _case_words(window) -> set[str]:
    """The words the worst case holds: names, notes, answers, entries …"""
    session = window.case_page.session
    words = {session.pupil().name, session.pupil().school, session.pupil().note}
    words |= {g.name for g in session.guardians()} | {g.relation for g in session.guardians()}
    words |= {m.name for m in session.team()} | {m.organisation for m in session.team()}
    from dataclasses import asdict

    from desktop.services.agreement_service import AgreementService

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                yield from strings(item)

    for agreement in AgreementService(session).agreements():  # goals and measures typed
        words |= set(strings(asdict(agreement)))
    return {w for w in words if w and len(w) > 3}


def test_every_section_shows_nynorsk(qtbot, make_window, vault_dir, nynorsk):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    case_id = fill_worst_case(window.service)
    window.list_page.reload(case_id)
    window.resize(1366 - 20, 728 - 40)
    open_case_from_list(qtbot, window, case_id)
    data = _case_words(window)
    problems: list[str] = []
    seen_sections = 0
    for label, go, _actions in test_screen_fit.STATES:
        go(qtbot, window)
        QApplication.processEvents()
        section = window.case_page.sections.currentWidget()
        qtbot.waitUntil(section.isVisible)
        texts = _texts(section)
        seen_sections += bool(texts)
        problems += [f"{label}: {p}" for p in _bokmal(texts, data)]
    problems += [f"window: {p}" for p in _bokmal(_texts(window.case_page), data)]
    menus = [(a.objectName(), a.text()) for a in window.findChildren(type(window.menu_actions.lock))]
    problems += [f"menu: {p}" for p in _bokmal(menus, set())]
    assert seen_sections == len(test_screen_fit.STATES)
    assert not problems, "\n".join(problems[:60])
    # and it really is nynorsk, not bokmål that happens to avoid the words above
    nav = window.case_page.nav
    names = [nav.item(i).text() for i in range(nav.count())]
    assert "Fråvær" in names and "Avtalar" in names
    assert window.menu_actions.lock.text() == "Lås"
    assert window.menu_actions.new_case.text() == "Ny sak …"


@pytest.mark.parametrize("area", [pytest.param((1093, 582), id="1366x768-at-125%")])
def test_the_sections_fit_in_nynorsk(qtbot, make_window, vault_dir, area, nynorsk):
    test_screen_fit.test_every_section_fits_the_screen(qtbot, make_window, vault_dir, area)


def test_the_language_is_chosen_in_the_settings_and_a_restart_returns_to_the_same_place(
        qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    case_id = fill_worst_case(window.service)
    window.list_page.reload(case_id)
    open_case_from_list(qtbot, window, case_id)
    window.case_page.show_section("plan")
    restarts = []
    window._restart = lambda service, point, notice, state: restarts.append((point, notice))
    window.open_settings()
    dialog = window.findChild(QWidget, "settingsDialog")
    qtbot.waitUntil(dialog.isVisible)
    choice = find(dialog, QComboBox, "setting_language")
    assert [choice.itemData(i) for i in range(choice.count())] == ["", "nb", "nn"]
    choice.setFocus()
    choice.setCurrentIndex(choice.findData("nn"))
    click(qtbot, find(dialog, QAbstractButton, "acceptButton"))
    assert window.service.settings.language == "nn"
    box = window.findChild(QMessageBox)
    assert "starter på nytt" in box.text()
    click(qtbot, find(box, QAbstractButton, "restartNowButton"))
    assert len(restarts) == 1
    point, notice = restarts[0]
    assert (point.case_id, point.section, point.meeting_mode) == (case_id, "plan", False)
    # said in the language the next process shows
    assert "starta på nytt for å byte språk" in notice and "same staden" in notice
    assert "møtemodus" not in notice
    # the saved settings carry the language into the next process
    from desktop.services.settings import Settings
    assert Settings.load(window.service.paths.settings_file).language == "nn"


def test_later_keeps_the_window_and_the_case(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    restarts = []
    window._restart = lambda *args: restarts.append(args)
    window.open_settings()
    dialog = window.findChild(QWidget, "settingsDialog")
    choice = find(dialog, QComboBox, "setting_language")
    choice.setCurrentIndex(choice.findData("nn"))
    click(qtbot, find(dialog, QAbstractButton, "acceptButton"))
    box = window.findChild(QMessageBox)
    click(qtbot, find(box, QAbstractButton, "restartLaterButton"))
    assert restarts == [] and window.service.is_unlocked


def test_texts_follow_the_installed_language(qapp, nynorsk):
    assert QCoreApplication.translate("MainWindow", "Senere") == "Seinare"
    # a text lupdate filed under the class where it is written, shown by a subclass
    assert QCoreApplication.translate("SomeSubclass", "Senere") == "Seinare"
    assert doc_language.ui_language() == "nn"
    assert doc_language.translate("anything", "Senere") == "Seinare"


def test_a_case_written_in_nynorsk_prints_in_nynorsk_on_a_bokmal_screen(
        qtbot, make_window, vault_dir, tmp_path):
    from dataclasses import replace
    from datetime import date

    from desktop.domain.escalation_plan import EscalationPlan
    from desktop.services.agreement_service import AgreementService
    from desktop.services.plan_service import PlanService
    from tests.agreements.examples import tonje
    from tests.ui.helpers import choose, create_case, saved_pdf_text
    from tests.ui.sections.plan.test_plan import open_plan

    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Tonje Ánde")
    page = window.case_page
    session = page.session
    agreements = AgreementService(session)
    draft = agreements.new_draft()
    agreements.write(replace(tonje(held_on=date(2026, 11, 23)), id=draft.id))
    plans = PlanService(session)
    plans.write_plan(EscalationPlan(None, "Hele skoledagen", date(2026, 3, 2),
                                    (plans.new_step(None, "Første steg"),)))

    def agreement_pdf(name: str) -> str:
        page.show_section("agreements")
        section = page.section_widgets["agreements"]
        section.refresh()  # the agreement was written behind its back
        made = section.output.in_case_language(section.document)  # as its buttons do
        return " ".join(saved_pdf_text(qtbot, section.output, made(), tmp_path / name).split())

    page.show_section("overview")
    before = agreement_pdf("bokmaal.pdf")
    assert "Unntatt offentlighet" in before and "Til stede" in before

    # Oversikt → Eleven → Skriftspråk i dokumenter: Nynorsk, by keyboard
    overview = page.section_widgets["overview"]
    choose(qtbot, find(overview, QComboBox, "pupilLanguage"), "Nynorsk")
    assert session.pupil().language == "nn"
    after = agreement_pdf("nynorsk.pdf")
    assert "Unnateke offentlegheit" in after and "Til stades" in after
    assert "Unntatt offentlighet" not in after
    assert "Tonje skal være på skolen" in after  # what people typed prints as typed
    # the screen stays bokmål
    assert window.menu_actions.lock.text() == "Lås" and doc_language.ui_language() == "nb"

    plan_section = open_plan(qtbot, page)
    call = plan_section.export_pdf(tmp_path / "plan.pdf")
    qtbot.waitUntil(lambda: call.done, timeout=10_000)
    import pypdf
    plan_text = " ".join(p.extract_text() for p in pypdf.PdfReader(
        str(tmp_path / "plan.pdf")).pages)
    assert "Unnateke offentlegheit" in plan_text and "Langsiktig mål" in plan_text
    assert "Unntatt offentlighet" not in plan_text


def _dialog_cases():
    from tests.ui.test_dialogs_accessible import CASES
    return CASES


@pytest.mark.parametrize("case", _dialog_cases(), ids=[c.name for c in _dialog_cases()])
def test_every_dialog_shows_nynorsk(qtbot, make_window, vault_dir, nynorsk, case):
    """Each dialog, opened as a person opens it on the fullest case, with no bokmål
    in what the program writes (window title, labels, buttons, lists, tooltips)."""
    from tests.ui.test_dialogs_accessible import open_on_the_fullest_case

    window, dialog = open_on_the_fullest_case(qtbot, make_window, vault_dir, case)
    data = _case_words(window) if window.case_page is not None else set()
    texts = [("window title", dialog.windowTitle())] + _texts(dialog)
    problems = _bokmal(texts, data)
    assert not problems, f"{case.name}:\n" + "\n".join(problems)
    dialog.close()


def test_a_nynorsk_cases_conversation_summary_names_the_circles_boxes_in_nynorsk(
        qtbot, make_window, vault_dir, tmp_path):
    """The summary's suggestions name their box in the tiltakssirkel; on a bokmål
    screen a nynorsk case's PDF takes the titles from the circle's nynorsk twin."""
    from pypdf import PdfReader

    from tests.ui.helpers import choose, create_case, press, type_into
    from tests.ui.sections.mapping.mapping_helpers import open_mapping

    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Tonje Ánde")
    page = window.case_page
    section = open_mapping(qtbot, window)
    click(qtbot, section.start_button)
    qtbot.waitUntil(lambda: section.view is not None and section.view.isVisible())
    question = section.view.question_widget("elev_trivsel")
    click(qtbot, question.suggest_button)
    assert question.box_choice.currentText() == "Individuelle faktorer"  # the screen: bokmål
    type_into(qtbot, question.suggest_text, "Fast plass i klasserommet")
    press(question.suggest_text, Qt.Key.Key_Return)
    section.view.go_to(len(section.view.steps))

    def summary_pdf(name: str) -> str:
        call = section.view.summary.export_to(str(tmp_path / name))
        qtbot.waitUntil(lambda: call.done, timeout=10_000)
        return " ".join(" ".join(p.extract_text().split())
                        for p in PdfReader(tmp_path / name).pages)

    before = summary_pdf("bokmaal.pdf")
    assert "Fast plass i klasserommet (tiltakssirkelen: Individuelle faktorer)" in before
    page.show_section("overview")
    choose(qtbot, find(page.section_widgets["overview"], QComboBox, "pupilLanguage"), "Nynorsk")
    assert page.session.pupil().language == "nn"
    after = summary_pdf("nynorsk.pdf")
    assert "Fast plass i klasserommet (tiltakssirkelen: Individuelle faktorar)" in after
    assert "Individuelle faktorer" not in after
    assert doc_language.ui_language() == "nb"  # the screen stays bokmål
