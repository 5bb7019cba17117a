"""A control channel for tests that run the real program as a child process.

Off unless the environment variable NAERVAER_TEST_CONTROL is "stdio": the
program as shipped never reads its standard input. With it, the window reads
one JSON command per line from stdin and writes one line per event to stdout,
prefixed "NAERVAER-CONTROL ". Commands act as a person would (keys typed into
a field, the Lås action), so the lock that runs is the real one, including the
process replacement: stdin and stdout survive the exec, and the new process
says "ready" again.

  {"cmd": "unlock", "passphrase": "..."}   typed into the field, Enter
  {"cmd": "open", "case": "<id>"}          as a double click in the list
  {"cmd": "section", "key": "overview"}    the section in the case's menu
  {"cmd": "meeting", "on": true}           the meeting-mode button
  {"cmd": "type", "widget": "<objectName>", "text": "..."}
  {"cmd": "lock"}                          Fil → Lås (Ctrl+L)
  {"cmd": "lock", "in_process": true}      the old lock that keeps the process
  {"cmd": "state"} / {"cmd": "quit"}

Events: {"event": "ready" | "page" | "done", "pid", "page", "case", "section",
"meeting_mode", "notice", "warm"}. No names are written: only ids and keys.
"""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desktop.ui.sections.registry import SECTION_CLASSES

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

ENV = "NAERVAER_TEST_CONTROL"
PREFIX = "NAERVAER-CONTROL "


def install(window: MainWindow) -> ControlChannel | None:
    if os.environ.get(ENV) != "stdio" or os.name != "posix":
        return None
    return ControlChannel(window)


class ControlChannel(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self._buffer = b""
        os.set_blocking(0, False)
        self._notifier = QSocketNotifier(0, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        window.stack.currentChanged.connect(lambda _: QTimer.singleShot(0, self._page_changed))
        QTimer.singleShot(0, lambda: self._emit("ready"))

    # --- reading --------------------------------------------------------------------------
    def _read(self) -> None:
        try:
            data = os.read(0, 65536)
        except BlockingIOError:
            return
        if not data:
            self._notifier.setEnabled(False)
            return
        self._buffer += data
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            if line.strip():
                self._run(json.loads(line))

    def _run(self, command: dict) -> None:
        window, kind = self.window, command.get("cmd")
        page = window.case_page
        if kind == "unlock":
            field = window.unlock_page.passphrase
            field.setFocus()
            _type(field, command["passphrase"])
            QTest.keyClick(field, Qt.Key.Key_Return)
            return  # the page event follows when the key derivation is done
        if kind == "open":
            window.open_case(command["case"])
        elif kind == "section" and page is not None:
            page.show_section(command["key"])
        elif kind == "meeting" and page is not None:
            if page.meeting_mode != bool(command["on"]):
                page.meeting_button.click()
        elif kind == "type":
            widget = window.findChild(QWidget, command["widget"])
            if widget is not None:
                widget.setFocus()
                QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
                _type(widget, command["text"])
        elif kind == "lock":
            if command.get("in_process"):
                window._restart = None
            self._emit("locking")
            window.menu_actions.lock.trigger()  # with a restart, nothing after this runs
        elif kind == "quit":
            window.close()
            return
        self._emit("done")

    # --- writing --------------------------------------------------------------------------
    def _page_changed(self) -> None:
        self._emit("page")

    def state(self) -> dict:
        window, page = self.window, self.window.case_page
        shown = window.current_page()
        return {"pid": os.getpid(), "page": shown.objectName() if shown is not None else "",
                "case": page.session.case_id if page is not None else None,
                "section": page.current_section() if page is not None else None,
                "meeting_mode": page.meeting_mode if page is not None else False,
                "notice": window.unlock_page.notice.text(),
                # the case page's code is imported (startup.warm_up_case_page, or a case opened)
                "warm": all(target.split(":")[0] in sys.modules
                            for target in SECTION_CLASSES.values())}

    def _emit(self, event: str) -> None:
        sys.stdout.write(PREFIX + json.dumps({"event": event, **self.state()}) + "\n")
        sys.stdout.flush()


def _type(widget: QWidget, text: str) -> None:
    """One key press per character; letters beyond ASCII (ŋ, đ, ŧ …) as key events
    carrying their text, as from a Sámi keyboard layout."""
    for char in text:
        if char.isascii() and (char.isalnum() or char in " .,-:;!?()/'\"+"):
            QTest.keyClick(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)
