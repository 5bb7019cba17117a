"""Regelsett side om side (issue 17): what each rule set would say for this pupil,
beside the one the case uses; the same figures as each rule set's own evaluation."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.absence import AbsenceRecord, Reason
from desktop.domain.absence_rules import evaluate_records
from desktop.services import app_service as service_module
from desktop.services.absence_register import AbsenceRegister, rule_sets
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import click, create_case, unlock

TODAY = date(2026, 3, 31)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(service_module, "today", lambda: TODAY)


def four_single_days(session) -> AbsenceRegister:
    register = AbsenceRegister(session)
    for day in (date(2026, 3, 3), date(2026, 3, 10), date(2026, 3, 17), date(2026, 3, 24)):
        register.add_records([AbsenceRecord(None, day, documented=False, reason=Reason.UNKNOWN)])
    return register


def test_every_rule_set_is_evaluated_on_the_same_records_the_cases_own_first(
        qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    create_case(qtbot, window, "Sammenlign Sara")
    register = four_single_days(window.case_page.session)
    register.set_rule_set_override("oslo")
    side_by_side = register.every_rule_set(TODAY)
    assert [e.rule_set.id for e in side_by_side][0] == "oslo"
    assert {e.rule_set.id for e in side_by_side} == set(rule_sets())
    for evaluation in side_by_side:  # the same answer as evaluating each on its own
        alone = evaluate_records(evaluation.rule_set, register.records(), register.week(), TODAY)
        assert evaluation.suggested.id == alone.suggested.id
        assert [f.rule.id for f in evaluation.firings] == [f.rule.id for f in alone.firings]
    by_id = {e.rule_set.id: e for e in side_by_side}
    assert by_id["oslo"].suggested.id == "mote"  # four single undocumented days, repeated
    assert by_id["baerum"].suggested.id == "fase2"
    assert by_id["orland"].suggested.id == "trinn0"  # more than three days: contact

    page = window.case_page
    page.show_section("log")
    page.show_section("overview")
    card = page.overview.follow_up
    click(qtbot, card.compare_button)
    dialog = card.rule_sets_dialog
    qtbot.waitExposed(dialog)
    rows = dialog.rows()
    assert rows[0].startswith("Oslo (eksempel på handlingsplan, appendiks 5) (brukes i saken): "
                              "Møte med eleven og de foresatte")
    assert any(row.startswith("Bærum kommune: Fase 2 – Identifisering og kontakt")
               for row in rows)
    assert any("Én enkelttime eller mer med ugyldig fravær | 03.03.2026 | ja" in row
               for row in rows)
    assert dialog.focusWidget() is dialog.tree
    assert register.decisions() == []  # it only shows: nothing was decided
