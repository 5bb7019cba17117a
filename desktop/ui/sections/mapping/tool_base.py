"""What every conversation tool widget shares: reading its data from the
store, writing through the undo stack, redrawing after undo/redo."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.domain.conversation_tools import Tool
from desktop.ui.sections.mapping.editing import MappingEditing


class ToolWidget(QWidget):
    TOOL: Tool
    SCROLLS_ITSELF = False  # True: the tools panel puts no scroll frame around it

    def __init__(self, owner: MappingEditing, conversation_id: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._owner = owner
        self.conversation_id = conversation_id
        owner.tool_changed.connect(self._on_tool_changed)

    def data(self) -> dict[str, Any]:
        return copy.deepcopy(self._owner.talks.tool_data(self.conversation_id, self.TOOL))

    def write(self, data: dict[str, Any], merge_field: str = "") -> None:
        text = self.tr("endring i verktøyet «%1»").replace("%1", self.accessibleName())
        self._owner.set_tool(self.conversation_id, self.TOOL, data, text, merge_field)

    def reload(self) -> None:
        """Show what the store holds."""

    def _on_tool_changed(self, conv_id: int, tool: str) -> None:
        if conv_id == self.conversation_id and tool == self.TOOL.value:
            self.reload()


def text_editor(name: str, accessible: str, placeholder: str = "", lines: int = 4
                ) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setObjectName(name)
    editor.setAccessibleName(accessible)
    editor.setTabChangesFocus(True)
    editor.setPlaceholderText(placeholder)
    editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * lines + 20)
    return editor


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def set_text_quietly(editor: QPlainTextEdit, text: str) -> None:
    blocked = editor.blockSignals(True)
    editor.setPlainText(text)
    editor.blockSignals(blocked)
