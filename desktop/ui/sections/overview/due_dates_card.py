"""Oversikt: the dates that wait — evaluations of agreements, the next
meeting, the log's next step and the open tasks of meeting minutes (due or
overdue). The same computation gives the case list its "Neste frist". Read
again each time Oversikt is shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain.due_dates import MEETING, MEETING_TASK, NEXT_STEP, DueDate
from desktop.services import absence_register as absence_app
from desktop.services.agreement_service import due_dates
from desktop.ui.crash_guard import guarded
from desktop.ui.undo import CaseEditing


class DueDatesCard(QWidget):
    def __init__(self, editing: CaseEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dueDatesCard")
        self._session = editing.session
        self.text = QLabel()
        self.text.setObjectName("dueDatesText")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Frister"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.refresh()

    @guarded
    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.refresh()
        super().showEvent(event)

    def lines(self, today: date | None = None) -> list[str]:
        today = today or absence_app.today()
        return [self._line(due, today) for due in due_dates(self._session, today)]

    def _line(self, due: DueDate, today: date) -> str:
        day = due.when.strftime("%d.%m.%Y")
        if due.kind == MEETING:
            return self.tr("Neste møte: %1").replace("%1", due.at.strftime("%d.%m.%Y kl. %H:%M"))
        if due.kind in (NEXT_STEP, MEETING_TASK):
            what = due.text or (self.tr("neste steg") if due.kind == NEXT_STEP
                                else self.tr("oppgave fra møtet"))
            where = self.tr("Logg") if due.kind == NEXT_STEP else self.tr("Møter")
            line = self.tr("%1 (%2, %3): %4").replace("%1", what).replace("%2", where) \
                .replace("%3", due.who or "–").replace("%4", day)
            return line + (" – " + self.tr("forfalt") if due.overdue else "")
        if due.overdue:
            return self.tr("Evaluering av avtale %1 skulle vært holdt %2. Den er forfalt.") \
                .replace("%1", str(due.agreement_number)).replace("%2", day)
        days = (due.when - today).days
        return self.tr("Evaluering av avtale %1: %2 (om %n dager)", "", days) \
            .replace("%1", str(due.agreement_number)).replace("%2", day)

    def refresh(self) -> None:
        lines = self.lines()
        self.text.setText("\n".join(lines) if lines else
                          self.tr("Ingen frister ennå: ingen evaluering, møte, neste steg "
                                  "eller oppgave har en dato."))
