"""Closing a case, reopening it, and the date by which a closed case is
deleted (issue 14). Plain Python.

The guides end the systematic follow-up at an evaluation: Bærum's evaluation
form (seed 001, Vedlegg 4) has the box "Det er ikke lenger behov for
systematisk oppfølging av skolefravær", and its text says that when the
absence "har gått merkbart ned eller opphørt vurderer aktørene om tiltakene
skal avsluttes eller fortsette". A case also ends when the pupil moves
(seed 002, Oslo: "Ha overføringsmøte ved overgangen til ny skole") or when
another service takes it over. The guides say nothing about how long the notes
are kept: that is the school's archive plan. The default here is the end of
the school year after closing (31 July: the Norwegian school year runs from
August to June), or a number of months, chosen in Innstillinger. Nothing is
deleted by itself: the case list offers it once the date has passed.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum


class ClosingReason(Enum):
    NO_FOLLOW_UP = "no_follow_up"  # ingen videre oppfølging
    MOVED_SCHOOL = "moved_school"  # flyttet til annen skole
    OTHER_SERVICE = "other_service"  # overført til annen tjeneste
    OTHER = "other"  # annet (with the user's own words)


class ClosingKind(Enum):
    CLOSED = "closed"
    REOPENED = "reopened"


class DeleteRule(Enum):
    SCHOOL_YEAR = "school_year"  # 31 July after the closing date
    MONTHS = "months"  # a number of months after the closing date


SCHOOL_YEAR_END = (7, 31)  # month, day: the last day of a Norwegian school year


@dataclass(frozen=True, slots=True)
class ClosingEvent:
    """One line of the case's closing history: closed (with its reason and
    delete-by date) or reopened (with the reason in `text`)."""

    kind: ClosingKind
    on: date
    by: str = ""
    reason: ClosingReason | None = None  # for CLOSED
    text: str = ""  # the user's own words: required for OTHER and for reopening
    delete_by: date | None = None  # for CLOSED
    recorded_at: datetime | None = None
    id: int | None = None


class ClosingProblem(ValueError):
    """A closing or reopening that cannot be recorded as asked; `code` says why."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code  # "text_missing", "already_closed", "not_closed", "delete_before_close"


def end_of_school_year_after(day: date) -> date:
    """The first 31 July after `day` (a case closed on 31 July is kept to the next one)."""
    month, last = SCHOOL_YEAR_END
    end = date(day.year, month, last)
    return end if end > day else date(day.year + 1, month, last)


def add_months(day: date, months: int) -> date:
    """`day` moved `months` calendar months on; the 31st becomes the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def delete_by_date(closed_on: date, rule: DeleteRule, months: int = 12) -> date:
    """When a case closed on `closed_on` should be deleted, by the setting."""
    if rule is DeleteRule.MONTHS:
        return add_months(closed_on, max(1, months))
    return end_of_school_year_after(closed_on)


def current_closing(history: list[ClosingEvent]) -> ClosingEvent | None:
    """The closing in force: the last event if it is a closing, else None (open)."""
    if history and history[-1].kind is ClosingKind.CLOSED:
        return history[-1]
    return None


def check_closing(event: ClosingEvent, history: list[ClosingEvent]) -> None:
    """Raises ClosingProblem when `event` may not follow `history`."""
    closed = current_closing(history) is not None
    if event.kind is ClosingKind.CLOSED:
        if closed:
            raise ClosingProblem("already_closed")
        if event.reason is None or (event.reason is ClosingReason.OTHER and not event.text.strip()):
            raise ClosingProblem("text_missing")
        if event.delete_by is not None and event.delete_by < event.on:
            raise ClosingProblem("delete_before_close")
    else:
        if not closed:
            raise ClosingProblem("not_closed")
        if not event.text.strip():
            raise ClosingProblem("text_missing")


def is_past(delete_by: date | None, today: date) -> bool:
    """A closed case is due for deletion from its delete-by date on."""
    return delete_by is not None and delete_by <= today
