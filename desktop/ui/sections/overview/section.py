"""Oversikt: the pupil's details, the guardians and the team around the pupil.
In meeting mode only the pupil is shown: no follow-up ladder (rules, phase
suggestions), due dates, timeline or note (Merknad)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.sections.overview.due_dates_card import DueDatesCard
from desktop.ui.sections.overview.follow_up_card import FollowUpCard
from desktop.ui.sections.overview.timeline_view import TimelineView
from desktop.ui.undo import GUARDIAN, PUPIL, TEAM, CaseEditing, FieldRef
from desktop.ui.widgets.field_form import FieldForm
from desktop.ui.widgets.inputs import button
from desktop.ui.widgets.meeting_start import StartMeetingDialog
from desktop.ui.widgets.meeting_mode import adult_only
from desktop.ui.widgets.people_editor import PeopleEditor
from desktop.ui.widgets.specs import (
    guardian_label,
    guardian_specs,
    guardian_texts,
    pupil_specs,
    team_label,
    team_specs,
    team_texts,
)


class OverviewSection(QScrollArea):
    """A scroll area of three group boxes: Eleven, Foresatte, Laget rundt eleven."""

    meeting_changed = Signal()  # a meeting was started here: the case page shows its rail

    def __init__(self, editing: CaseEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overviewSection")
        self.setAccessibleName(self.tr("Oversikt"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        self.pupil_form = FieldForm(pupil_specs(), editing, PUPIL)
        self.pupil_form.load(editing.session.pupil())
        self.pupil_form.set_read_only(editing.read_only)
        self.guardians = PeopleEditor(guardian_specs(), editing, GUARDIAN, guardian_texts(),
                                      guardian_label)
        self.team = PeopleEditor(team_specs(), editing, TEAM, team_texts(), team_label)

        content = QWidget()
        content.setObjectName("overviewContent")
        layout = QVBoxLayout(content)
        layout.setSpacing(16)
        self.editing = editing
        self.start_dialog: StartMeetingDialog | None = None
        self.start_meeting_button = button(self.tr("Start &møte …"), "startMeetingOverview",
                                           self.tr("Start et møte med dagsorden"))
        self.start_meeting_button.setEnabled(not editing.read_only)
        self.start_meeting_button.clicked.connect(self.start_meeting)
        top = QHBoxLayout()
        top.addWidget(self.start_meeting_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.follow_up = FollowUpCard(editing)  # issue 3: the ladder and the timeline
        self.timeline = TimelineView(editing)
        self.due_dates = DueDatesCard(editing)  # issue 7: evaluation and next meeting
        for title, name, widget in (
            (self.tr("Frister"), "dueDatesGroup", self.due_dates),
            (self.tr("Oppfølging av fraværet"), "followUpGroup", self.follow_up),
            (self.tr("Eleven"), "pupilGroup", self.pupil_form),
            (self.tr("Foresatte"), "guardianGroup", self.guardians),
            (self.tr("Laget rundt eleven"), "teamGroup", self.team),
            (self.tr("Tidslinje"), "timelineGroup", self.timeline),
        ):
            group = QGroupBox(title)
            group.setObjectName(name)
            inner = QVBoxLayout(group)
            inner.addWidget(widget)
            layout.addWidget(group)
            if name != "pupilGroup":
                adult_only(group)
        adult_only(self.pupil_form.editor("note"), self.pupil_form.label_for("note"))
        layout.addStretch(1)
        self.setWidget(content)

    def start_meeting(self) -> StartMeetingDialog:
        self.start_dialog = StartMeetingDialog(self.editing.session, self)
        self.start_dialog.started.connect(lambda _id: self.meeting_changed.emit())
        self.start_dialog.open()
        return self.start_dialog

    def editor_for(self, ref: FieldRef) -> QWidget | None:
        """The widget that shows a stored value (to bring it into view after undo)."""
        if ref.scope == PUPIL:
            return self.pupil_form.editor(ref.key)
        editor = self.guardians if ref.scope == GUARDIAN else self.team
        return editor.form.editor(ref.key)
