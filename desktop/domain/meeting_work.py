"""What a meeting holds: the records made while it ran (a conversation, a
circle stand, an agreement version, an evaluation), and what the meeting
decided, for the end page and the minutes. No Qt, no storage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from desktop.domain.agreements import Agreement, AgreementMeasure
from desktop.domain.evaluations import Evaluation, Outcome
from desktop.domain.meetings import Meeting, MeetingTask


class WorkKind(str, Enum):
    CONVERSATION = "conversation"
    CIRCLE_STAND = "circle_stand"
    AGREEMENT = "agreement"
    EVALUATION = "evaluation"


@dataclass(frozen=True, slots=True)
class WorkItem:
    kind: WorkKind
    record_id: int
    label: str = ""  # conversation title, stand label
    number: int = 0  # agreement number (agreement, evaluation)
    version: int = 0
    finished: bool = False  # an evaluation that was closed


@dataclass(frozen=True, slots=True)
class MeetingWork:
    meeting_id: int
    items: tuple[WorkItem, ...] = ()

    def of_kind(self, kind: WorkKind) -> list[WorkItem]:
        return [i for i in self.items if i.kind is kind]

    def ids(self, kind: WorkKind) -> set[int]:
        return {i.record_id for i in self.of_kind(kind)}


@dataclass(frozen=True, slots=True)
class Responsibility:
    """One line of the end page: a measure or a task, who, by when."""

    text: str
    responsible: str
    due: date | None = None
    source: str = "task"  # "measure" | "task"


@dataclass(frozen=True, slots=True)
class Decided:
    """The end page: what the meeting decided."""

    meeting: Meeting
    agreement: Agreement | None
    evaluation: Evaluation | None
    responsibilities: tuple[Responsibility, ...]
    next_meeting: datetime | None
    conversations: tuple[str, ...] = ()
    stands: tuple[str, ...] = ()

    @property
    def outcome(self) -> Outcome | None:
        return self.evaluation.outcome if self.evaluation else None


def decided(meeting: Meeting, work: MeetingWork, agreements: list[Agreement],
            evaluations: list[Evaluation], party_label) -> Decided:
    """What the meeting decided: the newest agreement version made in it (its
    measures with responsible and, as due date, the agreement's evaluation),
    the evaluation held in it, the meeting's own tasks, and the next meeting
    (the meeting's own, else the one the agreement names is only text)."""
    agreement_ids = work.ids(WorkKind.AGREEMENT)
    made = [a for a in agreements if a.id in agreement_ids]
    agreement = max(made, key=lambda a: (a.number, a.version)) if made else None
    evaluation_ids = work.ids(WorkKind.EVALUATION)
    held = [e for e in evaluations if e.id in evaluation_ids]
    evaluation = held[-1] if held else None
    lines: list[Responsibility] = []
    if agreement is not None:
        lines += [_measure_line(m, agreement, party_label) for m in agreement.measures
                  if m.text.strip()]
    lines += [_task_line(t) for t in meeting.tasks if t.text.strip()]
    return Decided(
        meeting, agreement, evaluation, tuple(lines), meeting.next_meeting,
        tuple(i.label for i in work.of_kind(WorkKind.CONVERSATION)),
        tuple(i.label for i in work.of_kind(WorkKind.CIRCLE_STAND)))


def _measure_line(m: AgreementMeasure, agreement: Agreement, party_label) -> Responsibility:
    return Responsibility(m.text, m.person or party_label(m), agreement.evaluation_on, "measure")


def _task_line(t: MeetingTask) -> Responsibility:
    return Responsibility(t.text, t.responsible, t.due, "task")
