"""A guard for the Qt binding itself: a void Qt call made from Python must not
drop a reference to None. PySide6 6.12.0 on Python 3.11 does (every setPen,
setFont, clear() …), and a long meeting then ends in a crash ("none_dealloc")
with whatever was typed since the last save. pyproject.toml excludes it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QListWidget


def test_void_qt_calls_keep_none_alive(qtbot):
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    widget = QListWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.setPen(QColor("#1f5fa8"))
        painter.setFont(QFont())
        painter.drawEllipse(QRectF(0, 0, 10, 10))
        widget.clear()
    painter.end()
    # A few references come and go with ordinary objects; 2,000 lost ones do not.
    assert sys.getrefcount(None) - before > -100
