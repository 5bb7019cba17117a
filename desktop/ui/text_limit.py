"""A generous maximum for what a text field holds (issue 16).

Qt lays out a paragraph as a whole on every keystroke: in a 100 000-character
paragraph each key costs ~60 ms, and in a 100 000-character run without a
space ~0.7 s (1 MB: seconds per key). One filter on the application checks
what is about to enter any text field — by Ctrl+V (or Shift+Insert), by
"Lim inn" in the field's context menu, by dropping text on it, and by
typing — and refuses text that would make the field longer than
MAX_FIELD_CHARS or hold a run of more than MAX_WORD_CHARS characters without
a space; `refused` carries the Norwegian message (the main window shows it in
the status bar). The clipboard still holds the text: nothing is lost.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

MAX_FIELD_CHARS = 100_000
MAX_WORD_CHARS = 1_000
_LONG_WORD = re.compile(r"\S{%d}" % (MAX_WORD_CHARS + 1))


def _t(text: str) -> str:
    return QCoreApplication.translate("text_limit", text)


def _content(widget) -> tuple[str, int]:
    """(text, number of selected characters) of a text field."""
    if isinstance(widget, QLineEdit):
        return widget.text(), len(widget.selectedText())
    cursor = widget.textCursor()
    return widget.toPlainText(), cursor.selectionEnd() - cursor.selectionStart()


def refusal(current: str, selected: int, incoming: str) -> str | None:
    """Why `incoming` may not replace `selected` characters of `current`, or None."""
    if len(current) - selected + len(incoming) > MAX_FIELD_CHARS:
        return (_t("Teksten blir for lang for feltet (%1 tegn). Et felt kan ha høyst "
                   "%2 tegn; del teksten opp eller kort den ned. Ingenting er limt inn.")
                .replace("%1", f"{len(current) - selected + len(incoming):,}".replace(",", " "))
                .replace("%2", f"{MAX_FIELD_CHARS:,}".replace(",", " ")))
    if _LONG_WORD.search(incoming):
        return (_t("Teksten har over %1 tegn uten mellomrom, og det kan feltet ikke vise. "
                   "Ingenting er limt inn.").replace("%1", f"{MAX_WORD_CHARS:,}".replace(",", " ")))
    return None


def _typing_refusal(widget, current: str, selected: int) -> str | None:
    if len(current) - selected + 1 > MAX_FIELD_CHARS:
        return refusal(current, selected, "x")
    position = (widget.cursorPosition() if isinstance(widget, QLineEdit)
                else widget.textCursor().position())
    start = position
    while start > 0 and not current[start - 1].isspace() and position - start <= MAX_WORD_CHARS:
        start -= 1
    end = position
    while end < len(current) and not current[end].isspace() and end - start <= MAX_WORD_CHARS:
        end += 1
    if end - start >= MAX_WORD_CHARS:
        return (_t("Et ord kan ha høyst %1 tegn uten mellomrom. Skriv et mellomrom først.")
                .replace("%1", f"{MAX_WORD_CHARS:,}".replace(",", " ")))
    return None


_FIELDS = (QPlainTextEdit, QTextEdit, QLineEdit)


def _field_of(watched: QObject):
    """The editable text field an event on `watched` is for: the field itself,
    or the field whose viewport it is (QTextEdit and QPlainTextEdit get mouse,
    drop and context-menu events on their viewport)."""
    for candidate in (watched, watched.parent()):
        if isinstance(candidate, _FIELDS) and not candidate.isReadOnly():
            if candidate is watched or getattr(candidate, "viewport", lambda: None)() is watched:
                return candidate
    return None


class TextLimit(QObject):
    """Installed on the QApplication: refuses a paste, a drop or a keystroke
    that would break the limits above."""

    refused = Signal(str)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind == QEvent.Type.Drop:
            return self._drop(watched, event)
        if kind == QEvent.Type.ContextMenu:
            return self._context_menu(watched, event)
        if kind != QEvent.Type.KeyPress or not isinstance(watched, _FIELDS) or watched.isReadOnly():
            return False
        assert isinstance(event, QKeyEvent)
        text = event.text()
        current, selected = _content(watched)
        if event.matches(QKeySequence.StandardKey.Paste):
            problem = refusal(current, selected, QGuiApplication.clipboard().text())
        elif len(text) == 1 and text.isprintable() and not text.isspace():
            problem = _typing_refusal(watched, current, selected)
        else:
            return False
        if problem is None:
            return False
        self.refused.emit(problem)
        return True

    def _drop(self, watched: QObject, event: QDropEvent) -> bool:
        """A drop of text that would break the limits is refused when let go,
        with the message (refusing it already while dragging would only show
        a no-entry cursor, with no word of why)."""
        field = _field_of(watched)
        if field is None or not event.mimeData().hasText():
            return False
        current, selected = _content(field)
        problem = refusal(current, 0, event.mimeData().text())
        if problem is None:
            return False
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # taken care of: the source keeps its text
        self.refused.emit(problem)
        return True

    def _context_menu(self, watched: QObject, event: QContextMenuEvent) -> bool:
        """The field's own context menu, with "Lim inn" checked like Ctrl+V.
        Qt names the action "edit-paste" in both line and text fields."""
        field = _field_of(watched)
        if field is None or field.contextMenuPolicy() != Qt.ContextMenuPolicy.DefaultContextMenu:
            return False  # a field with a menu of its own builds it itself
        menu = field.createStandardContextMenu()
        paste = next((a for a in menu.findChildren(QAction) if a.objectName() == "edit-paste"), None)
        if paste is None:  # an unknown Qt: leave the menu to Qt itself
            menu.deleteLater()
            return False
        paste.triggered.disconnect()
        paste.triggered.connect(lambda: self._checked_paste(field))
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(event.globalPos())
        return True

    def _checked_paste(self, field) -> None:
        current, selected = _content(field)
        problem = refusal(current, selected, QGuiApplication.clipboard().text())
        if problem is None:
            field.paste()
        else:
            self.refused.emit(problem)
