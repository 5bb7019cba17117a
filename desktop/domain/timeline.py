"""One chronological list of what happened in a case: rule firings, phase
decisions, contacts with the home, the other events that move the follow-up
(conversations held, agreements signed, evaluations), the stafettholder's
handovers, the case's transfers to and from other laptops (handover files)
and the PDFs and prints that left the laptop (the utleveringslogg)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from desktop.domain.absence_rules import Evaluation
from desktop.domain.disclosure import Disclosure
from desktop.domain.follow_up import Contact, Handover, PhaseDecision
from desktop.domain.follow_up_events import CONTACT as CONTACT_EVENT
from desktop.domain.follow_up_events import FollowUpEvent
from desktop.domain.handover import Direction, HandoverRecord

RULE, DECISION, CONTACT, EVENT = "rule", "decision", "contact", "event"
HANDOVER = "handover"  # the stafettholder handed on
TRANSFER = "transfer"  # the case file handed over (a handover file, issue 14)
DISCLOSURE = "disclosure"  # a PDF saved or a print made (utleveringslogg, issue 14)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    when: datetime
    kind: str  # RULE | DECISION | CONTACT | EVENT | HANDOVER | TRANSFER | DISCLOSURE
    title: str  # data, not UI words: a rule text, a phase name, a person
    detail: str = ""
    ref: object = None  # the firing, decision, contact, event or handover behind it


def _at(day: date) -> datetime:
    return datetime.combine(day, time(0, 0))


def build_timeline(evaluation: Evaluation | None, decisions: list[PhaseDecision],
                   contacts: list[Contact], handovers: list[Handover] = (),
                   events: list[FollowUpEvent] = (),
                   transfers: list[HandoverRecord] = (),
                   disclosures: list[Disclosure] = ()) -> list[TimelineEntry]:
    """Newest first. `events` may include contacts: they are listed once, as contacts.
    A transfer's title is the other side (to whom the case went, or from whom it
    came); its detail is the document id. A disclosure's title is what left (the
    document's title), its detail the document id; handover files come as
    transfers, not as disclosures."""
    entries: list[TimelineEntry] = []
    if evaluation is not None:
        entries += [TimelineEntry(_at(f.first_fired), RULE, f.rule.text,
                                  evaluation.rule_set.phase(f.rule.phase).name, f)
                    for f in evaluation.firings]
    entries += [TimelineEntry(_at(d.decided_on), DECISION, d.phase_name, d.decided_by, d)
                for d in decisions]
    entries += [TimelineEntry(c.at, CONTACT, c.with_whom, c.summary, c) for c in contacts]
    entries += [TimelineEntry(_at(h.handed_on), HANDOVER, h.to_name, h.note, h)
                for h in handovers]
    entries += [TimelineEntry(_at(e.on), EVENT, e.label, e.outcome, e)
                for e in events if e.kind != CONTACT_EVENT]
    entries += [TimelineEntry(t.at, TRANSFER,
                              t.recipient if t.direction is Direction.OUT else t.sender,
                              t.document_id, t) for t in transfers]
    entries += [TimelineEntry(d.at, DISCLOSURE, d.title, d.document_id, d)
                for d in disclosures]
    order = {DECISION: 0, HANDOVER: 1, TRANSFER: 2, DISCLOSURE: 3, EVENT: 4, CONTACT: 5,
             RULE: 6}
    return sorted(entries, key=lambda e: (e.when, -order.get(e.kind, 7)), reverse=True)
