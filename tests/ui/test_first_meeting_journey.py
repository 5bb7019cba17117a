"""Must show (issue 13, "One meeting, one sitting"): a whole first meeting from
Oversikt through the agenda, by keyboard and mouse — who is present chosen
once, two steps of the kartleggingssamtale answered, three entries in the
tiltakssirkel, a two-step opptrappingsplan, an agreement made from the circle
and the plan, four of five sign on the screen and one "signerer senere", the
meeting ended and its minutes printed; then, three weeks later, the
evaluation meeting: outcome "ny avtale" gives the new draft and a proposed
phase decision, accepted with one click.

Bærum (seed 001, fase 3): "Aktørene følger opp og evaluerer samarbeidsavtalen
etter tre uker". The days are fixed: the meetings' dates are typed into the
start dialog, and everything else takes "today" from the application's one
seam (desktop/services/app_service.today), which the test moves."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.domain.agreements import AgreementStatus
from desktop.domain.conversations import ConversationStatus
from desktop.domain.evaluations import Outcome, Referral
from desktop.domain.measure_circle import EntryKind, MeasureStatus, Party
from desktop.domain.meetings import AgendaState, MeetingKind, MeetingStatus
from desktop.domain.people import TeamMember, TeamRole
from desktop.domain.signing import DeclineReason
from desktop.services import app_service
from desktop.services.absence_register import AbsenceRegister
from desktop.services.agreement_service import AgreementService
from desktop.services.circle_service import MeasureCircleService, circle_form
from desktop.services.conversation_service import Conversations
from desktop.services.meeting_service import MeetingService
from desktop.services.plan_service import PlanService
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    activate,
    choose,
    click,
    create_case,
    press,
    saved_pdf_text,
    toggle,
    type_into,
    type_text,
    unlock,
    wait_saved,
)
from tests.ui.sections.agreements.agreement_helpers import (
    add_tonje_people,
    draw_signature,
    end_meeting,
    open_section,
    signs_later,
)
from tests.ui.sections.mapping.mapping_helpers import ctrl_enter, focused
from tests.ui.sections.meetings.test_meeting_hub_ui import tick

FIRST_DAY = date(2026, 3, 2)  # a Monday; the real date plays no part
PRESENT = ["Tonje Ánde", "Per Ánde", "Kari Ánde", "Siv Lund", "Ola Šára"]
STEPS = ["To timer med ressurslærer", "Halve dager i klassen"]


class Clock:
    """What the application takes as "today"; the test moves it."""

    def __init__(self, day: date):
        self.day = day


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock(FIRST_DAY)
    monkeypatch.setattr(app_service, "today", lambda: clock.day)
    return clock


def open_item(qtbot, rail, row: int, by_mouse: bool = False):
    """An agenda item: clicked and opened with the button, or chosen with the
    arrow keys and opened with Enter. Returns the section it shows."""
    if by_mouse:
        item = rail.list.item(row)
        qtbot.mouseClick(rail.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=rail.list.visualItemRect(item).center())
        assert rail.list.currentRow() == row
        click(qtbot, rail.open_button)
    else:
        rail.list.setFocus()
        press(rail.list, Qt.Key.Key_Home)
        for _ in range(row):
            press(rail.list, Qt.Key.Key_Down)
        press(rail.list, Qt.Key.Key_Return)
    assert rail.list.item(row).text().startswith("✓")
    return rail.window().case_page.sections.currentWidget()


def type_date_time(edit, text: str) -> None:
    """Into a date-and-time field, as on the keyboard: Home, Shift+Right twice marks
    the day, then the digits of "dd.mm.åååå tt:mm"; each part, once full, moves on
    to the next by itself. (Ctrl+A and typing does not change the day of a
    QDateTimeEdit, and a typed "." would skip a part.)"""
    edit.setFocus()
    press(edit, Qt.Key.Key_Home)
    for _ in range(2):
        press(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    type_text(edit, "".join(char for char in text if char.isdigit()))
    assert edit.text() == text


def start_meeting(qtbot, section, start_button, kind: str):
    """The start dialog (from Oversikt or Møter) with the kind chosen."""
    click(qtbot, start_button)
    dialog = section.start_dialog
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)  # a window manager does this; offscreen does not
    choose(qtbot, dialog.kind, kind)
    return dialog


def test_a_first_meeting_and_its_evaluation_three_weeks_later(qtbot, make_window, vault_dir,
                                                             tmp_path, clock):
    first_day = clock.day
    later = first_day + timedelta(weeks=3)
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Tonje Ánde")
    page = window.case_page
    session = page.session
    add_tonje_people(session)  # entered on Oversikt (tested in tests/ui/test_journey.py)
    session.add_team_member(TeamMember(role=TeamRole.PPT, name="Per Ŋ. Hansen"))
    rail = page.rail

    # --- Oversikt: start the meeting; present and "meldt forfall" chosen once ---
    overview = page.sections.currentWidget()
    assert overview.objectName() == "overviewSection" and not rail.isVisible()
    dialog = start_meeting(qtbot, overview, overview.start_meeting_button, "Kartleggingsmøte")
    assert dialog.agenda.currentText() == "Første møte: kartlegging og samarbeidsavtale"
    type_date_time(dialog.when, f"{first_day:%d.%m.%Y} 09:00")
    type_into(qtbot, dialog.place, "Møterom 2")
    for row in range(5):
        tick(dialog.present, row)
    tick(dialog.absent, 5)  # PPT sent word
    dialog.start_button.setFocus()
    press(dialog.start_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    activate(qtbot, window)
    first = MeetingService(session).running()
    assert first.kind is MeetingKind.MAPPING and first.present_names() == PRESENT
    assert first.held_at.date() == first_day
    assert [p.name for p in first.absent] == ["Per Ŋ. Hansen"]
    qtbot.waitUntil(rail.isVisible)
    assert rail.list.count() == 7

    # --- 1 Kartleggingssamtalen (keyboard): who is present comes from the meeting ---
    mapping = open_item(qtbot, rail, 1)
    assert mapping.objectName() == "mappingSection"
    ticked = [mapping.present_list.item(i).text() for i in range(mapping.present_list.count())
              if mapping.present_list.item(i).checkState() == Qt.CheckState.Checked]
    assert len(ticked) == 5 and ticked[0] == "Eleven (Tonje Ánde)"
    assert mapping.date_edit.text() == f"{first_day:%d.%m.%Y}"  # the meeting's day
    mapping.start_button.setFocus()
    press(mapping.start_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: mapping.view is not None and mapping.view.isVisible())
    view = mapping.view
    room = view.question_widget("rammer_rom_tid")
    assert room.editor.hasFocus()
    type_text(room.editor, "Møterom 2, 45 minutter")
    ctrl_enter()
    assert view.step_label.text() == "Steg 2 av 8: Åpningen"
    type_text(focused(), "Bekymringen delt rolig, Tonje sa selv at mandager er verst")
    ctrl_enter()
    assert view.step_label.text() == "Steg 3 av 8: Spørsmål til eleven"
    click(qtbot, view.pause_button)  # the rest in a later conversation
    qtbot.waitUntil(lambda: mapping.view is None)
    [talk] = Conversations(session).list()
    assert talk.status is ConversationStatus.PAUSED and len(talk.present) == 5
    answers = Conversations(session).answers(talk.id)
    assert answers["rammer_rom_tid"].value == "Møterom 2, 45 minutter"
    assert answers["apning_bekymring"].value.startswith("Bekymringen delt rolig")

    # --- 2 Tiltakssirkelen (mouse): a resource, a risk and an agreed measure ---
    circle = open_item(qtbot, rail, 2, by_mouse=True)
    assert circle.objectName() == "circleSection"
    editor = circle.editor
    assert circle.view.current_id() == "relasjon_voksne"  # where the guide says to start
    for kind, text in ((EntryKind.RESOURCE, "Tonje liker Siv godt"),
                       (EntryKind.RISK, "Ingen tar imot henne om morgenen"),
                       (EntryKind.MEASURE, "Siv møter Tonje i porten hver morgen")):
        field = editor.lists[kind].input
        type_into(qtbot, field, text)
        press(field, Qt.Key.Key_Return)
        assert field.text() == ""
    editor.lists[EntryKind.MEASURE].list.set_current_row(0)
    choose(qtbot, editor.details.responsible, "Kontaktlærer")
    choose(qtbot, editor.details.status, "avtalt")
    data = circle.view.box_data("relasjon_voksne")
    assert (data.resources, data.risks, data.measures) == (1, 1, 1)
    [(box_id, measure)] = MeasureCircleService(session, circle_form(None)[0]).circle.measures()
    assert (box_id, measure.party, measure.status) == (
        "relasjon_voksne", Party.CONTACT_TEACHER, MeasureStatus.AGREED)

    # --- 3 Opptrappingsplanen: the guided flow, two steps ---
    plan = open_item(qtbot, rail, 3)
    assert plan.objectName() == "planSection" and plan.in_guide()
    guide = plan.guide
    type_into(qtbot, guide.goal, "Tonje er på skolen hele skoledagen")
    type_into(qtbot, guide.start, f"{first_day:%d.%m.%Y}")
    press(guide.start, Qt.Key.Key_Return)
    assert guide.page() == 1
    type_into(qtbot, guide.baseline, "Borte de fleste mandager siden høstferien")
    choose(qtbot, guide.template, "To timer én-til-én tre dager i uka")
    click(qtbot, guide.next_button)
    type_into(qtbot, guide.first.title, STEPS[0])
    click(qtbot, guide.next_button)
    click(qtbot, guide.steps.duplicate_button)  # "Kopier til neste steg"
    type_into(qtbot, guide.steps.editor.title, STEPS[1])
    click(qtbot, guide.next_button)  # Ferdig
    assert not plan.in_guide()
    assert [s.title for s in PlanService(session).current_plan().steps] == STEPS

    # --- 4 Samarbeidsavtalen (mouse): made from the circle and the plan ---
    agreements = open_item(qtbot, rail, 4, by_mouse=True)
    assert agreements.objectName() == "agreementsSection"
    click(qtbot, agreements.new_button)
    # the agreement's "til stede" is the meeting's: PPT gets no signature line
    assert [p.name for p in agreements.editor.people.value()] == PRESENT
    type_into(qtbot, agreements.editor.goal, "Tonje er på skolen hver dag og trives.")
    click(qtbot, agreements.editor.circle_button)
    click(qtbot, agreements.editor.plan_button)
    draft = agreements.current
    assert [(m.party, m.text) for m in draft.measures] == [
        (Party.CONTACT_TEACHER, "Siv møter Tonje i porten hver morgen")]
    assert [g.text.split(":")[0] for g in draft.sub_goals] == STEPS
    click(qtbot, agreements.freeze_button)
    assert agreements.current.status is AgreementStatus.READY

    # --- 5 Signering (keyboard): four on the screen, Ola "signerer senere" ---
    assert open_item(qtbot, rail, 5) is agreements
    click(qtbot, agreements.sign_button)
    signing = agreements.dialog
    qtbot.waitExposed(signing)
    for _ in range(4):  # each time the next one still missing is chosen
        draw_signature(qtbot, signing.pad)
        click(qtbot, signing.sign_button)
    assert signing.person.currentText() == "Ola Šára (Sosiallærer)"
    signs_later(qtbot, signing)
    assert signing.summary.text() == "Status: signert (Ola Šára signerer senere)."
    click(qtbot, signing.done_button)
    signed = agreements.current
    assert signed.status is AgreementStatus.SIGNED
    assert [s.name for s in signed.signatures] == PRESENT[:4]
    assert all(s.drawing and s.signed_on == first_day for s in signed.signatures)
    assert [(d.name, d.reason) for d in signed.declines] == [("Ola Šára", DeclineReason.LATER)]
    assert "signert (Ola Šára signerer senere)" in agreements.list.currentItem().text()

    # --- End of the meeting, and the minutes ---
    meetings, end = end_meeting(qtbot, page)
    summary = end.summary.toPlainText()
    assert "Samarbeidsavtale 1, versjon 1" in summary
    assert "Siv møter Tonje i porten hver morgen" in summary
    ended = MeetingService(session).meeting(first.id)
    assert ended.status is MeetingStatus.ENDED
    assert [ended.item_state(i) for i in ("kartleggingssamtale", "tiltakssirkel",
                                          "opptrappingsplan", "samarbeidsavtale", "signering")
            ] == [AgendaState.DONE] * 5
    end.decisions.setFocus()
    end.decisions.moveCursor(end.decisions.textCursor().MoveOperation.End)
    type_text(end.decisions, "\nEvalueringsmøte om tre uker.")
    assert MeetingService(session).meeting(first.id).decisions.endswith(
        "Evalueringsmøte om tre uker.")
    minutes = saved_pdf_text(qtbot, meetings.output, meetings.document(),
                             tmp_path / "referat.pdf")
    for words in ("Kartleggingsmøte", "Møterom 2", "Meldt forfall", "Per Ŋ. Hansen",
                  "Siv møter Tonje i porten", "Evalueringsmøte om tre uker."):
        assert words in minutes, words
    click(qtbot, end.close_button)
    qtbot.waitUntil(lambda: not end.isVisible())

    # --- Three weeks later: the evaluation meeting, from Møter ---
    clock.day = later
    meetings = open_section(qtbot, page, "meetings")
    dialog = start_meeting(qtbot, meetings, meetings.start_button, "Evalueringsmøte")
    assert dialog.agenda.currentText() == "Evalueringsmøte"
    type_date_time(dialog.when, f"{later:%d.%m.%Y} 14:00")
    for row in (0, 2, 3, 4):  # Per could not come this time
        tick(dialog.present, row)
    click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    activate(qtbot, window)
    second = MeetingService(session).running()
    assert second.kind is MeetingKind.EVALUATION and second.held_at.date() == later
    qtbot.waitUntil(rail.isVisible)

    agreements = open_item(qtbot, rail, 1)
    assert agreements.objectName() == "agreementsSection"
    assert agreements.current.id == signed.id
    click(qtbot, agreements.evaluate_button)
    evaluation = agreements.dialog
    qtbot.waitExposed(evaluation)
    assert evaluation.held_on.date().toString("dd.MM.yyyy") == f"{later:%d.%m.%Y}"
    came = [name for name in PRESENT if name != "Per Ánde"]
    assert [p.name for p in evaluation.people.value()] == came  # the meeting's, once
    type_into(qtbot, evaluation.goal_note, "Tonje var borte to mandager av tre.")
    choose(qtbot, evaluation.measure_ratings[0], "Fungert")
    toggle(evaluation.outcome_buttons[Outcome.NEW_AGREEMENT])
    toggle(evaluation.referral_buttons[Referral.NOT_NEEDED])
    click(qtbot, evaluation.finish_button)

    new_draft = agreements.current
    assert (new_draft.number, new_draft.version, new_draft.status) == (
        1, 2, AgreementStatus.DRAFT)
    assert [m.text for m in new_draft.measures] == ["Siv møter Tonje i porten hver morgen"]
    assert [agreements.list.item(i).text() for i in range(agreements.list.count())] == [
        "Avtale 1, versjon 1 – evaluert", "Avtale 1, versjon 2 – utkast"]
    service = AgreementService(session)
    [done] = service.evaluations(signed.id)
    assert done.finished and done.outcome is Outcome.NEW_AGREEMENT
    assert done.held_on == later and done.referral is Referral.NOT_NEEDED
    assert [p.name for p in done.participants] == came
    assert [(a.version, a.status) for a in service.agreements()] == [
        (1, AgreementStatus.EVALUATED), (2, AgreementStatus.DRAFT)]

    _, end = end_meeting(qtbot, page)
    assert "Avtalen ble evaluert i møtet." in end.summary.toPlainText()
    drafted = end.decisions.toPlainText()
    assert "utfallet er en ny samarbeidsavtale" in drafted
    assert "ikke behov for henvisning nå" in drafted
    assert "Samarbeidsavtale 1, versjon 2 (utkast)" in drafted
    click(qtbot, end.close_button)
    qtbot.waitUntil(lambda: not end.isVisible())
    assert MeetingService(session).meeting(second.id).status is MeetingStatus.ENDED

    # --- Oversikt: the evaluation proposes "fase 3 gjentas"; one click accepts ---
    page.show_section("overview")
    card = page.overview.follow_up
    assert card.proposal_box.isVisibleTo(card)
    assert card.suggested.text() == "Fase 3 – Kartlegging, tiltak og evaluering (forslag)"
    assert card.proposal.text() == \
        f"Foreslått etter evaluering av avtale 1 {later:%d.%m.%Y}: ny samarbeidsavtale."
    type_into(qtbot, card.accept_by, "Siv Lund, kontaktlærer")
    click(qtbot, card.accept_button)
    register = AbsenceRegister(session)
    [decision] = register.decisions()
    assert (decision.phase_id, decision.decided_on, decision.decided_by) == (
        "fase3", later, "Siv Lund, kontaktlærer")
    assert card.suggested.text() == "Fase 3 – Kartlegging, tiltak og evaluering"
    assert not card.proposal_box.isVisibleTo(card)
    assert card.decision.text().startswith(
        f"Besluttet: Fase 3 – Kartlegging, tiltak og evaluering ({later:%d.%m.%Y}, "
        "Siv Lund, kontaktlærer)")

    # --- What the disk holds, read by a second AppService ---
    case_id = session.case_id
    wait_saved(qtbot, window)
    click(qtbot, page.back_button)
    qtbot.waitUntil(lambda: window.case_page is None)
    other = new_service(vault_dir)
    reopened = other.open_case(case_id)
    stored = MeetingService(reopened).meetings()
    assert [(m.kind, m.held_at.date(), m.status) for m in stored] == [  # newest first
        (MeetingKind.EVALUATION, later, MeetingStatus.ENDED),
        (MeetingKind.MAPPING, first_day, MeetingStatus.ENDED)]
    assert [(a.version, a.status) for a in AgreementService(reopened).agreements()] == [
        (1, AgreementStatus.EVALUATED), (2, AgreementStatus.DRAFT)]
    assert [d.phase_id for d in AbsenceRegister(reopened).decisions()] == ["fase3"]
    other.close_case(reopened)
    other.lock()
