"""The editor of one box beside the circle: guiding questions, "tatt opp",
the three lists (ressurser, risiko, tiltak), the current measure's details,
suggestions from conversations and the example bank."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.measure_circle import CircleEntry, EntryKind
from desktop.forms.circle_form import CircleForm
from desktop.services.absence_insight import AbsenceInsight, Marker, MarkerKind
from desktop.ui.common import heading
from desktop.ui.sections.circle.editing import CircleEditing
from desktop.ui.sections.circle.examples import ExampleBank, SuggestionPanel
from desktop.ui.sections.circle.labels import kind_titles, responsible_text, status_labels
from desktop.ui.sections.circle.lists import EntryList
from desktop.ui.sections.circle.measure import MeasureDetails
from desktop.ui.widgets.absence_insight_texts import measure_absence_text
from desktop.ui.widgets.meeting_mode import in_meeting_mode


class BoxEditor(QScrollArea):
    def __init__(self, editing: CircleEditing, form: CircleForm, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("boxEditor")
        self.setAccessibleName(self.tr("Boksen som er valgt"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(340)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        self._editing = editing
        self._form = form
        self.box_id: str | None = None

        self.title = heading("", 14, "boxTitle")
        self.questions = QLabel()
        self.questions.setObjectName("boxQuestions")
        self.questions.setWordWrap(True)
        self.questions.setProperty("role", "hint")
        self.start_hint = QLabel(form.start_hint)
        self.start_hint.setObjectName("circleStartHint")
        self.start_hint.setWordWrap(True)
        self.start_hint.setFrameShape(QFrame.Shape.StyledPanel)
        self.start_hint.setContentsMargins(8, 6, 8, 6)
        self.discussed = QCheckBox(self.tr("&Tatt opp i møtet"))
        self.discussed.setObjectName("boxDiscussed")
        self.discussed.setAccessibleName(self.tr("Boksen er tatt opp i møtet"))

        titles = kind_titles()
        hints = {EntryKind.RESOURCE: self.tr("Hva hjelper? Skriv og trykk Enter"),
                 EntryKind.RISK: self.tr("Hva gjør det vanskeligere? Skriv og trykk Enter"),
                 EntryKind.MEASURE: self.tr("Et lite, konkret tiltak. Skriv og trykk Enter")}
        self.lists = {kind: EntryList(kind, titles[kind], hints[kind],
                                      self._measure_label if kind is EntryKind.MEASURE
                                      else (lambda e: e.text))
                      for kind in EntryKind}
        self.details = MeasureDetails()
        self.suggestions = SuggestionPanel()
        self.examples = ExampleBank()

        content = QWidget()
        content.setObjectName("boxEditorContent")
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        for widget in (self.title, self.questions, self.start_hint, self.discussed,
                       self.lists[EntryKind.RESOURCE], self.lists[EntryKind.RISK],
                       self.lists[EntryKind.MEASURE], self.details, self.suggestions,
                       self.examples):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(content)

        for kind, entry_list in self.lists.items():
            entry_list.add_requested.connect(
                lambda text, index, k=kind: self._add(k, text, index))
            entry_list.rename_requested.connect(
                lambda entry_id, text: self._editing.rename(self.box_id, entry_id, text))
            entry_list.remove_requested.connect(
                lambda entry_id: self._editing.remove(self.box_id, entry_id))
            entry_list.move_requested.connect(
                lambda entry_id, index: self._editing.move(self.box_id, entry_id, index))
        self.lists[EntryKind.MEASURE].current_changed.connect(self._show_measure)
        self.details.changed.connect(
            lambda entry_id, label, changes: self._editing.update(self.box_id, entry_id, label,
                                                                  **changes))
        self.discussed.toggled.connect(self._discussed_toggled)
        self.examples.insert_requested.connect(self._insert_example)
        self.suggestions.accept_requested.connect(self._accept)
        self.suggestions.drop_requested.connect(self._drop)
        editing.box_changed.connect(self._on_box_changed)

    # --- public ------------------------------------------------------------------------
    def update_start_hint(self) -> None:
        """The guide's hint to the adults, beside the box to start with; not in
        meeting mode."""
        self.start_hint.setVisible(self.box_id == self._form.start_box
                                   and not in_meeting_mode(self))

    def show_box(self, box_id: str, select_id: int | None = None) -> None:
        changed_box = box_id != self.box_id
        self.box_id = box_id
        spec = self._form.box(box_id) if box_id in self._form.box_ids else None
        read_only = self._editing.read_only
        self.title.setText(spec.title if spec else box_id)
        self.questions.setText("\n".join("• " + q for q in spec.questions) if spec else "")
        self.update_start_hint()
        box = self._editing.box(box_id)
        blocked = self.discussed.blockSignals(True)
        self.discussed.setChecked(box.discussed)
        self.discussed.blockSignals(blocked)
        self.discussed.setEnabled(not read_only)
        for kind, entry_list in self.lists.items():
            ids = {e.id for e in box.of_kind(kind)}
            entry_list.fill(box.of_kind(kind), select_id if select_id in ids else None)
            entry_list.set_read_only(read_only)
        self._show_measure(self.lists[EntryKind.MEASURE].current_id())
        self.suggestions.load(self._editing.service.open_suggestions(box_id), read_only)
        if changed_box and spec is not None:
            self.examples.load(spec, kind_titles(), read_only)
        self.examples.setVisible(spec is not None)

    def focus_first(self) -> None:
        self.lists[EntryKind.RESOURCE].input.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reacting -------------------------------------------------------------------------
    def _measure_label(self, entry: CircleEntry) -> str:
        """Status and who first, so the elided tail is the text (its full form
        is in the tooltip and the details below)."""
        who = entry.person or responsible_text(entry) or self.tr("ingen ansvarlig ennå")
        return f"[{status_labels()[entry.status]}] {who}: {entry.text}"

    def _show_measure(self, entry_id: int | None) -> None:
        if self.box_id is None:
            return
        entry_id = None if entry_id == -1 else entry_id
        box = self._editing.box(self.box_id)
        entry = None
        if entry_id is not None:
            entry = next((e for e in box.entries if e.id == entry_id), None)
        self.details.load(box, entry, self._editing.service.people(), self._editing.read_only)
        if entry is not None and entry.kind is EntryKind.MEASURE:
            self.details.show_effect(measure_absence_text(
                AbsenceInsight(self._editing.service.session).effect_since(
                    Marker(MarkerKind.MEASURE, entry.start, entry.text))
                if entry.start else None))

    def _add(self, kind: EntryKind, text: str, index: int) -> None:
        if self.box_id is not None:
            self._editing.add(self.box_id, kind, text, None if index < 0 else index)

    def _insert_example(self, kind_value: str, text: str) -> None:
        kind = EntryKind(kind_value)
        entry_id = self._editing.add(self.box_id, kind, text) if self.box_id else None
        if entry_id is not None:
            self.lists[kind].list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _discussed_toggled(self, checked: bool) -> None:
        if self.box_id is not None:
            self._editing.set_discussed(self.box_id, checked)

    def _accept(self, suggestion_id: int) -> None:
        suggestion = self._editing.service.suggestion(suggestion_id)
        if suggestion is not None:
            self._editing.accept_suggestion(suggestion)

    def _drop(self, suggestion_id: int) -> None:
        suggestion = self._editing.service.suggestion(suggestion_id)
        if suggestion is not None:
            self._editing.drop_suggestion(suggestion)

    def _on_box_changed(self, box_id: str, entry_id: int) -> None:
        if box_id == self.box_id:
            self.show_box(box_id, None if entry_id < 0 else entry_id)
