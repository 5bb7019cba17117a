"""One conversation on screen: one step at a time with a progress indicator,
free back/forward, a step list to jump anywhere, the tools, and a summary page
that lists what is still unanswered. Ctrl+Enter moves on; Alt+Left goes back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.conversations import Conversation, ConversationStatus, Guide, Step
from desktop.ui.common import heading
from desktop.ui.keyboard_access import ROLE
from desktop.ui.sections.mapping.editing import MappingEditing
from desktop.ui.sections.mapping.question import QuestionWidget
from desktop.ui.sections.mapping.summary import SummaryPage
from desktop.ui.sections.mapping.tools import ToolsPanel
from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.widgets.record_layout import scrolled


class StepPage(QScrollArea):
    """The questions of one step."""

    def __init__(self, owner: MappingEditing, conversation: Conversation, step: Step,
                 boxes: dict[str, str], meeting_mode: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.step = step
        self.setObjectName("step_" + step.id)
        self.setAccessibleName(step.title)
        self.setProperty(ROLE, "Pane")  # a named region: the step's title is read out
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(step.title, 14, "stepTitle_" + step.id))
        self.intro = QLabel()
        self.intro.setObjectName("stepIntro_" + step.id)
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "hint")
        layout.addWidget(self.intro)
        self.questions = [QuestionWidget(owner, conversation, q, boxes, meeting_mode)
                          for q in step.questions]
        for widget in self.questions:
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(content)
        self._set_intro(meeting_mode)

    def set_meeting_mode(self, on: bool) -> None:
        self._set_intro(on)
        for widget in self.questions:
            widget.set_meeting_mode(on)

    def _set_intro(self, meeting_mode: bool) -> None:
        """An intro written for the adults (intro_audience) is left out in meeting mode."""
        text = self.step.intro if self.step.intro_for_family or not meeting_mode else ""
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def first_editor(self) -> QWidget | None:
        return self.questions[0].editor if self.questions else None


class ConversationView(QWidget):
    """A conversation being held (or read again). Emits `leave` on pause."""

    leave = Signal()

    def __init__(self, owner: MappingEditing, conversation: Conversation, guide: Guide,
                 boxes: dict[str, str], meeting_mode: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conversationView")
        self._owner = owner
        self.conversation = conversation
        self.guide = guide
        self._boxes = boxes
        self._style = ""
        self._parked: dict[str, StepPage] = {}  # internal steps, out of the tree in meeting mode
        self.meeting_mode = meeting_mode
        # In meeting mode the internal steps are not built at all: nothing of them
        # is in the widget tree while the screen faces the family.
        self.steps = [s for s in guide.steps if not (meeting_mode and s.internal)]

        self.title = heading(guide.title, 15, "conversationTitle")
        # One line: with twelve people present it would fill half a laptop's screen.
        self.details = ElidedLabel(_details_text(self, conversation))
        self.details.setObjectName("conversationDetails")
        self.details.setProperty("role", "hint")

        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(self.tr("Steg i samtalen"))
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.progress = QProgressBar()
        self.progress.setObjectName("stepProgress")
        self.progress.setAccessibleName(self.tr("Hvor langt vi har kommet"))
        self._fill_step_list()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")

        self.pages = QStackedWidget()
        self.pages.setObjectName("stepPages")
        self.step_pages = [StepPage(owner, conversation, s, boxes, meeting_mode)
                           for s in self.steps]
        for page in self.step_pages:
            self.pages.addWidget(page)
        self.summary = SummaryPage(owner, conversation, guide, boxes, meeting_mode)
        # Two lists and five buttons: on a small screen the summary scrolls, so it
        # does not push "Neste steg" below the screen on every other step.
        self.pages.addWidget(scrolled(self.summary, "summaryScroll", self.tr("Oppsummering"),
                                        focus=False))

        self.prev_button = QPushButton(self.tr("← Forrige steg"))
        self.prev_button.setObjectName("prevStep")
        self.prev_button.setAccessibleName(self.tr("Forrige steg (Alt+venstre)"))
        self.next_button = QPushButton(self.tr("Neste steg →"))
        self.next_button.setObjectName("nextStep")
        self.next_button.setAccessibleName(self.tr("Neste steg (Ctrl+Enter)"))
        self.next_button.setDefault(False)
        self.pause_button = QPushButton(self.tr("Pause – fortsett senere"))
        self.pause_button.setObjectName("pauseConversation")
        self.pause_button.setAccessibleName(self.tr("Sett samtalen på pause og gå til listen"))

        self.tools = ToolsPanel(owner, conversation, meeting_mode)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("conversationTabs")
        self.tabs.setAccessibleName(self.tr("Samtalen og verktøyene"))
        talk = QWidget()
        right = QVBoxLayout()
        right.addWidget(self.step_label)
        right.addWidget(self.progress)
        right.addWidget(self.pages, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.prev_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        body = QHBoxLayout(talk)
        body.setContentsMargins(0, 8, 0, 0)
        body.addWidget(self.step_list)
        body.addLayout(right, 1)
        self.tabs.addTab(talk, self.tr("Samtalen"))
        self.tabs.addTab(self.tools, self.tr("Verktøy"))

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.details)
        header.addLayout(titles, 1)
        header.addWidget(self.pause_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        self.step_list.currentRowChanged.connect(self._go)
        self.tabs.currentChanged.connect(lambda _index: self._restyle_shown())
        self.prev_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        self.pause_button.clicked.connect(self.pause)
        self.summary.jump_to.connect(self._jump_to_question)
        for keys, slot in (("Ctrl+Return", self.next_step), ("Ctrl+Enter", self.next_step),
                           ("Alt+Right", self.next_step), ("Alt+Left", self.previous_step)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        owner.answer_changed.connect(self._on_answer_changed)
        owner.suggestions_changed.connect(self._on_suggestions_changed)
        owner.voice_changed.connect(self._on_voice_changed)
        self._on_suggestions_changed(conversation.id)

        self.go_to_stored_step()

    # --- meeting mode -------------------------------------------------------------------
    def set_meeting_mode(self, on: bool) -> None:
        """In place, so the switch is quick: the internal steps and the Kearney tool
        leave the widget tree (kept aside, without a parent, until meeting mode ends),
        help for the adults is emptied. Every answer is already stored."""
        if on == self.meeting_mode:
            return
        index = self.current_index
        shown = self.steps[index] if 0 <= index < len(self.steps) else None
        self.meeting_mode = on
        self.steps = [s for s in self.guide.steps if not (on and s.internal)]
        if on:
            for page in [p for p in self.step_pages if p.step.internal]:
                self.step_pages.remove(page)
                self.pages.removeWidget(page)
                page.setParent(None)
                self._parked[page.step.id] = page
        else:
            for position, step in enumerate(self.steps):
                if step.internal:
                    page = self._parked.pop(step.id, None)
                    if page is None:
                        page = StepPage(self._owner, self.conversation, step, self._boxes)
                    else:
                        for widget in page.questions:  # undo may have changed an answer
                            widget.load()
                    self.step_pages.insert(position, page)
                    self.pages.insertWidget(position, page)
        for page in self.step_pages:
            page.set_meeting_mode(on)
        self.summary.set_meeting_mode(on)
        self.tools.set_meeting_mode(on)
        self._fill_step_list()
        self.go_to(self.steps.index(shown) if shown in self.steps else len(self.steps))

    def dispose(self) -> None:
        """The view is closed: what was kept aside for meeting mode goes too."""
        for page in self._parked.values():
            page.deleteLater()
        self._parked.clear()
        self.tools.dispose()

    def set_style(self, style: str) -> None:
        """A stylesheet (meeting mode's larger text) for what is shown; a step or the
        tools get it when they are shown (_go, _restyle_shown)."""
        self._style = style
        for widget in (self.details, self.step_list, self.step_label, self.progress,
                       self.prev_button, self.next_button, self.pause_button,
                       self.tabs.tabBar()):
            widget.setStyleSheet(style)
        self._restyle_shown()

    def _restyle_shown(self) -> None:
        shown = self.tools if self.tabs.currentWidget() is self.tools else self.pages.currentWidget()
        if shown is not None and shown.styleSheet() != self._style:
            shown.setStyleSheet(self._style)

    def _fill_step_list(self) -> None:
        blocked = self.step_list.blockSignals(True)
        self.step_list.clear()
        for step in self.steps:
            self.step_list.addItem(QListWidgetItem(step.title))
        self.step_list.addItem(QListWidgetItem(self.tr("Oppsummering")))
        self.step_list.blockSignals(blocked)
        self.step_list.setFixedWidth(250 if self.meeting_mode else 210)  # larger text: wraps
        self.progress.setRange(0, len(self.steps) + 1)

    # --- navigation ---------------------------------------------------------------
    @property
    def current_index(self) -> int:
        return self.pages.currentIndex()

    def go_to_stored_step(self) -> None:
        """Resume where the conversation was left (a hidden internal step → summary)."""
        stored = self.conversation.current_step
        if stored >= len(self.guide.steps):
            self.go_to(len(self.steps))
            return
        step = self.guide.steps[max(stored, 0)]
        self.go_to(self.steps.index(step) if step in self.steps else len(self.steps))

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self.steps)))
        if self.step_list.currentRow() != index:
            self.step_list.setCurrentRow(index)  # → _go
        else:
            self._go(index)

    def next_step(self) -> None:
        self.go_to(self.current_index + 1)
        self._focus_page()

    def previous_step(self) -> None:
        self.go_to(self.current_index - 1)
        self._focus_page()

    def pause(self) -> None:
        if not self._owner.read_only:
            self._owner.talks.set_status(self.conversation.id, ConversationStatus.PAUSED)
        self.leave.emit()

    def _go(self, index: int) -> None:
        if index < 0:
            return
        self._owner.end_merge()
        page = self.pages.widget(index)
        if page is not None and page.styleSheet() != self._style:
            page.setStyleSheet(self._style)  # before it shows
        self.pages.setCurrentIndex(index)
        total = len(self.steps) + 1
        if index < len(self.steps):
            text = self.tr("Steg %1 av %2: %3").replace("%1", str(index + 1)).replace(
                "%2", str(total)).replace("%3", self.steps[index].title)
            stored = self.guide.steps.index(self.steps[index])
        else:
            self.summary.refresh()
            text = self.tr("Steg %1 av %2: Oppsummering").replace("%1", str(total)).replace(
                "%2", str(total))
            stored = len(self.guide.steps)
        self.step_label.setText(text)
        self.progress.setValue(index + 1)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.steps))
        self._owner.talks.set_step(self.conversation.id, stored)

    def _focus_page(self) -> None:
        page = self.pages.currentWidget()
        target = page.first_editor() if isinstance(page, StepPage) else self.summary.first_focus()
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _jump_to_question(self, question_id: str) -> None:
        for index, page in enumerate(self.step_pages):
            for widget in page.questions:
                if widget.question.id == question_id:
                    self.go_to(index)
                    page.ensureWidgetVisible(widget)
                    widget.editor.setFocus()
                    return

    # --- after undo/redo -----------------------------------------------------------------
    def question_widget(self, question_id: str) -> QuestionWidget | None:
        for page in self.step_pages:
            for widget in page.questions:
                if widget.question.id == question_id:
                    return widget
        return None

    def _on_answer_changed(self, conv_id: int, question_id: str) -> None:
        if conv_id != self.conversation.id:
            return
        widget = self.question_widget(question_id)
        if widget is not None:
            widget.load()
            if not widget.isVisible() and not widget.editor.hasFocus():
                self._jump_to_question(question_id)  # undo shows what it changed

    def _on_voice_changed(self, conv_id: int) -> None:
        if conv_id == self.conversation.id:  # the line under the title says who gathered it
            self.conversation = self._owner.talks.get(conv_id)
            self.details.setText(_details_text(self, self.conversation))

    def _on_suggestions_changed(self, conv_id: int) -> None:
        if conv_id != self.conversation.id:
            return
        suggestions = self._owner.talks.suggestions(conv_id)
        for page in self.step_pages:
            for widget in page.questions:
                widget.show_suggestions(suggestions)
        self.summary.refresh()


def _details_text(widget: QWidget, conversation: Conversation) -> str:
    try:
        held = date.fromisoformat(conversation.held_on).strftime("%d.%m.%Y")
    except ValueError:
        held = conversation.held_on
    present = ", ".join(conversation.present) or widget.tr("ikke registrert")
    text = widget.tr("%1 · Til stede: %2").replace("%1", held).replace("%2", present)
    return text + (" · " + conversation.voice_line() if conversation.voice_line() else "")
