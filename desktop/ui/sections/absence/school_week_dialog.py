"""Skoleuke og fridager: lessons per weekday (with subjects, optional) and the
days off, so the percentages are shares of real school time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.school_week import (
    WEEKDAY_NAMES,
    SchoolWeek,
    WeekInputError,
    format_days_off,
    parse_days_off,
)
from desktop.ui.common import message_label, show_message
from desktop.ui.dialogs.base import Dialog


class SchoolWeekDialog(Dialog):
    saved = Signal(object)  # SchoolWeek

    def __init__(self, parent: QWidget, week: SchoolWeek):
        super().__init__(parent, self.tr("Skoleuke og fridager"), "schoolWeekDialog")
        self.counts: list[QSpinBox] = []
        self.subjects: list[QLineEdit] = []
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Timer")), 0, 1)
        grid.addWidget(QLabel(self.tr("Fag i rekkefølge (valgfritt, skilt med komma)")), 0, 2)
        for day, name in enumerate(WEEKDAY_NAMES):
            subjects = week.lessons.get(day, ())
            count = QSpinBox()
            count.setRange(0, 12)
            count.setValue(len(subjects))
            count.setObjectName(f"weekLessons{day}")
            count.setAccessibleName(self.tr("Timer på %1").replace("%1", name))
            names = QLineEdit(", ".join(subjects).strip(", "))
            names.setObjectName(f"weekSubjects{day}")
            names.setAccessibleName(self.tr("Fag på %1").replace("%1", name))
            label = QLabel(name.capitalize())
            label.setBuddy(count)
            grid.addWidget(label, day + 1, 0)
            grid.addWidget(count, day + 1, 1)
            grid.addWidget(names, day + 1, 2)
            self.counts.append(count)
            self.subjects.append(names)
        self.days_off = QPlainTextEdit(format_days_off(week.days_off))
        self.days_off.setObjectName("weekDaysOff")
        self.days_off.setAccessibleName(self.tr("Fridager"))
        self.days_off.setTabChangesFocus(True)
        self.days_off.setPlaceholderText(self.tr("én dato eller periode per linje, for "
                                                 "eksempel 14.04.2027  avtalt fri"))
        off_label = QLabel(self.tr("Elevens egne &fridager (avtalt fri, egen timeplan)"))
        off_label.setBuddy(self.days_off)
        calendar_note = QLabel(self.tr("Skolens ferier og planleggingsdager står i skoleruta "
                                       "(Fil → Skolerute …) og gjelder alle saker."))
        calendar_note.setObjectName("schoolWeekCalendarNote")
        calendar_note.setWordWrap(True)
        calendar_note.setProperty("role", "hint")
        self.error = message_label("schoolWeekError")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(off_label)
        layout.addWidget(calendar_note)
        layout.addWidget(self.days_off)
        layout.addWidget(self.error)
        layout.addWidget(self.button_box(self.tr("Lagre")))
        self.resize(620, self.sizeHint().height())

    def accept(self) -> None:
        try:
            days_off = parse_days_off(self.days_off.toPlainText())
        except WeekInputError as error:
            show_message(self.error, self.tr("Linje %1 under fridager kan vi ikke lese: «%2». "
                                             "Skriv dd.mm.åååå eller dd.mm.åååå-dd.mm.åååå.")
                         .replace("%1", str(error.line)).replace("%2", error.text.strip()))
            self.days_off.setFocus()
            return
        lessons = {}
        for day, (count, names) in enumerate(zip(self.counts, self.subjects)):
            if count.value() == 0:
                continue
            given = [s.strip() for s in names.text().split(",")]
            given = [s for s in given if s][:count.value()]
            lessons[day] = tuple(given + [""] * (count.value() - len(given)))
        if not lessons:
            show_message(self.error, self.tr("Minst én dag i uken må ha timer."))
            return
        self.saved.emit(SchoolWeek(lessons, days_off))
        super().accept()
