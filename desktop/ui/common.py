"""Small helpers shared by pages and dialogs: titles (DEMO marking), message
labels, Norwegian button texts."""

from __future__ import annotations

from typing import Callable

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QWidget

DEMO_PROPERTY = "naervaerDemo"
APP_TITLE = "Nærvær"


def _t(text: str) -> str:
    return QCoreApplication.translate("common", text)


def is_demo(widget: QWidget | None) -> bool:
    """True when the widget belongs to a main window running in demo mode."""
    while widget is not None:
        if widget.property(DEMO_PROPERTY):
            return True
        widget = widget.parentWidget()
    return False


def set_title(widget: QWidget, title: str | None = None) -> None:
    """Window titles never hold a pupil's name; in demo mode every one says DEMO."""
    text = title if title else APP_TITLE
    if title and title != APP_TITLE:
        text = f"{title} – {APP_TITLE}"
    if is_demo(widget):
        text += " – DEMO"
    widget.setWindowTitle(text)


def text_factor() -> float:
    """The chosen text size (Innstillinger → Tekststørrelse) as a factor: sizes a
    widget sets itself follow it (desktop/ui/appearance.py sets it)."""
    app = QApplication.instance()
    factor = app.property("naervaerTextFactor") if app is not None else None
    return float(factor) if factor else 1.0


def plain_text(label: QLabel) -> QLabel:
    """The label shows its text as written, never as rich text (a name typed with
    "<b>" in it shows the "<b>"). Set by the property's name, not with
    Qt.TextFormat: the start then does not create Qt's namespace of enums (~15 ms,
    desktop/ui/appearance.py)."""
    label.setProperty("textFormat", "PlainText")
    return label


def heading(text: str, points: int = 16, object_name: str = "") -> QLabel:
    """A bold heading. Sized by a widget stylesheet: the application stylesheet sets
    one font size for every widget, which would win over setFont()."""
    label = plain_text(QLabel(text))
    label.setWordWrap(True)
    label.setStyleSheet(f"font-size: {points * text_factor():.1f}pt; font-weight: bold;")
    if object_name:
        label.setObjectName(object_name)
    return label


def message_label(object_name: str, role: str = "error") -> QLabel:
    """A word-wrapped label for inline messages (role="error" or "hint"), hidden while empty."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def refuse(label: QLabel, field: QWidget, text: str) -> None:
    """Says in `label` what is wrong and puts the cursor where it can be fixed;
    what was typed stays."""
    show_message(label, text)
    field.setFocus()


_BUTTON_TEXTS = {
    QDialogButtonBox.StandardButton.Ok: QT_TRANSLATE_NOOP("common", "OK"),
    QDialogButtonBox.StandardButton.Cancel: QT_TRANSLATE_NOOP("common", "Avbryt"),
    QDialogButtonBox.StandardButton.Yes: QT_TRANSLATE_NOOP("common", "Ja"),
    QDialogButtonBox.StandardButton.No: QT_TRANSLATE_NOOP("common", "Nei"),
    QDialogButtonBox.StandardButton.Save: QT_TRANSLATE_NOOP("common", "Lagre"),
    QDialogButtonBox.StandardButton.Close: QT_TRANSLATE_NOOP("common", "Lukk"),
    QDialogButtonBox.StandardButton.Discard: QT_TRANSLATE_NOOP("common", "Forkast"),
}


def norwegian_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Qt ships no bokmål translation of its own buttons: set the texts ourselves."""
    for standard, text in _BUTTON_TEXTS.items():
        button = box.button(standard)
        if button is not None:
            button.setText(_t(text))
    return box


def message_box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str,
                informative: str = "") -> QMessageBox:
    """A window-modal message box with a parent and a Norwegian title; show it with open()."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    set_title(box, title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    box.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
    return box


def info_box(parent: QWidget, title: str, text: str,
             icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    """A message with one OK button that deletes itself when closed."""
    box = message_box(parent, icon, title, text)
    ok = box.addButton(_t("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, True)
    return box


def reveal_section(widget: QWidget, key: str) -> None:
    """Brings the case-page section `key` to the front (from a link in another section)."""
    page = widget.parentWidget()
    while page is not None and not hasattr(page, "show_section"):
        page = page.parentWidget()
    if page is not None:
        page.show_section(key)


def confirm(parent: QWidget, title: str, text: str, confirm_text: str,
            on_confirm: Callable[[], None]) -> QMessageBox:
    """A warning that asks before something that cannot be taken back; "Avbryt"
    is the default and Escape. The confirming button is named `discardButton`."""
    box = message_box(parent, QMessageBox.Icon.Warning, title, text)
    yes = box.addButton(confirm_text, QMessageBox.ButtonRole.DestructiveRole)
    yes.setObjectName("discardButton")
    keep = box.addButton(_t("Avbryt"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.finished.connect(lambda _: on_confirm() if box.clickedButton() is yes else None)
    box.open()
    return box
