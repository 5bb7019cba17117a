"""One question of a kartleggingssamtale: the question, help on demand, the
answer editor for its type, "elevens stemme", skip with a reason, and
"forslag til tiltak" tagged with a tiltakssirkel box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.conversations import YES_NO_UNSURE, Answer, AnswerType, Conversation, Question
from desktop.domain.validation import format_date, parse_date
from desktop.ui.common import message_label, show_message
from desktop.ui.sections.mapping.editing import MappingEditing
from desktop.ui.widgets.field_form import ChoiceBox

# The look of a question (the pupil's own words: a green band and a badge; the
# question in bold) is in resources/style.qss, by property: a stylesheet per
# question widget made each restyle (meeting mode's larger text) 2–3 times slower.


class ValueChoiceBox(ChoiceBox):
    """A ChoiceBox whose choices can be replaced, and that names a value's label."""

    def set_choices(self, choices: list[tuple[object, str]]) -> None:
        blocked = self.blockSignals(True)
        self.clear()
        self._values = [value for value, _ in choices]
        for _, label in choices:
            self.addItem(label)
        self.blockSignals(blocked)

    def label_of(self, value: object) -> str:
        return self.itemText(self._values.index(value)) if value in self._values else ""


class EnterMovesOn(QObject):
    """Enter in a one-line editor moves to the next field, as Tab does."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            watched.focusNextChild()
            return True
        return False


def pupil_voice_badge(tr) -> QLabel:
    badge = QLabel(tr("Elevens stemme"))
    badge.setProperty("voiceBadge", True)
    return badge


class QuestionWidget(QFrame):
    """Editors for one answer; writes through MappingEditing (undo stack)."""

    def __init__(self, owner: MappingEditing, conversation: Conversation, question: Question,
                 boxes: dict[str, str], meeting_mode: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._owner = owner
        self._conv = conversation
        self.question = question
        qid = question.id
        self.setObjectName("question_" + qid)
        self.setProperty("pupilVoice", False)
        self._enter = EnterMovesOn(self)

        self.label = QLabel(question.text)
        self.label.setObjectName("questionText_" + qid)
        self.label.setWordWrap(True)
        self.label.setProperty("questionText", True)
        self.badge = pupil_voice_badge(self.tr)
        self.badge.setObjectName("voiceBadge_" + qid)
        self.badge.setVisible(False)

        self.editor = self._make_editor(question)
        self.editor.setObjectName("answer_" + qid)
        self.editor.setAccessibleName(question.text)
        if isinstance(self.editor, QSpinBox):  # its inner line edit takes the focus
            self.editor.lineEdit().setAccessibleName(question.text)
        self.label.setBuddy(self.editor)
        self.date_error = message_label("dateError_" + qid)

        self.voice = QCheckBox(self.tr("Elevens egne ord"))  # short: fits 1366×768 at 125 %
        self.voice.setObjectName("voice_" + qid)
        self.voice.setAccessibleName(self.tr("Elevens stemme: svaret er elevens egne ord"))
        self.skip = QCheckBox(self.tr("Hopp over"))
        self.skip.setObjectName("skip_" + qid)
        self.skip.setAccessibleName(self.tr("Hopp over spørsmålet"))
        self.skip_reason = QLineEdit()
        self.skip_reason.setObjectName("skipReason_" + qid)
        self.skip_reason.setAccessibleName(self.tr("Grunn til å hoppe over"))
        self.skip_reason.setPlaceholderText(self.tr("Hvorfor hopper vi over? (f.eks. tas senere)"))
        self.help_button = QPushButton(self.tr("Hjelp"))
        self.help_button.setObjectName("help_" + qid)
        self.help_button.setAccessibleName(self.tr("Vis hjelp: hvorfor vi spør og hvordan (F1)"))
        self.help_button.setCheckable(True)
        self.suggest_button = QPushButton(self.tr("Forslag til tiltak …"))
        self.suggest_button.setObjectName("suggest_" + qid)
        self.suggest_button.setAccessibleName(self.tr("Noter et forslag til tiltak"))
        self.suggest_button.setCheckable(True)
        self.help_text = QLabel()
        self.help_text.setObjectName("helpText_" + qid)
        self.help_text.setWordWrap(True)
        self.help_text.setProperty("role", "hint")
        self.help_text.setVisible(False)

        # The suggestion panel: box picker + text; Enter adds.
        self.suggest_panel = QWidget()
        self.box_choice = ValueChoiceBox(list(boxes.items()))
        self.box_choice.setObjectName("suggestBox_" + qid)
        self.box_choice.setAccessibleName(self.tr("Boks i tiltakssirkelen"))
        if question.box in boxes:
            self.box_choice.set_value(question.box)
        self.suggest_text = QLineEdit()
        self.suggest_text.setObjectName("suggestText_" + qid)
        self.suggest_text.setAccessibleName(self.tr("Forslag til tiltak"))
        self.suggest_text.setPlaceholderText(self.tr("Et lite, konkret tiltak …"))
        self.suggest_add = QPushButton(self.tr("Legg til forslag"))
        self.suggest_add.setObjectName("suggestAdd_" + qid)
        self.suggest_add.setAccessibleName(self.tr("Legg til forslaget"))
        box_label = QLabel(self.tr("Boks:"))
        box_label.setBuddy(self.box_choice)
        panel = QHBoxLayout(self.suggest_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(box_label)
        panel.addWidget(self.box_choice)
        panel.addWidget(self.suggest_text, 1)
        panel.addWidget(self.suggest_add)
        self.suggest_panel.setVisible(False)
        self.suggestion_list = QLabel()
        self.suggestion_list.setObjectName("suggestions_" + qid)
        self.suggestion_list.setWordWrap(True)
        self.suggestion_list.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(self.label, 1)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        marks = QHBoxLayout()
        marks.addWidget(self.voice)
        marks.addWidget(self.skip)
        marks.addWidget(self.skip_reason, 1)
        marks.addStretch(0)
        marks.addWidget(self.help_button)
        marks.addWidget(self.suggest_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.help_text)
        layout.addWidget(self.editor)
        layout.addWidget(self.date_error)
        layout.addLayout(marks)
        layout.addWidget(self.suggest_panel)
        layout.addWidget(self.suggestion_list)

        owner.events.watch(self.editor, self.skip_reason, self.suggest_text)
        self.skip_reason.installEventFilter(self._enter)
        self._connect()
        self.set_meeting_mode(meeting_mode)
        self.load()
        self.set_read_only(owner.read_only)

    def set_meeting_mode(self, on: bool) -> None:
        """Help written for the adults (forms: help_audience = "voksen") is not in the
        widget tree in meeting mode: no button, no text, F1 does nothing."""
        self.has_help = self.question.help_for_family or not on
        if not self.has_help:
            self.help_button.setChecked(False)
        self.help_button.setVisible(self.has_help)
        self.help_key.setEnabled(self.has_help)
        self.help_text.setText(self.question.help if self.has_help else "")

    # --- building --------------------------------------------------------------------
    def _make_editor(self, question: Question) -> QWidget:
        kind = question.type
        if kind is AnswerType.SCALE:
            editor = QSpinBox()
            editor.setRange(0, 10)
            editor.setSpecialValueText(self.tr("ikke satt"))
            editor.setSuffix(self.tr(" av 10"))
            editor.setFixedWidth(140)
            editor.installEventFilter(self._enter)
            return editor
        if kind in (AnswerType.YES_NO_UNSURE, AnswerType.CHOICE):
            if kind is AnswerType.YES_NO_UNSURE:
                labels = [self.tr("Ja"), self.tr("Nei"), self.tr("Usikker")]
                choices = [("", self.tr("(ikke svart)"))] + list(zip(YES_NO_UNSURE, labels))
            else:
                choices = [("", self.tr("(ikke svart)"))] + [(c, c) for c in question.choices]
            editor = ChoiceBox(choices)
            editor.setMinimumWidth(200)
            editor.installEventFilter(self._enter)
            return editor
        if kind is AnswerType.DATE:
            editor = QLineEdit()
            editor.setPlaceholderText(self.tr("dd.mm.åååå"))
            editor.setFixedWidth(160)
            editor.installEventFilter(self._enter)
            return editor
        editor = QPlainTextEdit()
        editor.setTabChangesFocus(True)
        lines = 3
        editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 24)
        return editor

    def _connect(self) -> None:
        editor = self.editor
        if isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(lambda: self._set("value", editor.toPlainText(), True))
        elif isinstance(editor, QSpinBox):
            editor.valueChanged.connect(
                lambda v: self._set("value", str(v) if v else ""))
        elif isinstance(editor, ChoiceBox):
            editor.currentIndexChanged.connect(lambda *_: self._set("value", editor.value() or ""))
        else:
            editor.textChanged.connect(self._date_typed)
        self.voice.toggled.connect(lambda on: self._set("pupil_voice", on))
        self.skip.toggled.connect(self._skip_toggled)
        self.skip_reason.textChanged.connect(lambda t: self._set("skip_reason", t, True))
        self.help_button.toggled.connect(self.help_text.setVisible)
        self.suggest_button.toggled.connect(self._show_suggest)
        self.suggest_add.clicked.connect(self._add_suggestion)
        self.help_key = QShortcut(QKeySequence(Qt.Key.Key_F1), self)
        self.help_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.help_key.activated.connect(self.help_button.toggle)
        self.suggest_text.returnPressed.connect(self._add_suggestion)

    # --- public ------------------------------------------------------------------------
    def answer(self) -> Answer:
        return self._owner.talks.answer(self._conv.id, self.question.id, self.question.text)

    def load(self) -> None:
        """Show what the store holds (also after undo/redo)."""
        answer = self.answer()
        editor = self.editor
        widgets = (editor, self.voice, self.skip, self.skip_reason)
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            if isinstance(editor, QPlainTextEdit):
                if editor.toPlainText() != answer.value:
                    editor.setPlainText(answer.value)
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(answer.value) if answer.value.isdigit() else 0)
            elif isinstance(editor, ChoiceBox):
                editor.set_value(answer.value)
            elif _stored_date(editor.text()) != answer.value:
                editor.setText(_date_text(answer.value))
            self.voice.setChecked(answer.pupil_voice)
            self.skip.setChecked(answer.skipped)
            if self.skip_reason.text() != answer.skip_reason:
                self.skip_reason.setText(answer.skip_reason)
        finally:
            for widget, was in zip(widgets, blocked):
                widget.blockSignals(was)
        self._show_marks(answer)

    def show_suggestions(self, suggestions) -> None:
        mine = [s for s in suggestions if s.source_label.endswith(" – " + self.question.text)]
        lines = [f"• {s.text}  [{self._box_title(s.box_id)}]" for s in mine]
        self.suggestion_list.setText("\n".join(lines))
        self.suggestion_list.setVisible(bool(lines))

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.voice, self.skip, self.suggest_button):
            widget.setEnabled(not read_only)
        for widget in (self.editor, self.skip_reason):
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)

    # --- reacting ------------------------------------------------------------------------
    def _set(self, field: str, value, merge: bool = False) -> None:
        self._owner.set_answer(self._conv.id, self.question.id, self.question.text, field,
                               value, merge)
        self._show_marks(self.answer())

    def _skip_toggled(self, on: bool) -> None:
        self._set("skipped", on)
        if on:
            self.skip_reason.setFocus()

    def _date_typed(self, text: str) -> None:
        try:
            parsed = parse_date(text)
        except ValueError:
            show_message(self.date_error, self.tr("Skriv datoen som dd.mm.åååå, for eksempel "
                                                  "02.04.2026. Teksten er tatt vare på."))
            self._set("value", text, True)  # kept as typed: nothing is lost
            return
        show_message(self.date_error, "")
        self._set("value", parsed.isoformat() if parsed else "", True)

    def _show_marks(self, answer: Answer) -> None:
        if self.property("pupilVoice") != answer.pupil_voice:
            self.setProperty("pupilVoice", answer.pupil_voice)
            self.style().unpolish(self)
            self.style().polish(self)
        self.badge.setVisible(answer.pupil_voice)
        self.skip_reason.setVisible(answer.skipped)

    def _show_suggest(self, on: bool) -> None:
        self.suggest_panel.setVisible(on)
        if on:
            self.suggest_text.setFocus()

    def _add_suggestion(self) -> None:
        text = self.suggest_text.text()
        if not text.strip():
            return
        self._owner.add_suggestion(self._conv, self.box_choice.value() or "", text,
                                   self.question.text)
        self.suggest_text.clear()

    def _box_title(self, box_id: str) -> str:
        return self.box_choice.label_of(box_id) or box_id


def _stored_date(text: str) -> str:
    """What the store holds for `text` typed in a date field."""
    try:
        parsed = parse_date(text)
    except ValueError:
        return text
    return parsed.isoformat() if parsed else ""


def _date_text(value: str) -> str:
    if len(value) == 10 and value[4] == "-":
        try:
            from datetime import date
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return value
