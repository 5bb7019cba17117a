"""One chronological list of what happened in a case: rule firings, phase
decisions and contacts with the home (later features add conversations,
agreements, evaluations and meetings by adding entries of their own kind)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from desktop.domain.absence_rules import Evaluation
from desktop.domain.follow_up import Contact, PhaseDecision
from desktop.domain.handover import Direction, HandoverRecord

RULE, DECISION, CONTACT, HANDOVER = "rule", "decision", "contact", "handover"


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    when: datetime
    kind: str  # RULE | DECISION | CONTACT | … (later features)
    title: str  # data, not UI words: a rule text, a phase name, a person
    detail: str = ""
    ref: object = None  # the firing, decision or contact behind it


def _at(day: date) -> datetime:
    return datetime.combine(day, time(0, 0))


def build_timeline(evaluation: Evaluation | None, decisions: list[PhaseDecision],
                   contacts: list[Contact],
                   handovers: list[HandoverRecord] = ()) -> list[TimelineEntry]:
    """Newest first. A handover's title is the other side (to whom it went,
    or from whom it came); its detail is the document id."""
    entries: list[TimelineEntry] = []
    if evaluation is not None:
        entries += [TimelineEntry(_at(f.first_fired), RULE, f.rule.text,
                                  evaluation.rule_set.phase(f.rule.phase).name, f)
                    for f in evaluation.firings]
    entries += [TimelineEntry(_at(d.decided_on), DECISION, d.phase_name, d.decided_by, d)
                for d in decisions]
    entries += [TimelineEntry(c.at, CONTACT, c.with_whom, c.summary, c) for c in contacts]
    entries += [TimelineEntry(h.at, HANDOVER,
                              h.recipient if h.direction is Direction.OUT else h.sender,
                              h.document_id, h) for h in handovers]
    order = {DECISION: 0, CONTACT: 1, RULE: 2}
    return sorted(entries, key=lambda e: (e.when, -order.get(e.kind, 3)), reverse=True)
