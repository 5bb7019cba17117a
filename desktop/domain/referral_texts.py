"""The first text of each part of the pedagogisk rapport, written from what
the case holds (seed 001 fase 4: a report "der tiltakene som har vært prøvd
ut beskrives"; seed 002 Appendiks 6 point 5: "en god beskrivelse av saken").
Plain sentences in the current language (bokmål as written; nynorsk inside
`document_language("nn")`), the way a teacher would start the report; the user
edits them before printing. Neutral about the absence: what the register
shows, never why. No Qt, no storage: the service gathers a ReferralSource.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.absence_patterns import Pattern, pattern_sentence
from desktop.domain.absence_totals import WindowTotals
from desktop.domain.agreements import Agreement
from desktop.domain.escalation_plan import Decision, HistoryEntry, RunStatus, StepRun, WeekResult
from desktop.domain.evaluations import Evaluation, Rating, Referral
from desktop.domain.follow_up import Contact, PhaseDecision, channel_word
from desktop.domain.language import translate
from desktop.domain.measure_circle import CircleEntry, MeasureStatus, Party
from desktop.domain.measure_effect import Effect, EffectStatus, StepEffect
from desktop.domain.meetings import Meeting, MeetingKind, MeetingStatus
from desktop.domain.people import Guardian, Pupil, TeamMember
from desktop.domain.referral import PartKey
from desktop.domain.referral_voices import (
    HeldConversation,
    fmt,
    guardians_view,
    internal,
    pupil_voice,
)
from desktop.domain.wording import fill


def _windows() -> dict[str, str]:
    return {"days14": translate("export", "Siste 14 dager"),
            "month": translate("export", "Denne måneden"),
            "months3": translate("export", "Siste 3 måneder"),
            "weeks15": translate("export", "Siste 15 uker"),
            "term": translate("export", "Dette halvåret")}


def _parties() -> dict[Party, str]:
    return {Party.PUPIL: translate("export", "eleven"),
            Party.GUARDIANS: translate("export", "foresatte"),
            Party.CONTACT_TEACHER: translate("export", "kontaktlærer"),
            Party.LEADERSHIP: translate("export", "ledelsen"), Party.PPT: "PPT",
            Party.HEALTH_NURSE: translate("export", "helsesykepleier"),
            Party.OTHER: translate("export", "andre")}


def _measure_status() -> dict[MeasureStatus, str]:
    return {MeasureStatus.PROPOSED: translate("export", "foreslått"),
            MeasureStatus.AGREED: translate("export", "avtalt"),
            MeasureStatus.IN_PROGRESS: translate("export", "i gang"),
            MeasureStatus.DONE: translate("export", "fullført"),
            MeasureStatus.ENDED: translate("export", "avsluttet")}


def _ratings() -> dict[Rating, str]:
    return {Rating.WORKED: translate("export", "fungerte"),
            Rating.PARTLY: translate("export", "fungerte delvis"),
            Rating.NOT: translate("export", "fungerte ikke"),
            Rating.UNSET: translate("export", "ikke vurdert")}


def _meetings() -> dict[MeetingKind, str]:
    return {MeetingKind.MAPPING: translate("export", "Kartleggingsmøte"),
            MeetingKind.COOPERATION: translate("export", "Samarbeidsmøte"),
            MeetingKind.EVALUATION: translate("export", "Evalueringsmøte"),
            MeetingKind.INTERDISCIPLINARY: translate("export", "Tverrfaglig møte"),
            MeetingKind.RESOURCE_TEAM: translate("export", "Ressursteam"),
            MeetingKind.OTHER: translate("export", "Møte")}


def _runs() -> dict[RunStatus, str]:
    return {RunStatus.COMPLETED: translate("export", "fullført"),
            RunStatus.REPEATED: translate("export", "gjentatt"),
            RunStatus.STEPPED_BACK: translate("export", "gikk ett trinn tilbake"),
            RunStatus.CURRENT: translate("export", "pågår nå"),
            RunStatus.PLANNED: translate("export", "planlagt")}


def _decisions() -> dict[Decision, str]:
    return {Decision.ADVANCE: translate("export", "videre til neste trinn"),
            Decision.REPEAT: translate("export", "trinnet gjentas"),
            Decision.BACK: translate("export", "ett trinn tilbake")}


def _results() -> dict[WeekResult, str]:
    return {WeekResult.REACHED: translate("export", "nådd"),
            WeekResult.PARTLY: translate("export", "delvis nådd"),
            WeekResult.NOT_REACHED: translate("export", "ikke nådd")}


@dataclass(frozen=True, slots=True)
class EffectLine:
    """Absence before and after something started (a measure, an agreement, a step)."""

    label: str
    effect: Effect
    step: StepEffect | None = None


@dataclass(frozen=True, slots=True)
class ReferralSource:
    """Everything the first draft is written from, gathered by the service."""

    today: date
    pupil: Pupil
    guardians: list[Guardian] = field(default_factory=list)
    team: list[TeamMember] = field(default_factory=list)
    phase_name: str = ""
    decisions: list[PhaseDecision] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    first_absence: date | None = None
    totals: list[WindowTotals] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    effects: list[EffectLine] = field(default_factory=list)
    measures: list[tuple[str, CircleEntry]] = field(default_factory=list)  # (box title, entry)
    agreements: list[Agreement] = field(default_factory=list)
    evaluations: list[Evaluation] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    plan_goal: str = ""
    plan_baseline: str = ""
    runs: list[StepRun] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)
    conversations: list[HeldConversation] = field(default_factory=list)


def percent(share: float) -> str:
    return f"{share:.0f} %"


def _lines(items: list[str]) -> str:
    return "\n".join(items)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?»" else text + "."


# --- the parts ---------------------------------------------------------------------------
def background(s: ReferralSource) -> str:
    p = s.pupil
    lines = []
    who = p.name.strip() or translate("export", "Eleven")
    facts = [fill(translate("export", "født %1"), fmt(p.birth_date)) if p.birth_date else "",
             f"{_grade(p.grade)}" if p.grade else "",
             fill(translate("export", "klasse %1"), p.class_name) if p.class_name.strip() else "",
             p.school.strip()]
    lines.append(_sentence(who + (", " + ", ".join(f for f in facts if f) if any(facts) else "")))
    if p.contact_teacher.strip():
        lines.append(fill(translate("export", "Kontaktlærer: %1."), p.contact_teacher.strip()))
    guardians = [_person(g.name, g.relation)
                 + (fill(translate("export", " (trenger tolk: %1)"), g.interpreter_language)
                    if g.interpreter_needed and g.interpreter_language.strip() else "")
                 for g in s.guardians if g.name.strip()]
    if guardians:
        lines.append(fill(translate("export", "Foresatte: %1."), ", ".join(guardians)))
    team = [_person(m.name, m.organisation) for m in s.team if m.name.strip()]
    if team:
        lines.append(fill(translate("export", "Laget rundt eleven: %1."), ", ".join(team)))
    lines.append("")
    lines.append(translate("export", "Bekymringen og hvordan den har utviklet seg:"))
    events: list[tuple[date, str]] = []
    if s.first_absence is not None:
        events.append((s.first_absence, translate("export", "Første registrerte fravær.")))
    for d in s.decisions:
        events.append((d.decided_on, _sentence(
            fill(translate("export", "Besluttet: %1"), d.phase_name)
            + (f" ({d.note.strip()})" if d.note.strip() else ""))))
    for c in s.contacts:
        text = fill(translate("export", "Kontakt med %1 (%2)"),
                    c.with_whom or translate("export", "hjemmet"), channel_word(c.channel))
        if c.summary.strip():
            text += ": " + c.summary.strip()
        events.append((c.at.date(), _sentence(text)))
    for a in s.agreements:
        if a.status.frozen and a.held_on is not None and a.version == 1:
            events.append((a.held_on, fill(translate("export", "Samarbeidsavtale %1 inngått."),
                                           a.number)))
    meetings = _meetings()
    for m in s.meetings:  # seed 002 App. 6: "evt. referat fra tverrfaglig møte"
        if m.held_at is not None and m.status in (MeetingStatus.ENDED, MeetingStatus.RECORDED):
            decided = (fill(translate("export", " Besluttet: %1"), m.decisions.strip())
                       if m.decisions.strip() else "")
            events.append((m.held_at.date(), _sentence(
                fill(translate("export", "%1 holdt."), meetings[m.kind]) + decided)))
    for e in s.evaluations:
        if e.finished:
            events.append((e.held_on or s.today,
                           fill(translate("export", "Evaluering av avtale %1."), _number(s, e))))
    if not events:
        lines.append(translate("export", "(Skriv her hva skolen har sett, og når bekymringen "
                                         "startet.)"))
    for day, text in sorted(events, key=lambda x: x[0]):
        lines.append(f"{fmt(day)}: {text}")
    if s.phase_name:
        lines.append(_sentence(fill(translate("export", "Saken står nå i %1"), s.phase_name)))
    return _lines(lines)


def absence(s: ReferralSource) -> str:
    lines = [translate("export", "Fravær i prosent av skoletimene (registrert i Nærvær):")]
    windows = _windows()
    for t in s.totals:
        if not t.school_lessons:
            continue
        line = fill(translate("export", "%1 (%2–%3): %4 (%5 av %6 timer; dokumentert %7, "
                                        "udokumentert %8)"),
                    windows.get(t.key, t.key), fmt(t.start), fmt(t.end), percent(t.share),
                    t.absent_lessons, t.school_lessons, t.documented_lessons,
                    t.undocumented_lessons)
        extra = [_count(t.whole_days, translate("export", "hel dag"),
                        translate("export", "hele dager")),
                 _count(t.late_arrivals, translate("export", "forsentkomming"),
                        translate("export", "forsentkomminger")),
                 _count(t.left_school, translate("export", "gang gått fra skolen"),
                        translate("export", "ganger gått fra skolen"))]
        extra = [x for x in extra if x]
        lines.append("– " + line + (", " + ", ".join(extra) if extra else "") + ".")
    if len(lines) == 1:
        lines.append(translate("export", "– Ingen skoletimer registrert ennå."))
    if s.patterns:
        lines.append("")
        lines.append(translate("export", "Mønstre i fraværet:"))
        lines += ["– " + pattern_sentence(p) + "." for p in s.patterns]
    if s.effects:
        lines.append("")
        lines.append(translate("export", "Fraværet før og etter tiltak:"))
        lines += [f"– {e.label} ({fmt(e.effect.start)}): {effect_text(e)}." for e in s.effects]
    lines.append("")
    lines.append(translate("export", "Tallene viser det registrerte fraværet, ikke hva som er "
                                     "årsaken."))
    return _lines(lines)


def tried(s: ReferralSource) -> str:
    lines = []
    parties = _parties()
    if s.measures:
        lines.append(translate("export", "Tiltak fra tiltakssirkelen:"))
        statuses = _measure_status()
        for box, m in s.measures:
            who = m.person.strip() or (parties.get(m.party, "") if m.party else "")
            details = [fill(translate("export", "ansvar: %1"), who) if who else "",
                       fill(translate("export", "fra %1"), fmt(m.start)) if m.start else "",
                       statuses[m.status]]
            lines.append(f"– {m.text.strip()} ({box}; " + ", ".join(d for d in details if d) + ")")
    frozen = [a for a in s.agreements if a.status.frozen]
    by_agreement: dict[int | None, list[Evaluation]] = {}
    for e in s.evaluations:
        by_agreement.setdefault(e.agreement_id, []).append(e)
    for a in frozen:
        if lines:
            lines.append("")
        head = fill(translate("export", "Samarbeidsavtale %1, versjon %2"), a.number, a.version)
        period = fill(translate("export", ", inngått %1"), fmt(a.held_on)) if a.held_on else ""
        if a.evaluation_on:
            period += fill(translate("export", ", evaluering %1"), fmt(a.evaluation_on))
        lines.append(head + period + ":")
        if a.long_term_goal.strip():
            lines.append(_sentence(fill(translate("export", "Mål: %1"), a.long_term_goal.strip())))
        for m in a.measures:
            who = m.person.strip() or parties.get(m.party, "")
            lines.append(f"– {m.text.strip()}"
                         + (fill(translate("export", " (ansvar: %1)"), who) if who else ""))
        if a.plan_b.strip():
            lines.append(_sentence(fill(translate("export", "Plan B: %1"), a.plan_b.strip())))
        for e in by_agreement.get(a.id, []):
            lines += evaluation_lines(e)
    if not lines:
        return translate("export", "(Ingen tiltak eller avtaler er registrert i saken ennå.)")
    return _lines(lines)


def evaluation_lines(e: Evaluation) -> list[str]:
    state = "" if e.finished else translate("export", " (ikke avsluttet)")
    lines = [fill(translate("export", "Evaluering %1%2:"), fmt(e.held_on), state)]
    ratings = _ratings()
    for item in (*e.sub_goals, *e.measures):
        note = f" – {item.note.strip()}" if item.note.strip() else ""
        lines.append(f"  · {item.text.strip()}: {ratings[item.rating]}{note}")
    if e.goal_note.strip():
        lines.append("  " + _sentence(fill(translate("export", "Om målet: %1"),
                                           e.goal_note.strip())))
    if e.outcome_text.strip():
        lines.append("  " + _sentence(fill(translate("export", "Konklusjon: %1"),
                                           e.outcome_text.strip())))
    if e.referral is Referral.REFER:
        lines.append("  " + translate("export", "Henvisning ble vurdert og besluttet") +
                     (f": {e.referral_note.strip()}" if e.referral_note.strip() else "."))
    return lines


def plan(s: ReferralSource) -> str:
    if not s.runs:
        return translate("export", "(Saken har ingen opptrappingsplan med startdato.)")
    lines = []
    if s.plan_goal.strip():
        lines.append(_sentence(fill(translate("export", "Mål: %1"), s.plan_goal.strip())))
    if s.plan_baseline.strip():
        lines.append(_sentence(fill(translate("export", "Utgangspunkt: %1"),
                                    s.plan_baseline.strip())))
    runs = _runs()
    for run in s.runs:
        target = (fill(translate("export", ", mål %1 oppmøte"), percent(run.target))
                  if run.target > 0 else "")
        lines.append(fill(translate("export", "– Trinn %1: %2 (%3–%4%5): %6."), run.number,
                          run.step.title.strip(), fmt(run.start), fmt(run.end), target,
                          runs[run.status]))
    notes = [h for h in s.history if h.text.strip() or h.result is not None]
    if notes:
        lines.append("")
        lines.append(translate("export", "Oppfølging og beslutninger:"))
        titles = {run.step.id: fill(translate("export", "trinn %1"), run.number) for run in s.runs}
        decisions, results = _decisions(), _results()
        for h in sorted(notes, key=lambda h: (h.on, h.id or 0)):
            what = (decisions[h.decision] if h.decision is not None
                    else fill(translate("export", "uke %1"), results[h.result])
                    if h.result is not None else translate("export", "notat"))
            text = f" – {h.text.strip()}" if h.text.strip() else ""
            step = titles.get(h.step_id) or translate("export", "trinn")
            lines.append(f"{fmt(h.on)} ({step}): {what}{text}")
    repeats = sum(1 for r in s.runs if r.status is RunStatus.REPEATED)
    backs = sum(1 for r in s.runs if r.status is RunStatus.STEPPED_BACK)
    if repeats or backs:
        once, times, none = (translate("export", "gang"), translate("export", "ganger"),
                             translate("export", "ingen"))
        lines.append(fill(translate("export", "Trinn gjentatt: %1. Ett trinn tilbake: %2."),
                          _count(repeats, once, times) or none,
                          _count(backs, once, times) or none))
    return _lines(lines)


ASSEMBLERS = {PartKey.BACKGROUND: background, PartKey.ABSENCE: absence, PartKey.TRIED: tried,
              PartKey.PLAN: plan,
              PartKey.PUPIL_VOICE: lambda s: pupil_voice(s.conversations),
              PartKey.GUARDIANS: lambda s: guardians_view(s.conversations),
              PartKey.QUESTIONS: lambda s: "",
              PartKey.INTERNAL: lambda s: internal(s.pupil.note, s.conversations)}


def assemble(s: ReferralSource) -> dict[PartKey, str]:
    return {key: make(s) for key, make in ASSEMBLERS.items()}


# --- sentences -------------------------------------------------------------------------------


def effect_text(line: EffectLine) -> str:
    e = line.effect
    if e.status is EffectStatus.COMPARED and e.before is not None and e.after is not None:
        text = fill(translate("export", "fravær før %1, etter %2 (%3 hver)"),
                    percent(e.before.share), percent(e.after.share), _weeks(e.weeks))
    elif e.status is EffectStatus.TOO_FEW_AFTER:
        text = fill(translate("export", "for lite data etter start (%1)"), _weeks(e.weeks_after))
    elif e.status is EffectStatus.TOO_FEW_BEFORE:
        text = fill(translate("export", "for lite data før start (%1)"), _weeks(e.weeks_before))
    else:
        text = translate("export", "ikke startet ennå")
    step = line.step
    if step is not None and step.attendance is not None:
        text += fill(translate("export", "; oppmøte i trinnet %1"), percent(step.attendance))
        text += (fill(translate("export", " (mål %1)"), percent(step.target))
                 if step.target > 0 else "")
    return text


def _weeks(count: int) -> str:
    # Two literal texts rather than "%n": the program ships no plural forms for bokmål.
    return translate("export", "1 uke") if count == 1 else fill(translate("export", "%1 uker"),
                                                                  count)


def _count(count: int, one: str, many: str) -> str:
    return "" if not count else f"1 {one}" if count == 1 else f"{count} {many}"


def _grade(code: str) -> str:
    return code.upper() if code.startswith("vg") else fill(translate("export", "%1. trinn"), code)


def _person(name: str, role: str) -> str:
    return name.strip() + (f" ({role.strip()})" if role.strip() else "")


def _number(s: ReferralSource, e: Evaluation) -> str:
    found = next((a for a in s.agreements if a.id == e.agreement_id), None)
    return str(found.number) if found else "?"
