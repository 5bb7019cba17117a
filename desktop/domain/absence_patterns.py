"""Patterns in one pupil's absence register, each with the records behind it.

Seed 004 asks the school to look closely before it acts ("konkretisering av
undring", trinn 0) and names what to look for: "Repeterende fravær / tegn til
unnvikelse (f.eks. kroppsøving, uteskole, enkeltfag)", "legg merke til evt.
mønster mht. fag, timer eller lærere", "Elever med gjentatt forsentkomming",
and "Ved gjentatte permisjoner bør skolen avklare om den høye forekomsten av
permisjoner er knyttet til forhold på skolen".

A pattern is a count, never a judgement: the UI words it as a neutral
sentence ("7 av 9 fraværsdager siste 8 uker er mandager"). Every threshold is
data (forms/monstre.toml); the defaults here are the same as the bundled file.
Absence agreed in advance (avklart fravær) has its own pattern and is left out
of the others. The result does not depend on the order of the records."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum

from desktop.domain.absence import AbsenceRecord, Reason
from desktop.domain.absence_weeks import absence_by_day, period_absence
from desktop.domain.absence_windows import term_start
from desktop.domain.language import translate
from desktop.domain.school_calendar import next_school_day
from desktop.domain.school_week import SchoolWeek
from desktop.domain.wording import fill


class PatternKind(str, Enum):
    """Also the table names in forms/monstre.toml."""

    WEEKDAY = "weekday"
    AFTER_HOLIDAY = "after_holiday"
    FIRST_LESSON = "first_lesson"
    SUBJECT = "subject"
    LATE = "late"
    LEAVE = "leave"
    SETTLED = "settled"
    RISING = "rising"


@dataclass(frozen=True, slots=True)
class Threshold:
    """Look back `weeks` weeks; a pattern needs `min_count` occurrences and,
    where a share is counted, `min_share` percent of them. `min_increase`
    (percentage points) is for the rising trend only."""

    weeks: int
    min_count: int = 1
    min_share: float = 0.0
    min_increase: float = 0.0


DEFAULT_THRESHOLDS: dict[PatternKind, Threshold] = {
    PatternKind.WEEKDAY: Threshold(8, 3, 50),
    PatternKind.AFTER_HOLIDAY: Threshold(26, 2, 50),
    PatternKind.FIRST_LESSON: Threshold(8, 3, 50),
    PatternKind.SUBJECT: Threshold(8, 3, 40),
    PatternKind.LATE: Threshold(8, 3, 50),
    PatternKind.LEAVE: Threshold(26, 2),
    PatternKind.SETTLED: Threshold(26, 2),
    PatternKind.RISING: Threshold(4, 1, 10, 5),
}


@dataclass(frozen=True, slots=True)
class PatternSettings:
    thresholds: dict[PatternKind, Threshold] = field(
        default_factory=lambda: dict(DEFAULT_THRESHOLDS))

    def of(self, kind: PatternKind) -> Threshold:
        return self.thresholds.get(kind, DEFAULT_THRESHOLDS[kind])


@dataclass(frozen=True, slots=True)
class Pattern:
    """`count` of `total` (days, lessons, late arrivals …) over the last
    `weeks` weeks. `weekday` (0 = Monday) or `subject` say which, where the
    pattern is about one. LEAVE and SETTLED count occasions (a run of school
    days is one) and `total` their school days. RISING holds the shares."""

    kind: PatternKind
    count: int
    total: int
    weeks: int
    record_ids: tuple[int, ...] = ()
    weekday: int | None = None
    subject: str = ""
    recent_share: float = 0.0
    term_share: float = 0.0


def find_patterns(records: list[AbsenceRecord], week: SchoolWeek, today: date,
                  settings: PatternSettings = PatternSettings()) -> list[Pattern]:
    """Every pattern whose thresholds hold on `today` (records after it are left out)."""
    ordered = sorted((r for r in records if r.day <= today),
                     key=lambda r: (r.day, r.id if r.id is not None else -1))
    finder = _Finder(ordered, week, today, settings)
    return [*finder.weekdays(), *finder.after_holiday(), *finder.first_lesson(),
            *finder.subjects(), *finder.late(), *finder.occasions(PatternKind.LEAVE),
            *finder.occasions(PatternKind.SETTLED), *finder.rising()]


def _share(count: int, total: int) -> float:
    return 100.0 * count / total if total else 0.0


def _ids(records) -> tuple[int, ...]:
    return tuple(sorted({r.id for r in records if r.id is not None}))


class _Finder:
    def __init__(self, records: list[AbsenceRecord], week: SchoolWeek, today: date,
                 settings: PatternSettings):
        self.records, self.week, self.today, self.settings = records, week, today, settings

    def _window(self, kind: PatternKind) -> tuple[Threshold, list[AbsenceRecord]]:
        rule = self.settings.of(kind)
        first = self.today - timedelta(days=7 * rule.weeks - 1)
        return rule, [r for r in self.records if r.day >= first]

    def _absence(self, kind: PatternKind) -> tuple[Threshold, list[AbsenceRecord]]:
        """Absence lines on school days in the window, settled absence left out."""
        rule, inside = self._window(kind)
        return rule, [r for r in inside if r.is_absence and not r.settled
                      and self.week.is_school_day(r.day)]

    def _holds(self, rule: Threshold, count: int, total: int) -> bool:
        return count >= rule.min_count and _share(count, total) >= rule.min_share

    def weekdays(self) -> list[Pattern]:
        rule, absent = self._absence(PatternKind.WEEKDAY)
        days = {r.day for r in absent}
        per_weekday = Counter(day.weekday() for day in days)
        return [Pattern(PatternKind.WEEKDAY, count, len(days), rule.weeks,
                        _ids(r for r in absent if r.day.weekday() == weekday), weekday=weekday)
                for weekday, count in sorted(per_weekday.items())
                if self._holds(rule, count, len(days))]

    def after_holiday(self) -> list[Pattern]:
        """School days right after a weekday off that is normally a school day
        (a holiday, a planning day), and how many of them had absence."""
        rule, absent = self._absence(PatternKind.AFTER_HOLIDAY)
        first = self.today - timedelta(days=7 * rule.weeks - 1)
        candidates = set()
        previous = None
        for day in self.week.school_days(first - timedelta(days=21), self.today):
            if previous is not None and day >= first and self._break_between(previous, day):
                candidates.add(day)
            previous = day
        hits = [r for r in absent if r.day in candidates]
        count = len({r.day for r in hits})
        if not candidates or not self._holds(rule, count, len(candidates)):
            return []
        return [Pattern(PatternKind.AFTER_HOLIDAY, count, len(candidates), rule.weeks,
                        _ids(hits))]

    def _break_between(self, previous: date, day: date) -> bool:
        current = previous + timedelta(days=1)
        while current < day:
            if self.week.lessons.get(current.weekday()):  # a usual school day, off
                return True
            current += timedelta(days=1)
        return False

    def first_lesson(self) -> list[Pattern]:
        rule, absent = self._absence(PatternKind.FIRST_LESSON)
        partial = [r for r in absent if not r.whole_day]
        days = {r.day for r in partial}
        first = [r for r in partial if 1 in r.lessons]
        count = len({r.day for r in first})
        if not self._holds(rule, count, len(days)):
            return []
        return [Pattern(PatternKind.FIRST_LESSON, count, len(days), rule.weeks, _ids(first))]

    def subjects(self) -> list[Pattern]:
        """Single lessons missed (whole days single out no subject), by subject."""
        rule, absent = self._absence(PatternKind.SUBJECT)
        missed: dict[tuple[date, int], AbsenceRecord] = {}
        for record in absent:
            if not record.whole_day:
                for lesson in record.lessons:
                    if 0 < lesson <= self.week.lessons_on(record.day):
                        missed.setdefault((record.day, lesson), record)
        by_subject: dict[str, list[tuple[date, int]]] = {}
        names: dict[str, str] = {}
        for day, lesson in sorted(missed):
            name = self.week.subject(day, lesson).strip()
            if name:
                key = name.casefold()
                names.setdefault(key, name)
                by_subject.setdefault(key, []).append((day, lesson))
        return [Pattern(PatternKind.SUBJECT, len(lessons), len(missed), rule.weeks,
                        _ids(missed[m] for m in lessons), subject=names[key])
                for key, lessons in sorted(by_subject.items())
                if self._holds(rule, len(lessons), len(missed))]

    def late(self) -> list[Pattern]:
        """Late arrivals: the weekday most of them fall on when they cluster
        there, otherwise how many there were."""
        rule, inside = self._window(PatternKind.LATE)
        late = [r for r in inside if r.late_minutes > 0]
        days = sorted({r.day for r in late})
        if len(days) < rule.min_count:
            return []
        per_weekday = Counter(day.weekday() for day in days)
        weekday, count = min(per_weekday.items(), key=lambda item: (-item[1], item[0]))
        if self._holds(rule, count, len(days)):
            return [Pattern(PatternKind.LATE, count, len(days), rule.weeks,
                            _ids(r for r in late if r.day.weekday() == weekday),
                            weekday=weekday)]
        return [Pattern(PatternKind.LATE, len(days), len(days), rule.weeks, _ids(late))]

    def occasions(self, kind: PatternKind) -> list[Pattern]:
        """Repeated leave (permisjon) or settled absence: separate occasions,
        a run of school days in a row being one."""
        rule, inside = self._window(kind)
        if kind is PatternKind.LEAVE:
            chosen = [r for r in inside if r.is_absence and r.reason is Reason.LEAVE]
        else:
            chosen = [r for r in inside if r.is_absence and r.settled]
        days = sorted({r.day for r in chosen})
        count = sum(1 for i, day in enumerate(days)
                    if i == 0 or next_school_day(days[i - 1], self.week) != day)
        if count < rule.min_count:
            return []
        return [Pattern(kind, count, len(days), rule.weeks, _ids(chosen))]

    def rising(self) -> list[Pattern]:
        """Absence over the last weeks against the whole term so far."""
        rule = self.settings.of(PatternKind.RISING)
        first = self.today - timedelta(days=7 * rule.weeks - 1)
        start = term_start(self.today)
        if start >= first:
            return []  # the term is no longer than the recent weeks
        by_day = absence_by_day((r for r in self.records if r.day >= start and not r.settled),
                                self.week)
        recent = period_absence(by_day, self.week, first, self.today)
        term = period_absence(by_day, self.week, start, self.today)
        if not recent.school_lessons or recent.share < rule.min_share \
                or recent.share - term.share < rule.min_increase:
            return []
        behind = [r for r in self.records if r.day >= first and r.is_absence and not r.settled]
        return [Pattern(PatternKind.RISING, recent.absent, recent.school_lessons, rule.weeks,
                        _ids(behind), recent_share=recent.share, term_share=term.share)]


def _weekdays() -> tuple[str, ...]:
    return (translate("export", "mandager"), translate("export", "tirsdager"),
            translate("export", "onsdager"), translate("export", "torsdager"),
            translate("export", "fredager"), translate("export", "lørdager"),
            translate("export", "søndager"))


def _percent(share: float) -> str:
    return f"{share:.0f} %"


def pattern_sentence(p: Pattern) -> str:
    """A pattern in words for a document (referral, anonymous consultation), in
    the current language: the same facts as Fravær's "Mønstre og utvikling" shows."""
    day = _weekdays()[p.weekday] if p.weekday is not None else ""
    kind = p.kind
    if kind is PatternKind.WEEKDAY:
        return fill(translate("export", "%1 av %2 fraværsdager siste %3 uker er %4"),
                    p.count, p.total, p.weeks, day)
    if kind is PatternKind.AFTER_HOLIDAY:
        return fill(translate("export", "Fravær %1 av %2 skoledager rett etter ferie eller "
                                        "fridager (siste %3 uker)"), p.count, p.total, p.weeks)
    if kind is PatternKind.FIRST_LESSON:
        return fill(translate("export", "%1 av %2 dager med timefravær siste %3 uker gjelder "
                                        "1. time"), p.count, p.total, p.weeks)
    if kind is PatternKind.SUBJECT:
        return fill(translate("export", "%1 av %2 enkelttimer med fravær siste %3 uker er %4"),
                    p.count, p.total, p.weeks, p.subject)
    if kind is PatternKind.LATE and day:
        return fill(translate("export", "%1 av %2 forsentkomminger siste %3 uker var på %4"),
                    p.count, p.total, p.weeks, day)
    if kind is PatternKind.LATE:
        return fill(translate("export", "%1 forsentkomminger siste %2 uker"), p.count, p.weeks)
    if kind is PatternKind.LEAVE:
        return fill(translate("export", "Permisjon %1 ganger siste %2 uker (%3 skoledager)"),
                    p.count, p.weeks, p.total)
    if kind is PatternKind.SETTLED:
        return fill(translate("export", "Avklart fravær %1 ganger siste %2 uker "
                                        "(%3 skoledager)"), p.count, p.weeks, p.total)
    return fill(translate("export", "Fravær siste %1 uker: %2, hele halvåret så langt: %3"),
                p.weeks, _percent(p.recent_share), _percent(p.term_share))
