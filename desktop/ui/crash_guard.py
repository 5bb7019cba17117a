"""No exception leaves a Qt event handler and takes the program with it.

Two roads, both covered:
- From the event loop (a click, a timer), PySide hands an exception raised in a
  slot or an overridden handler to `sys.excepthook`. `install()` sets a hook that
  logs its type and where it happened (never its message: it may quote what the
  user typed), tells the user in Norwegian, once, without a modal loop, and
  returns: the event loop goes on, the autosave goes on, nothing typed is lost.
- When Python code causes the event (`show()`, `setCurrentIndex()`, `resize()`),
  PySide 6.11 hands the exception back to that Python caller instead, from the
  middle of Qt's own work; with a raising `showEvent` this ended the process
  (exit 139, issue 16). The handlers Qt calls that way (`showEvent`,
  `paintEvent`, `resizeEvent`) are therefore wrapped in `@guarded`, which
  reports the same way and lets nothing through; tests/ui/test_crash_guard.py
  checks that every such override in desktop/ui is wrapped.
"""

from __future__ import annotations

import functools
import logging
import sys
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.common import info_box
from desktop.ui.messages import unexpected_error_text

log = logging.getLogger("desktop")

BOX_NAME = "unexpectedErrorBox"


def report(kind: type[BaseException], tb) -> None:
    """Writes the exception's type and traceback to the log (no message text)."""
    log.error("unhandled %s\n%s", kind.__name__, "".join(traceback.format_tb(tb)))


def _handle(kind, value, tb) -> None:
    if issubclass(kind, (KeyboardInterrupt, SystemExit)):
        sys.__excepthook__(kind, value, tb)
        return
    report(kind, tb)
    print(f"naervaer: unhandled {kind.__name__} (see the log)", file=sys.stderr)
    if threading.current_thread() is threading.main_thread():
        _tell_user()
    else:  # a widget may only be made on the UI thread
        QTimer.singleShot(0, QApplication.instance(), _tell_user)


def _tell_user() -> None:
    app = QApplication.instance()
    if app is None:
        return
    if any(w.objectName() == BOX_NAME and w.isVisible() for w in app.topLevelWidgets()):
        return  # one message at a time, however many events fail
    parent = app.activeWindow() or next(
        (w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"), None)
    box = info_box(parent, QApplication.translate("crash_guard", "Noe gikk galt"),
                   unexpected_error_text(), QMessageBox.Icon.Warning)
    box.setObjectName(BOX_NAME)
    box.open()


def guarded(handler: Callable[..., Any]) -> Callable[..., Any]:
    """For an overridden Qt event handler: an exception is reported (log and a
    Norwegian message) and goes no further."""
    @functools.wraps(handler)
    def run(self, *args: Any) -> Any:
        try:
            return handler(self, *args)
        except Exception:  # noqa: BLE001 (this is the one place that catches all)
            _handle(*sys.exc_info())
            return None

    return run


def install() -> None:
    """Called once the QApplication exists (startup.application)."""
    sys.excepthook = _handle
    threading.excepthook = lambda args: _handle(args.exc_type, args.exc_value,
                                                args.exc_traceback)
