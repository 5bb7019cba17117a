"""A calm, centred column for the pages shown before a case list exists."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.common import heading, plain_text


class CenteredPage(QWidget):
    """A page whose content is a column of limited width in the middle of the window."""

    def __init__(self, object_name: str, title: str, parent: QWidget | None = None,
                 width: int = 460):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.card = QFrame()
        self.card.setObjectName(object_name + "Card")
        self.card.setMaximumWidth(width)
        self.card.setMinimumWidth(min(width, 360))
        self.column = QVBoxLayout(self.card)
        self.column.setSpacing(10)
        self.heading = heading(title, 18, object_name + "Heading")
        self.column.addWidget(self.heading)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def add_text(self, text: str, object_name: str = "", role: str = "") -> QLabel:
        label = plain_text(QLabel(text))
        label.setWordWrap(True)
        if object_name:
            label.setObjectName(object_name)
        if role:
            label.setProperty("role", role)
        self.column.addWidget(label)
        return label
