"""Meeting mode (møtemodus): the screen faces the pupil and the guardians.

A widget written for the adults only (a coaching hint, an internal note, a
rule name) is marked with `adult_only(widget)`. `hide_adult_only(root, on)`
hides every marked widget under `root` that is showing, and brings back
exactly those it hid when meeting mode ends, so a widget that was hidden for
its own reason stays hidden. A section whose marked widgets change visibility
by themselves (e.g. a hint shown for one box only) asks `in_meeting_mode(w)`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

ADULT_ONLY = "adultOnly"
_HIDDEN_FOR_MEETING = "hiddenForMeeting"
MEETING_MODE = "meetingMode"  # set on a section while meeting mode is on

# Larger text for the family's side of the table (headings keep their own size:
# a widget's own stylesheet wins over its parent's).
MEETING_STYLE = "QWidget { font-size: 14pt; }"


def adult_only(*widgets: QWidget) -> None:
    for widget in widgets:
        widget.setProperty(ADULT_ONLY, True)


def hide_adult_only(root: QWidget, on: bool) -> None:
    root.setProperty(MEETING_MODE, on)
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.property(ADULT_ONLY):
            continue
        if on and not widget.isHidden():
            widget.setProperty(_HIDDEN_FOR_MEETING, True)
            widget.hide()
        elif not on and widget.property(_HIDDEN_FOR_MEETING):
            widget.setProperty(_HIDDEN_FOR_MEETING, False)
            widget.show()


def in_meeting_mode(widget: QWidget) -> bool:
    """Whether a section holding `widget` is in meeting mode now."""
    while widget is not None:
        if widget.property(MEETING_MODE):
            return True
        widget = widget.parentWidget()
    return False
