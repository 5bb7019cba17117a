"""A demo case (Ánde, from desktop/services/demo.py) given what a case has by
fase 3–4: a mapping conversation with the pupil's own words, the guardians'
answers and the adults' internal reflection and Kearney hypotheses; a measure
in the circle; an opptrappingsplan that was repeated and stepped back; an
agreement that was evaluated with "refer to PPT". No Qt."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from desktop.domain.agreements import AgreementMeasure, Participant
from desktop.domain.conversation_tools import Tool
from desktop.domain.escalation_plan import Decision, EscalationPlan, WeekResult
from desktop.domain.evaluations import Outcome, RatedItem, Rating, Referral, ReferralKind
from desktop.domain.measure_circle import EntryKind, MeasureStatus, Party
from desktop.services.agreement_service import AgreementService
from desktop.services.circle_service import MeasureCircleService, circle_form
from desktop.services.conversation_service import ConversationForms, Conversations
from desktop.services.plan_service import PlanService

VOICE = "Friminuttene er det verste, da står jeg alene"
NOT_VOICE = "Eleven svarte kort og så ned"  # an answer to the pupil not marked as the pupil's words
GUARDIAN_VIEW = "Hun har vondt i magen søndag kveld"
INTERNAL_REFLECTION = "Utløsende: overgangen etter høstferien (kun for de voksne)"
KEARNEY_NOTE = "Unngår friminuttene, hypotese"
MEASURE = "Fast voksen tar imot Ánde i døra hver morgen"
AGREEMENT_MEASURE = "Kontaktlærer ringer hjem mandag morgen"
EVALUATION_NOTE = "Tre av fire mandager på skolen"
PLAN_GOAL = "Ánde er på skolen alle dager, sammen med klassen"
REPEAT_REASON = "Trinnet tas én gang til etter sykdom"
BACK_REASON = "For stort hopp: tilbake til to timer"


def enrich(session, today: date) -> None:
    """`session`: the open demo case; dates relative to `today` as the demo's absence."""
    _conversation(session, today - timedelta(days=20))
    _circle(session, today - timedelta(days=18))
    _plan(session, today - timedelta(days=28))
    _agreement(session, today - timedelta(days=17))


def _conversation(session, held_on: date) -> None:
    talks = Conversations(session)
    forms = ConversationForms()
    conversation = talks.start(forms, "kartlegging_samtaleguide", held_on,
                               ["Ánde Sárá", "Elle Sárá", "Ingrid Dahl"])
    guide = talks.guide_of(conversation)

    def answer(question_id: str, value: str, voice: bool = False) -> None:
        talks.set_answer_field(conversation.id, question_id, guide.question(question_id).text,
                               value=value, pupil_voice=voice)
    answer("elev_trivsel", VOICE, voice=True)
    answer("elev_venner", NOT_VOICE)
    answer("foresatte_trivsel", GUARDIAN_VIEW)
    answer("etter_utlosende", INTERNAL_REFLECTION)
    talks.set_tool_data(conversation.id, Tool.KEARNEY, {"functions": {
        "2": {"checked": True, "note": KEARNEY_NOTE}}})


def _circle(session, start: date) -> None:
    form, _ = circle_form(None)
    circle = MeasureCircleService(session, form)
    box = circle.box("relasjon_voksne")
    circle.write_box(box.with_added(circle.new_entry(
        EntryKind.MEASURE, MEASURE, party=Party.CONTACT_TEACHER, person="Ingrid Dahl",
        start=start, status=MeasureStatus.IN_PROGRESS)))


def _plan(session, start: date) -> None:
    plans = PlanService(session)
    plan = EscalationPlan(None, PLAN_GOAL, start, baseline="Borte mandager siden høstferien.")
    first = plans.new_step(plan, "To timer med kontaktlærer")
    plan = plan.inserted(first, 0)
    plan, second = plans.duplicate_and_increase(plan, first.id)
    plan = plans.write_plan(plan)
    plans.record_week(plan, first.id, start + timedelta(days=4), WeekResult.PARTLY, "Tre dager")
    plans.decide(plan, first.id, start + timedelta(days=7), Decision.REPEAT, REPEAT_REASON)
    plans.decide(plan, first.id, start + timedelta(days=14), Decision.ADVANCE, "Gikk bra")
    plans.decide(plan, second.id, start + timedelta(days=21), Decision.BACK, BACK_REASON)


def _agreement(session, held_on: date) -> None:
    agreements = AgreementService(session, today=lambda: held_on)
    draft = agreements.new_draft()
    draft = draft.edited(agreements.week(), held_on=held_on, place="Møterom 1",
                         long_term_goal="Ánde kommer på skolen hver dag",
                         participants=(Participant("Ánde Sárá", "Elev", Party.PUPIL),
                                       Participant("Elle Sárá", "Mor", Party.GUARDIANS),
                                       Participant("Ingrid Dahl", "Kontaktlærer",
                                                   Party.CONTACT_TEACHER)),
                         measures=(AgreementMeasure(AGREEMENT_MEASURE, Party.CONTACT_TEACHER,
                                                    "Ingrid Dahl"),))
    agreements.write(draft)
    frozen = agreements.freeze(draft.id)
    evaluation = agreements.start_evaluation(frozen.id, lambda m: "Kontaktlærer")
    evaluation = replace(evaluation, held_on=held_on + timedelta(days=14),
                         measures=(RatedItem(AGREEMENT_MEASURE, Rating.PARTLY, EVALUATION_NOTE,
                                             "Kontaktlærer"),),
                         outcome=Outcome.FURTHER, outcome_text="Saken går videre til fase 4.",
                         referral=Referral.REFER, referral_kind=ReferralKind.PPT,
                         referral_note="Henvisning til PPT for veiledning")
    agreements.write_evaluation(evaluation)
    agreements.finish_evaluation(evaluation)
