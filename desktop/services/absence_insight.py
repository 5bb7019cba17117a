"""What Fravær shows under "Mønstre og utvikling": the patterns in the
register, the weekly trend with the measures, plan steps and agreements marked
on it, and the absence before and after each of them started. Reads only (no
writes, nothing to undo). No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from desktop.casefile.absence_repo import AbsenceRepository
from desktop.casefile.agreements_repo import AgreementRepository
from desktop.domain.absence_patterns import Pattern, find_patterns
from desktop.domain.absence_weeks import DayAbsence, WeekAbsence, absence_by_day, weekly_absence
from desktop.domain.measure_effect import Effect, StepEffect, effect_of, step_effect
from desktop.domain.school_calendar import monday
from desktop.forms.absence_patterns import InsightSettings, load_insight_settings
from desktop.forms.loader import FormProblem
from desktop.services import absence_config as config
from desktop.services.absence_register import today as app_today
from desktop.services.case_session import CaseSession

TREND_WEEKS = 52  # at most a school year on the chart
MIN_TREND_WEEKS = 12

_loaded = config.per_configuration(load_insight_settings)


def insight_settings() -> InsightSettings:
    """forms/monstre.toml with local overrides, read once per configuration."""
    return _loaded()[0]


def insight_problems() -> list[FormProblem]:
    return list(_loaded()[1])


class MarkerKind(str, Enum):
    MEASURE = "measure"  # a tiltakssirkel measure with a start date
    AGREEMENT = "agreement"  # a samarbeidsavtale (its measures start with it)
    STEP = "step"  # a step of the current opptrappingsplan


@dataclass(frozen=True, slots=True)
class Marker:
    """Something that started on `day`. `label` is the measure's text, the
    step's title or empty (the UI names an agreement by `number`)."""

    kind: MarkerKind
    day: date
    label: str
    number: int = 0  # agreement number or step number


@dataclass(frozen=True, slots=True)
class MarkerEffect:
    marker: Marker
    effect: Effect
    step: StepEffect | None = None  # for a plan step: attendance against its target


@dataclass(frozen=True, slots=True)
class Trend:
    weeks: list[WeekAbsence]
    markers: list[Marker]


class AbsenceInsight:
    """One open case's patterns, trend and before/after figures."""

    def __init__(self, session: CaseSession, settings: InsightSettings | None = None):
        self.session = session
        self.settings = settings or insight_settings()
        self._absence = session.repository(AbsenceRepository)
        self._markers: list[Marker] | None = None

    def _today(self, on: date | None) -> date:
        return on or app_today()

    def _by_day(self) -> DayAbsence:
        week = self.session.school_week()
        return self.session.memo("absence.by_day", week,
                                 lambda: absence_by_day(self._absence.records(), week))

    def patterns(self, on: date | None = None) -> list[Pattern]:
        return find_patterns(self._absence.records(), self.session.school_week(),
                             self._today(on), self.settings.patterns)

    def markers(self) -> list[Marker]:
        """Every start on the time axis (read once per AbsenceInsight: make a new
        one after a change)."""
        if self._markers is None:
            self._markers = self._read_markers()
        return self._markers

    def _read_markers(self) -> list[Marker]:
        found = [Marker(MarkerKind.MEASURE, entry.start, entry.text)
                 for _box, entry in self._circle_measures() if entry.start is not None]
        for agreement in self.session.repository(AgreementRepository).agreements():
            if agreement.status.frozen and agreement.held_on is not None:
                found.append(Marker(MarkerKind.AGREEMENT, agreement.held_on, "",
                                    agreement.number))
        found += [Marker(MarkerKind.STEP, run.start, run.step.title, run.number)
                  for run in self._step_runs()]
        return sorted(found, key=lambda m: (m.day, m.kind.value, m.number, m.label))

    def trend(self, on: date | None = None) -> Trend:
        """Absence per calendar week up to this week: from the first record or
        marker, at most TREND_WEEKS and at least MIN_TREND_WEEKS back."""
        today = self._today(on)
        markers = self.markers()
        records = self._absence.records()
        known = [r.day for r in records] + [m.day for m in markers]
        latest_start = monday(today) - timedelta(weeks=MIN_TREND_WEEKS - 1)
        earliest = monday(today) - timedelta(weeks=TREND_WEEKS - 1)
        first = max(earliest, min([latest_start, *(monday(d) for d in known)]))
        weeks = weekly_absence(self._by_day(), self.session.school_week(), first, today)
        return Trend(weeks, [m for m in markers if first <= m.day <= today + timedelta(days=6)])

    def effects(self, on: date | None = None) -> list[MarkerEffect]:
        """Before and after for every marker that has started (a plan step also
        during the step, against its target)."""
        today = self._today(on)
        week = self.session.school_week()
        by_day = self._by_day()
        settings = self.settings.effect
        steps = {(run.start, run.number): run for run in self._step_runs()}
        found = []
        for marker in self.markers():
            if marker.day > today:
                continue
            effect = effect_of(marker.day, by_day, week, today, settings)
            run = steps.get((marker.day, marker.number)) if marker.kind is MarkerKind.STEP \
                else None
            during = step_effect(run.start, run.end, run.target, by_day, week, today) \
                if run is not None else None
            found.append(MarkerEffect(marker, effect, during))
        return found

    def agreement_effect(self, agreement, on: date | None = None) -> MarkerEffect | None:
        """Before and after the agreement's date (for its evaluation); None
        while the agreement has no date."""
        if agreement.held_on is None:
            return None
        return self.effect_since(Marker(MarkerKind.AGREEMENT, agreement.held_on, "",
                                        agreement.number), on)

    def effect_since(self, marker: Marker, on: date | None = None) -> MarkerEffect:
        """Before and after one start (a measure being edited, an agreement)."""
        return MarkerEffect(marker, effect_of(marker.day, self._by_day(),
                                              self.session.school_week(), self._today(on),
                                              self.settings.effect))

    # --- what other features hold -------------------------------------------------------
    def _circle_measures(self):
        from desktop.services.circle_service import (
            MeasureCircleService,
            circle_form,
            local_forms_dir,
        )

        form, _problems = circle_form(local_forms_dir())
        return MeasureCircleService(self.session, form).circle.measures()

    def _step_runs(self):
        from desktop.services.plan_service import PlanService

        service = PlanService(self.session)
        plan = service.current_plan()
        if plan is None:
            return []
        return service.timeline(plan)
