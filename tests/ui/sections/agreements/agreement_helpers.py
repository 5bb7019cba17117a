"""Steps for the Avtaler and Møter sections, as a person takes them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.agreements import AgreementStatus
from desktop.domain.people import Guardian, TeamMember, TeamRole
from tests.agreements.examples import tonje
from tests.ui.helpers import activate, choose, click, press, type_into


def next_friday(today: date | None = None) -> date:
    today = today or date.today()
    return today + timedelta(days=(4 - today.weekday()) % 7 or 7)


def add_tonje_people(session) -> None:
    """The case's people (entered on Oversikt in real use)."""
    session.set_pupil_field("school", "Bommen skole")
    session.add_guardian(Guardian(name="Per Ánde", relation="Far"))
    session.add_guardian(Guardian(name="Kari Ánde", relation="Mor"))
    session.add_team_member(TeamMember(role=TeamRole.CONTACT_TEACHER, name="Siv Lund"))
    session.add_team_member(TeamMember(role=TeamRole.SOCIAL_TEACHER, name="Ola Šára"))


def open_section(qtbot, page, key: str):
    """Down the section list with the keyboard to the section."""
    order = {"agreements": 5, "meetings": 6}
    page.nav.setFocus()
    press(page.nav, Qt.Key.Key_Home)
    for _ in range(order[key]):
        press(page.nav, Qt.Key.Key_Down)
    section = page.sections.currentWidget()
    assert section.objectName() == key + "Section"
    return section


def add_sub_goal(qtbot, section, text: str, period: str = "") -> None:
    goals = section.editor.sub_goals
    type_into(qtbot, goals.input, text)
    if period:
        type_into(qtbot, goals.period, period)
    press(goals.period if period else goals.input, Qt.Key.Key_Return)


def add_measure(qtbot, section, party: str, text: str, person: str = "") -> None:
    measures = section.editor.measures
    choose(qtbot, measures.party, party)
    type_into(qtbot, measures.person, person)
    type_into(qtbot, measures.input, text)
    press(measures.input, Qt.Key.Key_Return)
    assert measures.input.text() == ""


def draw_signature(qtbot, pad) -> None:
    """A stroke with the mouse: press, move with the button held, release."""
    points = [QPoint(20, 70), QPoint(80, 30), QPoint(140, 80), QPoint(220, 35), QPoint(300, 70)]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        event = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(point),
                            pad.mapToGlobal(QPointF(point)), Qt.MouseButton.NoButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(pad, event)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=points[-1])
    assert not pad.empty


def signs_later(qtbot, dialog) -> None:
    """The chosen person will sign later: the reason, then "Marker"."""
    choose(qtbot, dialog.reason, "signerer senere")
    click(qtbot, dialog.decline_button)


def end_meeting(qtbot, page):
    """Avslutt møtet … on the rail: Møter shows the end page; the rail goes.
    Returns the Møter section and the end page."""
    click(qtbot, page.rail.end_button)
    meetings = page.sections.currentWidget()
    assert meetings.objectName() == "meetingsSection"
    end = meetings.end_dialog
    qtbot.waitExposed(end)
    activate(qtbot, end)  # a window manager does this; offscreen does not
    qtbot.waitUntil(lambda: not page.rail.isVisible())
    return meetings, end


def frozen_tonje(qtbot, section) -> None:
    """A new agreement holding the Oslo case "Tonje" (five present), made
    ready for signing with the button."""
    click(qtbot, section.new_button)
    draft = section.current
    section.service.write(replace(tonje(draft.held_on), id=draft.id, number=draft.number,
                                  version=1, created_at=draft.created_at))
    section.refresh(draft.id)
    click(qtbot, section.freeze_button)
    assert section.current.status is AgreementStatus.READY

def tick_everyone(section) -> None:
    """Tick every person as present with the keyboard (nobody is ticked by default)."""
    people = section.editor.people.list
    people.setFocus()
    for row in range(people.count()):
        people.setCurrentRow(row)
        if people.item(row).checkState() != Qt.CheckState.Checked:
            press(people, Qt.Key.Key_Space)
