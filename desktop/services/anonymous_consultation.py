"""Anonym drøfting (issue 14): a summary of one case — or the full report — for
discussing it anonymously with another service. Seed 001, Vedlegg 2:1, after
the mapping conversation: "Er det behov for å drøfte saken anonymt med andre
hjelpeinstanser?"

The service gathers what the case holds (grade, phase, absence in figures and
patterns, the conversation's answers, the circle, the plan, the agreements and
their evaluations; the full report adds the contact log, the meetings and the
phase decisions), then anonymises every line (desktop/domain/anonymise.py) with
every name the case knows (services/anonymous_people.py). Nothing is written:
the text exists in memory only, until the user saves or prints it. No Qt.

The summary leaves out: the birth date (the grade is kept), addresses, phone
numbers, places of meetings, interpreters' languages, the conversation tools'
drawings, the adults' internal reflections, scans and signatures.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Iterable

from desktop.casefile.absence_repo import AbsenceRepository
from desktop.casefile.agreements_repo import AgreementRepository
from desktop.casefile.conversations_repo import ConversationRepository
from desktop.casefile.follow_up_repo import FollowUpRepository
from desktop.casefile.plan_repo import PlanRepository
from desktop.domain.absence_patterns import pattern_sentence
from desktop.domain.absence_totals import totals
from desktop.domain.absence_weeks import absence_by_day, weekly_absence
from desktop.domain.anonymise import Anonymiser, Kind, RelativeWeeks, Term
from desktop.domain.consultation import AnonymousReport, Line, Part, Report, Style, anonymise_report
from desktop.domain.conversations import guide_from_data
from desktop.domain.follow_up import channel_word
from desktop.domain.language import QT_TRANSLATE_NOOP, translate
from desktop.domain.measure_circle import EntryKind
from desktop.domain.school_calendar import monday
from desktop.domain.wording import fill
from desktop.export.consultation_words import (
    grade_words,
    outcome_words,
    party_words,
    rating_words,
    window_words,
)
from desktop.services.anonymous_people import case_roster, role_word, split_role
from desktop.services.case_session import CaseSession

TITLE = QT_TRANSLATE_NOOP("export", "Anonym drøfting")  # translated when the text is made
TREND_WEEKS = 26


@dataclass(frozen=True, slots=True)
class Options:
    full: bool = False  # the full report, not the summary
    internal: bool = False  # with the adults' reflection after the conversation
    extra_words: tuple[str, ...] = ()  # the user's own words to remove


# The user's own words to remove, per open case, for as long as the case is
# open (never stored: the words are often names). The window forgets them when
# it closes the case (and a session that goes away takes them along).
_WORDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def remembered_words(session: CaseSession) -> list[str]:
    """The list the preview adds to and takes from (the same list object while
    the case stays open)."""
    return _WORDS.setdefault(session, [])


def forget_words(session: CaseSession) -> None:
    words = _WORDS.pop(session, None)
    if words is not None:
        words.clear()


class AnonymousConsultation:
    """One open case's anonymous summary. Reads only."""

    def __init__(self, session: CaseSession, today: date | None = None):
        from desktop.services.absence_register import today as app_today

        self.session = session
        self.today = today or app_today()
        self._roster = case_roster(session)
        self._agreements = session.repository(AgreementRepository)
        self._follow = session.repository(FollowUpRepository)
        self.weeks = RelativeWeeks(self.first_record() or self.today)
        self._gathered: dict[tuple[bool, bool], Report] = {}

    # --- what the text is made from -------------------------------------------------
    def first_record(self) -> date | None:
        """The earliest date the case holds: weeks are counted from it."""
        days: list[date] = [r.day for r in self.session.repository(AbsenceRepository).records()]
        days += [c.at.date() for c in self._follow.contacts()]
        days += [d.decided_on for d in self._follow.decisions()]
        days += [m.held_at.date() for m in self._agreements.meetings() if m.held_at]
        days += [a.held_on for a in self._agreements.agreements() if a.held_on]
        days += [e.held_on for e in self._agreements.evaluations() if e.held_on]
        for c in self.session.repository(ConversationRepository).list():
            try:
                days.append(date.fromisoformat(c.held_on))
            except (TypeError, ValueError):
                pass
        days += [p.start for p in self.session.repository(PlanRepository).plans() if p.start]
        return min(days) if days else None

    def terms(self, extra_words: Iterable[str] = ()) -> list[Term]:
        removed = translate("export", "[fjernet]")
        return [*(Term(w, removed, Kind.WORD) for w in extra_words if w.strip()),
                *self._roster.terms()]

    def anonymiser(self, extra_words: Iterable[str] = ()) -> Anonymiser:
        pupil = self.session.pupil()
        births = [pupil.birth_date] if pupil.birth_date else []
        return Anonymiser(self.terms(extra_words), self.weeks, births)

    def report(self, options: Options = Options()) -> AnonymousReport:
        """The anonymised text. What the case holds is read once per kind of
        report; a new word to remove only anonymises again."""
        kind = (options.full, options.internal)
        if kind not in self._gathered:
            self._gathered[kind] = self.gather(options.full, options.internal)
        return anonymise_report(self._gathered[kind],
                                self.anonymiser(options.extra_words))

    def when(self, day: date | datetime | None) -> str:
        if day is None:
            return translate("export", "uten dato")
        return self.weeks.words(day.date() if isinstance(day, datetime) else day)

    # --- the parts --------------------------------------------------------------------
    def gather(self, full: bool, internal: bool = False) -> Report:
        """The text with names (never shown: only its anonymised form is)."""
        parts = [self._pupil(), self._absence(full), *self._conversations(full, internal),
                 *self._circle(), *self._plan(full), *self._agreement_parts(full)]
        if full:
            parts += [self._contacts(), self._meetings(), self._decisions()]
        kind = (translate("export", "Fullstendig rapport") if full
                else translate("export", "Sammendrag"))
        intro = Part("", (Line(fill(translate(
            "export", "%1 til anonym drøfting. Navn, skole, steder, adresser, telefonnumre og "
            "e-postadresser er byttet ut med roller; datoer er gjort om til uker regnet fra "
            "sakens første registrering."), kind), Style.NOTE),))
        return Report(translate("export", TITLE), tuple(p for p in (intro, *parts) if p.lines))

    def _pupil(self) -> Part:
        pupil = self.session.pupil()
        lines = [Line(fill(translate("export", "Trinn: %1"), grade_words(pupil.grade)))]
        phase = self._phase()
        if phase:
            lines.append(Line(fill(translate("export", "Fase i oppfølgingen: %1"), phase)))
        if pupil.note.strip():
            lines += [Line(translate("export", "Bakgrunn"), Style.SUBHEADING),
                      Line(pupil.note.strip())]
        return Part(translate("export", "Om eleven"), tuple(lines))

    def _phase(self) -> str:
        from desktop.services.absence_register import AbsenceRegister, phase_label

        try:
            register = AbsenceRegister(self.session)
            return phase_label(register.current_decision(), register.proposal())
        except Exception:  # noqa: BLE001 - a broken rule file leaves the phase out
            return ""

    def _absence(self, full: bool) -> Part:
        from desktop.services.absence_insight import AbsenceInsight

        records = self.session.repository(AbsenceRepository).records()
        heading = translate("export", "Fraværet i tall")
        if not records:
            return Part(heading, (Line(translate("export", "Ingen fravær er registrert.")),))
        week = self.session.school_week()
        lines = []
        windows = window_words()
        for t in totals(records, week, self.today):
            if not t.school_lessons:
                continue
            doc = 100.0 * t.documented_lessons / t.school_lessons
            undoc = 100.0 * t.undocumented_lessons / t.school_lessons
            days = (translate("export", "1 hel dag") if t.whole_days == 1
                    else fill(translate("export", "%1 hele dager"), t.whole_days))
            extra = [days] if t.whole_days else []
            extra += ([fill(translate("export", "%1 forsentkomminger"), t.late_arrivals)]
                      if t.late_arrivals else [])
            extra += ([fill(translate("export", "forlot skolen %1 ganger"), t.left_school)]
                      if t.left_school else [])
            lines.append(Line(fill(translate("export", "%1: %2 % av skoletimene (dokumentert "
                                                       "%3 %, udokumentert %4 %)"),
                                   windows.get(t.key, t.key), f"{t.share:.0f}", f"{doc:.0f}",
                                   f"{undoc:.0f}") + (", " + ", ".join(extra) if extra else ""),
                              Style.BULLET))
        patterns = AbsenceInsight(self.session).patterns(self.today)
        if patterns:
            lines.append(Line(translate("export", "Mønstre"), Style.SUBHEADING))
            lines += [Line(pattern_sentence(p), Style.BULLET) for p in patterns]
        if full:
            first = max(monday(min(r.day for r in records)),
                        monday(self.today) - timedelta(weeks=TREND_WEEKS - 1))
            rows = weekly_absence(absence_by_day(records, week), week, first, self.today)
            lines.append(Line(translate("export", "Fravær uke for uke"), Style.SUBHEADING))
            off = translate("export", "fri hele uka")
            lines += [Line(f"{self.when(w.monday).capitalize()}: " +
                           (off if w.off else f"{w.absence.share:.0f} %"),
                           Style.BULLET) for w in rows]
        return Part(heading, tuple(lines))

    def _conversations(self, full: bool, with_internal: bool) -> list[Part]:
        """The pupil's own words (summary) or every answer (full report); the
        adults' reflection after the conversation only when asked for — seed 001
        puts the question of an anonymous consultation among those very
        reflections ("utløsende og opprettholdende" factors)."""
        repo = self.session.repository(ConversationRepository)
        parts = []
        for conversation in repo.list():
            try:
                guide = guide_from_data(conversation.form_snapshot)
                internal = {q.id for s in guide.steps if s.internal for q in s.questions}
            except Exception:  # noqa: BLE001 - an unreadable snapshot: only the pupil's words
                internal = None
            lines = []
            for answer in repo.answers(conversation.id).values():
                if answer.skipped or not answer.value.strip():
                    continue
                if internal is None:  # which questions were internal is unknown
                    keep = answer.pupil_voice
                else:
                    keep = (with_internal if answer.question_id in internal
                            else full or answer.pupil_voice)
                if not keep:
                    continue
                heading = answer.question_text or answer.question_id
                if internal and answer.question_id in internal:
                    heading = fill(translate("export", "De voksnes refleksjon: %1"), heading)
                voice = translate("export", "Elevens stemme: ") if answer.pupil_voice else ""
                lines += [Line(heading, Style.SUBHEADING), Line(voice + answer.value.strip())]
            if lines:
                held = self._day(conversation.held_on)
                parts.append(Part(fill(translate("export", "Kartleggingssamtale (%1)"),
                                       self.when(held)), tuple(lines)))
        return parts

    @staticmethod
    def _day(text: str) -> date | None:
        try:
            return date.fromisoformat(text)
        except (TypeError, ValueError):
            return None

    def _circle(self) -> list[Part]:
        from desktop.services.circle_service import (
            MeasureCircleService,
            circle_form,
            local_forms_dir,
        )

        form, _problems = circle_form(local_forms_dir())
        circle = MeasureCircleService(self.session, form).circle
        lines = []
        words = {EntryKind.RESOURCE: translate("export", "Ressurs"),
                 EntryKind.RISK: translate("export", "Risiko"),
                 EntryKind.MEASURE: translate("export", "Tiltak")}
        for box_id in form.box_ids:
            box = circle.boxes.get(box_id)
            if box is None or not box.entries:
                continue
            lines.append(Line(form.box(box_id).title, Style.SUBHEADING))
            for entry in box.entries:
                text = f"{words[entry.kind]}: {entry.text.strip()}"
                if entry.kind is EntryKind.MEASURE:
                    who = entry.person.strip() or (party_words(entry.party) if entry.party else "")
                    text += fill(translate("export", " (ansvar: %1)"), who) if who else ""
                    text += (fill(translate("export", ", fra %1"), self.when(entry.start))
                             if entry.start else "")
                lines.append(Line(text, Style.BULLET))
        return [Part(translate("export", "Tiltakssirkelen"), tuple(lines))] if lines else []

    def _plan(self, full: bool) -> list[Part]:
        from desktop.services.plan_service import PlanService, describe

        service = PlanService(self.session)
        plan = service.current_plan()
        if plan is None:
            return []
        lines = ([Line(fill(translate("export", "Mål: %1"), plan.goal.strip()))]
                 if plan.goal.strip() else [])
        if plan.baseline.strip():
            lines.append(Line(fill(translate("export", "Utgangspunkt: %1"),
                                   plan.baseline.strip())))
        if plan.start:
            lines.append(Line(fill(translate("export", "Start: %1"), self.when(plan.start))))
        for number, step in enumerate(plan.steps, 1):
            lines.append(Line(fill(translate("export", "Trinn %1: %2 (%3 uker) – %4"), number,
                                   step.title.strip() or translate("export", "uten navn"),
                                   step.weeks, describe(step)), Style.BULLET))
        if full:
            history = service.history(plan.id)
            if history:
                lines.append(Line(translate("export", "Oppfølging av trinnene"),
                                  Style.SUBHEADING))
            for entry in history:
                what = (entry.decision.value if entry.decision else
                        entry.result.value if entry.result else "")
                lines.append(Line(f"{self.when(entry.on).capitalize()}: {what}"
                                  + (f" – {entry.text.strip()}" if entry.text.strip() else ""),
                                  Style.BULLET))
        return [Part(translate("export", "Opptrappingsplan"), tuple(lines))]

    def _agreement_parts(self, full: bool) -> list[Part]:
        agreements = sorted(self._agreements.agreements(), key=lambda a: (a.number, a.version))
        if not full:
            latest: dict[int, object] = {}
            for a in agreements:
                latest[a.number] = a
            agreements = list(latest.values())[-1:]
        parts = []
        for a in agreements:
            lines = [Line(fill(translate("export", "Dato: %1"), self.when(a.held_on)))]
            if a.long_term_goal.strip():
                lines.append(Line(fill(translate("export", "Langsiktig mål: %1"),
                                       a.long_term_goal.strip())))
            if a.sub_goals:
                lines.append(Line(translate("export", "Delmål"), Style.SUBHEADING))
                lines += [Line(g.text + (f" ({g.period})" if g.period else ""), Style.BULLET)
                          for g in a.sub_goals if g.text.strip()]
            if a.measures:
                lines.append(Line(translate("export", "Tiltak"), Style.SUBHEADING))
                lines += [Line(m.text.strip() + fill(translate("export", " (ansvar: %1)"),
                                                     m.person.strip() or party_words(m.party)),
                               Style.BULLET) for m in a.measures if m.text.strip()]
            if full and a.plan_b.strip():
                lines += [Line(translate("export", "Plan B"), Style.SUBHEADING),
                          Line(a.plan_b.strip())]
            for e in self._agreements.evaluations(a.id):
                lines += self._evaluation_lines(e)
            version = (fill(translate("export", ", versjon %1"), a.version)
                       if a.version > 1 else "")
            parts.append(Part(fill(translate("export", "Samarbeidsavtale %1"), a.number)
                              + version, tuple(lines)))
        return parts

    def _evaluation_lines(self, e) -> list[Line]:
        lines = [Line(fill(translate("export", "Evaluering (%1)"), self.when(e.held_on)),
                      Style.SUBHEADING)]
        if e.goal_note.strip():
            lines.append(Line(e.goal_note.strip()))
        ratings = rating_words()
        for item in (*e.sub_goals, *e.measures):
            rating = ratings.get(item.rating)
            if rating:
                lines.append(Line(f"{item.text.strip()}: {rating}"
                                  + (f" – {item.note.strip()}" if item.note.strip() else ""),
                                  Style.BULLET))
        outcome = e.outcome_text or outcome_words().get(e.outcome, "")
        if outcome:
            lines.append(Line(fill(translate("export", "Konklusjon: %1"), outcome)))
        return lines

    def _contacts(self) -> Part:
        lines = []
        for c in sorted(self._follow.contacts(), key=lambda c: c.at):
            lines.append(Line(fill(translate("export", "%1, %2, med %3"),
                                   self.when(c.at).capitalize(), channel_word(c.channel),
                                   self._who(c.with_whom)), Style.SUBHEADING))
            for label, text in (("", c.summary), (translate("export", "Avtalt: "), c.agreed),
                                (translate("export", "Neste steg: "), c.next_step)):
                if text.strip():
                    lines.append(Line(label + text.strip()))
        return Part(translate("export", "Kontaktlogg"), tuple(lines))

    def _who(self, text: str) -> str:
        """ "Kari Haugen (mor)" as the name alone when the name's role word says
        the same ("mor (mor)" would read oddly)."""
        name, hint = split_role(text)
        if not name:
            return translate("export", "ukjent")
        word = self._roster.words().get(name, "")
        return name if not hint or role_word(hint) == word else f"{name} ({hint})"

    def _meetings(self) -> Part:
        from desktop.export.minutes_pdf import KIND_NAMES

        lines = []
        for m in sorted(self._agreements.meetings(), key=lambda m: m.held_at or datetime.min):
            # The minutes' names (bokmål as written), in the current language.
            kind = translate("export", KIND_NAMES.get(m.kind, "") or "Møte")
            lines.append(Line(f"{kind} ({self.when(m.held_at)})", Style.SUBHEADING))
            present = [role_word(p.role) or p.name for p in m.participants
                       if (p.role or p.name).strip()]
            if present:
                lines.append(Line(fill(translate("export", "Til stede: %1"), ", ".join(present))))
            for label, text in ((translate("export", "Notater: "), m.notes),
                                (translate("export", "Beslutninger: "), m.decisions)):
                if text.strip():
                    lines.append(Line(label + text.strip()))
            lines += [Line(t.text + (fill(translate("export", " (ansvar: %1)"), t.responsible)
                                     if t.responsible else ""),
                           Style.BULLET) for t in m.tasks if t.text.strip()]
        return Part(translate("export", "Møter"), tuple(lines))

    def _decisions(self) -> Part:
        return Part(translate("export", "Beslutninger om fase"), tuple(
            Line(f"{self.when(d.decided_on).capitalize()}: {d.phase_name}"
                 + (f" – {d.note.strip()}" if d.note.strip() else ""), Style.BULLET)
            for d in self._follow.decisions()))

