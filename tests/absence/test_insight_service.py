"""The service behind "Mønstre og utvikling": one case with absence, a circle
measure, a frozen agreement and a plan; what it finds, marks and compares."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.absence import AbsenceRecord
from desktop.domain.absence_patterns import PatternKind
from desktop.domain.escalation_plan import EscalationPlan
from desktop.domain.measure_circle import EntryKind
from desktop.domain.measure_effect import EffectStatus
from desktop.services import app_service as service_module
from desktop.services.absence_insight import AbsenceInsight, MarkerKind
from desktop.services.absence_register import AbsenceRegister
from desktop.services.agreement_service import AgreementService
from desktop.services.circle_service import MeasureCircleService, circle_form
from desktop.services.plan_service import PlanService
from tests.agreements.examples import tonje

TODAY = date(2026, 3, 27)
MONDAYS = [date(2026, 2, 2), date(2026, 2, 9), date(2026, 2, 16), date(2026, 2, 23),
           date(2026, 3, 9)]


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(service_module, "today", lambda: TODAY)


@pytest.fixture
def case(service):
    session = service.create_case("Áilu")
    AbsenceRegister(session).add_records([AbsenceRecord(None, d) for d in MONDAYS])
    circle = MeasureCircleService(session, circle_form()[0])
    box_id = next(iter(circle.circle.boxes))
    entry = circle.new_entry(EntryKind.MEASURE, "Fast voksen tar imot om morgenen",
                             start=date(2026, 3, 2))
    circle.write_box(circle.box(box_id).with_added(entry))
    circle.write_box(circle.box(box_id).with_added(
        circle.new_entry(EntryKind.MEASURE, "Uten dato")))
    agreements = AgreementService(session, today=lambda: TODAY)
    draft = agreements.new_draft()
    agreements.write(replace(tonje(date(2026, 3, 2)), id=draft.id, number=draft.number,
                             version=draft.version, created_at=draft.created_at))
    agreements.freeze(draft.id)
    agreements.write(replace(agreements.new_draft(), held_on=date(2026, 3, 4)))  # a draft
    plans = PlanService(session)
    step = replace(plans.new_step(None, "To timer hver dag"), weeks=2)
    plans.write_plan(EscalationPlan(None, "Hele skoledagen", date(2026, 3, 16), (step,)))
    yield session
    service.close_case(session)


def test_patterns_of_the_case(case):
    found = AbsenceInsight(case).patterns()
    [mondays] = [p for p in found if p.kind is PatternKind.WEEKDAY]
    assert (mondays.weekday, mondays.count, mondays.total) == (0, 5, 5)
    assert mondays.record_ids == (1, 2, 3, 4, 5)


def test_the_trend_marks_measures_agreements_and_plan_steps(case):
    trend = AbsenceInsight(case).trend()
    assert trend.weeks[0].monday == date(2026, 1, 5)  # at least twelve weeks back
    assert trend.weeks[-1].monday == date(2026, 3, 23)
    assert [(m.kind, m.day) for m in trend.markers] == [
        (MarkerKind.AGREEMENT, date(2026, 3, 2)), (MarkerKind.MEASURE, date(2026, 3, 2)),
        (MarkerKind.STEP, date(2026, 3, 16))]
    by_monday = {w.monday: w.absence for w in trend.weeks}
    assert by_monday[date(2026, 3, 9)].share == 100 * 6 / 30
    assert by_monday[date(2026, 3, 16)].share == 0


def test_before_and_after_each_start(case):
    effects = {e.marker.kind: e for e in AbsenceInsight(case).effects()}
    measure = effects[MarkerKind.MEASURE].effect
    # Before 2.3: weeks of 23.2, 16.2, 9.2, 2.2 (four whole Mondays = 24 of 120);
    # after: 2.3, 9.3, 16.3, 23.3 (one Monday = 6 of 120).
    assert (measure.status, measure.weeks) == (EffectStatus.COMPARED, 4)
    assert (measure.before.share, measure.after.share) == (20.0, 5.0)
    step = effects[MarkerKind.STEP]
    assert (step.effect.status, step.effect.weeks_after) == (EffectStatus.COMPARED, 2)
    assert step.step.target == 0.0 and step.step.attendance == 100.0
    assert step.step.school_days == 10


def test_before_and_after_an_agreement_for_its_evaluation(case):
    from desktop.services.agreement_service import AgreementService

    [frozen] = [a for a in AgreementService(case).agreements() if a.status.frozen]
    item = AbsenceInsight(case).agreement_effect(frozen)
    assert (item.marker.kind, item.marker.day) == (MarkerKind.AGREEMENT, date(2026, 3, 2))
    assert (item.effect.before.share, item.effect.after.share) == (20.0, 5.0)
    assert AbsenceInsight(case).agreement_effect(replace(frozen, held_on=None)) is None
