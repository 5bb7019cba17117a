"""Must show (issue 13): the phase follows the work. A contact logged from
Oversikt ticks the log task with a link to the entry; an evaluation's outcome
proposes a decision that one click accepts and the case list then shows; the
stafettholder is a named person with a history of handovers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.domain.agreements import Signature
from desktop.domain.evaluations import Outcome, Referral, ReferralKind
from desktop.domain.people import TeamMember, TeamRole
from desktop.services import app_service as service_module
from desktop.services.absence_register import AbsenceRegister
from desktop.services.agreement_service import AgreementService
from desktop.ui.dialogs.contact_dialog import ContactDialog
from desktop.ui.sections.overview.decision_dialog import DecisionDialog
from desktop.ui.sections.overview.handover_dialog import HandoverDialog
from tests.agreements.examples import tonje
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import (
    choose,
    click,
    create_case,
    find,
    press,
    row_of,
    shortcut,
    type_into,
    unlock,
)

TODAY = date(2026, 3, 31)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(service_module, "today", lambda: TODAY)


def open_case(qtbot, make_window, vault_dir, name: str = "Sárá"):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, name)
    return window, window.case_page


def show_overview(page) -> None:
    """Away and back, as a person does after working in another section."""
    page.show_section("log")
    page.show_section("overview")


def dialog_of(qtbot, window, cls):
    """The dialog just opened (one closed before may not be deleted yet)."""
    shown = lambda: [d for d in window.findChildren(cls) if d.isVisible()]  # noqa: E731
    qtbot.waitUntil(lambda: len(shown()) == 1)
    dialog = shown()[0]
    qtbot.waitExposed(dialog)
    return dialog


def task_item(card, text: str):
    for row in range(card.tasks.count()):
        if card.tasks.item(row).text().startswith(text):
            return row, card.tasks.item(row)
    raise AssertionError(f"no task {text!r}")


def test_a_logged_contact_ticks_the_log_task_with_a_link_to_the_entry(qtbot, make_window,
                                                                         vault_dir):
    window, page = open_case(qtbot, make_window, vault_dir)
    absence = page.section_widgets["absence"]
    page.show_section("absence")
    type_into(qtbot, absence.entry.date_edit, "26.03.2026")
    type_into(qtbot, absence.entry.lessons_edit, "3")  # one undocumented lesson → fase 2
    press(absence.entry.lessons_edit, Qt.Key.Key_Return)
    page.show_section("overview")
    card = page.overview.follow_up
    assert card.suggested.text() == "Fase 2 – Identifisering og kontakt (forslag)"
    _, item = task_item(card, "Skriv ned kontakten i loggen")
    assert item.checkState() == Qt.CheckState.Unchecked

    click(qtbot, card.contact_button)
    dialog = dialog_of(qtbot, window, ContactDialog)
    type_into(qtbot, dialog.with_whom.lineEdit(), "Mor (Ánne)")
    type_into(qtbot, dialog.when, "27.03.2026 08:15")
    click(qtbot, find(dialog, QPushButton, "acceptButton"))

    row, item = task_item(card, "Skriv ned kontakten i loggen")
    assert item.checkState() == Qt.CheckState.Checked
    assert "gjort: kontakt med Mor (Ánne) 27.03.2026" in item.text()
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable  # it goes with the entry
    register = AbsenceRegister(page.session)
    [contact] = register.contacts()
    assert item.data(Qt.ItemDataRole.UserRole) in register.done_tasks()
    assert register.follow.done_tasks("baerum") == {}  # derived, not stored twice

    # The link: Enter on the task shows the entry in Logg.
    card.tasks.setFocus()
    card.tasks.setCurrentRow(row)
    press(card.tasks, Qt.Key.Key_Return)
    log = page.section_widgets["log"]
    assert page.sections.currentWidget() is log
    assert log.selected().id == contact.id

    # Undo the contact: the tick goes with it.
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert register.contacts() == []
    page.show_section("overview")
    _, item = task_item(card, "Skriv ned kontakten i loggen")
    assert item.checkState() == Qt.CheckState.Unchecked


def finish_evaluation_with_referral(session) -> None:
    """What Avtaler stores after a signed agreement is evaluated (that section
    is tested in tests/ui/sections/agreements)."""
    agreements = AgreementService(session, today=lambda: date(2026, 3, 27))
    first = agreements.new_draft()
    agreements.write(replace(tonje(held_on=date(2026, 3, 2)), id=first.id))
    agreements.freeze(first.id)
    agreements.sign(first.id, [Signature("Siv Lund", signed_on=date(2026, 3, 2))])
    evaluation = agreements.start_evaluation(first.id, lambda m: "")
    agreements.finish_evaluation(replace(evaluation, outcome=Outcome.FURTHER,
                                         referral=Referral.REFER,
                                         referral_kind=ReferralKind.PPT))


def test_an_evaluation_proposes_a_decision_accepted_with_one_click(qtbot, make_window,
                                                                    vault_dir):
    window, page = open_case(qtbot, make_window, vault_dir, "Tonje")
    finish_evaluation_with_referral(page.session)
    show_overview(page)
    card = page.overview.follow_up
    assert card.proposal_box.isVisibleTo(card)
    assert card.suggested.text() == "Fase 4 – Behov for flere tiltak (forslag)"
    assert card.proposal.text() == \
        "Foreslått etter evaluering av avtale 1 27.03.2026: mer omfattende innsats trengs."
    # The evaluation also ticked fase 3's last task.
    register = AbsenceRegister(page.session)
    evaluate = register.rule_set().phase("fase3").tasks[-1]
    assert evaluate.id in register.done_tasks()

    # No name yet: refused, nothing decided.
    assert card.accept_by.text() == ""
    click(qtbot, card.accept_button)
    assert card.accept_error.text() == "Skriv hvem som tok beslutningen."
    assert card.focusWidget() is card.accept_by and register.decisions() == []
    type_into(qtbot, card.accept_by, "Siv Lund, kontaktlærer")
    click(qtbot, card.accept_button)

    [decision] = register.decisions()
    assert (decision.phase_id, decision.decided_on, decision.decided_by) == (
        "fase4", TODAY, "Siv Lund, kontaktlærer")
    assert card.suggested.text() == "Fase 4 – Behov for flere tiltak"
    assert "Besluttet: Fase 4 – Behov for flere tiltak (31.03.2026" in card.decision.text()
    assert not card.proposal_box.isVisibleTo(card)
    shortcut(qtbot, window, Qt.Key.Key_Z)  # undo: the proposal is back
    assert register.decisions() == [] and card.proposal_box.isVisibleTo(card)
    shortcut(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
             | Qt.KeyboardModifier.ShiftModifier)
    assert [d.phase_id for d in register.decisions()] == ["fase4"]

    case_id = page.session.case_id
    click(qtbot, page.back_button)
    qtbot.waitUntil(lambda: window.case_page is None)
    proxy = window.list_page.proxy
    row = row_of(window, case_id)
    shown = [proxy.index(row, column).data() for column in range(proxy.columnCount())]
    assert "Fase 4 – Behov for flere tiltak" in shown


def test_the_stafettholder_is_a_person_handed_on_with_a_history(qtbot, make_window,
                                                                 vault_dir):
    window, page = open_case(qtbot, make_window, vault_dir)
    page.session.add_team_member(TeamMember(role=TeamRole.PRINCIPAL, name="Ola Šára"))
    card = page.overview.follow_up
    stafett = card.stafett
    assert stafett.holder.text() == \
        "Stafettholder: ingen er valgt ennå. Fasen sier: Kontaktlærer."
    assert stafett.hand_over_button.text() == "Velg stafettholder …"
    assert not stafett.history.isVisibleTo(card)

    click(qtbot, stafett.hand_over_button)
    dialog = dialog_of(qtbot, window, HandoverDialog)
    type_into(qtbot, dialog.person.lineEdit(), "Siv Lund")
    type_into(qtbot, dialog.date_edit, "31.02.2026")
    click(qtbot, find(dialog, QPushButton, "acceptButton"))
    assert dialog.error.text() == "Skriv datoen som dd.mm.åååå."  # nothing lost
    assert dialog.person.currentText() == "Siv Lund"
    assert dialog.focusWidget() is dialog.date_edit
    type_into(qtbot, dialog.date_edit, "02.03.2026")
    click(qtbot, find(dialog, QPushButton, "acceptButton"))
    qtbot.waitUntil(lambda: "Siv Lund" in stafett.holder.text())
    assert stafett.holder.text() == \
        "Stafettholder: Siv Lund, fra 02.03.2026. Fasen sier: Kontaktlærer."

    click(qtbot, stafett.hand_over_button)
    dialog = dialog_of(qtbot, window, HandoverDialog)
    choose(qtbot, dialog.person, "Ola Šára (Rektor)")
    type_into(qtbot, dialog.note_edit, "Avdelingsleder tar over i fase 3")
    press(dialog.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Ola Šára" in stafett.holder.text())
    assert stafett.holder.text().startswith("Stafettholder: Ola Šára (Rektor), fra 31.03.2026")
    assert [stafett.history.item(i).text() for i in range(stafett.history.count())] == [
        "31.03.2026: Siv Lund → Ola Šára – Avdelingsleder tar over i fase 3",
        "02.03.2026: – → Siv Lund"]
    stored = AbsenceRegister(page.session).handovers()
    assert [(h.from_name, h.to_name, h.to_role) for h in stored] == [
        ("", "Siv Lund", ""), ("Siv Lund", "Ola Šára", "Rektor")]

    timeline = page.overview.timeline
    choose(qtbot, timeline.filter, "Stafettholder")
    assert [timeline.list.item(i).text() for i in range(timeline.list.count())] == [
        "31.03.2026  Ny stafettholder: Ola Šára – Avdelingsleder tar over i fase 3",
        "02.03.2026  Ny stafettholder: Siv Lund"]

    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert AbsenceRegister(page.session).stafettholder().to_name == "Siv Lund"
    assert stafett.holder.text().startswith("Stafettholder: Siv Lund")


def test_a_proposal_against_a_decision_names_both_and_keeps_the_decision(qtbot, make_window,
                                                                          vault_dir):
    window, page = open_case(qtbot, make_window, vault_dir, "Tonje")
    AbsenceRegister(page.session).decide("fase3", date(2026, 3, 2), "Siv Lund")
    finish_evaluation_with_referral(page.session)
    show_overview(page)
    card = page.overview.follow_up
    assert card.suggested.text() == "Fase 3 – Kartlegging, tiltak og evaluering"
    assert card.proposal.text() == (
        "Forslag etter evaluering av avtale 1 27.03.2026: mer omfattende innsats trengs: "
        "Fase 4 – Behov for flere tiltak (forslag)")
    assert card.accept_by.text() == "Siv Lund"  # who decided last
    # Another phase through the dialog answers the evaluation just as well.
    click(qtbot, card.decide_button)
    dialog = dialog_of(qtbot, window, DecisionDialog)
    assert dialog.phase.currentData() == "fase4"  # the dialog starts at the proposal
    choose(qtbot, dialog.phase, "Fase 3 – Kartlegging, tiltak og evaluering")
    type_into(qtbot, dialog.by_edit, "Ola Šára, avdelingsleder")
    click(qtbot, find(dialog, QPushButton, "acceptButton"))
    qtbot.waitUntil(lambda: not card.proposal_box.isVisibleTo(card))
    assert [d.phase_id for d in AbsenceRegister(page.session).decisions()] == ["fase3", "fase3"]
