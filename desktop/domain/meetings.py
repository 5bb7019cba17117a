"""Møter og referat (DESIGN §1.8), and the meeting as the hub of the work.

A meeting has a kind, a date and time, a place, who is present (chosen once,
nobody by default), who was invited and sent word they could not come
(*meldt forfall*), and maybe an interpreter. While it runs, what is done in
it belongs to it: the conversation, the circle's stand, the agreement version,
the evaluation, decisions and tasks (the records store the meeting's id; see
`MeetingWork`). Minutes go to the guardians on paper.

Old meetings (schema 7) were recorded after the fact: they have no status and
read as ended (`MeetingStatus.RECORDED`)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum

from desktop.domain.agreements import Participant, interpreter_needs, role_in_print
from desktop.domain.language import translate


class MeetingKind(str, Enum):
    """Values are stable storage codes."""

    MAPPING = "kartleggingsmote"
    COOPERATION = "samarbeidsmote"
    EVALUATION = "evalueringsmote"
    INTERDISCIPLINARY = "tverrfaglig"
    RESOURCE_TEAM = "ressursteam"
    OTHER = "annet"


class MeetingStatus(str, Enum):
    PLANNED = "planlagt"
    RUNNING = "pagar"  # pågår: the agenda rail is shown
    ENDED = "avsluttet"
    RECORDED = ""  # written down after the fact (every meeting before schema 8)


class AgendaState(str, Enum):
    OPEN = ""
    DONE = "gjort"
    SKIPPED = "hoppet_over"


# Roles are free text; these are offered while typing (seed 001 and 002 name them).
ROLE_SUGGESTIONS: tuple[str, ...] = (
    "Elev", "Mor", "Far", "Foresatt", "Kontaktlærer", "Rektor", "Inspektør", "Avdelingsleder",
    "Sosiallærer",
    "Miljøterapeut", "Helsesykepleier", "PPT", "BUP", "Barnevern", "Tolk", "Skolefaglig ansvarlig",
)


@dataclass(frozen=True, slots=True)
class Interpreter:
    language: str
    for_whom: str = ""
    name: str = ""


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
    participants: tuple[Participant, ...] = ()  # present
    agenda: str = ""
    notes: str = ""
    decisions: str = ""
    tasks: tuple[MeetingTask, ...] = ()
    next_meeting: datetime | None = None
    place: str = ""
    absent: tuple[Participant, ...] = ()  # invited, meldt forfall
    interpreter: Interpreter | None = None
    status: MeetingStatus = MeetingStatus.RECORDED
    agenda_id: str = ""  # the agenda form (forms/moter/) the meeting follows
    agenda_state: dict[str, AgendaState] = field(default_factory=dict, compare=True, hash=False)
    ended_at: datetime | None = None

    def edited(self, **changes) -> "Meeting":
        return replace(self, **changes)

    def open_tasks(self) -> list[MeetingTask]:
        return [t for t in self.tasks if not t.done and t.text.strip()]

    @property
    def running(self) -> bool:
        return self.status is MeetingStatus.RUNNING

    def present_names(self) -> list[str]:
        return [p.name for p in self.participants if p.name.strip()]

    def item_state(self, item_id: str) -> AgendaState:
        return self.agenda_state.get(item_id, AgendaState.OPEN)

    def with_item(self, item_id: str, state: AgendaState) -> "Meeting":
        states = dict(self.agenda_state)
        if state is AgendaState.OPEN:
            states.pop(item_id, None)
        else:
            states[item_id] = state
        return replace(self, agenda_state=states)

    def end(self, at: datetime) -> "Meeting":
        return replace(self, status=MeetingStatus.ENDED, ended_at=at)


def interpreter_text(meeting: Meeting) -> str:
    """What the papers say about interpreting ("somali, for mor, Ayaan Nur"):
    the meeting's interpreter (the person interpreted for by role when that
    person is present with one), then anyone present who needs an interpreter
    in another language than the meeting's (their need is on the pupil's card)."""
    lines = []
    covered = ""
    if meeting.interpreter is not None and meeting.interpreter.language.strip():
        i = meeting.interpreter
        covered = i.language.strip().casefold()
        roles = {p.name: role_in_print(p.role) for p in meeting.participants if p.role.strip()}
        known = {p.role.strip().casefold() for p in meeting.participants}
        who = i.for_whom.strip()  # a name ("Kari Ánde") or a role ("Mor")
        who = roles.get(who) or (role_in_print(who) if who.casefold() in known else who)
        for_whom = translate("export", "for %1").replace("%1", who) if who else ""
        lines.append(", ".join(x for x in (i.language.strip(), for_whom, i.name.strip()) if x))
    needs = interpreter_needs(p for p in meeting.participants
                              if p.interpreter.strip().casefold() != covered)
    return "; ".join(x for x in (*lines, needs) if x)


class MeetingError(ValueError):
    """A meeting that cannot start; `problem` is a code the UI words."""

    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem


def start(kind: MeetingKind, held_at: datetime, place: str, present: tuple[Participant, ...],
          absent: tuple[Participant, ...] = (), interpreter: Interpreter | None = None,
          agenda_id: str = "") -> Meeting:
    """A running meeting. Nobody is present unless chosen; a person cannot be
    both present and absent; an interpreter needs a language."""
    present = tuple(p for p in present if p.name.strip())
    if not present:
        raise MeetingError("no_present")
    both = {p.name for p in present} & {p.name for p in absent}
    if both:
        raise MeetingError("present_and_absent")
    if interpreter is not None and not interpreter.language.strip():
        raise MeetingError("interpreter_language")
    return Meeting(held_at=held_at, kind=kind, place=place.strip(), participants=present,
                   absent=tuple(p for p in absent if p.name.strip()), interpreter=interpreter,
                   status=MeetingStatus.RUNNING, agenda_id=agenda_id)


def next_meeting(meetings: list[Meeting], today: date) -> datetime | None:
    """The earliest planned meeting from today on: a meeting dated after today
    (today's is being held), or a "next meeting" named in the minutes."""
    planned = [m.held_at for m in meetings if m.held_at and m.held_at.date() > today]
    planned += [m.next_meeting for m in meetings
                if m.next_meeting and m.next_meeting.date() >= today]
    return min(planned) if planned else None


def running_meeting(meetings: list[Meeting]) -> Meeting | None:
    """The meeting being held (at most one; the newest if a crash left two)."""
    running = [m for m in meetings if m.running]
    return max(running, key=lambda m: (m.held_at or datetime.min, m.id or 0)) if running else None
