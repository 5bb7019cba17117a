"""Henvisning til PPT (issue 14): the draft pedagogisk rapport of one open
case — made from the case, kept in it, edited part by part, printed. No Qt.

Seed 002 Appendiks 6, point 5: "Skolen må sende med pedagogisk rapport som gir
en god beskrivelse av saken". Reads go through the feature services and
repositories; every write goes through session.edit (read-only cases refuse,
autosave follows).

Consent: a referral to PPT needs the guardians' consent. This module does not
keep consent records. It asks "is there a valid consent for PPT on this day?"
in one place: `consent_check_for(session)` gives the check for a case (a
callable returning the problem in words, or None when all is well), from the
case's consent records (Samtykke). A caller may also pass its own
`consent_check` (tests).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from desktop.casefile.absence_repo import AbsenceRepository
from desktop.casefile.agreements_repo import AgreementRepository
from desktop.casefile.follow_up_repo import FollowUpRepository
from desktop.casefile.referral_repo import ReferralRepository
from desktop.domain.absence_totals import totals
from desktop.domain.conversation_tools import Tool
from desktop.domain.referral import (
    PART_ORDER,
    PartKey,
    ReferralDraft,
    ReferralPart,
    merged,
    reassembled,
)
from desktop.domain.referral_texts import ASSEMBLERS, EffectLine, ReferralSource, assemble
from desktop.domain.referral_voices import HeldConversation
from desktop.export.document_base import DocumentHeader
from desktop.services.case_session import CaseSession

# consent_check(service, day) -> the problem in Norwegian, or None (consent_check_for).
ConsentCheck = Callable[[str, date], "str | None"]
CONSENT_SERVICE = "ppt"


def consent_check_for(session: CaseSession) -> ConsentCheck | None:
    """The consent records of this case (Samtykke): a referral to PPT without a
    valid consent is said at the top of the dialog (issue 14, "Consent")."""
    from desktop.domain.consent import ConsentService
    from desktop.services.consent_service import consent_problem

    return lambda service, day: consent_problem(session, ConsentService(service), day)


def today() -> date:
    from desktop.services import app_service

    return app_service.today()


class ReferralService:
    """The referral draft of one open case."""

    def __init__(self, session: CaseSession, consent_check: ConsentCheck | None = None,
                 clock: Callable[[], datetime] = datetime.now):
        self.session = session
        self.consent_check = consent_check if consent_check is not None \
            else consent_check_for(session)
        self.clock = clock
        self._repo = session.repository(ReferralRepository)

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    # --- the draft ----------------------------------------------------------------------
    def exists(self) -> bool:
        return bool(self._repo.parts())

    def draft(self) -> ReferralDraft:
        """The stored draft; a part never stored (a new case, or a part a newer
        version added) is assembled from the case as it is now."""
        stored = self._repo.parts()
        missing = [key for key in PART_ORDER if key not in stored]
        assembled = self.assemble(missing) if missing else {}
        return merged(stored, assembled, self._now())

    def start(self) -> ReferralDraft:
        """Stores the draft as shown, so later changes to the case do not move
        text the user has read (use `refetch` per part for that)."""
        draft = self.draft()
        if self.read_only:
            return draft
        stored = self._repo.parts()

        def change() -> None:
            for part in draft.parts:
                if part.key not in stored:
                    self._repo.put(part)
        if len(stored) < len(draft.parts):
            self.session.edit(change)
        return draft

    def set_text(self, key: PartKey, text: str) -> ReferralPart:
        part = self.draft().part(key)
        if part.text == text and part.stored:
            return part
        updated = replace(part, text=text, edited=True)
        self.session.edit(lambda: self._repo.put(updated))
        return updated

    def set_included(self, key: PartKey, included: bool) -> ReferralPart:
        updated = replace(self.draft().part(key), included=included)
        self.session.edit(lambda: self._repo.put(updated))
        return updated

    def refetch(self, key: PartKey) -> ReferralPart:
        """"Hent på nytt fra saken": the part as the case gives it now (the tick stays)."""
        updated = reassembled(self.draft().part(key), self.assemble([key])[key], self._now())
        self.session.edit(lambda: self._repo.put(updated))
        return updated

    def restore(self, part: ReferralPart) -> None:
        """Undo of a refetch or a tick: the part as it was."""
        self.session.edit(lambda: self._repo.put(part))

    def outdated(self) -> set[PartKey]:
        """Parts not edited by hand whose text the case would now give differently."""
        draft = self.draft()
        fresh = self.assemble(list(PART_ORDER))
        return {p.key for p in draft.parts
                if not p.edited and p.stored and fresh[p.key].strip() != p.text.strip()}

    def consent_problem(self, on: date | None = None) -> str | None:
        """The one question about consent (see the module's docstring)."""
        if self.consent_check is None:
            return None
        return self.consent_check(CONSENT_SERVICE, on or today())

    def consent_reason(self) -> str:
        return self._repo.consent_reason()

    def set_consent_reason(self, text: str) -> None:
        self.session.edit(lambda: self._repo.set_consent_reason(text))

    def may_send(self, on: date | None = None) -> bool:
        """A referral without a valid consent goes only with a reason written."""
        return self.consent_problem(on) is None or bool(self.consent_reason().strip())

    def consent_text(self, on: date | None = None) -> str:
        """What the printed referral says about consent: that one is on file, or
        that there is none and why it is sent all the same."""
        if self.consent_check is None:
            return ""
        problem = self.consent_problem(on)
        if problem is None:
            return "Det foreligger gyldig samtykke til å dele opplysninger med PPT."
        reason = self.consent_reason().strip()
        return (f"Uten gyldig samtykke ({problem.rstrip('.')}). Begrunnelse: {reason}"
                if reason else f"Uten gyldig samtykke ({problem.rstrip('.')}).")

    # --- assembling ----------------------------------------------------------------------
    def assemble(self, keys: list[PartKey]) -> dict[PartKey, str]:
        source = self.source()
        if set(keys) >= set(PART_ORDER):
            return assemble(source)
        return {key: ASSEMBLERS[key](source) for key in keys}

    def source(self, on: date | None = None) -> ReferralSource:
        """What the case holds, gathered for the texts."""
        from desktop.services.absence_insight import AbsenceInsight
        from desktop.services.circle_service import (
            MeasureCircleService,
            circle_form,
            local_forms_dir,
        )
        from desktop.services.conversation_service import Conversations
        from desktop.services.plan_service import PlanService

        day = on or today()
        session = self.session
        week = session.school_week()
        records = session.repository(AbsenceRepository).records()
        insight = AbsenceInsight(session)
        effects = [EffectLine(_marker_label(item.marker), item.effect, item.step)
                   for item in insight.effects(day)]
        form, _problems = circle_form(local_forms_dir())
        titles = {spec.id: spec.title for spec in (form.box(b) for b in form.box_ids)}
        circle = MeasureCircleService(session, form).circle
        measures = [(titles.get(box_id, box_id), entry) for box_id, entry in circle.measures()]
        plans = PlanService(session)
        plan = plans.current_plan()
        follow_up = session.repository(FollowUpRepository)
        agreements = session.repository(AgreementRepository)
        talks = Conversations(session)
        held = [HeldConversation(c, talks.guide_of(c), talks.answers(c.id),
                                 {Tool.KEARNEY: talks.tool_data(c.id, Tool.KEARNEY)})
                for c in sorted(talks.list(), key=lambda c: (c.held_on, c.id or 0))]
        return ReferralSource(
            today=day, pupil=session.pupil(), guardians=session.guardians(), team=session.team(),
            phase_name=self._phase_name(), decisions=follow_up.decisions(),
            contacts=follow_up.contacts(),
            first_absence=min((r.day for r in records), default=None),
            totals=totals(records, week, day), patterns=insight.patterns(day), effects=effects,
            measures=measures, agreements=agreements.agreements(),
            evaluations=agreements.evaluations(), meetings=agreements.meetings(),
            plan_goal=plan.goal if plan else "", plan_baseline=plan.baseline if plan else "",
            runs=plans.timeline(plan) if plan else [],
            history=plans.history(plan.id) if plan and plan.id is not None else [],
            conversations=held)

    def _phase_name(self) -> str:
        from desktop.services.absence_register import AbsenceRegister

        try:
            return AbsenceRegister(self.session).current_phase().name
        except Exception:  # noqa: BLE001 - a broken rule set leaves the phase out, not the report
            return ""

    # --- the document ----------------------------------------------------------------------
    def header(self, on: date | None = None) -> DocumentHeader:
        from desktop.domain.language import translate
        from desktop.domain.referral import INTERNAL_MARK, MARKING

        pupil = self.session.pupil()
        internal = self.draft().internal
        marking, mark = translate("export", MARKING), translate("export", INTERNAL_MARK)
        return DocumentHeader(pupil.name.strip(), pupil.school.strip(), on or today(),
                              restricted=f"{mark} · {marking}" if internal else marking)

    def file_name(self) -> str:
        internal = self.draft().internal
        return ("INTERNT-" if internal else "") + f"henvisning-ppt-{today().isoformat()}.pdf"

    def write_pdf(self, path: Path, draft: ReferralDraft | None = None,
                  header: DocumentHeader | None = None, consent: str | None = None) -> None:
        """Any thread, given `draft` and `header` read on the UI thread."""
        from desktop.export.referral_pdf import build_referral_pdf

        build_referral_pdf(path, draft or self.draft(), header or self.header(),
                           self.consent_text() if consent is None else consent)

    def printable(self) -> ReferralOutput:
        """What preview, print and "Lagre som PDF" need, read now (UI thread);
        `write(path)` touches no database and may run on a worker."""
        from desktop.export.referral_pdf import referral_html, title_of

        draft, header, consent = self.draft(), self.header(), self.consent_text()
        return ReferralOutput(title_of(draft), self.file_name(),
                              referral_html(draft, header, consent),
                              lambda path: self.write_pdf(path, draft, header, consent))


@dataclass(frozen=True, slots=True)
class ReferralOutput:
    title: str
    file_name: str
    html: str
    write: Callable[[Path], None]


def _marker_label(marker) -> str:
    from desktop.services.absence_insight import MarkerKind

    if marker.kind is MarkerKind.MEASURE:
        return f"Tiltak: {marker.label}"
    if marker.kind is MarkerKind.AGREEMENT:
        return f"Samarbeidsavtale {marker.number}"
    return f"Trinn {marker.number} i opptrappingsplanen: {marker.label}"
