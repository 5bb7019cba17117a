"""Kartlegging: the case's conversations (start, resume, several per case). In
meeting mode (the case page's toggle) the open conversation is rebuilt without
its internal step, the Kearney tool and the help written for the adults."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.conversations import ConversationStatus
from desktop.domain.validation import format_date, parse_date
from desktop.paths import Paths
from desktop.services.conversation_service import ConversationForms
from desktop.services.meeting_service import running_meeting
from desktop.ui.common import heading, message_label, show_message
from desktop.ui.crash_guard import guarded
from desktop.ui.labels import team_role_label
from desktop.ui.sections.mapping.editing import MappingEditing
from desktop.ui.sections.mapping.question import ValueChoiceBox
from desktop.ui.sections.mapping.view import ConversationView
from desktop.ui.undo import CaseEditing
from desktop.ui.widgets.inputs import labelled_rows
from desktop.ui.widgets.record_layout import scrolled

_ID_ROLE = Qt.ItemDataRole.UserRole


class MappingSection(QWidget):
    """The Kartlegging section (registered in registry.SECTION_CLASSES)."""

    def __init__(self, editing: CaseEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mappingSection")
        self.setAccessibleName(self.tr("Kartlegging"))
        self.owner = MappingEditing(editing, self)
        self._case_editing = editing
        self._forms: ConversationForms | None = None
        self.view: ConversationView | None = None
        self._meeting_mode = False
        self._style = ""

        self.stack = QStackedWidget()
        self.home = self._build_home()
        # The list and the start panel scroll, so they do not make the section
        # (which holds the conversation too) taller than a laptop's screen.
        self._home_frame = scrolled(self.home, "mappingHomeScroll", self.tr("Kartlegging"),
                                    focus=False)
        self.stack.addWidget(self._home_frame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(heading(self.tr("Kartlegging"), 14, "mappingHeading"))
        layout.addWidget(self.stack, 1)
        self.refresh_list()

    # --- the list and the start panel --------------------------------------------------
    def _build_home(self) -> QWidget:
        home = QWidget()
        home.setObjectName("mappingHome")
        self.conversation_list = QListWidget()
        self.conversation_list.setObjectName("conversationList")
        self.conversation_list.setAccessibleName(self.tr("Samtaler i saken"))
        list_label = QLabel(self.tr("&Samtaler i saken (Enter fortsetter):"))
        list_label.setBuddy(self.conversation_list)
        self.resume_button = QPushButton(self.tr("Fortsett samtalen"))
        self.resume_button.setObjectName("resumeConversation")
        self.resume_button.setAccessibleName(self.tr("Fortsett valgt samtale"))
        self.empty_hint = QLabel(self.tr("Ingen samtaler ennå. Start den første nedenfor."))
        self.empty_hint.setObjectName("conversationEmptyHint")
        self.empty_hint.setProperty("role", "hint")

        start = QGroupBox(self.tr("Start en ny samtale"))
        start.setObjectName("startGroup")
        self.date_edit = QLineEdit(format_date(date.today()))
        self.date_edit.setObjectName("conversationDate")
        self.date_edit.setAccessibleName(self.tr("Dato for samtalen"))
        self.date_edit.setFixedWidth(160)
        self.present_list = QListWidget()
        self.present_list.setObjectName("presentList")
        self.present_list.setAccessibleName(self.tr("Hvem er til stede (mellomrom krysser av)"))
        self.present_list.setMaximumHeight(150)
        self.form_choice = ValueChoiceBox([])
        self.form_choice.setObjectName("conversationForm")
        self.form_choice.setAccessibleName(self.tr("Samtaleguide eller sjekkliste"))
        self.start_button = QPushButton(self.tr("Start samtalen"))
        self.start_button.setObjectName("startConversation")
        self.start_button.setAccessibleName(self.tr("Start samtalen"))
        self.start_error = message_label("startError")
        self.form_problems = message_label("formProblems")
        form = QFormLayout(start)
        labelled_rows(form, ((self.tr("&Dato:"), self.date_edit),
                             (self.tr("&Til stede:"), self.present_list),
                             (self.tr("S&kjema:"), self.form_choice)))
        form.addRow("", self.start_button)
        form.addRow("", self.start_error)
        form.addRow("", self.form_problems)

        layout = QVBoxLayout(home)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(list_label)
        layout.addWidget(self.conversation_list, 1)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(start)
        self.conversation_list.itemActivated.connect(lambda *_: self.resume())
        self.resume_button.clicked.connect(self.resume)
        self.start_button.clicked.connect(self.start)
        self.date_edit.returnPressed.connect(self.present_list.setFocus)
        chain = (self.conversation_list, self.resume_button, self.date_edit, self.present_list,
                 self.form_choice, self.start_button)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        return home

    def forms(self) -> ConversationForms:
        """Loaded when first needed: bundled forms plus the user's local overrides."""
        if self._forms is None:
            service = getattr(self.window(), "service", None)
            paths = getattr(service, "paths", None) or Paths.resolve()
            self._forms = ConversationForms(local_dir=paths.config_dir / "forms")
        return self._forms

    @guarded
    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self.form_choice.count() == 0:
            self._fill_start_panel()

    def _fill_start_panel(self) -> None:
        forms = self.forms()
        self.form_choice.set_choices([(g.id, g.title) for g in forms.guides])
        problems = [self.tr("%1, linje %2").replace("%1", p.path.name).replace(
                        "%2", str(p.line)) if p.line else p.path.name for p in forms.problems]
        show_message(self.form_problems, self.tr(
            "Noen skjemafiler har feil og er utelatt (de andre virker): %1. Rett filen og "
            "åpne saken på nytt.").replace("%1", "; ".join(problems)) if problems else "")
        self.present_list.clear()
        session = self._case_editing.session
        pupil = session.pupil().name
        people = [(self.tr("Eleven") + (f" ({pupil})" if pupil else ""), pupil)]
        people += [(f"{g.name} ({g.relation})" if g.relation else g.name, g.name)
                   for g in session.guardians() if g.name]
        people += [(f"{m.name} ({team_role_label(m.role).lower()})", m.name)
                   for m in session.team() if m.name]
        # Issue 13: who is present is chosen once, when the meeting starts; outside a
        # meeting nobody is ticked until someone ticks them.
        meeting = running_meeting(session)
        present = meeting.present_names() if meeting is not None else []
        people += [(name, name) for name in present if name not in {n for _, n in people}]
        for label, name in people:
            item = QListWidgetItem(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name and name in present
                               else Qt.CheckState.Unchecked)
            self.present_list.addItem(item)
        if meeting is not None and meeting.held_at is not None:
            self.date_edit.setText(format_date(meeting.held_at.date()))
        self.start_button.setEnabled(bool(forms.guides) and not self.owner.read_only)

    def refresh_list(self) -> None:
        self.conversation_list.clear()
        statuses = {ConversationStatus.ACTIVE: self.tr("pågår"),
                    ConversationStatus.PAUSED: self.tr("pause"),
                    ConversationStatus.FINISHED: self.tr("ferdig")}
        for conv in self.owner.talks.list():
            held = format_date(date.fromisoformat(conv.held_on)) if conv.held_on else ""
            total = len(conv.form_snapshot.get("steps", [])) + 1
            text = (f"{held} – {conv.title} ({statuses[conv.status]}, "
                    + self.tr("steg %1 av %2").replace("%1", str(min(conv.current_step + 1, total)))
                    .replace("%2", str(total)) + ")")
            item = QListWidgetItem(text)
            item.setData(_ID_ROLE, conv.id)
            self.conversation_list.addItem(item)
        has = self.conversation_list.count() > 0
        self.empty_hint.setVisible(not has)
        self.resume_button.setEnabled(has)
        if has:
            self.conversation_list.setCurrentRow(0)

    # --- actions ------------------------------------------------------------------------
    def start(self) -> None:
        try:
            held_on = parse_date(self.date_edit.text())
        except ValueError:
            held_on = None
        if held_on is None:
            show_message(self.start_error, self.tr("Skriv datoen som dd.mm.åååå, for eksempel "
                                                   "12.03.2026."))
            self.date_edit.setFocus()
            return
        show_message(self.start_error, "")
        present = [self.present_list.item(i).text() for i in range(self.present_list.count())
                   if self.present_list.item(i).checkState() == Qt.CheckState.Checked]
        conversation = self.owner.talks.start(self.forms(), self.form_choice.value(), held_on,
                                              present)
        self.open_conversation(conversation.id)

    def resume(self) -> None:
        item = self.conversation_list.currentItem()
        if item is not None:
            conv_id = item.data(_ID_ROLE)
            if not self.owner.read_only:
                self.owner.talks.set_status(conv_id, ConversationStatus.ACTIVE)
            self.open_conversation(conv_id)

    def open_conversation(self, conv_id: int) -> None:
        conversation = self.owner.talks.get(conv_id)
        guide = self.owner.talks.guide_of(conversation)
        self._drop_view()
        self.view = ConversationView(self.owner, conversation, guide, self.forms().boxes,
                                     self._meeting_mode)
        self.view.set_style(self._style)
        self.view.leave.connect(self.back_to_list)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.view._focus_page()

    def open_for_meeting(self, _meeting_id: int) -> None:
        """An agenda item opened Kartlegging: the start takes the meeting's date
        and present list (an open conversation stays open)."""
        if self.view is None:
            self._fill_start_panel()
            self.start_button.setFocus()

    def back_to_list(self) -> None:
        self._drop_view()
        self.refresh_list()
        self.stack.setCurrentWidget(self._home_frame)
        self.conversation_list.setFocus()

    def close_down(self) -> None:
        """The case closes (or the program locks): the open conversation goes."""
        self._drop_view()

    def _drop_view(self) -> None:
        if self.view is not None:
            self.owner.end_merge()
            self.stack.removeWidget(self.view)
            self.view.hide()
            self.view.setParent(None)  # out of the widget tree at once (meeting mode)
            self.view.dispose()
            self.view.deleteLater()
            self.view = None

    # --- meeting mode -------------------------------------------------------------------------
    @property
    def meeting_mode(self) -> bool:
        return self._meeting_mode

    def set_meeting_mode(self, on: bool) -> None:
        """Called by the case page: the open conversation drops (or gets back) its
        internal parts. Every answer is already stored, so nothing typed is lost."""
        self._meeting_mode = on
        if self.view is not None:
            self.view.set_meeting_mode(on)

    def set_meeting_style(self, style: str) -> None:
        """The larger text of meeting mode: the list page and what the open
        conversation shows; its other steps follow when they are shown (restyling
        every step at once took several hundred ms)."""
        self._style = style
        self.home.setStyleSheet(style)
        if self.view is not None:
            self.view.set_style(style)
