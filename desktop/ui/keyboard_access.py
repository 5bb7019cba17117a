"""Universal design (issue 18): what a keyboard and a screen reader need that Qt does
not give every widget by itself.

- Tab leaves a table or list (arrow keys move inside it), as in the case list: with
  Qt's default, Tab walks every cell of a table and a keyboard user cannot get past
  it. One application filter sets this for every item view as it is polished, so a
  new table cannot forget it.
- Tab leaves a date field. Qt's QDateEdit takes Tab to go from day to month to year,
  and one showing its "not set" text ("ikke satt", Tiltakssirkel's start date) never
  lets go: a keyboard trap. Day, month and year are reached by typing "." or with
  the arrow keys, as before.
- A widget that draws itself (the trend chart, the heat map, the staircase) says what
  it is by a property: `widget.setProperty(ROLE, "Chart")` (any QAccessible.Role
  name); a screen reader then hears "chart" and the widget's accessible name, not an
  unnamed "client" area.
tests/ui/test_keyboard_walk.py tabs through every section with the fullest case.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAccessibleWidget,
    QApplication,
    QDateTimeEdit,
    QWidget,
)

ROLE = "accessibleRole"


class TabLeaves(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QAbstractItemView):
            watched.setTabKeyNavigation(False)
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QDateTimeEdit):
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier == \
                Qt.KeyboardModifier.NoModifier
            if plain and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                forward = event.key() == Qt.Key.Key_Tab and not \
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                return move_focus(watched, forward)
        return False


def move_focus(widget: QWidget, forward: bool) -> bool:
    """Focus to the next (or previous) widget Tab can reach, outside `widget`."""
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    candidate = step(widget)
    while candidate is not None and candidate is not widget:
        if (candidate.isVisible() and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not widget.isAncestorOf(candidate)
                and candidate.window() is widget.window()):
            candidate.setFocus(Qt.FocusReason.TabFocusReason if forward
                               else Qt.FocusReason.BacktabFocusReason)
            return True
        candidate = step(candidate)
    return False


def _interface(_key: str, obj: QObject):
    if isinstance(obj, QWidget):
        role = obj.property(ROLE)
        if role and hasattr(QAccessible.Role, role):
            return QAccessibleWidget(obj, getattr(QAccessible.Role, role), "")
    return None


def installed(app: QApplication | None) -> QObject | None:
    """The application's TabLeaves filter, once install() has run."""
    if app is None:
        return None
    return next((c for c in app.children() if isinstance(c, TabLeaves)), None)


def settle(root: QWidget) -> None:
    """What TabLeaves does when a table is polished, for the tables under `root`
    built while the filter rested (main_window._input_filters_resting)."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


def install(app: QApplication) -> None:
    """Once per application (the main window calls it; tests make several windows)."""
    if app.property("naervaerKeyboardAccess"):
        return
    app.setProperty("naervaerKeyboardAccess", True)
    views = TabLeaves(app)
    app.installEventFilter(views)
    QAccessible.installFactory(_interface)
