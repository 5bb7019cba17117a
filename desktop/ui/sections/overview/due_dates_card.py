"""Oversikt: the dates that wait — evaluation of an agreement (due or overdue)
and the next meeting. Read again each time Oversikt is shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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
        today = today or date.today()
        result = []
        for due in due_dates(self._session, today):
            day = due.when.strftime("%d.%m.%Y")
            if due.kind == "meeting":
                result.append(self.tr("Neste møte: %1").replace(
                    "%1", due.at.strftime("%d.%m.%Y kl. %H:%M")))
            elif due.overdue:
                result.append(self.tr("Evaluering av avtale %1 skulle vært holdt %2. Den er "
                                      "forfalt.").replace("%1", str(due.agreement_number))
                              .replace("%2", day))
            else:
                days = (due.when - today).days
                result.append(self.tr("Evaluering av avtale %1: %2 (om %n dager)", "", days)
                              .replace("%1", str(due.agreement_number)).replace("%2", day))
        return result

    def refresh(self) -> None:
        lines = self.lines()
        self.text.setText("\n".join(lines) if lines else
                          self.tr("Ingen evaluering eller møte er satt opp ennå."))
