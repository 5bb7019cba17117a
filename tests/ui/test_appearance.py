"""Universal design (issue 18): high contrast and larger text from Innstillinger take
effect at once and are kept; "Som systemet" follows the system's contrast preference;
text follows a system font larger than ours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton

from desktop.services.settings import Settings
from desktop.ui import appearance
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import click, find, unlock


@pytest.fixture(autouse=True)
def look_as_before(qapp):
    """The application's look is global: put back exactly what the other tests
    run with (they build windows without the stylesheet, which is faster)."""
    app = QApplication.instance()
    sheet, palette = app.styleSheet(), QPalette(app.palette())
    names = ("naervaerHighContrast", "naervaerTextFactor", "naervaerSystemFont")
    properties = {name: app.property(name) for name in names}
    yield
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    for name, value in properties.items():
        app.setProperty(name, value)


def _choose(combo: QComboBox, label: str) -> None:
    """Pick an entry by keyboard, as a person would: focus, then arrow keys."""
    combo.setFocus()
    target = combo.findText(label)
    assert target >= 0, label
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        QTest.keyClick(combo, key)


def _points(widget) -> float:
    return QFontInfo(widget.font()).pointSizeF()


def test_high_contrast_and_larger_text_from_settings(qtbot, make_window, vault_dir):
    appearance.apply(QApplication.instance(), "normal", "100")
    window = make_window(vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    label = QLabel("Fravær", window)
    label.ensurePolished()
    normal = _points(label)
    assert normal == pytest.approx(11, abs=0.3)
    assert "#ffff00" not in QApplication.instance().styleSheet()

    window.menu_actions.settings.trigger()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None)
    dialog = window.findChild(SettingsDialog)
    contrast = find(dialog, QComboBox, "setting_contrast")
    size = find(dialog, QComboBox, "setting_text_size")
    assert contrast.currentText() == "Som systemet" and contrast.accessibleName() == "Kontrast"
    assert size.currentText() == "Vanlig"
    _choose(contrast, "Høy kontrast")
    _choose(size, "Størst (150 %)")
    click(qtbot, find(dialog, QPushButton, "acceptButton"))
    qtbot.waitUntil(lambda: not dialog.isVisible())

    sheet = QApplication.instance().styleSheet()
    assert "QPushButton:hover { background: #ffff00;" in sheet  # the high-contrast sheet
    assert "font-size: 16.5pt" in sheet and "font-size: 11pt" not in sheet
    fresh = QLabel("Fravær", window)
    fresh.ensurePolished()
    assert _points(fresh) == pytest.approx(normal * 1.5, abs=0.4)
    stored = Settings.load(window.service.paths.settings_file)
    assert (stored.contrast, stored.text_size) == ("high", "150")


def test_som_systemet_follows_the_systems_contrast(monkeypatch):
    app = QApplication.instance()
    monkeypatch.setattr(appearance, "system_prefers_high_contrast", lambda: True)
    appearance.apply(app, "system", "100")
    assert app.property("naervaerHighContrast") is True
    appearance.apply(app, "normal", "100")
    assert app.property("naervaerHighContrast") is False
    monkeypatch.setattr(appearance, "system_prefers_high_contrast", lambda: False)
    appearance.apply(app, "system", "100")
    assert app.property("naervaerHighContrast") is False


def test_the_start_takes_the_remembered_system_contrast_and_asks_once_shown(
        monkeypatch, vault_dir):
    """Asking the system creates Qt's namespace (~15 ms): the first frame follows
    what the system said at the last start (settings), the idle moment after the
    window is shown asks again, follows a change and keeps the new answer."""
    from desktop.paths import Paths
    from desktop.services.app_service import AppService
    from desktop.ui.startup import _remember_system_contrast

    app = QApplication.instance()

    def asked():
        raise AssertionError("the system was asked before the window was shown")

    monkeypatch.setattr(appearance, "system_prefers_high_contrast", asked)
    appearance.apply(app, "system", "100", system_high=True)
    assert app.property("naervaerHighContrast") is True
    monkeypatch.setattr(appearance, "system_prefers_high_contrast", lambda: False)
    kept = []
    appearance.follow_system_contrast(app, "system", "100", True, kept.append)
    assert kept == [False] and app.property("naervaerHighContrast") is False
    appearance.follow_system_contrast(app, "system", "100", False, kept.append)
    assert kept == [False]  # no change: nothing kept again
    monkeypatch.setattr(appearance, "system_prefers_high_contrast", lambda: True)
    appearance.follow_system_contrast(app, "normal", "100", False, kept.append)
    assert kept == [False, True]  # kept for the next start …
    assert app.property("naervaerHighContrast") is False  # … but «Vanlig» is «Vanlig»

    service = AppService(Paths.resolve(vault_dir))
    _remember_system_contrast(service, True)
    assert Settings.load(service.paths.settings_file).system_high_contrast is True
    appearance.apply(app, "normal", "100")


def test_a_change_of_the_systems_contrast_is_followed_while_the_program_runs(
        monkeypatch, vault_dir):
    from PySide6.QtGui import QGuiApplication

    from desktop.paths import Paths
    from desktop.services.app_service import AppService

    app = QApplication.instance()
    service = AppService(Paths.resolve(vault_dir))
    changes = []
    stop = appearance.on_system_contrast_change(lambda: changes.append(1))
    if stop is None:
        pytest.skip("this Qt cannot tell the system's contrast preference")
    system = {"high": False}
    monkeypatch.setattr(appearance, "system_prefers_high_contrast", lambda: system["high"])
    appearance.apply(app, "system", "100", system_high=False)
    hints = QGuiApplication.styleHints().accessibility()
    try:
        system["high"] = True  # the teacher turns on high contrast in the system
        hints.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
        assert changes == [1]
        stop()
        hints.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
        assert changes == [1]  # stopped
        # as startup.py wires it: the look follows and the answer is kept
        from desktop.ui import startup

        stops = []
        monkeypatch.setattr(appearance, "on_system_contrast_change",
                            lambda callback: stops.append(callback))
        startup._follow_system_contrast(app, service, watch=True)
        assert app.property("naervaerHighContrast") is True
        assert Settings.load(service.paths.settings_file).system_high_contrast is True
        system["high"] = False
        stops[0]()  # the system's setting changes back
        assert app.property("naervaerHighContrast") is False
        assert Settings.load(service.paths.settings_file).system_high_contrast is False
    finally:
        appearance.apply(app, "normal", "100")


def test_text_follows_a_larger_system_font_and_never_shrinks():
    assert appearance.text_factor(100, 9.0) == 1.0  # a small system font: our 11 pt stays
    assert appearance.text_factor(100, 13.2) == pytest.approx(1.2)
    assert appearance.text_factor(150, 13.2) == pytest.approx(1.8)
    assert appearance.scaled("a { font-size: 10pt; } b { font-size: 14pt; }", 1.5) == \
        "a { font-size: 15.0pt; } b { font-size: 21.0pt; }"


def test_a_hint_too_long_for_its_field_gives_way_to_its_short_form(qtbot):
    """With larger text a column gets narrow: the field shows the hint that fits
    and keeps the whole one as tooltip."""
    from PySide6.QtWidgets import QLineEdit

    from desktop.ui.widgets.inputs import fitting_placeholder

    long, short = "Hva gjør det vanskeligere? Skriv og trykk Enter", "Hva gjør det vanskeligere?"
    edit = QLineEdit()
    edit.setToolTip("Egen forklaring")
    qtbot.addWidget(edit)
    fitting_placeholder(edit, long, short)
    edit.resize(edit.fontMetrics().horizontalAdvance(long) + 60, 30)
    edit.show()
    qtbot.waitUntil(lambda: edit.placeholderText() == long)
    assert edit.toolTip() == "Egen forklaring"
    edit.resize(edit.fontMetrics().horizontalAdvance(short) + 40, 30)
    qtbot.waitUntil(lambda: edit.placeholderText() == short)
    assert edit.toolTip() == long
    edit.resize(edit.fontMetrics().horizontalAdvance(long) + 60, 30)
    qtbot.waitUntil(lambda: edit.placeholderText() == long)
    assert edit.toolTip() == "Egen forklaring"


@pytest.mark.parametrize("area", [pytest.param((1366, 728), id="1366x768")])
def test_every_section_fits_the_screen_at_the_largest_text(qtbot, make_window, vault_dir, area):
    """The screen-fit test of the meeting issue with "Størst (150 %)" text and the
    program's own stylesheet: the fullest case still fits a school laptop."""
    from tests.ui import test_screen_fit

    appearance.apply(QApplication.instance(), "normal", "150")
    test_screen_fit.test_every_section_fits_the_screen(qtbot, make_window, vault_dir, area)
