"""Møter og referat as the UI uses them; every write through CaseSession.edit.
No Qt. Keeps the case summary's "due.meeting" at the next planned meeting.

The meeting is the hub: `start` makes a running meeting (at most one), the
other features ask `running_meeting(session)` for who is present and call
`attach_to_running` when they make a record during it; `end` closes it and
`decided` gives the end page."""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from desktop.casefile.agreements_repo import AgreementRepository
from desktop.casefile.meeting_links_repo import MeetingLinkRepository
from desktop.domain import meetings as rules
from desktop.domain.agreements import Participant
from desktop.domain.meeting_work import Decided, MeetingWork, WorkKind, decided
from desktop.domain.meetings import AgendaState, Interpreter, Meeting, MeetingKind, next_meeting
from desktop.forms.loader import FormProblem, form_language
from desktop.forms.meeting_agendas import Agenda, load_agendas
from desktop.paths import Paths
from desktop.services.case_session import CaseSession

_agenda_cache: dict = {}


def meeting_agendas() -> tuple[list[Agenda], list[FormProblem]]:
    """The agendas (forms/moter/ and the local forms folder), read once per folder
    and form language."""
    key = (Paths.resolve().config_dir / "forms", form_language())
    if key not in _agenda_cache:
        _agenda_cache[key] = load_agendas(key[0])
    return _agenda_cache[key]


def running_meeting(session: CaseSession) -> Meeting | None:
    """The meeting being held in this case, if any (read by the other features)."""
    return rules.running_meeting(session.repository(AgreementRepository).running_meetings())


def attach_to_running(session: CaseSession, kind: WorkKind, record_id: int | None) -> None:
    """Call inside the session.edit that made the record: it belongs to the
    running meeting (nothing happens when no meeting runs)."""
    meeting = running_meeting(session)
    if meeting is not None and record_id is not None:
        session.repository(MeetingLinkRepository).attach(kind, record_id, meeting.id)


def claim_for_running(session: CaseSession, kind: WorkKind, record_id: int) -> None:
    """A record taken up again in a running meeting (an evaluation reopened)
    belongs to it, unless it already belongs to a meeting. Inside session.edit."""
    links = session.repository(MeetingLinkRepository)
    if links.meeting_of(kind, record_id) is None:
        attach_to_running(session, kind, record_id)


def meeting_of(session: CaseSession, kind: WorkKind, record_id: int) -> int | None:
    return session.repository(MeetingLinkRepository).meeting_of(kind, record_id)


def relink(session: CaseSession, kind: WorkKind, record_id: int, meeting_id: int | None) -> None:
    """Puts a restored record (an undone delete) back in its meeting. Inside session.edit."""
    if meeting_id is not None:
        session.repository(MeetingLinkRepository).attach(kind, record_id, meeting_id)


def present_or(session: CaseSession, fallback: list[Participant]) -> list[Participant]:
    """Who is present at the running meeting; `fallback` when none runs."""
    meeting = running_meeting(session)
    return list(meeting.participants) if meeting is not None else fallback


def app_today() -> date:
    """The application's one seam for "today" (tests move time there)."""
    from desktop.services import app_service as service
    return service.today()


class MeetingService:
    def __init__(self, session: CaseSession, today: Callable[[], date] | None = None,
                 now: Callable[[], datetime] = datetime.now):
        self.session = session
        self.repo = session.repository(AgreementRepository)
        self.links = session.repository(MeetingLinkRepository)
        self.today = today or app_today
        self.now = now

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    def meetings(self) -> list[Meeting]:
        return self.repo.meetings()

    def meeting(self, meeting_id: int) -> Meeting:
        return self.repo.meeting(meeting_id)

    def running(self) -> Meeting | None:
        return rules.running_meeting(self.repo.running_meetings())

    def new_meeting(self, participants=()) -> Meeting:
        """A meeting written down after the fact (no agenda rail)."""
        meeting = Meeting(held_at=self._minute(), participants=tuple(participants))
        return self.session.edit(lambda: self._then(self.repo.add_meeting(meeting)))

    def start(self, kind: MeetingKind, held_at: datetime, place: str,
              present: list[Participant], absent: list[Participant] = (),
              interpreter: Interpreter | None = None, agenda_id: str = "") -> Meeting:
        """Starts a running meeting. Raises MeetingError (nobody present, a person
        both present and absent, an interpreter without language, another
        meeting still running)."""
        meeting = rules.start(kind, held_at, place, tuple(present), tuple(absent), interpreter,
                              agenda_id)
        if self.running() is not None:
            raise rules.MeetingError("already_running")
        return self.session.edit(lambda: self._then(self.repo.add_meeting(meeting)))

    def set_item(self, meeting_id: int, item_id: str, state: AgendaState) -> Meeting:
        meeting = self.meeting(meeting_id).with_item(item_id, state)
        self.write(meeting)
        return meeting

    def end(self, meeting_id: int, circle_stand: str = "") -> Meeting:
        """Ends the meeting. With `circle_stand` (a label), the circle as it is now
        is saved as a stand that belongs to the meeting (it was worked on in it)."""
        meeting = self.meeting(meeting_id)
        if circle_stand and not self.work(meeting_id).of_kind(WorkKind.CIRCLE_STAND):
            from desktop.services.circle_service import MeasureCircleService, circle_form
            form, _problems = circle_form(None)
            stand_day = meeting.held_at.date() if meeting.held_at else self.today()
            MeasureCircleService(self.session, form).save_snapshot(circle_stand, stand_day)
        ended = meeting.end(self._minute())
        self.write(ended)
        return ended

    def write(self, meeting: Meeting) -> None:
        self.session.edit(lambda: self._then(self.repo.write_meeting(meeting)))

    def remove(self, meeting_id: int) -> tuple[Meeting, MeetingWork]:
        """Deletes a meeting; the records made in it stay, without it."""
        old = self.meeting(meeting_id)

        def change() -> MeetingWork:
            work = self.links.detach_all(meeting_id)
            self._then(self.repo.remove_meeting(meeting_id))
            return work
        return old, self.session.edit(change)

    def restore(self, meeting: Meeting, work: MeetingWork | None = None) -> None:
        def change() -> None:
            self.repo.restore_meeting(meeting)
            for item in work.items if work else ():
                self.links.attach(item.kind, item.record_id, meeting.id)
            self._then(None)
        self.session.edit(change)

    # --- what the meeting holds -----------------------------------------------------------
    def work(self, meeting_id: int) -> MeetingWork:
        return self.links.work(meeting_id)

    def attach(self, meeting_id: int, kind: WorkKind, record_id: int) -> None:
        self.session.edit(lambda: self.links.attach(kind, record_id, meeting_id))

    def decided(self, meeting_id: int, party_label) -> Decided:
        """The end page: agreement version, measures and tasks with responsible
        and due date, the evaluation, the next meeting."""
        return decided(self.meeting(meeting_id), self.work(meeting_id), self.repo.agreements(),
                       self.repo.evaluations(), party_label)

    def next_meeting(self) -> datetime | None:
        return next_meeting(self.meetings(), self.today())

    def _minute(self) -> datetime:
        return self.now().replace(second=0, microsecond=0)

    def _then(self, result):
        when = next_meeting(self.repo.meetings(), self.today())
        self.repo.set_due("meeting", when.date() if when else None)
        return result
