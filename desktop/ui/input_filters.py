"""The Python filters on the whole application: keyboard access (Tab leaves tables
and date fields, ui/keyboard_access.py), the text limit (ui/text_limit.py) and the
idle lock's record of input (ui/idle.py).

Every event of every widget passes through them. The first event a Python filter
gets for an object of a class private to Qt makes PySide create every class it
knows lazily (~130 enums, ~30 ms): the real program installs them at the first
idle moment after the window is shown (startup.run). And a case page is built and
shown in one go — some 75 000 events (children added, polished, laid out), none
of them input — which through three Python filters, with the stylesheet, took
more than a second: `resting()` takes them off meanwhile."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui import keyboard_access
from desktop.ui.text_limit import TextLimit


def install(owner: QObject, idle, refused: Callable[[str], None]) -> TextLimit:
    """Installs the three in this order; returns the text limit (parented to `owner`)."""
    app = QApplication.instance()
    keyboard_access.install(app)
    text_limit = TextLimit(owner)
    text_limit.refused.connect(refused)
    app.installEventFilter(text_limit)
    idle.watch()
    return text_limit


@contextmanager
def resting(text_limit: TextLimit | None, idle, built: Callable[[], QWidget | None]
            ) -> Iterator[None]:
    """While the block runs (the event loop does not, so no key, mouse or drop can
    come) the filters are off; after it they are back in their order, and the tables
    under `built()` get what keyboard_access gives a table when it is polished.
    Nothing happens before install() ran (`text_limit` is None then)."""
    app = QApplication.instance()
    filters = [] if text_limit is None else [
        f for f in (keyboard_access.installed(app), text_limit, idle) if f is not None]
    for event_filter in filters:
        app.removeEventFilter(event_filter)
    try:
        yield
    finally:
        for event_filter in filters:  # the order they were installed in
            app.installEventFilter(event_filter)
        root = built()
        if filters and root is not None:
            keyboard_access.settle(root)
