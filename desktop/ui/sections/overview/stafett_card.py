"""Oversikt: who holds the baton (a named person of the case, seed 004: "en
person som har koordineringsansvar"), since when, what the phase says the role
is, and every handover so far. Service: absence_register (via AbsenceEditing)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop.domain.absence_rules import Phase
from desktop.domain.validation import format_date
from desktop.services import absence_register as absence_app
from desktop.ui.labels import team_role_label
from desktop.ui.sections.overview.handover_dialog import HandoverDialog
from desktop.ui.widgets.absence_editing import AbsenceEditing
from desktop.ui.widgets.inputs import button


class StafettCard(QWidget):
    def __init__(self, absence: AbsenceEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stafettCard")
        self.absence = absence
        self._phase: Phase | None = None
        self.holder = QLabel()
        self.holder.setObjectName("followUpStafettholder")
        self.holder.setWordWrap(True)
        self.hand_over_button = button(self.tr("Gi stafetten videre …"), "followUpHandOver",
                                       self.tr("Gi stafetten videre til en annen person"))
        self.history = QListWidget()
        self.history.setObjectName("followUpHandovers")
        self.history.setAccessibleName(self.tr("Stafettholdere så langt"))
        top = QHBoxLayout()
        top.addWidget(self.holder, 1)
        top.addWidget(self.hand_over_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.history)
        self.hand_over_button.clicked.connect(self.open_handover)

    def refresh(self, phase: Phase) -> None:
        self._phase = phase
        register = self.absence.register
        handovers = register.handovers()
        holder = register.stafettholder()
        if holder is None:
            self.holder.setText(self.tr("Stafettholder: ingen er valgt ennå. Fasen sier: %1.")
                                .replace("%1", phase.stafettholder))
        else:
            who = f"{holder.to_name} ({holder.to_role})" if holder.to_role else holder.to_name
            self.holder.setText(self.tr("Stafettholder: %1, fra %2. Fasen sier: %3.")
                                .replace("%1", who).replace("%2", format_date(holder.handed_on))
                                .replace("%3", phase.stafettholder))
        self.hand_over_button.setText(self.tr("Gi stafetten videre …") if holder
                                      else self.tr("Velg stafettholder …"))
        self.hand_over_button.setEnabled(not self.absence.read_only)
        self.history.clear()
        for h in reversed(handovers):
            text = self.tr("%1: %2 → %3").replace("%1", format_date(h.handed_on)) \
                .replace("%2", h.from_name or "–").replace("%3", h.to_name)
            self.history.addItem(f"{text} – {h.note}" if h.note else text)
        self.history.setVisible(bool(handovers))
        if handovers:  # as high as its lines, up to four; it scrolls beyond
            line = self.history.sizeHintForRow(0)
            self.history.setFixedHeight(min(len(handovers), 4) * line
                                        + 2 * self.history.frameWidth() + 4)

    def _people(self) -> list[tuple[str, str]]:
        session = self.absence.editing.session
        people = [(m.name.strip(), team_role_label(m.role)) for m in session.team()
                  if m.name.strip()]
        people += [(g.name.strip(), g.relation.strip()) for g in session.guardians()
                   if g.name.strip()]
        return people

    def open_handover(self) -> HandoverDialog:
        holder = self.absence.register.stafettholder()
        dialog = HandoverDialog(self, self._people(), holder.to_name if holder else "",
                                self._phase.stafettholder if self._phase else "",
                                absence_app.today())
        dialog.handed_over.connect(self.absence.hand_over)
        dialog.open()
        return dialog
