"""The agenda rail: beside the work on the case page while a meeting runs.
Each item opens its section in the context of the meeting; items can be
skipped or taken in any order; "Avslutt møtet" ends it. The rail only shows
and asks: the case page opens sections, the Møter section ends the meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from desktop.domain.meetings import AgendaState, Meeting
from desktop.forms.meeting_agendas import Agenda
from desktop.services.meeting_service import MeetingService
from desktop.ui.widgets.inputs import button
from desktop.ui.widgets.meeting_start import kind_names

_ITEM = Qt.ItemDataRole.UserRole


class AgendaRail(QFrame):
    """`open_item(section, item_id)` when an item is opened; `end_requested(meeting_id)`."""

    open_item = Signal(str, str)
    end_requested = Signal(int)

    def __init__(self, service: MeetingService, parent=None):
        super().__init__(parent)
        self.setObjectName("agendaRail")
        self.setAccessibleName(self.tr("Dagsorden for møtet"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(230)
        self.service = service
        self.meeting: Meeting | None = None
        self.agenda: Agenda | None = None

        self.title = QLabel()
        self.title.setObjectName("agendaTitle")
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("agendaDetails")
        self.details.setWordWrap(True)
        self.details.setProperty("role", "hint")
        self.list = QListWidget()
        self.list.setObjectName("agendaList")
        self.list.setAccessibleName(self.tr("Punkter på dagsorden (Enter åpner)"))
        self.list.setWordWrap(True)  # a long title wraps; the rail never scrolls sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.help = QLabel()
        self.help.setObjectName("agendaHelp")
        self.help.setWordWrap(True)
        self.help.setProperty("role", "hint")
        self.open_button = button(self.tr("&Åpne punktet"), "agendaOpen",
                                  self.tr("Åpne punktet i saken"))
        self.skip_button = button(self.tr("&Hopp over"), "agendaSkip",
                                  self.tr("Hopp over punktet (eller ta det med igjen)"))
        self.end_button = button(self.tr("Avslutt &møtet …"), "endMeeting",
                                 self.tr("Avslutt møtet og se hva som ble bestemt"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        for widget in (self.title, self.details, self.list, self.help, self.open_button,
                       self.skip_button, self.end_button):
            layout.addWidget(widget, 1 if widget is self.list else 0)

        self.list.itemActivated.connect(lambda _item: self.open_current())  # Enter, double click
        self.list.currentRowChanged.connect(self._show_help)
        self.open_button.clicked.connect(self.open_current)
        self.skip_button.clicked.connect(self.skip_current)
        self.end_button.clicked.connect(
            lambda: self.meeting is not None and self.end_requested.emit(self.meeting.id))
        self.setVisible(False)

    # --- showing -------------------------------------------------------------------------
    def show_meeting(self, meeting: Meeting | None, agenda: Agenda | None) -> None:
        self.meeting, self.agenda = meeting, agenda
        self.setVisible(meeting is not None)
        if meeting is None:
            return
        when = meeting.held_at.strftime("%d.%m.%Y %H:%M") if meeting.held_at else ""
        self.title.setText(self.tr("Møte pågår: %1").replace("%1", kind_names()[meeting.kind]))
        present = ", ".join(meeting.present_names())
        self.details.setText(" · ".join(x for x in (when, meeting.place) if x) + "\n"
                             + self.tr("Til stede: %1").replace("%1", present))
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        for item in agenda.items if agenda else ():
            state = meeting.item_state(item.id)
            mark = {AgendaState.DONE: "✓ ", AgendaState.SKIPPED: "– "}.get(state, "   ")
            text = mark + item.title + (self.tr(" (hoppet over)")
                                        if state is AgendaState.SKIPPED else "")
            entry = QListWidgetItem(text)
            entry.setData(_ITEM, item.id)
            entry.setToolTip(item.help)
            self.list.addItem(entry)
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        for b in (self.open_button, self.skip_button):
            b.setEnabled(self.list.count() > 0 and not self.service.read_only)
        self.end_button.setEnabled(not self.service.read_only)
        self._show_help(self.list.currentRow())

    def _show_help(self, row: int) -> None:
        item = self.agenda.items[row] if self.agenda and 0 <= row < len(self.agenda.items) else None
        self.help.setText(item.help if item else "")

    def _current(self):
        row = self.list.currentRow()
        if self.agenda is None or self.meeting is None or not 0 <= row < len(self.agenda.items):
            return None
        return self.agenda.items[row]

    # --- acting ----------------------------------------------------------------------------
    def open_current(self) -> None:
        item = self._current()
        if item is None:
            return
        if not self.service.read_only:
            self.meeting = self.service.set_item(self.meeting.id, item.id, AgendaState.DONE)
            self.show_meeting(self.meeting, self.agenda)
        self.open_item.emit(item.section, item.id)

    def skip_current(self) -> None:
        item = self._current()
        if item is None or self.service.read_only:
            return
        skipped = self.meeting.item_state(item.id) is AgendaState.SKIPPED
        self.meeting = self.service.set_item(
            self.meeting.id, item.id, AgendaState.OPEN if skipped else AgendaState.SKIPPED)
        self.show_meeting(self.meeting, self.agenda)
        if not skipped and self.list.currentRow() < self.list.count() - 1:
            self.list.setCurrentRow(self.list.currentRow() + 1)
