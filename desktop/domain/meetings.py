"""Møter og referat (DESIGN §1.8): every meeting has a date and time, a kind,
participants, an agenda, notes, decisions, tasks until the next meeting (each
with a responsible person and a due date) and the next meeting. Minutes go to
the guardians on paper."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import Enum

from desktop.domain.agreements import Participant


class MeetingKind(str, Enum):
    COOPERATION = "samarbeidsmote"
    INTERDISCIPLINARY = "tverrfaglig"
    RESOURCE_TEAM = "ressursteam"
    EVALUATION = "evalueringsmote"
    OTHER = "annet"


@dataclass(frozen=True, slots=True)
class MeetingTask:
    text: str
    responsible: str = ""
    due: date | None = None
    done: bool = False


@dataclass(frozen=True, slots=True)
class Meeting:
    id: int | None = None
    held_at: datetime | None = None
    kind: MeetingKind = MeetingKind.COOPERATION
    participants: tuple[Participant, ...] = ()
    agenda: str = ""
    notes: str = ""
    decisions: str = ""
    tasks: tuple[MeetingTask, ...] = ()
    next_meeting: datetime | None = None

    def edited(self, **changes) -> "Meeting":
        return replace(self, **changes)

    def open_tasks(self) -> list[MeetingTask]:
        return [t for t in self.tasks if not t.done and t.text.strip()]


def next_meeting(meetings: list[Meeting], today: date) -> datetime | None:
    """The earliest planned meeting from today on: a meeting dated after today
    (today's is being held), or a "next meeting" named in the minutes."""
    planned = [m.held_at for m in meetings if m.held_at and m.held_at.date() > today]
    planned += [m.next_meeting for m in meetings
                if m.next_meeting and m.next_meeting.date() >= today]
    return min(planned) if planned else None
