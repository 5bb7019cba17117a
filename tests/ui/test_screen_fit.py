"""Every section on a school laptop's screen: 1366×768 at 100 % and 125 % scaling
(1366×728 and 1093×582 free after the task bar), and 1280×720, with the fullest
case a school might have (tests/ui/worst_case.py).

For each section (and Kartlegging's conversation, tools and meeting mode) the
window must not need more room than the screen has, the main buttons must be
visible or reachable by scrolling the section, no text may be cut without its
full form as a tooltip, and no hint text in an empty field may be wider than
the field.
"""

from __future__ import annotations

import json
from typing import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QTableView,
    QTreeView,
    QWidget,
)

from desktop.domain.conversation_tools import Tool
from desktop.paths import Paths
from desktop.services.settings import Settings
from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.window_geometry import (
    FRAME_ALLOWANCE,
    LAST_SCREEN,
    PREFERRED_SIZE,
    WindowPlacement,
    placement,
    screen_key,
    valid_saved,
)
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import click, find, open_case_from_list, unlock
from tests.ui.worst_case import CIRCLE_BOX, fill_worst_case, open_mapping_conversation

AREAS = [pytest.param((1366, 728), id="1366x768"),
         pytest.param((1093, 582), id="1366x768-at-125%"),
         pytest.param((1280, 680), id="1280x720")]


def _show(key: str) -> Callable:
    def go(qtbot, window) -> None:
        window.case_page.show_section(key)
    return go


def _circle(qtbot, window) -> None:
    mapping = window.case_page.section_widgets["mapping"]
    window.case_page.meeting_button.click()  # out of meeting mode: every section is back
    assert not mapping.meeting_mode and window.case_page.nav.isVisible()
    window.case_page.show_section("circle")
    window.case_page.section_widgets["circle"].view.select(CIRCLE_BOX)


def _mapping_tools(qtbot, window) -> None:
    view = window.case_page.section_widgets["mapping"].view
    view.tabs.setCurrentWidget(view.tools)
    view.tools.setCurrentWidget(view.tools.tools[Tool.SCALING])


def _mapping_summary(qtbot, window) -> None:
    view = window.case_page.section_widgets["mapping"].view
    view.step_list.setCurrentRow(view.step_list.count() - 1)


def _mapping_talk(qtbot, window) -> None:
    view = window.case_page.section_widgets["mapping"].view
    view.tabs.setCurrentIndex(0)


def _meeting_mode(qtbot, window) -> None:
    section = window.case_page.section_widgets["mapping"]
    window.case_page.meeting_button.click()  # the case page's toggle, for every section
    assert section.meeting_mode
    _mapping_talk(qtbot, window)


def _new_record(key: str, button: str) -> Callable:
    def go(qtbot, window) -> None:
        window.case_page.show_section(key)
        click(qtbot, find(window.case_page.section_widgets[key], QAbstractButton, button))
    return go


# (what is shown, how to get there, the buttons that must be reachable)
STATES: list[tuple[str, Callable, tuple[str, ...]]] = [
    ("Oversikt", _show("overview"), ("addGuardian", "addTeam", "followUpDecide")),
    ("Fravær", _show("absence"), ("absenceAdd", "absenceEdit", "absenceDelete",
                                  "absenceWeek", "absenceImport")),
    ("Kartlegging: samtalen", lambda qtbot, window: open_mapping_conversation(window),
     ("nextStep", "prevStep", "pauseConversation", "meetingModeButton")),
    ("Kartlegging: oppsummering", _mapping_summary,
     ("exportConversationPdf", "finishConversation", "removeSuggestion", "prevStep")),
    ("Kartlegging: skalering", _mapping_tools,
     ("scalingAdd", "scalingRemove_0", "scalingRemove_7")),
    ("Kartlegging i møtemodus", _meeting_mode, ("nextStep", "prevStep", "meetingModeButton")),
    ("Kartlegging i møtemodus: skalering", _mapping_tools, ("scalingAdd", "scalingRemove_7")),
    ("Tiltakssirkel", _circle, ("boxDiscussed", "measureRemove", "insertExample",
                                "saveSnapshot", "exportCirclePdf")),
    ("Opptrappingsplan", _show("plan"), ("planNew", "planPdf", "planDuplicate",
                                         "planAddStep", "planRemoveStep")),
    ("Avtaler", _new_record("agreements", "newAgreement"),
     ("subGoalAdd", "measureAdd", "freezeAgreement", "signAgreement", "previewAgreement",
      "printAgreement", "saveAgreementPdf", "newAgreement")),
    ("Møter", _new_record("meetings", "newMeeting"),
     ("taskAdd", "previewMinutes", "printMinutes", "saveMinutesPdf", "newMeeting")),
    ("Logg", _show("log"), ("addContact", "editContact", "removeContact")),
    ("Samtykke", _new_record("consent", "newConsent"),
     ("withdrawConsent", "attachConsentScan", "previewConsent", "printConsent",
      "saveConsentPdf", "newConsent", "deleteConsent")),
]

