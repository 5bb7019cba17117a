"""Skolerute: the holidays and planning days every case on this laptop counts
(plans, evaluation dates, shares of absence). Typed as one period per line with
its name, or started from a bundled example and corrected against the
municipality's adopted school calendar."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.casefile.errors import CaseFileError
from desktop.domain.school_calendar import SchoolCalendar, format_calendar, parse_calendar
from desktop.domain.school_week import WeekInputError
from desktop.ui.common import message_label, refuse, show_message
from desktop.ui.dialogs.base import Dialog


class SchoolCalendarDialog(Dialog):
    saved = Signal(object)  # SchoolCalendar

    def __init__(self, parent: QWidget, calendar: SchoolCalendar, templates: list,
                 save: Callable[[SchoolCalendar], None], problem: str = ""):
        super().__init__(parent, self.tr("Skolerute"), "schoolCalendarDialog")
        self._save = save
        self._templates = templates
        self._name = calendar.name
        intro = QLabel(self.tr(
            "Ferier og planleggingsdager gjelder alle saker på denne maskinen: planer, "
            "evalueringsdatoer og fraværsprosent regner bare skoledager. Én dato eller periode "
            "per linje, så navnet etter to mellomrom. Elevens egne fridager legges inn i saken "
            "(Fravær → Skoleuke og fridager)."))
        intro.setWordWrap(True)
        self.template = QComboBox()
        self.template.setObjectName("calendarTemplate")
        self.template.setAccessibleName(self.tr("Eksempel på skolerute"))
        for template in templates:
            self.template.addItem(template.name, template.id)
        self.add_template = QPushButton(self.tr("&Legg til fra eksempel"))
        self.add_template.setObjectName("calendarAddTemplate")
        self.add_template.setAccessibleName(self.tr("Legg til periodene fra eksempelet"))
        self.add_template.setEnabled(bool(templates))
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(self.add_template)
        hint = QLabel(self.tr("Eksemplene er et utgangspunkt: sjekk datoene mot skoleruta "
                              "kommunen har vedtatt, og legg til skolens planleggingsdager."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.text = QPlainTextEdit(format_calendar(calendar.entries))
        self.text.setObjectName("calendarText")
        self.text.setAccessibleName(self.tr("Ferier og fridager, én per linje"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("21.12.2026-01.01.2027  juleferie"))
        self.text.setMinimumHeight(180)
        self.summary = QLabel()
        self.summary.setObjectName("calendarSummary")
        self.summary.setProperty("role", "hint")
        self.error = message_label("calendarError")
        if problem:
            show_message(self.error, self.tr(
                "Den lagrede skoleruta kunne ikke leses, og ingen ferier er regnet med nå. "
                "Skriv den inn på nytt eller legg til fra et eksempel, og lagre."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.button_box(self.tr("Lagre")))
        self.resize(560, 480)
        self.add_template.clicked.connect(self.add_from_template)
        self.text.textChanged.connect(self._update_summary)
        self._update_summary()

    def add_from_template(self) -> None:
        chosen = self._templates[self.template.currentIndex()]
        existing = self.text.toPlainText().rstrip()
        added = format_calendar(chosen.calendar.entries)
        cursor = self.text.textCursor()  # one undo step in the text (Ctrl+Z takes it back)
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText(("\n" if existing else "") + added)
        self._name = self._name or chosen.name
        self.text.setFocus()

    def _update_summary(self) -> None:
        try:
            entries = parse_calendar(self.text.toPlainText())
        except WeekInputError:
            self.summary.setText("")
            return
        weekdays = sum(1 for e in entries for d in e.days() if d.weekday() < 5)
        self.summary.setText(self.tr("%1 perioder, %2 hverdager uten skole.")
                             .replace("%1", str(len(entries))).replace("%2", str(weekdays)))

    def accept(self) -> None:
        try:
            entries = parse_calendar(self.text.toPlainText())
        except WeekInputError as error:
            refuse(self.error, self.text, self.tr(
                "Linje %1 kan vi ikke lese: «%2». Skriv dd.mm.åååå eller "
                "dd.mm.åååå-dd.mm.åååå, så navnet etter to mellomrom.")
                .replace("%1", str(error.line)).replace("%2", error.text.strip()[:80]))
            return
        calendar = SchoolCalendar(entries, self._name if entries else "")
        try:
            self._save(calendar)
        except (CaseFileError, OSError):
            refuse(self.error, self.text, self.tr(
                "Skoleruta kunne ikke lagres i datamappen. Det du har skrevet står her "
                "fortsatt; prøv igjen."))
            return
        self.saved.emit(calendar)
        super().accept()
