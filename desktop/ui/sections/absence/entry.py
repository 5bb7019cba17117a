"""The keyboard-first entry line of Fravær: date or period, lessons (empty =
whole day), documented, reason, late minutes, left school. Enter adds the
line and clears it for the next; with a record loaded, Enter saves the change
and Escape lets it go."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.absence import AbsenceInputError, AbsenceRecord, Reason, records_from_entry
from desktop.domain.validation import format_date
from desktop.services.absence_register import today
from desktop.ui.common import message_label, refuse, show_message
from desktop.ui.undo import EditorEvents
from desktop.ui.widgets.absence_editing import AbsenceEditing
from desktop.ui.widgets.absence_texts import input_error_text, reason_labels
from desktop.ui.widgets.inputs import fitting_placeholder


class AbsenceEntry(QWidget):
    """Emits `added(list)` after records went in (the section selects them)."""

    added = Signal(list)

    def __init__(self, absence: AbsenceEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("absenceEntry")
        self._absence = absence
        self.editing_record: AbsenceRecord | None = None

        self.date_edit = self._line("absenceDate", self.tr("Dato eller periode"),
                                    self.tr("dd.mm.åååå eller periode"))
        fitting_placeholder(self.date_edit, self.tr("dd.mm.åååå eller periode"),
                            self.tr("dd.mm.åååå"))
        self.lessons_edit = self._line("absenceLessons", self.tr("Timer"),
                                       self.tr("f.eks. 1,2 eller 3-5"))
        self.documented = QCheckBox(self.tr("Dokumentert"))
        self.documented.setObjectName("absenceDocumented")
        self.documented.setAccessibleName(self.tr("Dokumentert"))
        self.reason = QComboBox()
        self.reason.setObjectName("absenceReason")
        self.reason.setAccessibleName(self.tr("Årsak"))
        for value, label in reason_labels():
            self.reason.addItem(label, value.value)
        self.reason_text = self._line("absenceReasonText", self.tr("Årsak, med egne ord"),
                                      self.tr("valgfritt"))
        self.late = QSpinBox()
        self.late.setObjectName("absenceLate")
        self.late.setAccessibleName(self.tr("Kom for sent, minutter"))
        self.late.setRange(0, 480)
        self.late.setSuffix(self.tr(" min"))
        self.late.findChild(QLineEdit).setAccessibleName(self.tr("Kom for sent, minutter"))
        self.left_school = QCheckBox(self.tr("Forlot skolen"))
        self.left_school.setObjectName("absenceLeftSchool")
        self.left_school.setAccessibleName(self.tr("Forlot skolen i løpet av dagen"))
        self.settled = QCheckBox(self.tr("Avklart fravær"))
        self.settled.setObjectName("absenceSettled")
        self.settled.setAccessibleName(self.tr("Avklart fravær (avtalt med skolen)"))
        self.add_button = QPushButton(self.tr("Legg til"))
        self.add_button.setObjectName("absenceAdd")
        self.add_button.setAccessibleName(self.tr("Legg til fraværet"))
        self.cancel_button = QPushButton(self.tr("Avbryt endring"))
        self.cancel_button.setObjectName("absenceCancelEdit")
        self.cancel_button.setAccessibleName(self.tr("Avbryt endringen"))
        self.cancel_button.setVisible(False)
        self.error = message_label("absenceEntryError")

        grid = QGridLayout()
        fields = [(self.tr("&Dato"), self.date_edit), (self.tr("&Timer"), self.lessons_edit),
                  (self.tr("Å&rsak"), self.reason), (self.tr("&Forklaring"), self.reason_text),
                  (self.tr("For s&ent"), self.late)]
        for column, (text, editor) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(editor)
            grid.addWidget(label, 0, column)
            grid.addWidget(editor, 1, column)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        checks = QHBoxLayout()
        for widget in (self.documented, self.left_school, self.settled):
            checks.addWidget(widget)
        checks.addStretch(1)
        checks.addWidget(self.cancel_button)
        checks.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(checks)
        layout.addWidget(self.error)
        # The fields' hints are short (they must fit 1366×768 at 125 %); the rest is here.
        hint = QLabel(self.tr("Enter legger til linjen. Dato som dd.mm.åååå eller dd.mm; en "
                              "periode med bindestrek (02.03-06.03) gir én linje per skoledag. "
                              "Tomt timefelt betyr hele dagen."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        order = [self.date_edit, self.lessons_edit, self.documented, self.reason,
                 self.reason_text, self.late, self.left_school, self.settled, self.add_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self._events = EditorEvents(absence.editing, self)
        self._events.watch(self.date_edit, self.lessons_edit, self.reason_text)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel_edit)
        self.add_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.set_read_only(absence.read_only)

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    # --- acting ---------------------------------------------------------------------
    def submit(self) -> None:
        register = self._absence.register
        try:
            records = records_from_entry(
                self.date_edit.text(), self.lessons_edit.text(), register.week(),
                documented=self.documented.isChecked(), reason=Reason(self.reason.currentData()),
                reason_text=self.reason_text.text(), late_minutes=self.late.value(),
                left_school=self.left_school.isChecked(), settled=self.settled.isChecked(),
                today=today())
        except AbsenceInputError as error:
            refuse(self.error, self.date_edit, input_error_text(error))
            return
        if self.editing_record is not None:
            if len(records) != 1:
                show_message(self.error, self.tr("En endring gjelder én dag. Skriv én dato."))
                return
            new = records[0]
            self._absence.update_record(self.editing_record,
                                        AbsenceRecord(self.editing_record.id, *_fields(new)))
            self.cancel_edit()
            return
        duplicates = register.duplicates(records)
        if duplicates:
            show_message(self.error, self.tr("Dette er allerede registrert: %1.")
                         .replace("%1", ", ".join(format_date(r.day) for r in duplicates)))
            return
        self._absence.add_records(records)
        self.clear()
        self.added.emit(records)

    def clear(self) -> None:
        for edit in (self.date_edit, self.lessons_edit, self.reason_text):
            edit.clear()
        for box in (self.documented, self.left_school, self.settled):
            box.setChecked(False)
        self.reason.setCurrentIndex(0)
        self.late.setValue(0)
        show_message(self.error, "")
        self.date_edit.setFocus()

    def load(self, record: AbsenceRecord) -> None:
        """Edit an existing record: Enter saves, Escape lets the change go."""
        self.editing_record = record
        self.date_edit.setText(format_date(record.day))
        self.lessons_edit.setText(",".join(str(n) for n in record.lessons))
        self.documented.setChecked(record.documented)
        self.reason.setCurrentIndex(self.reason.findData(record.reason.value))
        self.reason_text.setText(record.reason_text)
        self.late.setValue(record.late_minutes)
        self.left_school.setChecked(record.left_school)
        self.settled.setChecked(record.settled)
        self.add_button.setText(self.tr("Lagre endring"))
        self.cancel_button.setVisible(True)
        self.date_edit.setFocus()
        self.date_edit.selectAll()

    def cancel_edit(self) -> None:
        self.editing_record = None
        self.add_button.setText(self.tr("Legg til"))
        self.cancel_button.setVisible(False)
        self.clear()


def _fields(record: AbsenceRecord) -> tuple:
    return (record.day, record.whole_day, record.lessons, record.documented, record.reason,
            record.reason_text, record.late_minutes, record.left_school, record.settled)
