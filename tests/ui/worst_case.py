"""The fullest case a school might have, for checking that every section still
fits a small screen: 12 people, 8 scaling situations, 50 entries in one circle
box, 10 plan steps, an agreement draft and a meeting. Long names on purpose.

    case = fill_worst_case(service)          # before the window opens it
    window.open_case(case)
    open_mapping_conversation(window)        # Kartlegging needs the window
"""

from __future__ import annotations

from datetime import date

from desktop.domain.conversation_tools import Tool
from desktop.domain.escalation_plan import EscalationPlan
from desktop.domain.measure_circle import EntryKind
from desktop.domain.people import Guardian, TeamMember, TeamRole
from desktop.forms.circle_form import load_circle_form
from desktop.services.app_service import AppService
from desktop.services.circle_service import MeasureCircleService
from desktop.services.plan_service import PlanService

SITUATIONS = ["Morgenen hjemme før skolen", "Skoleveien med bussen", "Matematikk med Kari",
              "Friminutt ute i skolegården", "Gym og garderoben", "Norsk muntlig framføring",
              "Spisefriminuttet i kantina", "Siste time på fredag"]
CIRCLE_BOX = "relasjon_voksne"
CIRCLE_ENTRIES = 50
PLAN_STEPS = 10


def fill_worst_case(service: AppService, name: str = "Ánde Mikkel Sárá Eira-Haugland") -> str:
    """A closed case with everything filled in (no Qt); returns its id."""
    session = service.create_case(name)
    session.set_pupil_field("grade", "7")
    session.set_pupil_field("school", "Fjellbakken barne- og ungdomsskole avdeling nord")
    for n in range(4):
        session.add_guardian(Guardian(name=f"Foresatt nummer {n + 1} Sárá-Eira",
                                      relation="mor" if n % 2 else "far",
                                      phone=f"000 00 1{n:02}", parental_responsibility=True))
    roles = list(TeamRole)
    for n in range(8):
        session.add_team_member(TeamMember(role=roles[n % len(roles)],
                                           name=f"Teammedlem {n + 1} Buljo-Holm",
                                           organisation="Fjellbakken skole"))
    _fill_circle(session)
    _fill_plan(session)
    service.close_case(session)
    return session.case_id


def _fill_circle(session) -> None:
    circle = MeasureCircleService(session, load_circle_form()[0])
    box = circle.box(CIRCLE_BOX)
    kinds = (EntryKind.RESOURCE, EntryKind.RISK, EntryKind.MEASURE)
    for n in range(CIRCLE_ENTRIES):
        box = box.with_added(circle.new_entry(
            kinds[n % 3], f"Oppføring {n + 1}: kontaktlæreren tar imot eleven i døra hver "
                          "morgen og sier noe hyggelig"))
    circle.write_box(box)


def _fill_plan(session) -> None:
    plans = PlanService(session)
    plan = EscalationPlan(None, "Eleven er på skolen hele skoledagen, sammen med klassen",
                          date(2026, 3, 2), baseline="Hjemme en hel måned etter vinterferien.")
    first = plans.new_step(plan, "Tre timer med ressurslærer på grupperommet")
    plan = plan.inserted(first, 0)
    for _ in range(PLAN_STEPS - 1):
        plan, _copy = plans.duplicate_and_increase(plan, plan.steps[-1].id)
    plans.write_plan(plan)


def open_mapping_conversation(window) -> None:
    """Start a conversation in Kartlegging with 8 scaling situations and show its tools."""
    page = window.case_page
    page.show_section("mapping")
    section = page.section_widgets["mapping"]
    section.date_edit.setText("12.03.2026")
    section.start()
    conversation = section.view.conversation
    section.owner.talks.set_tool_data(conversation.id, Tool.SCALING, {"items": [
        {"label": label, "value": 1 + n} for n, label in enumerate(SITUATIONS)]})
    section.open_conversation(conversation.id)
