"""Møter og referat as the UI uses them; every write through CaseSession.edit.
No Qt. Keeps the case summary's "due.meeting" at the next planned meeting."""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from desktop.casefile.agreements_repo import AgreementRepository
from desktop.domain.meetings import Meeting, next_meeting
from desktop.services.case_session import CaseSession


class MeetingService:
    def __init__(self, session: CaseSession, today: Callable[[], date] = date.today):
        self.session = session
        self.repo = session.repository(AgreementRepository)
        self.today = today

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    def meetings(self) -> list[Meeting]:
        return self.repo.meetings()

    def meeting(self, meeting_id: int) -> Meeting:
        for m in self.meetings():
            if m.id == meeting_id:
                return m
        raise KeyError(meeting_id)

    def new_meeting(self, participants=()) -> Meeting:
        now = datetime.now().replace(second=0, microsecond=0)
        meeting = Meeting(held_at=now, participants=tuple(participants))
        return self.session.edit(lambda: self._then(self.repo.add_meeting(meeting)))

    def write(self, meeting: Meeting) -> None:
        self.session.edit(lambda: self._then(self.repo.write_meeting(meeting)))

    def remove(self, meeting_id: int) -> Meeting:
        old = self.meeting(meeting_id)
        self.session.edit(lambda: self._then(self.repo.remove_meeting(meeting_id)))
        return old

    def restore(self, meeting: Meeting) -> None:
        self.session.edit(lambda: self._then(self.repo.restore_meeting(meeting)))

    def next_meeting(self) -> datetime | None:
        return next_meeting(self.meetings(), self.today())

    def _then(self, result):
        when = next_meeting(self.repo.meetings(), self.today())
        self.repo.set_due("meeting", when.date() if when else None)
        return result
