"""The dates that wait in a case: evaluations of agreements, the next meeting,
the next step written in the contact log, and the open tasks of meeting
minutes. One function computes them; Oversikt ("Frister") lists them and the
case list ("Neste frist") shows the earliest, so the two always agree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.agreements import Agreement, AgreementStatus
from desktop.domain.follow_up import Contact
from desktop.domain.meetings import Meeting, next_meeting

EVALUATION, MEETING, NEXT_STEP, MEETING_TASK = "evaluation", "meeting", "next_step", "task"


@dataclass(frozen=True, slots=True)
class DueDate:
    kind: str  # EVALUATION | MEETING | NEXT_STEP | MEETING_TASK
    when: date
    at: datetime | None = None  # a meeting's time
    agreement_number: int = 0
    text: str = ""  # data: the next step or the task as written
    who: str = ""  # the task's responsible, the one the next step is with
    overdue: bool = False


def _next_steps(contacts: list[Contact], today: date) -> list[DueDate]:
    """A logged next step waits until its day; after that it is overdue until
    a later contact is logged on or after that day (it was taken, or replaced)."""
    logged = sorted(c.at.date() for c in contacts)
    found = []
    for contact in contacts:
        when = contact.next_date
        if when is None:
            continue
        if when < today and any(day >= when for day in logged):
            continue
        found.append(DueDate(NEXT_STEP, when, text=contact.next_step,
                             who=contact.with_whom, overdue=when < today))
    return found


def due_dates(agreements: list[Agreement], meetings: list[Meeting], contacts: list[Contact],
              today: date) -> list[DueDate]:
    """Earliest first. An evaluation, a next step or a meeting task past its
    day still waits (overdue); a meeting in the past is history."""
    found = [DueDate(EVALUATION, a.evaluation_on, agreement_number=a.number,
                     overdue=a.evaluation_on < today)
             for a in agreements
             if a.status in (AgreementStatus.READY, AgreementStatus.SIGNED) and a.evaluation_on]
    meeting = next_meeting(meetings, today)
    if meeting is not None:
        found.append(DueDate(MEETING, meeting.date(), meeting))
    found += [DueDate(MEETING_TASK, t.due, text=t.text, who=t.responsible, overdue=t.due < today)
              for m in meetings for t in m.open_tasks() if t.due is not None]
    found += _next_steps(contacts, today)
    return sorted(found, key=lambda d: (d.when, d.at or datetime.min))


def earliest(dates: list[DueDate]) -> date | None:
    """What the case list shows as "Neste frist"."""
    return min((d.when for d in dates), default=None)
