"""The last step of a conversation: what is still unanswered (jump to it), the
forslag til tiltak noted, and the summary PDF for the guardians."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import language as doc_language
from desktop.domain.conversations import (
    Conversation,
    ConversationStatus,
    Guide,
    unanswered,
)
from desktop.ui.common import heading, message_label, show_message, text_factor
from desktop.ui.labels import team_role_label
from desktop.ui.sections.mapping.editing import MappingEditing
from desktop.ui.sections.mapping.voice import VoiceBox
from desktop.ui.widgets.export_job import ExportJob, case_language, export_with_note
from desktop.ui.widgets.pdf_save import ask_pdf_path

_ID_ROLE = Qt.ItemDataRole.UserRole


class SummaryPage(QWidget):
    jump_to = Signal(str)  # question id

    def __init__(self, owner: MappingEditing, conversation: Conversation, guide: Guide,
                 boxes: dict[str, str], meeting_mode: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summaryPage")
        self._owner = owner
        self._conv = conversation
        self._guide = guide
        self._boxes = boxes
        self._meeting_mode = meeting_mode

        self.unanswered_label = QLabel()
        self.unanswered_label.setObjectName("unansweredLabel")
        self.unanswered = QListWidget()
        self.unanswered.setObjectName("unansweredList")
        self.unanswered.setAccessibleName(self.tr("Spørsmål uten svar"))
        _wrap(self.unanswered)
        self.unanswered_label.setBuddy(self.unanswered)
        suggestions_label = QLabel(self.tr("Forslag til tiltak fra samtalen:"))
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestionList")
        self.suggestions.setAccessibleName(self.tr("Forslag til tiltak"))
        _wrap(self.suggestions)
        suggestions_label.setBuddy(self.suggestions)
        self.remove_suggestion = QPushButton(self.tr("Fjern forslaget"))
        self.remove_suggestion.setObjectName("removeSuggestion")
        self.remove_suggestion.setAccessibleName(self.tr("Fjern det valgte forslaget til tiltak"))
        self.include_internal = QCheckBox(self.tr("Ta med de voksnes refleksjon etter møtet "
                                                  "(interne notater)"))
        self.include_internal.setObjectName("includeInternal")
        self.include_internal.setAccessibleName(self.tr("Ta med interne notater i sammendraget"))
        self.include_internal.setVisible(not meeting_mode)
        self.export_button = QPushButton(self.tr("Lag sammendrag for de foresatte (PDF) …"))
        self.export_button.setObjectName("exportConversationPdf")
        self.export_button.setAccessibleName(self.tr("Lag sammendrag som PDF"))
        self.finish_button = QPushButton(self.tr("Marker samtalen som ferdig"))
        self.finish_button.setObjectName("finishConversation")
        self.finish_button.setAccessibleName(self.tr("Marker samtalen som ferdig"))
        self.message = message_label("summaryMessage", "hint")
        team = owner.case_editing.session.team()
        self.voice = VoiceBox(owner, conversation, [
            f"{team_role_label(m.role).lower()} {m.name}".strip() for m in team if m.name]
            + [self.tr("kontaktlærer"), self.tr("sosiallærer"), self.tr("helsesykepleier"),
               self.tr("miljøterapeut")])

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Oppsummering"), 14, "summaryHeading"))
        layout.addWidget(self.voice)
        layout.addWidget(self.unanswered_label)
        layout.addWidget(self.unanswered, 1)
        layout.addWidget(suggestions_label)
        layout.addWidget(self.suggestions, 1)
        row = QHBoxLayout()
        row.addWidget(self.remove_suggestion)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.include_internal)
        # In meeting mode the type is larger: one button a line, or the page would
        # scroll sideways on a laptop at 125 % (set_meeting_mode turns the row).
        self._buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for button in (self.export_button, self.finish_button):
            self._buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self._buttons.addStretch(1)
        layout.addLayout(self._buttons)
        self._turn_buttons(meeting_mode)
        layout.addWidget(self.message)

        self.unanswered.itemActivated.connect(
            lambda item: self.jump_to.emit(item.data(_ID_ROLE)))
        self.remove_suggestion.clicked.connect(self._remove_suggestion)
        self.export_button.clicked.connect(self._ask_where)
        self.finish_button.clicked.connect(self._finish)
        self.refresh()

    def first_focus(self) -> QWidget:
        return self.unanswered if self.unanswered.count() else self.export_button

    def set_meeting_mode(self, on: bool) -> None:
        """The list is filled again when the page is shown (ConversationView._go)."""
        self._meeting_mode = on
        self.include_internal.setVisible(not on)
        self._turn_buttons(on)

    def _turn_buttons(self, meeting_mode: bool) -> None:
        stacked = meeting_mode or text_factor() > 1.2  # larger type: Tekststørrelse too
        self._buttons.setDirection(QBoxLayout.Direction.TopToBottom if stacked
                                   else QBoxLayout.Direction.LeftToRight)
        self._buttons.setStretch(2, 0 if stacked else 1)  # no gap under the buttons

    def refresh(self) -> None:
        answers = self._owner.talks.answers(self._conv.id)
        left = unanswered(self._guide, answers, include_internal=not self._meeting_mode)
        self.unanswered.clear()
        for step, question in left:
            item = QListWidgetItem(f"{step.title}: {question.text}")
            item.setData(_ID_ROLE, question.id)
            self.unanswered.addItem(item)
        self.unanswered_label.setText(
            self.tr("Alle spørsmål er besvart eller hoppet over.") if not left else
            self.tr("Spørsmål uten svar (%1) – Enter går til spørsmålet:").replace(
                "%1", str(len(left))))
        self.unanswered.setVisible(bool(left))
        self.suggestions.clear()
        for suggestion in self._owner.talks.suggestions(self._conv.id):
            box = self._boxes.get(suggestion.box_id, self.tr("uten boks"))
            item = QListWidgetItem(f"{suggestion.text}  [{box}]")
            item.setData(_ID_ROLE, suggestion.id)
            self.suggestions.addItem(item)
        self.remove_suggestion.setEnabled(self.suggestions.count() > 0
                                          and not self._owner.read_only)

    # --- actions ---------------------------------------------------------------------
    def _remove_suggestion(self) -> None:
        item = self.suggestions.currentItem() or self.suggestions.item(0)
        if item is not None:
            self._owner.remove_suggestion(self._conv.id, item.data(_ID_ROLE))

    def _finish(self) -> None:
        self._owner.talks.set_status(self._conv.id, ConversationStatus.FINISHED)
        show_message(self.message, self.tr("Samtalen er markert som ferdig. Du kan fortsatt "
                                           "rette i den."))

    def _ask_where(self) -> None:
        from desktop.services.conversation_export import pdf_file_name

        self.dialog = ask_pdf_path(
            self, self.tr("Lagre sammendraget som PDF"),
            pdf_file_name(self._conv.held_on,
                          self.include_internal.isChecked() and not self._meeting_mode),
            "summaryPdfDialog", lambda path: self.export_to(str(path)),
            lambda text: show_message(self.message, text))

    def export_to(self, path: str) -> ExportJob:
        """Writes the summary PDF (the internal reflection only when ticked): the
        answers are gathered here, the PDF is built on a worker thread."""
        from desktop.export.conversation_pdf import build_conversation_pdf
        from desktop.services.conversation_export import conversation_summary

        summary = conversation_summary(self._owner.talks, self._conv.id,
                                       include_internal=self.include_internal.isChecked()
                                       and not self._meeting_mode,
                                       box_titles=self._document_box_titles())
        self.call = export_with_note(
            self, lambda target: target.write_bytes(build_conversation_pdf(summary)), Path(path),
            lambda text: show_message(self.message, text),
            self.tr("PDF-en kunne ikke lages. Samtalen er uendret og lagret i saken."),
            title=self.tr("Sammendrag av kartleggingssamtale"))
        return self.call


    def _document_box_titles(self) -> dict[str, str]:
        """The circle's box titles in the case's written language: a nynorsk case
        prints "Heimeforhold" on a bokmål screen (the questions come from the
        conversation's own copy of its guide)."""
        from desktop.services.circle_service import circle_form, local_forms_dir

        language = case_language(self._owner.talks.session)
        if language == doc_language.ui_language():
            return self._boxes
        with doc_language.document_language(language):
            return {box.id: box.title for box in circle_form(local_forms_dir())[0].boxes}


def _wrap(entries: QListWidget) -> None:
    """Long questions wrap instead of scrolling sideways (a laptop at 125 %)."""
    entries.setWordWrap(True)
    entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