# Held in a meeting, button by button: these fit without scrolling the section
# (their long parts scroll inside). Oversikt and Fravær scroll as a whole.
MUST_FIT = {label for label, _, _ in STATES} - {"Oversikt", "Fravær"}


@pytest.mark.parametrize("area", AREAS)
def test_every_section_fits_the_screen(qtbot, make_window, vault_dir, area):
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    case_id = fill_worst_case(window.service)
    window.list_page.reload(case_id)
    width, height = area[0] - FRAME_ALLOWANCE[0], area[1] - FRAME_ALLOWANCE[1]
    window.resize(width, height)
    open_case_from_list(qtbot, window, case_id)
    problems: list[str] = []
    for label, go, actions in STATES:
        go(qtbot, window)
        QApplication.processEvents()
        section = window.case_page.sections.currentWidget()
        qtbot.waitUntil(section.isVisible)
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        if hint.width() > width or hint.height() > height:
            problems.append(f"{label}: the window needs {hint.width()}×{hint.height()}")
        if window.width() > width or window.height() > height:
            problems.append(f"{label}: the window grew to {window.width()}×{window.height()}")
        frame = window.case_page.sections.current_frame()
        needs = section.minimumSizeHint().expandedTo(section.minimumSize())
        room = frame.maximumViewportSize()
        if label in MUST_FIT and (needs.height() > room.height()
                                  or not _settles(qtbot, frame.verticalScrollBar())):
            problems.append(f"{label}: the section is taller than the "
                            f"{room.height()} px the screen gives it")
        if needs.width() > room.width():
            problems.append(f"{label}: the section needs {needs.width()} px of width, "
                            f"the screen gives it {room.width()}")
        for name in actions:
            root = window.case_page if name == "meetingModeButton" else section  # in the header
            problem = _unreachable(window, find(root, QAbstractButton, name))
            if problem:
                problems.append(f"{label}: {name} {problem}")
        problems += [f"{label}: {p}" for p in _cut_texts(section)]
        if label == "Tiltakssirkel":  # a box's status line may be cut: its tooltip has it
            box = next(i for i in section.view.items_ if i.data.id == CIRCLE_BOX)
            if section.view.status_text(box.data) not in box.toolTip():
                problems.append(f"{label}: the box's tooltip lacks its status")
    assert not problems, "\n".join(problems)


def test_the_worst_case_is_as_full_as_promised(qtbot, make_window, vault_dir):
    """The case the fit test uses really holds what it claims (else it proves little)."""
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    case_id = fill_worst_case(window.service)
    window.list_page.reload(case_id)
    open_case_from_list(qtbot, window, case_id)
    page = window.case_page
    assert len(page.session.guardians()) + len(page.session.team()) == 12
    circle = page.section_widgets["circle"]
    assert len(circle.service.box(CIRCLE_BOX).entries) == 50
    assert len(page.section_widgets["plan"].service.current_plan().steps) == 10
    open_mapping_conversation(window)
    view = page.section_widgets["mapping"].view
    assert len(view.tools.tools[Tool.SCALING].row_widgets) == 8


# --- the checks -------------------------------------------------------------------------
def _settles(qtbot, bar) -> bool:
    """Whether the scroll bar has nothing to scroll once the layout has settled
    (wrapped text is as tall as its width makes it only then)."""
    try:
        qtbot.waitUntil(lambda: bar.maximum() == 0, timeout=1000)
    except qtbot.TimeoutError:
        return False
    return True


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _unreachable(window, widget: QWidget) -> str:
    """'' if the widget is on screen once every scroll area around it has scrolled
    to it (as Tab or the scroll wheel would), else what is wrong."""
    if not widget.isVisible():
        return "is not shown"
    QApplication.processEvents()  # a layout still pending (the status bar's) settles first
    areas = []
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            areas.append(parent)
        parent = parent.parentWidget()
    for area in areas:  # the innermost first, then the section's frame
        area.ensureWidgetVisible(widget, 0, 0)
    QApplication.processEvents()
    rect = _rect_in(widget, window)
    if not window.rect().contains(rect):
        return f"lies outside the window ({rect.getRect()})"
    for area in areas:
        viewport = _rect_in(area.viewport(), window)
        if not viewport.contains(rect):
            return f"is hidden by {area.objectName() or type(area).__name__}"
    return ""


