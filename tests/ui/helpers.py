"""What a person does with the window, as functions the tests read like steps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenuBar,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)

from desktop.ui.case_list_model import CASE_ID_ROLE
from desktop.ui.dialogs.new_case import NewCaseDialog
from desktop.ui.main_window import MainWindow


def find(window: QWidget, cls: type, name: str):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def type_into(qtbot, widget: QWidget, text: str, clear: bool = True) -> None:
    """Click into a field and type (select-all + type replaces what was there)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus()
    if clear:  # select all: the first key typed replaces it
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        if not text:
            QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses for every character. QTest.keyClicks only knows ASCII keys, so
    other letters (á č đ ŋ š ŧ ž …) arrive as key events carrying their text, as
    from a Sámi keyboard layout."""
    for char in text:
        if char.isascii() and (char.isalnum() or char in " .,-:;!?()/'\"+"):
            QTest.keyClick(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def paste_into(qtbot, widget: QWidget, text: str) -> None:
    """Paste through the clipboard (Ctrl+V), the way a long note usually arrives."""
    widget.setFocus()
    QApplication.clipboard().setText(text)
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)


def activate(qtbot, window: QWidget) -> None:
    """Make the window the active one again. A window manager does this when a
    dialog closes; the offscreen platform does not."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed dialogs
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def shortcut(qtbot, window: MainWindow, key: Qt.Key,
             modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    """Press a shortcut where the focus is (as the keyboard does)."""
    activate(qtbot, window)
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, key, modifiers)


def choose(qtbot, combo: QComboBox, label: str) -> None:
    """Pick an entry of a combo box with the keyboard (Home, then Down until it shows)."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == label:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == label, f"{label!r} not in {combo.objectName()}"


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def toggle(checkbox: QAbstractButton) -> None:
    """Tick or untick a check box with the space bar."""
    assert checkbox.isEnabled(), f"{checkbox.objectName()} is disabled"
    checkbox.setFocus()
    QTest.keyClick(checkbox, Qt.Key.Key_Space)


def choose_passphrase(qtbot, window: MainWindow, first: str, second: str) -> None:
    page = window.first_start_page
    type_into(qtbot, page.passphrase, first)
    type_into(qtbot, page.repeat, second)
    click(qtbot, page.button)


def unlock(qtbot, window: MainWindow, passphrase: str, wait: bool = True) -> None:
    page = window.unlock_page
    type_into(qtbot, page.passphrase, passphrase)
    press(page.passphrase, Qt.Key.Key_Return)
    if wait:
        qtbot.waitUntil(lambda: window.current_page() is window.list_page, timeout=10_000)


def create_case(qtbot, window: MainWindow, name: str) -> None:
    """Ctrl+N, type the name, Enter → the case page is shown."""
    shortcut(qtbot, window, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: window.findChild(NewCaseDialog) is not None)
    dialog = window.findChild(NewCaseDialog)
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.name_edit, name)
    press(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case_page is not None
                    and window.current_page() is window.case_page)
    activate(qtbot, window)


def open_case_from_list(qtbot, window: MainWindow, case_id: str) -> None:
    """Select the row and press Enter."""
    page = window.list_page
    assert page.select_case(case_id), "case not in the list"
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case_page is not None
                    and window.case_page.session.case_id == case_id)


def row_of(window: MainWindow, case_id: str) -> int:
    proxy = window.list_page.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(CASE_ID_ROLE) == case_id:
            return row
    return -1


def wait_saved(qtbot, window: MainWindow) -> None:
    session = window.case_page.session
    qtbot.waitUntil(lambda: not session.dirty and not window.case_page.autosaver.busy,
                    timeout=10_000)


def all_texts(root: QWidget) -> list[str]:
    """Everything the window could show or read out: texts, titles, items,
    tooltips, accessible names, and action texts."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName(),
                  widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.index(r, c).data())
                      for r in range(model.rowCount()) for c in range(model.columnCount())]
        texts += [action.text() for action in widget.actions()]
    return texts


def saved_pdf_text(qtbot, output, document, target) -> str:
    """Save a document as PDF the way "Lagre som PDF" does (on a worker), wait,
    and return the text of all its pages."""
    import io

    import pypdf
    call = output.save(document, target)
    qtbot.waitUntil(lambda: call.done, timeout=10_000)
    return " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(
        target.read_bytes())).pages)


def visible_texts(root: QWidget) -> list[str]:
    """What a person in front of the screen can read now: the texts of every widget
    that is visible (a hidden parent hides its children), the rows of lists and
    tables that are not hidden, tab titles, menu and tool bar entries."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts += [widget.text(), getattr(widget, "placeholderText", lambda: "")()]
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts += [widget.toPlainText(), widget.placeholderText()]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())
                      if widget.isTabVisible(i)]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())
                      if not widget.item(i).isHidden()]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.index(r, c).data()) for r in range(model.rowCount())
                      for c in range(model.columnCount())
                      if not widget.isRowHidden(r) and not widget.isColumnHidden(c)]
            texts += [str(model.headerData(r, Qt.Orientation.Vertical))
                      for r in range(model.rowCount())]
        if isinstance(widget, (QMenuBar, QToolBar)):
            texts += [action.text() for action in widget.actions() if action.isVisible()]
    return [text for text in texts if text]
