"""Small input builders the record editors share (agreements, evaluations,
meetings): dates as QDateEdit, text boxes and buttons that carry an objectName
and an accessible name, so tests and screen readers find them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
)

from desktop.domain.validation import parse_date
from desktop.ui.common import refuse


def to_qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate.currentDate()


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def text_edit(name: str, accessible: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def name_spin(spin: QAbstractSpinBox, name: str, accessible: str) -> None:
    """A spin box and the line edit inside it (which takes the focus) share a name."""
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    inner = spin.findChild(QLineEdit)
    if inner is not None:
        inner.setAccessibleName(accessible)


def date_edit(name: str, accessible: str) -> QDateEdit:
    edit = QDateEdit()
    name_spin(edit, name, accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setDate(QDate.currentDate())
    return edit


def button(text: str, name: str, accessible: str) -> QPushButton:
    """A push button with an objectName, an accessible name and that name as tooltip."""
    made = QPushButton(text)
    made.setObjectName(name)
    made.setAccessibleName(accessible)
    made.setToolTip(accessible)
    return made


def line_edit(name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


def fit_columns(tree: QTreeView) -> None:
    """The first column takes the room that is left, the others are as wide as their
    content: no column hides behind a scroll bar on a small screen."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def labelled_rows(form: QFormLayout, rows) -> None:
    """(label text, widget) rows; the label's &-mnemonic moves the focus to its widget."""
    for text, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)


def required_date(edit: QLineEdit, error: QLabel) -> date | None:
    """The date typed in `edit` (dd.mm.åååå), or None after saying in `error`
    what is wrong (the cursor goes back to the field; what was typed stays)."""
    try:
        day = parse_date(edit.text())
    except ValueError:
        day = None
    if day is None:
        refuse(error, edit, QCoreApplication.translate("inputs", "Skriv datoen som dd.mm.åååå."))
    return day

def datetime_edit(name: str, accessible: str, value: QDateTime | None = None) -> QDateTimeEdit:
    """Date and time as dd.MM.yyyy HH:mm, with a calendar to pick from."""
    edit = QDateTimeEdit(value or QDateTime.currentDateTime())
    name_spin(edit, name, accessible)
    edit.setDisplayFormat("dd.MM.yyyy HH:mm")
    edit.setCalendarPopup(True)
    return edit


class _FittingPlaceholder(QObject):
    """Keeps the longest of a field's hints that fits its width (issue 18: with
    larger text "Hva hjelper? Skriv og trykk Enter" was cut in a narrow column)."""

    def __init__(self, edit: QLineEdit, hints: tuple[str, ...]):
        super().__init__(edit)
        self._edit, self._hints, self._tooltip = edit, hints, edit.toolTip()
        edit.installEventFilter(self)
        edit.setPlaceholderText(hints[-1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Polish, QEvent.Type.Show):
            room = self._edit.contentsRect().width() - 16  # the frame's text margins
            metrics = self._edit.fontMetrics()
            fitting = next((h for h in self._hints if metrics.horizontalAdvance(h) <= room),
                           self._hints[-1])
            if fitting != self._edit.placeholderText():
                self._edit.setPlaceholderText(fitting)
                self._edit.setToolTip(self._hints[0] if fitting != self._hints[0]
                                      else self._tooltip)
        return False


def fitting_placeholder(edit: QLineEdit, *hints: str) -> None:
    """`hints` longest first: the field shows the longest that fits, the whole
    first one as tooltip when a shorter one is shown."""
    _FittingPlaceholder(edit, hints)
