"""The school's overview across cases, and the term report: every case on
this laptop read once, read-only, on a worker thread (the UI passes progress
and cancel callbacks). A case opened this way takes no lock file and is never
written; its data key and database are dropped as soon as it is read. No Qt.

What is read per case (CaseOverview): the due dates (the one computation of
Oversikt's "Frister", domain/due_dates.py), the first rule firings and what
was logged since (contacts, meetings, conversations, agreements, evaluations,
phase decisions), and the anonymous figures the term report counts."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Callable

from desktop.casefile.agreements_repo import AgreementRepository
from desktop.casefile.circle_repo import CircleRepository
from desktop.domain.evaluations import Rating, Referral
from desktop.domain.follow_up_events import AGREEMENT_SIGNED
from desktop.domain.measure_circle import EntryKind, MeasureStatus
from desktop.domain.meetings import MeetingStatus
from desktop.domain.school_overview import CaseFigures, CaseOverview, unfollowed
from desktop.domain.term_report import Period, TermReport, term_report
from desktop.services.absence_register import AbsenceRegister, rule_sets
from desktop.services.agreement_service import due_dates
from desktop.services.circle_service import circle_form, local_forms_dir

if TYPE_CHECKING:
    from desktop.forms.circle_form import CircleForm
    from desktop.services.app_service import AppService
    from desktop.services.case_session import CaseSession

log = logging.getLogger(__name__)

IN_USE = (MeasureStatus.AGREED, MeasureStatus.IN_PROGRESS)

Progress = Callable[[int, int], None]  # (cases read, cases in all)


class Cancelled(Exception):
    """Avbryt was pressed: nothing of a half-done read is kept."""


@dataclass(frozen=True, slots=True)
class SchoolScan:
    """Every readable case of the vault, how many could not be read, when."""

    cases: tuple[CaseOverview, ...]
    unreadable: int
    today: date
    seconds: float = 0.0

    def report(self, period: Period, box_order: tuple[str, ...] = ()) -> TermReport:
        """The term report: counts only (CaseFigures hold no name)."""
        return term_report([c.figures for c in self.cases], period, self.unreadable,
                           box_order)

    def active(self) -> list[CaseOverview]:
        return [c for c in self.cases if not c.figures.archived]


def prepare(service: AppService) -> CircleForm:
    """Call on the UI thread before the scan: the rule sets, the school calendar
    and the circle form are read once and cached; the worker only reads them."""
    rule_sets()
    service.school_calendar()
    return circle_form(local_forms_dir())[0]


def read_case(session: CaseSession, archived: bool, today: date,
              form: CircleForm | None = None) -> CaseOverview:
    """One case, read-only (nothing here writes)."""
    register = AbsenceRegister(session)
    evaluation = register.evaluation(today)
    agreements = session.repository(AgreementRepository)
    events = register.events()
    meetings = [m.held_at.date() for m in agreements.meetings()
                if m.held_at is not None and m.status is not MeetingStatus.PLANNED
                and m.held_at.date() <= today]
    logged = [e.on for e in events] + meetings + [d.decided_on for d in register.decisions()]
    logged += [c.at.date() for c in register.contacts()]
    evaluations = [e for e in agreements.evaluations() if e.finished and e.held_on is not None]
    pupil = session.pupil()
    figures = CaseFigures(
        grade=pupil.grade.strip(),
        phase=_phase_name(register, evaluation),
        archived=archived,
        first_firing=min((f.first_fired for f in evaluation.firings), default=None),
        first_activity=min(logged, default=None),
        meetings=tuple(sorted(meetings)),
        signed=tuple(sorted(e.on for e in events if e.kind == AGREEMENT_SIGNED)),
        evaluations=tuple((e.held_on, e.outcome.value, e.referral is Referral.REFER)
                          for e in evaluations),
        measures_in_use=_measures_in_use(session, form),
        ratings=tuple((e.held_on, m.rating.value) for e in evaluations for m in e.measures
                      if m.rating is not Rating.UNSET),
    )
    firings = [(f.first_fired, f.rule.text) for f in evaluation.firings]
    waiting = unfollowed(firings, logged, session.school_week(), today)
    due = tuple(due_dates(session, today)) if not archived else ()
    holder = register.stafettholder()
    return CaseOverview(session.case_id, pupil.name, due, waiting if not archived else None,
                        figures, holder.to_name if holder is not None else "")


def _phase_name(register: AbsenceRegister, evaluation) -> str:
    """The phase as the case list shows it (the decided one, else the proposed
    one), without the list's "(forslag)"."""
    decision = register.current_decision()
    if decision is not None:
        return decision.phase_name
    proposed = register.proposal(evaluation)
    return proposed.phase.name if proposed is not None else evaluation.suggested.name


def _measures_in_use(session: CaseSession, form: CircleForm | None) -> tuple[str, ...]:
    """One box title per measure in the circle that is agreed or under way."""
    if form is None:
        return ()
    circle = session.repository(CircleRepository).load(form.box_ids, form.id, form.version)
    titles = {b.id: b.title for b in form.boxes}
    return tuple(titles.get(box.id, box.id) for box in circle.boxes.values()
                 for e in box.entries if e.kind is EntryKind.MEASURE and e.status in IN_USE)


def scan(service: AppService, entries: list, today: date, form: CircleForm | None = None,
         progress: Progress = lambda done, total: None,
         cancelled: Callable[[], bool] = lambda: False) -> SchoolScan:
    """Reads every case in `entries` (the case list's CaseEntry values, archived
    ones included). Safe on a worker thread: it opens its own read-only copies.
    Raises Cancelled when `cancelled()` turns true."""
    started = time.perf_counter()
    found: list[CaseOverview] = []
    unreadable = 0
    total = len(entries)
    for done, entry in enumerate(entries):
        if cancelled():
            raise Cancelled()
        progress(done, total)
        if entry.summary is None:
            unreadable += 1
            continue
        try:
            session = service.read_only_copy(entry.case_id)
        except Exception as exc:  # noqa: BLE001 - a file that cannot be read is counted
            log.warning("overview: a case could not be read: %s", type(exc).__name__)
            unreadable += 1
            continue
        try:
            found.append(read_case(session, entry.summary.archived, today, form))
        except Exception as exc:  # noqa: BLE001 - one odd case never stops the overview
            log.warning("overview: a case could not be counted: %s", type(exc).__name__)
            unreadable += 1
        finally:
            session.close()
        time.sleep(0)  # hand the interpreter to the UI thread between two cases
    progress(total, total)
    return SchoolScan(tuple(found), unreadable, today, time.perf_counter() - started)


def box_order(form: CircleForm | None) -> tuple[str, ...]:
    return tuple(b.title for b in form.boxes) if form is not None else ()

