"""A referral chosen in the evaluation (Vedlegg 4: "henvises til") says calmly
when no valid consent covers that service (issue 14, samtykke), and is silent
once one does."""

from __future__ import annotations

from dataclasses import replace

from desktop.domain.consent import ConsentService, Giver
from desktop.domain.evaluations import Referral
from desktop.domain.people import Guardian
from desktop.services.agreement_service import AgreementService
from desktop.services.consent_service import ConsentRecords
from desktop.ui.sections.agreements.evaluation_dialog import EvaluationDialog
from tests.agreements.examples import tonje
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import choose, create_case, toggle, unlock


def test_a_referral_without_consent_is_flagged(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Tonje Ánde")
    session = window.case_page.session
    session.add_guardian(Guardian(name="Per Ánde"))
    agreements = AgreementService(session)
    draft = agreements.new_draft()
    example = tonje(draft.held_on)
    agreements.write(replace(draft, participants=example.participants,
                             measures=example.measures))
    frozen = agreements.freeze(draft.id)
    evaluation = agreements.start_evaluation(frozen.id, lambda m: m.party.value)
    section = window.case_page.section_widgets["agreements"]
    dialog = EvaluationDialog(agreements, frozen, evaluation, section.templates, section)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert not dialog.referral_consent.isVisible()
    toggle(dialog.referral_buttons[Referral.REFER])
    choose(qtbot, dialog.referral_kind, "PPT")
    assert dialog.referral_consent.isVisible()
    assert dialog.referral_consent.text() == (
        "Det er ikke registrert samtykke til å dele opplysninger med PPT. Registrer "
        "samtykket under Samtykke før opplysninger sendes.")
    records = ConsentRecords(session)
    made = records.new(ConsentService.PPT)
    records.write(replace(made, givers=(Giver("Per Ánde"),)))
    choose(qtbot, dialog.referral_kind, "BUP")
    assert "med BUP" in dialog.referral_consent.text()
    choose(qtbot, dialog.referral_kind, "PPT")
    assert not dialog.referral_consent.isVisible()
    dialog.close()
