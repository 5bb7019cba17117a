"""Meeting mode for the whole case (issue 13), checked on the widget tree: with
meeting mode on, each section the family may see is walked and every visible
text collected; nothing written for the adults, no rule name, no coaching and
no other pupil's name may be among them. Locking in meeting mode (Ctrl+L or
the idle timer) shows a lock screen without names and comes back to the same
case and section, still in meeting mode, without passing the case list."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.domain.absence import AbsenceRecord, Reason
from desktop.domain.conversation_tools import Tool, empty
from desktop.domain.follow_up import Channel, Contact
from desktop.forms.agreement_templates import load_templates
from desktop.services.absence_register import AbsenceRegister, rule_sets
from desktop.services.agreement_service import AgreementService
from desktop.services.circle_service import circle_form
from desktop.services.conversation_service import ConversationForms, Conversations
from desktop.ui.dialogs.new_case import NewCaseDialog
from desktop.ui.sections.registry import FAMILY_SECTIONS, section_titles
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    click,
    open_case_from_list,
    press,
    shortcut,
    type_into,
    unlock,
    visible_texts,
)
from tests.ui.test_idle_lock import FakeClock

PUPIL = "Ánde Møtesen"
OTHERS = ("Emil Annensak", "Amina Tredjesak")
PUPIL_NOTE = "Intern merknad: mor virker sliten ŧ"
REASON_TEXT = "Vondt i magen etter kranglen hjemme"
CONTACT_TEXT = "Snakket med mor om mandagene"
INTERNAL_NOTE = "Mulig opprettholdende: mye skjermtid"
KEARNEY_NOTE = "Unngår muntlige framføringer"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _school_days(count: int) -> list[date]:
    day, days = date.today(), []
    while len(days) < count:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days.append(day)
    return days


def _seed(vault_dir) -> str:
    """Two other pupils, and one pupil whose case holds something for the adults
    in every section: a note, an explained absence, a contact, an internal
    reflection and a Kearney hypothesis, a draft agreement."""
    service = new_service(vault_dir)
    for name in OTHERS:
        service.close_case(service.create_case(name))
    session = service.create_case(PUPIL)
    session.set_pupil_field("note", PUPIL_NOTE)
    register = AbsenceRegister(session)
    days = _school_days(6)
    register.add_records([AbsenceRecord(None, d) for d in days[1:]] + [AbsenceRecord(
        None, days[0], reason=Reason.OTHER, reason_text=REASON_TEXT)])
    register.add_contact(Contact(None, datetime.combine(days[0], datetime.min.time()),
                                 "Mor", Channel.PHONE, "Kontaktlærer", CONTACT_TEXT))
    talks = Conversations(session)
    conversation = talks.start(ConversationForms(), "kartlegging_samtaleguide", date.today(),
                               ["Eleven"])
    question = talks.guide_of(conversation).question("etter_opprettholdende")
    talks.set_answer_field(conversation.id, question.id, question.text, value=INTERNAL_NOTE)
    kearney = empty(Tool.KEARNEY)
    kearney["functions"]["4"]["note"] = KEARNEY_NOTE
    talks.set_tool_data(conversation.id, Tool.KEARNEY, kearney)
    AgreementService(session).new_draft()
    service.close_case(session)
    service.lock()
    return session.case_id


def _adult_texts() -> list[str]:
    """Everything that must not face the family, taken from the data files."""
    guide = next(g for g in ConversationForms().guides if g.id == "kartlegging_samtaleguide")
    coaching = [q.help for _, q in guide.questions() if not q.help_for_family]
    coaching += [s.intro for s in guide.steps if s.intro and not s.intro_for_family]
    baerum = rule_sets()["baerum"]
    return [PUPIL_NOTE, REASON_TEXT, CONTACT_TEXT, INTERNAL_NOTE, KEARNEY_NOTE, *OTHERS,
            "Etter møtet (internt)", "Kearneys fire funksjoner",
            "Snakk med eleven, ikke om eleven", "nysgjerrig, ikke anklagende", *coaching,
            baerum.name, *(rule.text for rule in baerum.rules),
            *(phase.name for phase in baerum.phases), "Oppfølging av fraværet",
            circle_form(None)[0].start_hint.split(".")[0],
            "Begynn med det eleven helt sikkert mestrer",
            load_templates()[0].agreement["contact_reminder"],
            "Tilbake til sakslisten", "Ny sak …", "Innstillinger …", "Logg", "Møter"]


def _leaks(window) -> list[str]:
    shown = "\n".join(visible_texts(window))
    return [text for text in _adult_texts() if text in shown]


def _shown_text_size(view) -> float:
    """Point size of the first question (or the summary's label) on the step shown."""
    shown = view.pages.currentWidget()
    label = shown.questions[0].label if hasattr(shown, "questions") else \
        view.summary.unanswered_label
    return label.font().pointSizeF()


def _go_to(qtbot, page, key: str) -> None:
    """Click the section in the navigation."""
    row = [k for k, _ in section_titles()].index(key)
    item = page.nav.item(row)
    assert not item.isHidden(), f"{key} is not in the navigation"
    qtbot.mouseClick(page.nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.nav.visualItemRect(item).center())
    qtbot.waitUntil(lambda: page.current_section() == key
                    and page.section_widgets[key].isVisible())


def _resume_conversation(qtbot, page):
    """Kartlegging, then Enter on the conversation in the list."""
    section = page.section_widgets["mapping"]
    _go_to(qtbot, page, "mapping")
    section.conversation_list.setFocus()
    press(section.conversation_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.view is not None and section.view.isVisible())
    return section, section.view


def _open_window(qtbot, make_window, vault_dir, **options):
    case_id = _seed(vault_dir)
    window = make_window(vault_dir, **options)
    unlock(qtbot, window, PASSPHRASE)
    open_case_from_list(qtbot, window, case_id)
    return window, case_id


def test_meeting_mode_shows_the_family_nothing_meant_for_the_adults(qtbot, make_window,
                                                                    vault_dir):
    window, _ = _open_window(qtbot, make_window, vault_dir)
    page = window.case_page
    # Without meeting mode the adults see their note and the follow-up (the test can fail).
    assert PUPIL_NOTE in visible_texts(window) and "Tilbake til sakslisten" in visible_texts(
        window)

    click(qtbot, page.meeting_button)
    assert page.meeting_mode and page.meeting_button.text() == "Avslutt møtemodus"
    assert not window.menuBar().isVisible() and not page.back_button.isVisible()
    shown_sections = [page.nav.item(r).text() for r in range(page.nav.count())
                      if not page.nav.item(r).isHidden()]
    assert shown_sections == [t for k, t in section_titles() if k in FAMILY_SECTIONS]
    assert page.findChild(QLabel, "pupilName") is None  # (a line edit, not a label)
    assert window.findChild(QWidget, "pupilName").font().pointSizeF() >= 14  # larger text
    assert PUPIL in visible_texts(window)  # the pupil is there, in the header and the form
    assert _leaks(window) == []

    for key in FAMILY_SECTIONS[1:]:
        _go_to(qtbot, page, key)
        assert _leaks(window) == [], key

    # Kartlegging: every step of the conversation, as the family sees it.
    section, view = _resume_conversation(qtbot, page)
    for index in range(len(view.steps) + 1):
        view.step_list.setCurrentRow(index)
        press(QApplication.focusWidget() or view, Qt.Key.Key_F1)  # help: nothing for adults
        assert _leaks(window) == [], view.step_label.text()
        assert _shown_text_size(view) >= 14, view.step_label.text()  # larger on every step
    view.tabs.setCurrentWidget(view.tools)
    assert _leaks(window) == []
    view.tabs.setCurrentIndex(0)

    # Ctrl+N leads nowhere in meeting mode, nor does any other way to another case.
    shortcut(qtbot, window, Qt.Key.Key_N)
    assert window.findChild(NewCaseDialog) is None
    actions = window.menu_actions
    assert not any(a.isEnabled() for a in (actions.new_case, actions.settings,
                                            actions.handover_export, actions.handover_import))
    assert actions.lock.isEnabled()  # Ctrl+L still locks

    # One click back: everything for the adults is there again, nothing lost.
    click(qtbot, page.meeting_button)
    assert not page.meeting_mode and window.menuBar().isVisible() and page.back_button.isVisible()
    assert actions.new_case.isEnabled() and actions.handover_export.isEnabled()
    assert all(not page.nav.item(r).isHidden() for r in range(page.nav.count()))
    view = section.view
    view.step_list.setCurrentRow(6)
    assert INTERNAL_NOTE in visible_texts(window)
    assert _shown_text_size(view) < 14
    help_button = view.question_widget("etter_opprettholdende").help_button
    click(qtbot, help_button)
    assert view.question_widget("etter_opprettholdende").question.help in visible_texts(window)
    _go_to(qtbot, page, "overview")
    assert PUPIL_NOTE in visible_texts(window)


def test_meeting_mode_hides_the_overview_rules_and_the_absence_register(qtbot, make_window,
                                                                       vault_dir):
    window, _ = _open_window(qtbot, make_window, vault_dir)
    page = window.case_page
    _go_to(qtbot, page, "absence")
    shown = "\n".join(visible_texts(window))
    assert REASON_TEXT in shown and "Bærum kommune" in shown  # for the adults, before

    shortcut(qtbot, window, Qt.Key.Key_M, CTRL_SHIFT)  # the shortcut, from this section
    qtbot.waitUntil(lambda: page.meeting_mode)
    absence = page.section_widgets["absence"]
    assert absence.totals.isVisible() and absence.heat_map.isVisible()  # the figures stay
    assert not absence.table.isVisible() and not absence.entry.isVisible()
    assert _leaks(window) == []

    _go_to(qtbot, page, "overview")
    overview = page.overview
    assert overview.pupil_form.isVisible() and not overview.follow_up.isVisible()
    assert not overview.pupil_form.editor("note").isVisible()
    assert not page.findChild(QWidget, "timelineGroup").isVisible()
    assert _leaks(window) == []

    shortcut(qtbot, window, Qt.Key.Key_M, CTRL_SHIFT)
    qtbot.waitUntil(lambda: not page.meeting_mode)
    assert overview.follow_up.isVisible() and overview.pupil_form.editor("note").isVisible()


def test_meeting_mode_from_logg_goes_to_oversikt(qtbot, make_window, vault_dir):
    window, _ = _open_window(qtbot, make_window, vault_dir)
    page = window.case_page
    _go_to(qtbot, page, "log")
    assert CONTACT_TEXT in "\n".join(visible_texts(window))
    click(qtbot, page.meeting_button)
    assert page.current_section() == "overview"
    assert _leaks(window) == []


def _check_locked_then_back(qtbot, window, case_id: str, section: str) -> None:
    qtbot.waitUntil(lambda: window.current_page() is window.unlock_page)
    shown = "\n".join(visible_texts(window))
    assert PUPIL not in shown and not any(name in shown for name in OTHERS)
    assert "Nærvær er låst" in shown
    assert "samme sted i møtemodus" in window.unlock_page.notice.text()
    assert window.return_point is not None and PUPIL not in window.return_point.to_text()
    assert not window.menuBar().isVisible()

    unlock(qtbot, window, PASSPHRASE, wait=False)
    qtbot.waitUntil(lambda: window.case_page is not None
                    and window.current_page() is window.case_page, timeout=10_000)
    page = window.case_page
    assert page.session.case_id == case_id
    assert page.current_section() == section
    assert page.meeting_mode and not window.menuBar().isVisible()
    assert not page.back_button.isVisible()
    shown = "\n".join(visible_texts(window))
    assert PUPIL in shown
    assert not any(name in shown for name in OTHERS)
    assert _leaks(window) == []
    assert window.idle.check() is False  # the idle lock is on again


def test_ctrl_l_in_meeting_mode_returns_to_the_same_section(qtbot, make_window, vault_dir):
    window, case_id = _open_window(qtbot, make_window, vault_dir)
    page = window.case_page
    _go_to(qtbot, page, "absence")
    click(qtbot, page.meeting_button)
    shortcut(qtbot, window, Qt.Key.Key_L)
    _check_locked_then_back(qtbot, window, case_id, "absence")

    # Leaving meeting mode and the case: the list is there again, with every case.
    click(qtbot, window.case_page.meeting_button)
    click(qtbot, window.case_page.back_button)
    qtbot.waitUntil(lambda: window.current_page() is window.list_page)
    assert window.menuBar().isVisible() and window.menu_actions.new_case.isEnabled()
    assert window.list_page.model.entry_count() == 3


def test_idle_lock_in_meeting_mode_returns_to_the_same_section(qtbot, make_window, vault_dir):
    clock = FakeClock()
    window, case_id = _open_window(qtbot, make_window, vault_dir, clock=clock)
    page = window.case_page
    _go_to(qtbot, page, "circle")
    shortcut(qtbot, window, Qt.Key.Key_M, CTRL_SHIFT)
    qtbot.waitUntil(lambda: page.meeting_mode)
    clock.advance(5 * 60 + 1)
    _check_locked_then_back(qtbot, window, case_id, "circle")


def test_a_lock_outside_meeting_mode_still_shows_the_list(qtbot, make_window, vault_dir):
    window, _ = _open_window(qtbot, make_window, vault_dir)
    shortcut(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: window.current_page() is window.unlock_page)
    assert window.return_point is None
    unlock(qtbot, window, PASSPHRASE)  # waits for the list
    assert window.case_page is None and window.menuBar().isVisible()


def test_a_case_gone_while_locked_falls_back_to_the_list(qtbot, make_window, vault_dir):
    window, case_id = _open_window(qtbot, make_window, vault_dir)
    click(qtbot, window.case_page.meeting_button)
    shortcut(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: window.current_page() is window.unlock_page)
    (vault_dir / "cases" / f"{case_id}.naervaer").write_bytes(b"damaged")
    unlock(qtbot, window, PASSPHRASE)  # waits for the list
    assert window.case_page is None and window.menuBar().isVisible()
    assert window.menu_actions.new_case.isEnabled()


def test_undo_in_meeting_mode_reaches_the_internal_step_kept_aside(qtbot, make_window,
                                                                  vault_dir):
    """The internal step is out of the widget tree in meeting mode; an undo that
    changes it meanwhile is shown when it comes back, and nothing stale is stored."""
    window, _ = _open_window(qtbot, make_window, vault_dir)
    page = window.case_page
    section, view = _resume_conversation(qtbot, page)
    view.step_list.setCurrentRow(6)
    editor = view.question_widget("etter_opprettholdende").editor
    type_into(qtbot, editor, "Ny hypotese")
    assert editor.toPlainText() == "Ny hypotese"

    shortcut(qtbot, window, Qt.Key.Key_M, CTRL_SHIFT)
    qtbot.waitUntil(lambda: page.meeting_mode)
    assert window.findChild(QWidget, "answer_etter_opprettholdende") is None
    shortcut(qtbot, window, Qt.Key.Key_Z)  # undo the typing, unseen
    talks = section.owner.talks
    conversation_id = view.conversation.id
    qtbot.waitUntil(lambda: talks.answers(conversation_id)["etter_opprettholdende"].value
                    == INTERNAL_NOTE)

    click(qtbot, page.meeting_button)
    assert view.question_widget("etter_opprettholdende").editor.toPlainText() == INTERNAL_NOTE
    assert talks.answers(conversation_id)["etter_opprettholdende"].value == INTERNAL_NOTE


def test_the_agenda_rail_of_a_running_meeting_is_for_the_adults(qtbot, make_window, vault_dir):
    """The rail's help coaches the adults and its items also open Møter: it steps
    aside in meeting mode and comes back after it, with the meeting still running."""
    from desktop.domain.agreements import Participant, Party
    from desktop.domain.meetings import MeetingKind
    from desktop.services.meeting_service import MeetingService

    case_id = _seed(vault_dir)
    service = new_service(vault_dir)
    session = service.open_case(case_id)
    MeetingService(session).start(MeetingKind.MAPPING, datetime.now().replace(microsecond=0),
                                  "Møterom 2", [Participant(PUPIL, "Elev", Party.PUPIL)],
                                  agenda_id="forste_mote")
    service.close_case(session)
    service.lock()
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    open_case_from_list(qtbot, window, case_id)
    page = window.case_page
    qtbot.waitUntil(page.rail.isVisible)
    coaching = page.rail.help.text()
    assert coaching and coaching in visible_texts(window)

    click(qtbot, page.meeting_button)
    assert not page.rail.isVisible() and coaching not in visible_texts(window)
    assert _leaks(window) == []
    page.refresh_meeting()  # a section reporting a change to the meeting: still aside
    assert not page.rail.isVisible()

    click(qtbot, page.meeting_button)
    assert page.rail.isVisible() and coaching in visible_texts(window)
