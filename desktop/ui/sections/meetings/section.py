"""Møter: every meeting with date and time, kind, who was there, agenda,
notes, decisions, tasks until the next meeting (responsible, due date) and
the next meeting; the minutes (referat) for the guardians as preview, print
or PDF. Edits go through the undo stack as whole Meeting values."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.meetings import Meeting, MeetingKind, MeetingTask
from desktop.export.document_html import minutes_html
from desktop.export.minutes_pdf import build_minutes_pdf
from desktop.forms.agreement_templates import load_templates
from desktop.services.agreement_service import AgreementService
from desktop.services.meeting_service import MeetingService
from desktop.ui.sections.meetings.end_page import MeetingEndDialog, minutes_buttons
from desktop.ui.sections.meetings.hub import MeetingHub
from desktop.ui.undo import CaseEditing
from desktop.ui.widgets.document_output import Document, DocumentOutput, document_header
from desktop.ui.widgets.inputs import (
    button,
    date_edit,
    datetime_edit,
    fit_columns,
    from_qdate,
    line_edit,
    text_edit,
)
from desktop.ui.widgets.meeting_start import StartMeetingDialog, kind_names
from desktop.ui.widgets.people_picker import PeoplePicker
from desktop.ui.widgets.record_layout import (
    RecordSelection,
    fill_record_list,
    left_column,
    master_detail,
    record_list,
    scrolled,
    wrapped_label,
)
from desktop.ui.widgets.value_editing import RemoveCommand, ValueCommand


def _qdt(value: datetime | None) -> QDateTime:
    return QDateTime(value) if value else QDateTime.currentDateTime()


def _dt(value: QDateTime) -> datetime:
    return value.toPython().replace(second=0, microsecond=0)


class MeetingsSection(MeetingHub, RecordSelection, QWidget):
    meeting_changed = Signal()  # started, ended or deleted: the case page's rail follows

    def __init__(self, editing: CaseEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetingsSection")
        self.setAccessibleName(self.tr("Møter"))
        self.editing = editing
        self.service = MeetingService(editing.session)
        self.people_source = AgreementService(editing.session)
        self.templates = load_templates()[0]
        self.current_id: int | None = None
        self._loading = False
        self._generation = 0
        self._last_key = ""
        self.kind_names = kind_names()
        self.end_dialog: MeetingEndDialog | None = None
        self.start_dialog: StartMeetingDialog | None = None

        self.list = record_list("meetingList", self.tr("Møter"))
        self.start_button = button(self.tr("S&tart møte …"), "startMeeting",
                                   self.tr("Start et møte med dagsorden"))
        self.new_button = button(self.tr("&Nytt møte"), "newMeeting",
                                 self.tr("Skriv ned et møte i etterkant"))
        self.delete_button = button(self.tr("Slett m&øtet"), "deleteMeeting",
                                    self.tr("Slett dette møtet (kan angres)"))
        left = left_column(self.tr("Møter"), "meetingsHeading", self.start_button, self.list,
                           self.delete_button)
        left.layout().insertWidget(2, self.new_button)

        self.held_at = datetime_edit("meetingWhen", self.tr("Dato og tid for møtet"))
        self.kind = QComboBox()
        self.kind.setObjectName("meetingKind")
        self.kind.setAccessibleName(self.tr("Type møte"))
        for kind, name in self.kind_names.items():
            self.kind.addItem(name, kind)
        self.people = PeoplePicker("meeting")
        self.agenda = text_edit("meetingAgenda", self.tr("Saksliste"), 60)
        self.notes = text_edit("meetingNotes", self.tr("Notater"), 110)
        self.decisions = text_edit("meetingDecisions", self.tr("Beslutninger"), 60)
        self.tasks = QTreeWidget()
        self.tasks.setObjectName("meetingTasks")
        self.tasks.setAccessibleName(self.tr("Oppgaver til neste møte"))
        self.tasks.setHeaderLabels([self.tr("Oppgave"), self.tr("Ansvarlig"), self.tr("Frist")])
        self.tasks.setRootIsDecorated(False)
        self.tasks.setMaximumHeight(130)
        fit_columns(self.tasks)
        self.task_text = line_edit("taskText", self.tr("Ny oppgave"), self.tr("Ny oppgave"))
        self.task_who = line_edit("taskResponsible", self.tr("Ansvarlig for oppgaven"),
                                  self.tr("Ansvarlig"))
        self.task_due: QDateEdit = date_edit("taskDue", self.tr("Frist for oppgaven"))
        self.task_due.setDate(QDate.currentDate().addDays(7))
        self.task_add = button(self.tr("Legg til"), "taskAdd", self.tr("Legg til oppgave"))
        self.task_remove = button(self.tr("Fjern"), "taskRemove",
                                        self.tr("Fjern valgt oppgave"))
        self.has_next = QCheckBox(self.tr("Neste møte er avtalt:"))
        self.has_next.setObjectName("meetingHasNext")
        self.has_next.setAccessibleName(self.tr("Neste møte er avtalt"))
        self.next_at = datetime_edit("meetingNext", self.tr("Dato og tid for neste møte"))

        form = QFormLayout()

        def row(text: str, widget: QWidget, buddy: QWidget | None = None) -> None:
            label = QLabel(text)
            label.setBuddy(buddy or widget)
            form.addRow(label, widget)

        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.held_at)
        when.addWidget(self.kind, 1)
        when_box = QWidget()
        when_box.setLayout(when)
        row(self.tr("&Når og hva:"), when_box, self.held_at)
        self.attendance = wrapped_label("meetingAttendance")
        form.addRow(self.attendance)
        row(self.tr("Til &stede:"), self.people, self.people.list)
        row(self.tr("Saks&liste:"), self.agenda)
        row(self.tr("N&otater:"), self.notes)
        row(self.tr("&Beslutninger:"), self.decisions)
        task_row = QHBoxLayout()
        task_row.addWidget(self.task_text, 2)
        task_row.addWidget(self.task_who, 1)
        task_row2 = QHBoxLayout()
        due_label = QLabel(self.tr("Fri&st:"))
        due_label.setBuddy(self.task_due)
        task_row2.addWidget(due_label)
        task_row2.addWidget(self.task_due)
        task_row2.addWidget(self.task_add)
        task_row2.addWidget(self.task_remove)
        task_row2.addStretch(1)
        tasks = QWidget()
        tasks_layout = QVBoxLayout(tasks)
        tasks_layout.setContentsMargins(0, 0, 0, 0)
        tasks_layout.addWidget(self.tasks)
        tasks_layout.addLayout(task_row)
        tasks_layout.addLayout(task_row2)
        row(self.tr("O&ppgaver:"), tasks, self.task_text)
        next_row = QHBoxLayout()
        next_row.setContentsMargins(0, 0, 0, 0)
        next_row.addWidget(self.has_next)
        next_row.addWidget(self.next_at)
        next_row.addStretch(1)
        next_box = QWidget()
        next_box.setLayout(next_row)
        row(self.tr("Neste &møte:"), next_box, self.has_next)
        self.editor = QWidget()
        self.editor.setObjectName("meetingEditor")
        self.editor.setLayout(form)
        scroll = scrolled(self.editor, "meetingScroll", self.tr("Møtet"))
        self.preview_button, self.print_button, self.pdf_button = minutes_buttons("")
        self.message = wrapped_label("meetingMessage")
        self.empty = wrapped_label("meetingsEmpty", self.tr(
            "Ingen møter ennå. Trykk «Nytt møte» når møtet begynner; alt lagres mens du skriver."))
        outputs = QHBoxLayout()
        for b in (self.preview_button, self.print_button, self.pdf_button):
            outputs.addWidget(b)
        outputs.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(outputs)
        right_layout.addWidget(self.message)
        master_detail(self, left, right)
        self.output = DocumentOutput(self, self.message)

        self.new_button.clicked.connect(self.new_meeting)
        self.start_button.clicked.connect(self.start_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.list.currentItemChanged.connect(self._selected)
        self.held_at.dateTimeChanged.connect(lambda v: self.change("held_at", held_at=_dt(v)))
        self.kind.currentIndexChanged.connect(
            lambda _i: self.change("kind", kind=MeetingKind(self.kind.currentData())))
        self.people.changed.connect(lambda v: self.change("participants", participants=v))
        for key, edit in (("agenda", self.agenda), ("notes", self.notes),
                          ("decisions", self.decisions)):
            edit.textChanged.connect(lambda k=key, e=edit: self.change(k, **{k: e.toPlainText()}))
        self.task_text.returnPressed.connect(self.add_task)
        self.task_who.returnPressed.connect(self.add_task)
        self.task_add.clicked.connect(self.add_task)
        self.tasks.itemChanged.connect(self._task_ticked)
        self.task_remove.clicked.connect(self.remove_task)
        self.has_next.toggled.connect(self._next_changed)
        self.next_at.dateTimeChanged.connect(self._next_changed)
        self.output.connect_buttons(self.document, self.preview_button, self.pdf_button,
                                    self.print_button)
        self.refresh()

    # --- showing ----------------------------------------------------------------------------
    def fetch(self, record_id: int) -> Meeting:
        return self.service.meeting(record_id)

    def _label(self, m: Meeting) -> str:
        when = m.held_at.strftime("%d.%m.%Y %H:%M") if m.held_at else ""
        return f"{when} – {self.kind_names[m.kind]}"

    def refresh(self, select: int | None = None) -> None:
        meetings = self.service.meetings()
        self.current_id = fill_record_list(
            self.list, [(m.id, self._label(m)) for m in meetings],
            select if select is not None else self.current_id,
            meetings[0].id if meetings else None)
        self._show()

    def _show(self) -> None:
        m = self.current
        self.editor.setVisible(m is not None)
        self.empty.setVisible(m is None)
        writable = not self.service.read_only
        self.new_button.setEnabled(writable)
        self.start_button.setEnabled(writable)
        for b in (self.preview_button, self.print_button, self.pdf_button):
            b.setEnabled(m is not None)
        self.delete_button.setEnabled(m is not None and writable)
        if m is None:
            return
        self._loading = True
        try:
            self.held_at.setDateTime(_qdt(m.held_at))
            self.kind.setCurrentIndex(self.kind.findData(m.kind.value))
            self.people.set_value(m.participants, self.people_source.case_people())
            self.attendance.setText(self._attendance(m))
            self.attendance.setVisible(bool(self.attendance.text()))
            for edit, value in ((self.agenda, m.agenda), (self.notes, m.notes),
                                (self.decisions, m.decisions)):
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
            self.tasks.clear()
            for t in m.tasks:
                item = QTreeWidgetItem(
                    [t.text, t.responsible, t.due.strftime("%d.%m.%Y") if t.due else ""])
                # Ticked when done (at the next meeting); Space ticks from the keyboard.
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if t.done
                                   else Qt.CheckState.Unchecked)
                self.tasks.addTopLevelItem(item)
            self.has_next.setChecked(m.next_meeting is not None)
            self.next_at.setDateTime(_qdt(m.next_meeting))
            self.next_at.setEnabled(m.next_meeting is not None and writable)
        finally:
            self._loading = False
        self.editor.setEnabled(writable)
        # the list label follows the date and kind
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._label(m))

    # --- editing ---------------------------------------------------------------------------
    def change(self, key: str, **fields) -> None:
        if self._loading or self.service.read_only:
            return
        old = self.current
        if old is None:
            return
        new = replace(old, **fields)
        if new == old:
            return
        if key != self._last_key or key in ("participants", "tasks", "next_meeting"):
            self._generation += 1
        self._last_key = key
        self.editing.stack.push(ValueCommand(self._write, old, new, self.tr("endring i møtet"),
                                             key, self._generation))

    def _write(self, value: Meeting) -> None:
        self.service.write(value)
        if value.id != self.current_id:
            self.refresh(value.id)
        else:
            self._show()

    def _task_ticked(self, item: QTreeWidgetItem, column: int) -> None:
        m = self.current
        row = self.tasks.indexOfTopLevelItem(item)
        if self._loading or m is None or column != 0 or not 0 <= row < len(m.tasks):
            return
        done = item.checkState(0) == Qt.CheckState.Checked
        if m.tasks[row].done != done:
            tasks = list(m.tasks)
            tasks[row] = replace(tasks[row], done=done)
            self.change("tasks", tasks=tuple(tasks))

    def _next_changed(self, *_args) -> None:
        if self._loading:
            return
        self.next_at.setEnabled(self.has_next.isChecked())
        value = _dt(self.next_at.dateTime()) if self.has_next.isChecked() else None
        self.change("next_meeting", next_meeting=value)

    def new_meeting(self) -> Meeting:
        meeting = self.service.new_meeting()
        self.message.setText(self.tr("Nytt møte. Kryss av for dem som var til stede."))
        self.refresh(meeting.id)
        self.agenda.setFocus()
        return meeting

    def delete_meeting(self) -> None:
        meeting_id = self.current_id

        def remove():
            old = self.service.remove(meeting_id)
            self.refresh()
            self.meeting_changed.emit()
            return old

        def restore(old) -> None:
            self.service.restore(*old)
            self.refresh(old[0].id)
            self.meeting_changed.emit()
        self.editing.stack.push(RemoveCommand(remove, restore, self.tr("sletting av møte")))
        self.message.setText(self.tr("Møtet er slettet. Ctrl+Z angrer."))

    def add_task(self) -> None:
        text = self.task_text.text().strip()
        m = self.current
        if not text or m is None:
            return
        task = MeetingTask(text, self.task_who.text().strip(), from_qdate(self.task_due.date()))
        self.task_text.clear()
        self.task_who.clear()
        self.change("tasks", tasks=m.tasks + (task,))
        self.task_text.setFocus()

    def remove_task(self) -> None:
        m = self.current
        item = self.tasks.currentItem()
        if m is None or item is None:
            return
        row = self.tasks.indexOfTopLevelItem(item)
        self.change("tasks", tasks=m.tasks[:row] + m.tasks[row + 1:])

    def document(self) -> Document:
        m = self.current
        header = document_header(self.editing.session, m.held_at.date() if m.held_at else None)
        texts = load_templates()[0].minutes  # in the case's language (document_output)
        return Document(texts["title"], self.tr("referat.pdf"), minutes_html(m, texts, header),
                        [], lambda path: build_minutes_pdf(path, m, texts, header))
