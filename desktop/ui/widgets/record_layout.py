"""The shape Avtaler and Møter share: a list of records on the left (heading,
"new" button, the list, "delete"), the chosen record in a scroll area on the
right, a hint line for messages, and a splitter between them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common import heading


def record_list(name: str, accessible: str) -> QListWidget:
    records = QListWidget()
    records.setObjectName(name)
    records.setAccessibleName(accessible)
    records.setWordWrap(True)  # "Avtale 2, versjon 3 – klar til signering" in full
    records.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return records


def left_column(title: str, heading_name: str, new_button: QPushButton,
                records: QListWidget, delete_button: QPushButton) -> QWidget:
    left = QWidget()
    layout = QVBoxLayout(left)
    layout.addWidget(heading(title, 14, heading_name))
    layout.addWidget(new_button)
    layout.addWidget(records, 1)
    layout.addWidget(delete_button)
    left.setMinimumWidth(160)
    return left


def scrolled(widget: QWidget, name: str, accessible: str) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setObjectName(name)
    scroll.setAccessibleName(accessible)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


def wrapped_label(name: str, text: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


def master_detail(owner: QWidget, left: QWidget, right: QWidget) -> None:
    """Lays out `owner` as the list beside the record."""
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([200, 800])
    layout = QVBoxLayout(owner)
    layout.addWidget(splitter)
