"""Møter as the hub of the case (issue 13): start a meeting with the dialog,
open the section for the running meeting from the agenda rail, end it with
the end page; and the line that says where the meeting was, who sent word,
the interpreter, and what was made in it. Mixed into MeetingsSection."""

from __future__ import annotations

from desktop.domain.meeting_work import WorkKind
from desktop.domain.meetings import Meeting, interpreter_text
from desktop.ui.sections.meetings.end_page import MeetingEndDialog, end_and_show
from desktop.ui.widgets.meeting_start import StartMeetingDialog


class MeetingHub:
    def start_meeting(self) -> StartMeetingDialog:
        self.start_dialog = StartMeetingDialog(self.editing.session, self)
        self.start_dialog.started.connect(self._started)
        self.start_dialog.open()
        return self.start_dialog

    def _started(self, meeting_id: int) -> None:
        self.refresh(meeting_id)
        self.message.setText(self.tr("Møtet er i gang. Dagsorden står til høyre."))
        self.meeting_changed.emit()

    def open_for_meeting(self, meeting_id: int) -> None:
        self.refresh(meeting_id)

    def end_meeting(self, meeting_id: int) -> MeetingEndDialog:
        dialog = end_and_show(self, meeting_id)
        self.message.setText(self.tr("Møtet er avsluttet. Referatet er skrevet ut fra det som "
                                     "ble bestemt; rett det før det skrives ut."))
        self.meeting_changed.emit()
        return dialog

    def _attendance(self, m: Meeting) -> str:
        """Place, who sent word, the interpreter, and what the meeting holds."""
        lines = [self.tr("Sted: %1").replace("%1", m.place)] if m.place else []
        if m.absent:
            lines.append(self.tr("Meldt forfall: %1").replace(
                "%1", ", ".join(p.name for p in m.absent)))
        interpreting = interpreter_text(m)  # the same words as the minutes
        if interpreting:
            lines.append(self.tr("Tolk: %1").replace("%1", interpreting))
        work = self.service.work(m.id).items if m.id is not None else ()
        names = {WorkKind.CONVERSATION: self.tr("kartleggingssamtale"),
                 WorkKind.CIRCLE_STAND: self.tr("stand i tiltakssirkelen"),
                 WorkKind.AGREEMENT: self.tr("avtale %1 versjon %2"),
                 WorkKind.EVALUATION: self.tr("evaluering av avtale %1")}
        held = [names[i.kind].replace("%1", str(i.number)).replace("%2", str(i.version))
                for i in work]
        if held:
            lines.append(self.tr("Laget i møtet: %1").replace("%1", ", ".join(held)))
        return "\n".join(lines)