def _cut_texts(section: QWidget) -> list[str]:
    problems = []
    for widget in [section, *section.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            needed = QFontMetrics(widget.font()).horizontalAdvance(widget.placeholderText())
            if needed > widget.width() - 12:
                problems.append(f"the hint in {name} is cut: {widget.placeholderText()!r}")
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() \
                and widget.pixmap().isNull():
            if widget.sizeHint().width() > widget.width() + 1 \
                    and widget.toolTip() != widget.text():
                problems.append(f"the label {name} is cut: {widget.text()!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"the button {name} is cut: {widget.text()!r}")
        elif isinstance(widget, (QTableView, QTreeView)):
            if widget.horizontalScrollBar().maximum() > 0:
                problems.append(f"the table {name} hides columns behind a scroll bar")
        elif isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"{name} scrolls sideways")
        elif isinstance(widget, QListView):
            problems += _cut_items(widget, name)
    return problems


def _cut_items(view: QAbstractItemView, name: str) -> list[str]:
    if view.wordWrap() or view.textElideMode() == Qt.TextElideMode.ElideNone:
        return []
    model, metrics = view.model(), QFontMetrics(view.font())
    problems = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        text = str(index.data() or "")
        rect = view.visualRect(index)
        tooltip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        # A cut tail is fine when the tooltip holds it ("[avtalt] Kari: <the full text>")
        if (text and rect.isValid() and metrics.horizontalAdvance(text) > rect.width() - 8
                and not (tooltip and text.endswith(tooltip))):
            problems.append(f"the list {name} cuts {text!r}")
    return problems


# --- where the window opens -------------------------------------------------------------
@pytest.mark.parametrize("free", [QRect(0, 0, 1366, 728), QRect(0, 0, 1093, 582),
                                  QRect(0, 0, 1280, 680), QRect(1920, 40, 1280, 680)])
def test_the_window_opens_inside_the_free_area_of_the_screen(free):
    for saved in (None, [5000, -300, 2400, 1400], [free.x() + 100, free.y() + 60, 900, 460]):
        rect = placement(free, saved)
        side = FRAME_ALLOWANCE[0] // 2  # the frame around the window, title bar on top
        outer = rect.adjusted(-side, side - FRAME_ALLOWANCE[1], side, side)
        assert free.contains(outer), (saved, rect.getRect(), free.getRect())
    # a saved place that fits is kept as it was
    assert placement(free, [free.x() + 100, free.y() + 60, 900, 460]).getRect() == (
        free.x() + 100, free.y() + 60, 900, 460)


def test_the_window_comes_back_where_it_was_on_that_screen(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    keeper = WindowPlacement(window, lambda: window.service.settings,
                             window.service.save_settings)
    free = window.screen().availableGeometry()
    first = keeper.place()
    assert free.contains(first)
    window.setGeometry(first.x() + 20, first.y() + 10, 640, 420)
    window._quit_confirmed = True
    window.close()  # remembered at close, in the program's own settings file
    stored = json.loads(window.service.paths.settings_file.read_text(encoding="utf-8"))
    assert stored["window_geometry"] == {
        screen_key(window.screen()): [first.x() + 20, first.y() + 10, 640, 420],
        LAST_SCREEN: screen_key(window.screen())}

    again = make_window(vault_dir)  # a new start reads the settings file, finds the screen
    WindowPlacement(again, lambda: again.service.settings, again.service.save_settings).place()
    assert again.geometry().getRect() == (first.x() + 20, first.y() + 10, 640, 420)


def test_a_screen_that_is_gone_falls_back_to_the_primary_one(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    window.service.settings.window_geometry = {LAST_SCREEN: "projektor 1920x1080",
                                               "projektor 1920x1080": [3000, 200, 900, 600]}
    rect = WindowPlacement(window, lambda: window.service.settings, lambda: None).place()
    assert QGuiApplication.primaryScreen().availableGeometry().contains(rect)


def test_a_long_line_is_cut_with_its_full_text_as_tooltip(qtbot):
    line = ElidedLabel("Til stede: " + ", ".join(f"Person nummer {n}" for n in range(12)))
    qtbot.addWidget(line)
    line.resize(300, 20)
    line.show()
    qtbot.waitExposed(line)
    assert line.minimumSizeHint().width() == 0  # never widens the screen
    assert line.toolTip() == line.text()
    line.setText("Til stede: Eleven")
    assert line.toolTip() == ""


def test_a_broken_remembered_place_is_ignored(vault_dir):
    settings_file = Paths.resolve(vault_dir).settings_file
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(json.dumps({"window_geometry": {"x 1x1": "nonsense",
                                                            "y 2x2": [1, 2, True, 4]}}))
    settings = Settings.load(settings_file)
    assert valid_saved(settings.window_geometry["x 1x1"]) is None
    assert valid_saved(settings.window_geometry["y 2x2"]) is None
    free = QRect(0, 0, 1093, 582)
    assert placement(free, None).size().toTuple() == (  # as large as fits
        min(PREFERRED_SIZE[0], 1093 - FRAME_ALLOWANCE[0]), 582 - FRAME_ALLOWANCE[1])
