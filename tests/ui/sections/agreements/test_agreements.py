"""Avtaler as a person uses them: the Oslo cases "Tonje" (two guardians with
separate duties, plan B, evaluation next Friday) and "Jens" (five sub-goals),
freeze, sign with one drawn signature, evaluate with "ny avtale", check the
new draft; and everything is there after reopening with a new AppService."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pypdf
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from desktop.domain.agreements import AgreementStatus
from desktop.domain.evaluations import Outcome, Rating, Referral
from desktop.domain.measure_circle import Party
from desktop.services.agreement_service import AgreementService
from tests.agreements.examples import JENS_STEPS
from tests.ui.conftest import PASSPHRASE, new_service
from tests.ui.helpers import (
    choose,
    click,
    create_case,
    shortcut,
    toggle,
    type_into,
    unlock,
    wait_saved,
)
from tests.ui.sections.agreements.agreement_helpers import (
    add_measure,
    add_sub_goal,
    add_tonje_people,
    draw_signature,
    frozen_tonje,
    next_friday,
    open_section,
    tick_everyone,
)


def start(qtbot, make_window, vault_dir, name: str):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, name)
    session = window.case_page.session
    add_tonje_people(session)
    return window, session, open_section(qtbot, window.case_page, "agreements")


def test_tonje_agreement_freeze_sign_evaluate_new_draft(qtbot, make_window, vault_dir):
    window, session, section = start(qtbot, make_window, vault_dir, "Tonje Ánde")
    assert section.empty.isVisible()
    click(qtbot, section.new_button)
    editor = section.editor
    assert editor.people.value() == ()  # nobody is ticked until someone ticks them (issue 13)
    tick_everyone(section)
    assert len(editor.people.value()) == 5  # the pupil, both guardians, the team

    type_into(qtbot, editor.place, "Bommen skole, møterom 2")
    type_into(qtbot, editor.goal, "Tonje skal være på skolen hele dagen og trives.")
    add_sub_goal(qtbot, section, "Tonje kommer og får voksenstøtte i overganger", "1 uke")
    add_sub_goal(qtbot, section, "Tonje går selv til skolen")
    add_measure(qtbot, section, "Kontaktlærer", "Møte Tonje i skoleporten første uke")
    add_measure(qtbot, section, "Ledelsen", "Sosiallærer møter Tonje hvis kontaktlærer er syk")
    add_measure(qtbot, section, "Foresatte", "Far følger Tonje de tre første dagene", "Far")
    add_measure(qtbot, section, "Foresatte", "Mor følger Tonje de to siste dagene", "Mor")
    add_measure(qtbot, section, "Eleven", "Øve på å dra hjemmefra")
    type_into(qtbot, editor.plan_b, "Far og mor bytter roller; foresatte ringer sosiallærer.")
    type_into(qtbot, editor.plan_b_responsible, "Foresatte og sosiallærer")
    type_into(qtbot, editor.contact, "Kontaktlærer ringer hjem hver ettermiddag.")
    friday = next_friday()
    editor.evaluation_on.setFocus()
    editor.evaluation_on.setDate(QDate(friday.year, friday.month, friday.day))

    # Undo takes back the last typing, redo brings it again.
    type_into(qtbot, editor.next_meeting, "Fredag kl. 14")
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert section.current.next_meeting == "" and editor.next_meeting.text() == ""
    shortcut(qtbot, window, Qt.Key.Key_Y)
    assert section.current.next_meeting == "Fredag kl. 14"

    draft = section.current
    assert [m.person for m in draft.measures if m.party is Party.GUARDIANS] == ["Far", "Mor"]
    assert "Foresatte: Far | Far følger Tonje de tre første dagene" in editor.measures.texts()
    click(qtbot, section.freeze_button)
    frozen = section.current
    assert frozen.status is AgreementStatus.READY and "låst" in section.status.text()
    assert editor.place.isReadOnly() and not editor.measures.isEnabled()
    shortcut(qtbot, window, Qt.Key.Key_Z)  # an old typing step cannot change a frozen version
    assert section.current == frozen and "låst" in section.message.text()
    shortcut(qtbot, window, Qt.Key.Key_Y)
    assert session.summary().next_due == friday  # the case list's "Neste frist"
    window.case_page.show_section("overview")
    due_text = window.case_page.findChild(QLabel, "dueDatesText").text()
    assert f"Evaluering av avtale 1: {friday:%d.%m.%Y}" in due_text  # Oversikt
    window.case_page.show_section("agreements")

    click(qtbot, section.sign_button)
    dialog = section.dialog
    qtbot.waitExposed(dialog)
    choose(qtbot, dialog.person, "Tonje Ánde (Elev)")
    draw_signature(qtbot, dialog.pad)
    click(qtbot, dialog.sign_button)
    toggle(dialog.on_paper)  # Per (chosen next: the first still missing) signs on paper
    click(qtbot, dialog.sign_button)
    rows = [dialog.people_list.item(i).text() for i in range(dialog.people_list.count())]
    today = date.today().strftime("%d.%m.%Y")
    assert rows[:3] == [f"Tonje Ánde (Elev) – skrev under {today}",
                        f"Per Ánde (Far) – skrev under {today}", "Kari Ánde (Mor) – mangler"]
    assert "Mangler underskrift fra: Kari Ánde, Siv Lund, Ola Šára." in dialog.summary.text()
    click(qtbot, dialog.done_button)
    signed = section.current
    assert signed.status is AgreementStatus.READY  # two of five: not "signert"
    assert signed.signatures[0].drawing.startswith(b"\x89PNG")
    assert signed.signatures[1].drawing is None
    assert section.status.text().startswith("Avtale 1, versjon 1 – delvis signert (2 av 5). "
                                            "Mangler underskrift fra: Kari Ánde, Siv Lund, "
                                            "Ola Šára.")
    assert f"Skrevet under av: Tonje Ánde ({today}), Per Ánde ({today})" in section.status.text()

    click(qtbot, section.evaluate_button)
    evaluation = section.dialog
    qtbot.waitExposed(evaluation)
    assert len(evaluation.people.value()) == 5
    evaluation.people.list.item(4).setCheckState(Qt.CheckState.Unchecked)  # Ola is away
    type_into(qtbot, evaluation.goal_note, "Tonje var på skolen fire av fem dager.")
    choose(qtbot, evaluation.measure_ratings[0], "Fungert")
    choose(qtbot, evaluation.measure_ratings[3], "Ikke fungert")
    type_into(qtbot, evaluation.measure_notes[3], "Mor hadde nattevakt")
    click(qtbot, evaluation.sign_button)
    signing = evaluation.sign_dialog
    qtbot.waitExposed(signing)
    toggle(signing.on_paper)  # the evaluation is signed on paper by the pupil
    click(qtbot, signing.sign_button)
    click(qtbot, signing.done_button)
    assert "Status: delvis signert (1 av 4)." in evaluation.message.text()
    click(qtbot, evaluation.finish_button)
    assert "Velg en konklusjon" in evaluation.message.text()
    # Bærum's three conclusions (Vedlegg 4's two and fase 3's "videre til fase 4")…
    assert [b.text() for b in evaluation.outcome_buttons.values()] == [
        "Det er ikke lenger behov for systematisk oppfølging av skolefraværet.",
        "Det lages en ny samarbeidsavtale (bedring, men ikke i mål: fase 3 gjentas).",
        "Mer omfattende innsats trengs: saken går videre til fase 4."]
    toggle(evaluation.outcome_buttons[Outcome.NEW_AGREEMENT])  # Space on the radio button
    assert evaluation.outcome_buttons[Outcome.NEW_AGREEMENT].isChecked()
    click(qtbot, evaluation.finish_button)
    # … and, apart from them, the referral assessment is asked for before it is done.
    assert "henvisning videre er vurdert" in evaluation.message.text()
    assert evaluation.isVisible()
    toggle(evaluation.referral_buttons[Referral.NOT_NEEDED])
    assert section.service.evaluations()[-1].referral is Referral.NOT_NEEDED
    click(qtbot, evaluation.finish_button)

    new_draft = section.current
    assert (new_draft.number, new_draft.version, new_draft.status) == (
        1, 2, AgreementStatus.DRAFT)
    assert [m.text for m in new_draft.measures] == [
        "Møte Tonje i skoleporten første uke", "Sosiallærer møter Tonje hvis kontaktlærer er syk",
        "Far følger Tonje de tre første dagene", "Øve på å dra hjemmefra"]
    assert new_draft.plan_b == signed.plan_b and new_draft.signatures == ()
    assert not editor.place.isReadOnly()
    assert section.list.count() == 2 and "versjon 1 – evaluert" in section.list.item(0).text()
    assert session.summary().next_due is None  # evaluated: nothing waits
    case_id = session.case_id
    wait_saved(qtbot, window)
    click(qtbot, window.case_page.back_button)
    assert window.case_page is None
    other = new_service(vault_dir)
    reopened = other.open_case(case_id)
    service = AgreementService(reopened)
    stored = service.agreements()
    assert [(a.version, a.status) for a in stored] == [(1, AgreementStatus.EVALUATED),
                                                        (2, AgreementStatus.DRAFT)]
    assert stored[0].evaluation_on == friday
    assert stored[0].signatures[0].drawing == signed.signatures[0].drawing
    [ev] = service.evaluations(stored[0].id)
    assert ev.finished and ev.outcome is Outcome.NEW_AGREEMENT
    assert ev.measures[3].rating is Rating.NOT and ev.measures[3].note == "Mor hadde nattevakt"
    assert ev.goal_note == "Tonje var på skolen fire av fem dager."
    assert [s.name for s in ev.signatures] == ["Tonje Ánde"]
    assert "Ola Šára" not in [p.name for p in ev.participants] and len(ev.participants) == 4
    other.close_case(reopened)


def test_an_agreement_without_measures_is_refused_with_a_clear_message(qtbot, make_window,
                                                                      vault_dir):
    window, session, section = start(qtbot, make_window, vault_dir, "Tonje")
    click(qtbot, section.new_button)
    tick_everyone(section)
    for i in range(section.editor.people.list.count()):
        section.editor.people.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    click(qtbot, section.freeze_button)
    text = section.message.text()
    assert "kan ikke gjøres klar til signering" in text
    assert "Kryss av for hvem som er til stede" in text and "minst ett tiltak" in text
    assert section.current.status is AgreementStatus.DRAFT
    assert section.editor.place.isEnabled() and not section.editor.place.isReadOnly()


def test_jens_five_sub_goals_preview_and_pdf(qtbot, make_window, vault_dir, tmp_path):
    window, session, section = start(qtbot, make_window, vault_dir, "Jens Ŋ")
    click(qtbot, section.new_button)
    assert not section.editor.plan_button.isEnabled()  # no step-up plan wired yet
    assert "ingen opptrappingsplan" in section.editor.plan_note.text()
    tick_everyone(section)
    type_into(qtbot, section.editor.goal, "Jens deltar fullt i skolen.")
    for step in JENS_STEPS:
        add_sub_goal(qtbot, section, step, "2 uker")
    add_measure(qtbot, section, "PPT", "Utrede fagvansker som henvist")
    add_measure(qtbot, section, "Eleven", "Skrive logg med ressurslærer")
    assert section.editor.sub_goals.count() == 5
    click(qtbot, section.freeze_button)
    assert section.current.status is AgreementStatus.READY

    click(qtbot, section.preview_button)
    preview = section.output.dialog
    qtbot.waitExposed(preview)
    shown = preview.view.toPlainText()
    for step in JENS_STEPS:
        assert step in shown
    assert "Unntatt offentlighet" in shown and "PPT har ansvar for:" in shown
    preview.accept()

    target = tmp_path / "jens.pdf"
    call = section.output.save(section.document(), target)
    qtbot.waitUntil(lambda: call.done, timeout=10_000)
    assert "En PDF er ikke kryptert" in section.message.text()
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(
        target.read_bytes())).pages)
    for number in range(1, 6):
        assert f"Delmål {number} (2 uker)" in text
    assert "Jens Ŋ – elev" in text


def test_measures_come_from_the_circle_with_one_action(qtbot, make_window, vault_dir):
    window, session, section = start(qtbot, make_window, vault_dir, "Tonje")
    from desktop.domain.measure_circle import EntryKind, MeasureStatus
    from desktop.services.circle_service import MeasureCircleService, circle_form
    circle = MeasureCircleService(session, circle_form(None)[0])
    box = circle.box("relasjon_voksne").with_added(circle.new_entry(
        EntryKind.MEASURE, "Fast samtale med kontaktlærer mandag", party=Party.CONTACT_TEACHER,
        status=MeasureStatus.AGREED))
    circle.write_box(box)
    click(qtbot, section.new_button)
    tick_everyone(section)
    click(qtbot, section.editor.circle_button)
    assert section.editor.measures.tree.topLevelItemCount() == 1
    assert "1 tiltak hentet" in section.message.text()
    click(qtbot, section.editor.circle_button)  # a second time adds nothing twice
    assert section.editor.measures.tree.topLevelItemCount() == 1
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert section.current.measures == ()


def test_a_scan_is_kept_and_old_versions_stay_printable(qtbot, make_window, vault_dir,
                                                        tmp_path):
    from tests.agreements.examples import tonje
    window, session, section = start(qtbot, make_window, vault_dir, "Tonje")
    frozen_tonje(qtbot, section)
    draft = section.current
    click(qtbot, section.sign_button)
    signing = section.dialog
    toggle(signing.on_paper)
    click(qtbot, signing.sign_button)
    click(qtbot, signing.done_button)
    assert "delvis signert (1 av 5)" in section.list.currentItem().text()

    # The scan of the paper copy: the user confirms who signed it, and on which day.
    scan = tmp_path / "signert avtale.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)
    click(qtbot, section.scan_button)
    chooser = section.dialog
    chooser.selectFile(str(scan))
    chooser.accept()
    assert "lagret kryptert i saken" in section.message.text()
    assert "Velg hvem som skrev under på papiret" in section.message.text()
    assert "Skann av den signerte avtalen er lagt ved" in section.status.text()
    assert section.service.scan(draft.id) == ("signert avtale.jpg", scan.read_bytes())
    paper = section.dialog
    qtbot.waitExposed(paper)
    assert paper.on_paper.isChecked() and paper.person.currentText() == "Per Ánde (Far)"
    yesterday = date.today() - timedelta(days=1)
    paper.paper_date.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    for _ in range(4):
        click(qtbot, paper.sign_button)
    assert "Status: signert." in paper.summary.text()
    click(qtbot, paper.done_button)
    assert section.current.status is AgreementStatus.SIGNED
    assert [s.signed_on for s in section.current.signatures] == [date.today()] + [yesterday] * 4
    assert section.list.currentItem().text() == "Avtale 1, versjon 1 – signert"

    click(qtbot, section.edit_button)
    assert section.current.version == 2 and section.current.status is AgreementStatus.DRAFT
    type_into(qtbot, section.editor.plan_b, "Ny plan B")
    click(qtbot, section.freeze_button)
    assert [section.list.item(i).text() for i in range(2)] == [
        "Avtale 1, versjon 1 – erstattet av en nyere versjon",
        "Avtale 1, versjon 2 – klar til signering"]
    section.list.setFocus()
    section.list.setCurrentRow(0)
    assert section.current.version == 1 and section.preview_button.isEnabled()
    click(qtbot, section.preview_button)
    shown = section.output.dialog.view.toPlainText()
    assert "Avtale 1, versjon 1 – erstattet av en nyere versjon" in shown
    assert "Ny plan B" not in shown and tonje().plan_b in shown
    section.output.dialog.accept()


def test_sub_goals_from_the_plan_once_the_hook_is_wired(qtbot, make_window, vault_dir,
                                                        monkeypatch):
    import desktop.services.agreement_service as agreements_module
    from desktop.domain.agreements import SubGoal
    monkeypatch.setattr(agreements_module, "plan_steps_provider",
                        lambda session: [SubGoal(s, "2 uker") for s in JENS_STEPS])
    window, session, section = start(qtbot, make_window, vault_dir, "Jens")
    click(qtbot, section.new_button)
    tick_everyone(section)
    assert section.editor.plan_note.text() == ""
    click(qtbot, section.editor.plan_button)
    assert [g.text for g in section.current.sub_goals] == list(JENS_STEPS)
    assert section.editor.sub_goals.count() == 5
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert section.current.sub_goals == ()


def test_jens_sub_goals_taken_from_his_five_step_plan(qtbot, make_window, vault_dir):
    """The agreement's delmål are the opptrappingsplan's steps (seed 002, "Jens"):
    one click takes the current plan's five steps, with their dates; Ctrl+Z undoes."""
    from dataclasses import replace as copy
    from datetime import date as day

    from desktop.domain.escalation_plan import EscalationPlan
    from desktop.services.plan_service import PlanService

    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Jens")
    plans = PlanService(window.case_page.session)
    steps = []
    plan = None
    for title in JENS_STEPS:
        step = copy(plans.new_step(plan, title), weeks=2)
        steps.append(step)
        plan = plans.write_plan(EscalationPlan(plan.id if plan else None, "Full deltakelse",
                                               day(2026, 3, 2), tuple(steps)))
        steps = list(plan.steps)
    section = open_section(qtbot, window.case_page, "agreements")
    click(qtbot, section.new_button)
    tick_everyone(section)
    assert section.editor.plan_button.isEnabled() and section.editor.plan_note.text() == ""
    click(qtbot, section.editor.plan_button)
    goals = section.current.sub_goals
    assert [g.text.split(":")[0] for g in goals] == list(JENS_STEPS)
    assert goals[0].period == "02.03.2026–13.03.2026 (uke 10–11)"
    assert goals[4].period.endswith("08.05.2026 (uke 18–19)")
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert section.current.sub_goals == ()


def test_a_measure_is_given_to_another_party_and_back_with_undo(qtbot, make_window, vault_dir):
    window, session, section = start(qtbot, make_window, vault_dir, "Tonje Ánde")
    click(qtbot, section.new_button)
    tick_everyone(section)
    measures = section.editor.measures
    add_measure(qtbot, section, "Kontaktlærer", "Følger Tonje fra porten til klasserommet")
    measures.tree.setCurrentItem(measures.tree.topLevelItem(0))
    assert measures.party.currentText() == "Kontaktlærer"  # the chosen measure's party shows
    choose(qtbot, measures.party, "Foresatte")
    type_into(qtbot, measures.person, "Mor")
    click(qtbot, measures.reassign)
    [measure] = section.current.measures
    assert (measure.party, measure.person) == (Party.GUARDIANS, "Mor")
    assert measures.texts() == ["Foresatte: Mor | Følger Tonje fra porten til klasserommet"]
    wait_saved(qtbot, window)
    stored = AgreementService(new_service(vault_dir).open_case(session.case_id))
    [kept] = stored.agreements()[0].measures
    assert (kept.party, kept.person) == (Party.GUARDIANS, "Mor")
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert section.current.measures[0].party is Party.CONTACT_TEACHER
