"""Start a meeting (from Oversikt or Møter): kind, date and time, place, the
agenda, who is present and who sent word they could not come (nobody is
ticked until someone ticks them), and an interpreter. Everything typed once;
the sections read it from the running meeting afterwards."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import Participant
from desktop.domain.measure_circle import Party
from desktop.domain.meetings import (
    Interpreter,
    MeetingError,
    MeetingKind,
)
from desktop.forms.meeting_agendas import agenda_for
from desktop.services.agreement_service import AgreementService
from desktop.services.meeting_service import MeetingService, meeting_agendas
from desktop.ui.common import norwegian_buttons
from desktop.ui.widgets.inputs import button, datetime_edit, line_edit
from desktop.ui.widgets.people_picker import suggest_roles

_PERSON = Qt.ItemDataRole.UserRole


def _t(text: str) -> str:
    return QCoreApplication.translate("meeting", text)


def kind_names() -> dict[MeetingKind, str]:
    return {MeetingKind.MAPPING: _t("Kartleggingsmøte"),
            MeetingKind.COOPERATION: _t("Samarbeidsmøte"),
            MeetingKind.EVALUATION: _t("Evalueringsmøte"),
            MeetingKind.INTERDISCIPLINARY: _t("Tverrfaglig møte"),
            MeetingKind.RESOURCE_TEAM: _t("Ressursteam"), MeetingKind.OTHER: _t("Annet møte")}


def problem_text(problem: str) -> str:
    return {
        "no_present": _t("Kryss av for hvem som er til stede (mellomrom krysser av)."),
        "present_and_absent": _t("Samme person kan ikke både være til stede og ha meldt "
                                 "forfall."),
        "interpreter_language": _t("Skriv hvilket språk tolken skal tolke til."),
        "already_running": _t("Et møte pågår allerede i denne saken. Avslutt det først."),
    }.get(problem, _t("Møtet kunne ikke startes."))


def _people_list(name: str, accessible: str) -> QListWidget:
    people = QListWidget()
    people.setObjectName(name)
    people.setAccessibleName(accessible)
    people.setMinimumHeight(120)
    return people


class StartMeetingDialog(QDialog):
    """Open with open(); `started(meeting_id)` when the meeting runs."""

    started = Signal(int)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startMeetingDialog")
        self.setWindowTitle(self.tr("Start møte"))
        self.setAccessibleName(self.tr("Start møte"))
        self.service = MeetingService(session)
        self.agendas, problems = meeting_agendas()
        self.meeting_id: int | None = None
        self._syncing = False

        self.kind = QComboBox()
        self.kind.setObjectName("meetingStartKind")
        self.kind.setAccessibleName(self.tr("Type møte"))
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind)
        self.when = datetime_edit("meetingStartWhen", self.tr("Dato og tid"))
        self.place = line_edit("meetingStartPlace", self.tr("Sted"),
                               self.tr("For eksempel møterom 2"))
        self.agenda = QComboBox()
        self.agenda.setObjectName("meetingStartAgenda")
        self.agenda.setAccessibleName(self.tr("Dagsorden"))
        self.agenda.addItem(self.tr("Ingen dagsorden"), "")
        for agenda in self.agendas:
            self.agenda.addItem(agenda.name, agenda.id)

        self.present = _people_list("meetingStartPresent",
                                    self.tr("Til stede (mellomrom krysser av)"))
        self.absent = _people_list("meetingStartAbsent",
                                   self.tr("Meldt forfall (mellomrom krysser av)"))
        self.add_name = line_edit("meetingAddName", self.tr("Navn på en som ikke står i saken"),
                                  self.tr("Navn"))
        self.add_role = line_edit("meetingAddRole",
                                  self.tr("Rolle, for eksempel rektor eller tolk"),
                                  self.tr("Rolle (rektor, inspektør, sosiallærer …)"))
        suggest_roles(self.add_role)
        self.add_button = button(self.tr("&Legg til"), "meetingAddPerson",
                                 self.tr("Legg til personen som til stede"))

        self.interpreter = QCheckBox(self.tr("&Tolk er med"))
        self.interpreter.setObjectName("meetingInterpreter")
        self.interpreter.setAccessibleName(self.tr("Tolk er med"))
        self.language = line_edit("interpreterLanguage", self.tr("Tolkens språk"),
                                  self.tr("Språk"))
        self.for_whom = QComboBox()
        self.for_whom.setObjectName("interpreterFor")
        self.for_whom.setAccessibleName(self.tr("Tolk for hvem"))
        self.for_whom.setEditable(True)
        self.for_whom.lineEdit().setPlaceholderText(self.tr("For hvem"))
        self.for_whom.lineEdit().setAccessibleName(self.tr("Tolk for hvem"))
        self.error = QLabel()
        self.error.setObjectName("meetingStartError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4262c;")
        problem_line = QLabel(self.tr("Noen dagsordener har feil og er utelatt: %1").replace(
            "%1", "; ".join(str(p) for p in problems)) if problems else "")
        problem_line.setWordWrap(True)
        problem_line.setVisible(bool(problems))

        self.buttons = norwegian_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("meetingStartCancel")
        cancel.setAccessibleName(self.tr("Avbryt, ikke start møtet"))
        self.start_button = self.buttons.addButton(self.tr("&Start møtet"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("meetingStartOk")
        self.start_button.setAccessibleName(self.tr("Start møtet"))

        form = QFormLayout()
        for text, widget in ((self.tr("T&ype:"), self.kind), (self.tr("&Når:"), self.when),
                             (self.tr("S&ted:"), self.place),
                             (self.tr("&Dagsorden:"), self.agenda)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        people = QGridLayout()
        for column, (text, widget) in enumerate(((self.tr("Til st&ede:"), self.present),
                                                 (self.tr("&Meldt forfall:"), self.absent))):
            label = QLabel(text)
            label.setBuddy(widget)
            people.addWidget(label, 0, column)
            people.addWidget(widget, 1, column)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_name, 2)
        add_row.addWidget(self.add_role, 2)
        add_row.addWidget(self.add_button)
        interpreter_row = QHBoxLayout()
        interpreter_row.addWidget(self.interpreter)
        interpreter_row.addWidget(self.language, 1)
        interpreter_row.addWidget(self.for_whom, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(people)
        layout.addLayout(add_row)
        layout.addLayout(interpreter_row)
        layout.addWidget(problem_line)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Only once the button is inside the dialog does Qt take it as the default (else
        # the first button in the focus chain, "Legg til", gets Enter).
        self.start_button.setDefault(True)
        self.resize(620, 560)

        session_people = AgreementService(session).case_people()
        for person in session_people:
            self._add(person, checked=False)
        self.for_whom.addItems([""] + [p.name for p in session_people])
        needs = [g for g in session.guardians() if g.interpreter_needed and g.name.strip()]
        if needs:  # the case says who needs one: offer it, but do not tick for them
            self.language.setText(needs[0].interpreter_language)
            self.for_whom.setCurrentText(needs[0].name)
        self._interpreter_toggled(False)
        self._kind_changed()

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.present.itemChanged.connect(lambda item: self._exclusive(item, self.absent))
        self.absent.itemChanged.connect(lambda item: self._exclusive(item, self.present))
        self.add_button.clicked.connect(self._add_typed)
        self.add_role.returnPressed.connect(self._add_typed)
        self.add_name.returnPressed.connect(self.add_role.setFocus)
        self.interpreter.toggled.connect(self._interpreter_toggled)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Enter in a text field moves on (or adds the person); it never starts the
        meeting by surprise. Enter elsewhere, or the button, starts it."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(self.focusWidget(), QLineEdit)):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- people ------------------------------------------------------------------------
    def _add(self, person: Participant, checked: bool) -> None:
        label = person.name + (f" ({person.role})" if person.role else "")
        self._syncing = True
        try:
            for target, tick in ((self.present, checked), (self.absent, False)):
                item = QListWidgetItem(label)
                item.setData(_PERSON, person)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if tick else Qt.CheckState.Unchecked)
                target.addItem(item)
        finally:
            self._syncing = False

    def _add_typed(self) -> None:
        name = self.add_name.text().strip()
        if not name:
            self.error.setText(self.tr("Skriv navnet på den som skal legges til."))
            self.add_name.setFocus()
            return
        self._add(Participant(name, self.add_role.text().strip(), Party.OTHER), checked=True)
        self.for_whom.addItem(name)
        self.add_name.clear()
        self.add_role.clear()
        self.error.clear()
        self.add_name.setFocus()

    def _exclusive(self, item: QListWidgetItem, other: QListWidget) -> None:
        """Ticked as present unticks "meldt forfall" for the same person, and back."""
        if self._syncing or item.checkState() != Qt.CheckState.Checked:
            return
        row = item.listWidget().row(item)
        self._syncing = True
        try:
            other.item(row).setCheckState(Qt.CheckState.Unchecked)
        finally:
            self._syncing = False

    @staticmethod
    def _ticked(people: QListWidget) -> list[Participant]:
        return [people.item(i).data(_PERSON) for i in range(people.count())
                if people.item(i).checkState() == Qt.CheckState.Checked]

    # --- the rest ------------------------------------------------------------------------
    def _kind_changed(self, *_args) -> None:
        agenda = agenda_for(self.agendas, MeetingKind(self.kind.currentData()))
        self.agenda.setCurrentIndex(max(0, self.agenda.findData(agenda.id if agenda else "")))

    def _interpreter_toggled(self, on: bool) -> None:
        self.language.setEnabled(on)
        self.for_whom.setEnabled(on)
        if on:
            self.language.setFocus()

    def start(self) -> None:
        interpreter = (Interpreter(self.language.text().strip(),
                                   self.for_whom.currentText().strip())
                       if self.interpreter.isChecked() else None)
        held_at: datetime = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        try:
            meeting = self.service.start(
                MeetingKind(self.kind.currentData()), held_at, self.place.text(),
                self._ticked(self.present), self._ticked(self.absent), interpreter,
                self.agenda.currentData() or "")
        except MeetingError as problem:
            self.error.setText(problem_text(problem.problem))
            focus = self.language if problem.problem == "interpreter_language" else self.present
            focus.setFocus()
            return
        self.meeting_id = meeting.id
        self.accept()
        self.started.emit(meeting.id)
