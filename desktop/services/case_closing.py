"""Closing a case and reopening it (issue 14): the open case's side. Closing
records the reason, date, who and the delete-by date, and archives the case;
the case list reads the closing date and the delete-by date from the summary
block. Deleting closed cases past their date is AppService.delete_case, the
same delete as always (file, backup and leftovers). No Qt."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Callable

from desktop.casefile.closing_repo import ClosingRepository
from desktop.domain.case_closing import (
    ClosingEvent,
    ClosingKind,
    ClosingReason,
    DeleteRule,
    check_closing,
    current_closing,
    delete_by_date,
    is_past,
)

if TYPE_CHECKING:
    from desktop.casefile.store import CaseEntry
    from desktop.services.case_session import CaseSession
    from desktop.services.settings import Settings


def rule_of(settings: Settings) -> tuple[DeleteRule, int]:
    try:
        rule = DeleteRule(settings.delete_rule)
    except ValueError:
        rule = DeleteRule.SCHOOL_YEAR
    return rule, settings.delete_months


def proposed_delete_by(settings: Settings, closed_on: date) -> date:
    """The delete-by date the closing dialog proposes, by the setting."""
    return delete_by_date(closed_on, *rule_of(settings))


class CaseClosing:
    """Closing and reopening one open case; every write goes through the session
    (refused when read-only, and the autosave follows)."""

    def __init__(self, session: CaseSession, clock: Callable[[], datetime] = datetime.now):
        self.session = session
        self.clock = clock

    @property
    def _repo(self) -> ClosingRepository:
        return self.session.repository(ClosingRepository)

    def history(self) -> list[ClosingEvent]:
        return self._repo.history()

    def current(self) -> ClosingEvent | None:
        """The closing in force, or None when the case is open."""
        return current_closing(self.history())

    @property
    def closed(self) -> bool:
        return self.current() is not None

    def close(self, reason: ClosingReason, on: date, by: str, delete_by: date,
              text: str = "") -> ClosingEvent:
        """Raises ClosingProblem (already closed, own words missing for "annet",
        a delete-by date before the closing) or ReadOnlyCase."""
        event = ClosingEvent(ClosingKind.CLOSED, on, by.strip(), reason, text.strip(), delete_by,
                             self.clock().replace(microsecond=0))
        check_closing(event, self.history())
        return self.session.edit(lambda: self._repo.add(event))

    def reopen(self, on: date, by: str, text: str) -> ClosingEvent:
        """Raises ClosingProblem (not closed, no reason given) or ReadOnlyCase."""
        event = ClosingEvent(ClosingKind.REOPENED, on, by.strip(), None, text.strip(), None,
                             self.clock().replace(microsecond=0))
        check_closing(event, self.history())
        return self.session.edit(lambda: self._repo.add(event))


def past_delete_by(entries: list[CaseEntry], today: date) -> list[CaseEntry]:
    """Closed cases whose delete-by date has come: what the case list offers to delete."""
    return [e for e in entries if e.summary is not None and e.error is None
            and e.summary.closed_on is not None and is_past(e.summary.delete_by, today)]
