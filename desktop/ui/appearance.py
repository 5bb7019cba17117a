"""How the program looks: the stylesheet, high contrast and text size (issue 18,
universal design).

resources/style.qss is the calm everyday look; resources/style-high-contrast.qss is
laid over it when high contrast is on — chosen in Innstillinger, or following the
system's own contrast preference (Qt's QAccessibilityHints). Text size: every point
size in the sheets is multiplied by the chosen size (100–150 %), and by the system's
font size where the user has made it larger than our 11 pt, so text follows the
system too. tests/ui/test_contrast.py computes the WCAG contrast of every text and
background pair in both sheets.

Nothing here touches Qt's `Qt` namespace while the program starts: creating it makes
its 93 Python enums (~15 ms), so the start leaves it to the first idle moment after
the window is shown (tests/ui/test_native.py). Asking the system for its contrast
preference creates it, so the start uses what the system said last time (kept in the
settings) and asks again once the window is shown (`follow_system_contrast`).
"""

from __future__ import annotations

import copy
import logging
import re
from typing import Callable

from PySide6 import QtCore
from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.paths import resources_dir

log = logging.getLogger(__name__)

BASE_POINTS = 11.0  # QWidget's font-size in style.qss
ACCENT = "#2f6f73"
HIGH_CONTRAST_ACCENT = "#000000"
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def system_prefers_high_contrast() -> bool:
    style_hints = QGuiApplication.styleHints()  # kept: the chained wrapper may go first
    try:
        hints = style_hints.accessibility()
        return hints.contrastPreference() == QtCore.Qt.ContrastPreference.HighContrast
    except (AttributeError, RuntimeError):  # a Qt before 6.10, or no platform hints
        return False


def text_factor(text_size_percent: int, system_points: float) -> float:
    """The chosen size, times the system's font size where that is larger than ours."""
    return text_size_percent / 100 * max(1.0, system_points / BASE_POINTS)


def scaled(sheet: str, factor: float) -> str:
    """Every point size in a stylesheet multiplied by `factor` (one decimal)."""
    if abs(factor - 1.0) < 0.01:
        return sheet
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * factor:.1f}pt", sheet)


def stylesheet(high_contrast: bool, factor: float) -> str:
    parts = ["style.qss"] + (["style-high-contrast.qss"] if high_contrast else [])
    text = []
    for name in parts:
        try:
            text.append((resources_dir() / name).read_text(encoding="utf-8"))
        except OSError:
            log.warning("stylesheet %s unreadable", name)
    return scaled("\n".join(text), factor)


_SYSTEM_PALETTE: list[QPalette] = []  # the palette before ours, to go back to


def _palette(high: bool) -> QPalette:
    """The system's palette with our accent; in high contrast also black text and
    frames (what Qt draws itself: check boxes, spin boxes, placeholder text)."""
    if not _SYSTEM_PALETTE:
        _SYSTEM_PALETTE.append(QGuiApplication.palette())  # a copy of it
    # copy.copy, not QPalette(...): choosing among QPalette's constructors makes
    # PySide create the Qt namespace (one of them takes a Qt.GlobalColor).
    palette = copy.copy(_SYSTEM_PALETTE[0])
    role = QPalette.ColorRole
    palette.setColor(role.Highlight, QColor(HIGH_CONTRAST_ACCENT if high else ACCENT))
    if high:
        for name, value in ((role.WindowText, "#000000"), (role.Text, "#000000"),
                            (role.ButtonText, "#000000"), (role.Base, "#ffffff"),
                            (role.Window, "#ffffff"), (role.Button, "#ffffff"),
                            (role.PlaceholderText, "#3a3a3a"), (role.Mid, "#000000"),
                            (role.Dark, "#000000"), (role.Shadow, "#000000")):
            palette.setColor(name, QColor(value))
    return palette


def apply(app: QApplication, contrast: str = "system", text_size: str = "100",
          system_high: bool | None = None) -> None:
    """Sets the look; `contrast` is "system", "normal" or "high", `text_size` a
    percentage as text ("100", "115", "130", "150"). `system_high` is the system's
    contrast preference when the caller knows it (None: ask the system now)."""
    if contrast == "system" and system_high is None:
        system_high = system_prefers_high_contrast()
    high = contrast == "high" or (contrast == "system" and bool(system_high))
    try:
        percent = min(max(int(text_size), 100), 150)
    except ValueError:
        percent = 100
    system_points = QGuiApplication.font().pointSizeF() if app.property("naervaerSystemFont") is None \
        else float(app.property("naervaerSystemFont"))
    app.setProperty("naervaerSystemFont", system_points)  # before our sheet changes it
    QDir.addSearchPath("res", str(resources_dir()))
    app.setPalette(_palette(high))
    factor = text_factor(percent, system_points)
    app.setProperty("naervaerHighContrast", high)
    app.setProperty("naervaerTextFactor", factor)  # for sizes a widget sets itself (common.heading)
    sheet = stylesheet(high, factor)
    if sheet != app.styleSheet():  # the start applies the defaults, then the settings
        app.setStyleSheet(sheet)


def on_system_contrast_change(callback: Callable[[], object]) -> Callable[[], object] | None:
    """Calls `callback` whenever the system's contrast preference changes while the
    program runs (Qt 6.10 and later). Returns what stops it; None where Qt cannot tell."""
    style_hints = QGuiApplication.styleHints()  # kept: the chained wrapper may go first
    try:
        hints = style_hints.accessibility()
        connection = hints.contrastPreferenceChanged.connect(lambda _preference: callback())
    except (AttributeError, RuntimeError):
        return None
    return lambda: QtCore.QObject.disconnect(connection)


def follow_system_contrast(app: QApplication, contrast: str, text_size: str,
                           remembered: bool, remember: Callable[[bool], None]) -> None:
    """Once the window is shown: the system's contrast preference as it is now. When
    it differs from what the start assumed, the look follows and the answer is kept
    for the next start."""
    now = system_prefers_high_contrast()
    if now == remembered:
        return
    remember(now)
    if contrast == "system":
        apply(app, contrast, text_size, system_high=now)
