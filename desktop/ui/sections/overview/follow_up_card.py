"""Top of Oversikt: the phase or trinn (decided, or suggested), the decision
the program proposes after an event or from the rules (accepted with one
click, with date and name), the stafettholder, the rules that fired and when
first, the evidence behind a rule (one click), and the phase's tasks: ticked by
hand or by an event, with a link to the entry that ticked them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.follow_up_events import CONTACT
from desktop.domain.referral import referral_in_view
from desktop.domain.validation import format_date
from desktop.services import absence_register as absence_app
from desktop.ui.common import heading, message_label, refuse, reveal_section
from desktop.ui.dialogs.contact_dialog import ContactDialog
from desktop.ui.sections.overview.decision_dialog import DecisionDialog
from desktop.ui.sections.overview.event_texts import SECTION_OF, event_text
from desktop.ui.sections.overview.stafett_card import StafettCard
from desktop.ui.undo import CaseEditing
from desktop.ui.widgets.absence_editing import RULES, TASKS, AbsenceEditing
from desktop.ui.widgets.absence_figures import AbsenceFigures, updating_label
from desktop.ui.widgets.absence_texts import record_line
from desktop.ui.widgets.inputs import button, line_edit
from desktop.ui.widgets.meeting_mode import adult_only, in_meeting_mode

_ID_ROLE = Qt.ItemDataRole.UserRole
_EVENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the event that ticked a task


class FollowUpCard(QWidget):
    def __init__(self, editing: CaseEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("followUpCard")
        self.absence = AbsenceEditing.of(editing)
        self.figures = AbsenceFigures.of(editing)  # a long register: evaluated on a worker
        self._evaluation = None
        self._proposal = None
        self._default_name = ""

        self.rule_set = QComboBox()
        self.rule_set.setObjectName("followUpRuleSet")
        self.rule_set.setAccessibleName(self.tr("Regelsett for denne saken"))
        rule_set_label = QLabel(self.tr("&Regelsett:"))
        rule_set_label.setBuddy(self.rule_set)
        self.problems = QLabel()
        self.problems.setObjectName("followUpProblems")
        self.problems.setProperty("role", "error")
        self.problems.setWordWrap(True)
        self.suggested = heading("", 12, "followUpSuggested")
        self.updating = updating_label("followUpUpdating", self.tr("Oppfølgingen oppdateres"))
        self.decision = QLabel()
        self.decision.setObjectName("followUpDecision")
        self.decision.setWordWrap(True)
        self.proposal = QLabel()
        self.proposal.setObjectName("followUpProposal")
        self.proposal.setWordWrap(True)
        self.accept_by = line_edit("followUpAcceptBy", self.tr("Besluttet av"),
                                   self.tr("navn og rolle"))
        accept_by_label = QLabel(self.tr("Besluttet &av:"))
        accept_by_label.setBuddy(self.accept_by)
        self.accept_button = button(self.tr("Godta forslaget"), "followUpAccept",
                                    self.tr("Godta forslaget og registrer beslutningen i dag"))
        self.accept_error = message_label("followUpAcceptError")
        self.proposal_box = QWidget()
        proposal_row = QHBoxLayout()
        proposal_row.addWidget(accept_by_label)
        proposal_row.addWidget(self.accept_by, 1)
        proposal_row.addWidget(self.accept_button)
        proposal_layout = QVBoxLayout(self.proposal_box)
        proposal_layout.setContentsMargins(0, 0, 0, 0)
        proposal_layout.addWidget(self.proposal)
        proposal_layout.addLayout(proposal_row)
        proposal_layout.addWidget(self.accept_error)
        self.stafett = StafettCard(self.absence)
        self.rules = QListWidget()
        self.rules.setObjectName("followUpRules")
        self.rules.setAccessibleName(self.tr("Regler som har slått til"))
        self.evidence = QListWidget()
        self.evidence.setObjectName("followUpEvidence")
        self.evidence.setAccessibleName(self.tr("Fraværet bak regelen"))
        self.tasks = QListWidget()
        self.tasks.setObjectName("followUpTasks")
        self.tasks.setAccessibleName(self.tr("Oppgaver i denne fasen"))
        self.tasks_title = QLabel()
        self.tasks_title.setBuddy(self.tasks)
        self.compare_button = QPushButton(self.tr("Regelsett side om side …"))
        self.compare_button.setObjectName("followUpCompareRuleSets")
        self.compare_button.setAccessibleName(
            self.tr("Se hva hvert regelsett ville sagt for denne eleven"))
        self.compare_button.setToolTip(self.compare_button.accessibleName())
        self.decide_button = QPushButton(self.tr("Registrer beslutning …"))
        self.decide_button.setObjectName("followUpDecide")
        self.decide_button.setAccessibleName(self.tr("Registrer beslutning"))
        self.contact_button = QPushButton(self.tr("Registrer kontakt med hjemmet …"))
        self.contact_button.setObjectName("followUpContact")
        self.contact_button.setAccessibleName(self.tr("Registrer kontakt med hjemmet"))
        # Issue 14: in the last phases of the ladder a referral is part of the work.
        self.referral_button = QPushButton(self.tr("Henvisning til PPT …"))
        self.referral_button.setObjectName("followUpReferral")
        self.referral_button.setAccessibleName(self.tr("Lag henvisning til PPT"))
        adult_only(self.referral_button)  # the draft shows the adults' internal notes
        for lst in (self.rules, self.evidence, self.tasks):
            lst.setWordWrap(True)
            lst.setResizeMode(QListView.ResizeMode.Adjust)
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for lst in (self.rules, self.evidence):
            lst.setMinimumHeight(80)
            lst.setMaximumHeight(140)

        top = QHBoxLayout()
        top.addWidget(rule_set_label)
        top.addWidget(self.rule_set)
        top.addWidget(self.updating)
        top.addStretch(1)
        rules_label = QLabel(self.tr("Regler som har &slått til (velg én for å se fraværet)"))
        rules_label.setBuddy(self.rules)
        evidence_label = QLabel(self.tr("&Grunnlag"))
        evidence_label.setBuddy(self.evidence)
        grid = QGridLayout()
        grid.addWidget(rules_label, 0, 0)
        grid.addWidget(evidence_label, 0, 1)
        grid.addWidget(self.rules, 1, 0)
        grid.addWidget(self.evidence, 1, 1)
        grid.addWidget(self.tasks_title, 2, 0, 1, 2)
        grid.addWidget(self.tasks, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.decide_button)
        buttons.addWidget(self.contact_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        referral_row = QHBoxLayout()  # a row of its own: the row above is full at 125 %
        referral_row.addWidget(self.referral_button)
        referral_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.problems)
        layout.addWidget(self.suggested)
        layout.addWidget(self.decision)
        layout.addWidget(self.proposal_box)
        layout.addWidget(self.stafett)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addLayout(referral_row)

        self.rules.currentRowChanged.connect(self._show_evidence)
        self.evidence.itemActivated.connect(
            lambda item: self.absence.show_record.emit(item.data(_ID_ROLE)))
        self.tasks.itemActivated.connect(self._open_task_event)
        self.accept_button.clicked.connect(self.accept_proposal)
        self.accept_by.returnPressed.connect(self.accept_proposal)
        self.tasks.itemChanged.connect(self._task_toggled)
        self.decide_button.clicked.connect(self.open_decision)
        self.compare_button.clicked.connect(self.open_rule_sets)
        self.contact_button.clicked.connect(self.open_contact)
        self.referral_button.clicked.connect(self.open_referral)
        self.rule_set.activated.connect(self._rule_set_chosen)
        self.absence.changed.connect(self._on_changed)
        self.figures.pending_changed.connect(lambda pending: pending and self.updating.show())
        self.figures.ready.connect(lambda figures: self.refresh(figures.evaluation))
        self.refresh()

    def event(self, event: QEvent) -> bool:
        # The setting may have changed in Innstillinger while this case was open.
        if event.type() in (QEvent.Type.WindowActivate, QEvent.Type.Show) \
                and self._evaluation is not None \
                and self._default_name != absence_app.default_rule_set_name():
            self.absence.changed.emit(RULES)
        elif event.type() == QEvent.Type.Show and self._evaluation is not None:
            self.refresh()  # events come from other sections (Avtaler, Kartlegging)
        return super().event(event)

    # --- drawing ------------------------------------------------------------------------
    def refresh(self, evaluation=None) -> None:
        """`evaluation`: computed on a worker (AbsenceFigures) for a long register;
        without it, a long register's is asked for and "Oppdaterer …" shows."""
        register = self.absence.register
        if evaluation is None and self.figures.wanted():
            current = self.figures.current()
            if current is None:
                self.figures.request()
                self.updating.setVisible(True)
                return
            evaluation = current.evaluation
        self.updating.setVisible(self.figures.pending)
        self._default_name = absence_app.default_rule_set_name()
        self._fill_rule_sets()
        if evaluation is None:
            evaluation = register.evaluation()
        self._evaluation = evaluation
        decision = register.current_decision()
        proposal = register.proposal(evaluation)
        current = register.current_phase(evaluation)
        if decision is None:
            current = proposal.phase if proposal else current
            self.suggested.setText(self.tr("%1 (forslag)").replace("%1", current.name))
            self.decision.setText(self.tr("Ingen beslutning er registrert ennå. Programmet "
                                          "foreslår; dere bestemmer."))
        else:
            self.suggested.setText(current.name)
            self.decision.setText(self.tr("Besluttet: %1 (%2, %3)")
                                  .replace("%1", decision.phase_name)
                                  .replace("%2", format_date(decision.decided_on))
                                  .replace("%3", decision.decided_by))
        self._show_proposal(proposal, decision)
        self.stafett.refresh(current)
        self.rules.blockSignals(True)
        self.rules.clear()
        for firing in evaluation.firings:
            state = self.tr("gjelder nå") if firing.active else self.tr("gjaldt")
            text = self.tr("%1 – første gang %2 (%3)").replace("%1", firing.rule.text) \
                .replace("%2", format_date(firing.first_fired)).replace("%3", state)
            self.rules.addItem(text)
        if not evaluation.firings:
            self.rules.addItem(self.tr("Ingen regel har slått til."))
        self.rules.blockSignals(False)
        self.rules.setCurrentRow(0 if evaluation.firings else -1)
        self._show_evidence(self.rules.currentRow())
        self._fill_tasks(current)
        self.decide_button.setEnabled(not self.absence.read_only)
        self.contact_button.setVisible(evaluation.contact_due)
        self.contact_button.setEnabled(not self.absence.read_only)
        self.referral_button.setVisible(not in_meeting_mode(self) and referral_in_view(
            evaluation.rule_set.rank(current.id), len(evaluation.rule_set.phases)))

    def _show_proposal(self, proposal, decision) -> None:
        self._proposal = proposal
        self.proposal_box.setVisible(proposal is not None)
        self.accept_error.setVisible(False)
        if proposal is None:
            return
        why = event_text(proposal.event) if proposal.event else self.tr("fraværsreglene")
        if decision is None:  # the heading already names the proposed phase
            self.proposal.setText(self.tr("Foreslått etter %1.").replace("%1", why))
        else:
            self.proposal.setText(self.tr("Forslag etter %1: %2").replace("%1", why)
                                  .replace("%2", self.tr("%1 (forslag)")
                                           .replace("%1", proposal.phase.name)))
        if not self.accept_by.text().strip():
            holder = self.absence.register.stafettholder()
            self.accept_by.setText(holder.to_name if holder else
                                   decision.decided_by if decision else "")
        self.accept_by.setEnabled(not self.absence.read_only)
        self.accept_button.setEnabled(not self.absence.read_only)

    def accept_proposal(self) -> None:
        """One click: the proposed phase, decided today by the name given."""
        if self._proposal is None or self.absence.read_only:
            return
        by_whom = self.accept_by.text().strip()
        if not by_whom:
            refuse(self.accept_error, self.accept_by,
                   self.tr("Skriv hvem som tok beslutningen."))
            return
        self.absence.decide(self._proposal.phase.id, absence_app.today(), by_whom)

    def _on_changed(self, kind: str) -> None:
        if kind == TASKS:
            self._sync_tasks()  # in place: the list may be mid-signal
        else:
            self.refresh()

    def _sync_tasks(self) -> None:
        done = self.absence.register.done_tasks()
        self.tasks.blockSignals(True)
        for row in range(self.tasks.count()):
            item = self.tasks.item(row)
            checked = item.data(_ID_ROLE) in done
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.tasks.blockSignals(False)

    def _fill_rule_sets(self) -> None:
        sets = absence_app.rule_sets()
        override = self.absence.register.rule_set_override()
        self.rule_set.blockSignals(True)
        self.rule_set.clear()
        default = absence_app.default_rule_set_name()
        self.rule_set.addItem(self.tr("Fra innstillingene (%1)").replace("%1", default), "")
        for rule_set in sets.values():
            self.rule_set.addItem(rule_set.name, rule_set.id)
        self.rule_set.setCurrentIndex(max(self.rule_set.findData(override), 0))
        self.rule_set.blockSignals(False)
        self.rule_set.setEnabled(not self.absence.read_only)
        lines = [self.tr("Regelfilen %1 kan ikke brukes (%2): %3")
                 .replace("%1", p.path.name)
                 .replace("%2", self.tr("linje %1").replace("%1", str(p.line)) if p.line
                          else self.tr("ukjent linje"))
                 .replace("%3", p.message)
                 for p in absence_app.rule_set_problems()]
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def _fill_tasks(self, phase) -> None:
        register = self.absence.register
        done = register.done_tasks()
        by_events = register.tasks_done_by_events()
        self.tasks_title.setText(self.tr("&Oppgaver i «%1»").replace("%1", phase.name))
        row = self.tasks.currentRow()
        self.tasks.blockSignals(True)
        self.tasks.clear()
        for task in phase.tasks:
            event = by_events.get(task.id)
            item = QListWidgetItem(task.text)
            item.setData(_ID_ROLE, task.id)
            flags = item.flags()
            if event is None:  # an event's tick goes with the entry, not by hand
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
                item.setData(_EVENT_ROLE, event)
                item.setText(self.tr("%1 – gjort: %2 (Enter: vis)").replace("%1", task.text)
                             .replace("%2", event_text(event)))
            if self.absence.read_only:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            checked = task.id in done
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if checked:
                item.setToolTip(self.tr("Gjort %1").replace("%1", format_date(done[task.id])))
            self.tasks.addItem(item)
        if 0 <= row < self.tasks.count():
            self.tasks.setCurrentRow(row)
        self.tasks.blockSignals(False)
        rows = max(self.tasks.count(), 1)
        line = self.tasks.sizeHintForRow(0) if self.tasks.count() else 20
        self.tasks.setFixedHeight(rows * line + 2 * self.tasks.frameWidth() + 6)

    def _open_task_event(self, item: QListWidgetItem) -> None:
        """The link of a task an event ticked: the log entry, or the section
        that holds the conversation, agreement or evaluation."""
        event = item.data(_EVENT_ROLE)
        if event is None:
            return
        if event.kind == CONTACT:
            self.absence.show_contact.emit(event.ref_id)
        else:
            reveal_section(self, SECTION_OF[event.kind])

    def _show_evidence(self, row: int) -> None:
        self.evidence.clear()
        firings = self._evaluation.firings if self._evaluation else ()
        if 0 <= row < len(firings):
            for record in firings[row].evidence:
                item = QListWidgetItem(record_line(record))
                item.setData(_ID_ROLE, record.id)
                item.setToolTip(self.tr("Enter eller dobbeltklikk: vis i Fravær"))
                self.evidence.addItem(item)

    # --- acting ------------------------------------------------------------------------------
    def _task_toggled(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        self.absence.set_task(item.data(_ID_ROLE), checked)

    def _rule_set_chosen(self, index: int) -> None:
        chosen = self.rule_set.itemData(index)
        if chosen != self.absence.register.rule_set_override():
            self.absence.set_rule_set(chosen)

    def open_decision(self) -> DecisionDialog:
        evaluation = self._evaluation
        suggested = self._proposal.phase.id if self._proposal else evaluation.suggested.id
        dialog = DecisionDialog(self, evaluation.rule_set, suggested, absence_app.today())
        dialog.decided.connect(self.absence.decide)
        dialog.open()
        return dialog

    def open_rule_sets(self):
        from desktop.ui.sections.overview.rule_sets_dialog import RuleSetsDialog

        register = self.absence.register
        dialog = RuleSetsDialog(self, register.every_rule_set(absence_app.today()),
                                register.rule_set().id)
        dialog.open()
        self.rule_sets_dialog = dialog
        return dialog

    def open_referral(self):
        from desktop.ui.dialogs.referral_dialog import ReferralDialog

        dialog = ReferralDialog(self.window(), self.absence.editing.session)
        dialog.open()
        return dialog

    def open_contact(self) -> ContactDialog:
        session = self.absence.editing.session
        people = [g.name for g in session.guardians() if g.name.strip()]
        people += [m.name for m in session.team() if m.name.strip()]
        dialog = ContactDialog(self, people, datetime.now().replace(second=0, microsecond=0),
                               default_with=people[0] if people else "")
        dialog.saved.connect(self.absence.add_contact)
        dialog.open()
        return dialog
