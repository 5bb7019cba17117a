"""The first text of each part of the pedagogisk rapport, written from what
the case holds (seed 001 fase 4: a report "der tiltakene som har vært prøvd
ut beskrives"; seed 002 Appendiks 6 point 5: "en god beskrivelse av saken").
Plain sentences in bokmål, the way a teacher would start the report; the user
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
from desktop.domain.follow_up import Contact, PhaseDecision
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

_WINDOWS = {"days14": "Siste 14 dager", "month": "Denne måneden", "months3": "Siste 3 måneder",
            "weeks15": "Siste 15 uker", "term": "Dette halvåret"}
_PARTIES = {Party.PUPIL: "eleven", Party.GUARDIANS: "foresatte",
            Party.CONTACT_TEACHER: "kontaktlærer", Party.LEADERSHIP: "ledelsen",
            Party.PPT: "PPT", Party.HEALTH_NURSE: "helsesykepleier", Party.OTHER: "andre"}
_MEASURE_STATUS = {MeasureStatus.PROPOSED: "foreslått", MeasureStatus.AGREED: "avtalt",
                   MeasureStatus.IN_PROGRESS: "i gang", MeasureStatus.DONE: "fullført",
                   MeasureStatus.ENDED: "avsluttet"}
_RATINGS = {Rating.WORKED: "fungerte", Rating.PARTLY: "fungerte delvis",
            Rating.NOT: "fungerte ikke", Rating.UNSET: "ikke vurdert"}
_MEETINGS = {MeetingKind.MAPPING: "Kartleggingsmøte", MeetingKind.COOPERATION: "Samarbeidsmøte",
             MeetingKind.EVALUATION: "Evalueringsmøte", MeetingKind.INTERDISCIPLINARY:
             "Tverrfaglig møte", MeetingKind.RESOURCE_TEAM: "Ressursteam", MeetingKind.OTHER: "Møte"}
_RUNS = {RunStatus.COMPLETED: "fullført", RunStatus.REPEATED: "gjentatt",
         RunStatus.STEPPED_BACK: "gikk ett trinn tilbake", RunStatus.CURRENT: "pågår nå",
         RunStatus.PLANNED: "planlagt"}
_DECISIONS = {Decision.ADVANCE: "videre til neste trinn", Decision.REPEAT: "trinnet gjentas",
              Decision.BACK: "ett trinn tilbake"}
_RESULTS = {WeekResult.REACHED: "nådd", WeekResult.PARTLY: "delvis nådd",
            WeekResult.NOT_REACHED: "ikke nådd"}


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
    who = p.name.strip() or "Eleven"
    facts = [f"født {fmt(p.birth_date)}" if p.birth_date else "",
             f"{_grade(p.grade)}" if p.grade else "",
             f"klasse {p.class_name}" if p.class_name.strip() else "",
             p.school.strip()]
    lines.append(_sentence(who + (", " + ", ".join(f for f in facts if f) if any(facts) else "")))
    if p.contact_teacher.strip():
        lines.append(f"Kontaktlærer: {p.contact_teacher.strip()}.")
    guardians = [_person(g.name, g.relation) + (" (trenger tolk: " + g.interpreter_language + ")"
                                                if g.interpreter_needed and
                                                g.interpreter_language.strip() else "")
                 for g in s.guardians if g.name.strip()]
    if guardians:
        lines.append("Foresatte: " + ", ".join(guardians) + ".")
    team = [_person(m.name, m.organisation) for m in s.team if m.name.strip()]
    if team:
        lines.append("Laget rundt eleven: " + ", ".join(team) + ".")
    lines.append("")
    lines.append("Bekymringen og hvordan den har utviklet seg:")
    events: list[tuple[date, str]] = []
    if s.first_absence is not None:
        events.append((s.first_absence, "Første registrerte fravær."))
    for d in s.decisions:
        events.append((d.decided_on, _sentence(f"Besluttet: {d.phase_name}"
                                               + (f" ({d.note.strip()})" if d.note.strip() else ""))))
    for c in s.contacts:
        text = f"Kontakt med {c.with_whom or 'hjemmet'} ({c.channel.value})"
        if c.summary.strip():
            text += ": " + c.summary.strip()
        events.append((c.at.date(), _sentence(text)))
    for a in s.agreements:
        if a.status.frozen and a.held_on is not None and a.version == 1:
            events.append((a.held_on, f"Samarbeidsavtale {a.number} inngått."))
    for m in s.meetings:  # seed 002 App. 6: "evt. referat fra tverrfaglig møte"
        if m.held_at is not None and m.status in (MeetingStatus.ENDED, MeetingStatus.RECORDED):
            decided = f" Besluttet: {m.decisions.strip()}" if m.decisions.strip() else ""
            events.append((m.held_at.date(), _sentence(f"{_MEETINGS[m.kind]} holdt.{decided}")))
    for e in s.evaluations:
        if e.finished:
            events.append((e.held_on or s.today, f"Evaluering av avtale {_number(s, e)}."))
    if not events:
        lines.append("(Skriv her hva skolen har sett, og når bekymringen startet.)")
    for day, text in sorted(events, key=lambda x: x[0]):
        lines.append(f"{fmt(day)}: {text}")
    if s.phase_name:
        lines.append(_sentence(f"Saken står nå i {s.phase_name}"))
    return _lines(lines)


def absence(s: ReferralSource) -> str:
    lines = ["Fravær i prosent av skoletimene (registrert i Nærvær):"]
    for t in s.totals:
        if not t.school_lessons:
            continue
        line = (f"{_WINDOWS.get(t.key, t.key)} ({fmt(t.start)}–{fmt(t.end)}): "
                f"{percent(t.share)} ({t.absent_lessons} av {t.school_lessons} timer; "
                f"dokumentert {t.documented_lessons}, udokumentert {t.undocumented_lessons})")
        extra = [_count(t.whole_days, "hel dag", "hele dager"),
                 _count(t.late_arrivals, "forsentkomming", "forsentkomminger"),
                 _count(t.left_school, "gang gått fra skolen", "ganger gått fra skolen")]
        extra = [x for x in extra if x]
        lines.append("– " + line + (", " + ", ".join(extra) if extra else "") + ".")
    if len(lines) == 1:
        lines.append("– Ingen skoletimer registrert ennå.")
    if s.patterns:
        lines.append("")
        lines.append("Mønstre i fraværet:")
        lines += ["– " + pattern_sentence(p) + "." for p in s.patterns]
    if s.effects:
        lines.append("")
        lines.append("Fraværet før og etter tiltak:")
        lines += [f"– {e.label} ({fmt(e.effect.start)}): {effect_text(e)}." for e in s.effects]
    lines.append("")
    lines.append("Tallene viser det registrerte fraværet, ikke hva som er årsaken.")
    return _lines(lines)


def tried(s: ReferralSource) -> str:
    lines = []
    if s.measures:
        lines.append("Tiltak fra tiltakssirkelen:")
        for box, m in s.measures:
            who = m.person.strip() or (_PARTIES.get(m.party, "") if m.party else "")
            details = [f"ansvar: {who}" if who else "", f"fra {fmt(m.start)}" if m.start else "",
                       _MEASURE_STATUS[m.status]]
            lines.append(f"– {m.text.strip()} ({box}; " + ", ".join(d for d in details if d) + ")")
    frozen = [a for a in s.agreements if a.status.frozen]
    by_agreement: dict[int | None, list[Evaluation]] = {}
    for e in s.evaluations:
        by_agreement.setdefault(e.agreement_id, []).append(e)
    for a in frozen:
        if lines:
            lines.append("")
        head = f"Samarbeidsavtale {a.number}, versjon {a.version}"
        period = f", inngått {fmt(a.held_on)}" if a.held_on else ""
        if a.evaluation_on:
            period += f", evaluering {fmt(a.evaluation_on)}"
        lines.append(head + period + ":")
        if a.long_term_goal.strip():
            lines.append(_sentence("Mål: " + a.long_term_goal.strip()))
        for m in a.measures:
            who = m.person.strip() or _PARTIES.get(m.party, "")
            lines.append(f"– {m.text.strip()}" + (f" (ansvar: {who})" if who else ""))
        if a.plan_b.strip():
            lines.append(_sentence("Plan B: " + a.plan_b.strip()))
        for e in by_agreement.get(a.id, []):
            lines += evaluation_lines(e)
    if not lines:
        return "(Ingen tiltak eller avtaler er registrert i saken ennå.)"
    return _lines(lines)


def evaluation_lines(e: Evaluation) -> list[str]:
    state = "" if e.finished else " (ikke avsluttet)"
    lines = [f"Evaluering {fmt(e.held_on)}{state}:"]
    for item in (*e.sub_goals, *e.measures):
        note = f" – {item.note.strip()}" if item.note.strip() else ""
        lines.append(f"  · {item.text.strip()}: {_RATINGS[item.rating]}{note}")
    if e.goal_note.strip():
        lines.append("  " + _sentence("Om målet: " + e.goal_note.strip()))
    if e.outcome_text.strip():
        lines.append("  " + _sentence("Konklusjon: " + e.outcome_text.strip()))
    if e.referral is Referral.REFER:
        lines.append("  Henvisning ble vurdert og besluttet" +
                     (f": {e.referral_note.strip()}" if e.referral_note.strip() else "."))
    return lines


def plan(s: ReferralSource) -> str:
    if not s.runs:
        return "(Saken har ingen opptrappingsplan med startdato.)"
    lines = []
    if s.plan_goal.strip():
        lines.append(_sentence("Mål: " + s.plan_goal.strip()))
    if s.plan_baseline.strip():
        lines.append(_sentence("Utgangspunkt: " + s.plan_baseline.strip()))
    for run in s.runs:
        target = f", mål {percent(run.target)} oppmøte" if run.target > 0 else ""
        lines.append(f"– Trinn {run.number}: {run.step.title.strip()} "
                     f"({fmt(run.start)}–{fmt(run.end)}{target}): {_RUNS[run.status]}.")
    notes = [h for h in s.history if h.text.strip() or h.result is not None]
    if notes:
        lines.append("")
        lines.append("Oppfølging og beslutninger:")
        titles = {run.step.id: f"trinn {run.number}" for run in s.runs}
        for h in sorted(notes, key=lambda h: (h.on, h.id or 0)):
            what = (_DECISIONS[h.decision] if h.decision is not None
                    else f"uke {_RESULTS[h.result]}" if h.result is not None else "notat")
            text = f" – {h.text.strip()}" if h.text.strip() else ""
            lines.append(f"{fmt(h.on)} ({titles.get(h.step_id, 'trinn')}): {what}{text}")
    repeats = sum(1 for r in s.runs if r.status is RunStatus.REPEATED)
    backs = sum(1 for r in s.runs if r.status is RunStatus.STEPPED_BACK)
    if repeats or backs:
        lines.append(f"Trinn gjentatt: {_count(repeats, 'gang', 'ganger') or 'ingen'}. "
                     f"Ett trinn tilbake: {_count(backs, 'gang', 'ganger') or 'ingen'}.")
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
        text = (f"fravær før {percent(e.before.share)}, etter {percent(e.after.share)} "
                f"({_weeks(e.weeks)} hver)")
    elif e.status is EffectStatus.TOO_FEW_AFTER:
        text = f"for lite data etter start ({_weeks(e.weeks_after)})"
    elif e.status is EffectStatus.TOO_FEW_BEFORE:
        text = f"for lite data før start ({_weeks(e.weeks_before)})"
    else:
        text = "ikke startet ennå"
    step = line.step
    if step is not None and step.attendance is not None:
        text += f"; oppmøte i trinnet {percent(step.attendance)}"
        text += f" (mål {percent(step.target)})" if step.target > 0 else ""
    return text


def _weeks(count: int) -> str:
    return f"{count} {'uke' if count == 1 else 'uker'}"


def _count(count: int, one: str, many: str) -> str:
    return "" if not count else f"1 {one}" if count == 1 else f"{count} {many}"


def _grade(code: str) -> str:
    return code.upper() if code.startswith("vg") else f"{code}. trinn"


def _person(name: str, role: str) -> str:
    return name.strip() + (f" ({role.strip()})" if role.strip() else "")


def _number(s: ReferralSource, e: Evaluation) -> str:
    found = next((a for a in s.agreements if a.id == e.agreement_id), None)
    return str(found.number) if found else "?"
