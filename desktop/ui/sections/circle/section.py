"""Tiltakssirkel: the circle on the left, the chosen box's editor on the
right (seed 001: go through the circle box by box, start with relations to
adults at school)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.domain.measure_circle import Box
from desktop.services.circle_service import MeasureCircleService, circle_form, local_forms_dir
from desktop.ui.crash_guard import guarded
from desktop.ui.sections.circle.box_editor import BoxEditor
from desktop.ui.sections.circle.editing import CircleEditing
from desktop.ui.sections.circle.output import CircleToolbar
from desktop.ui.sections.circle.view import BoxView, CircleView
from desktop.ui.undo import CaseEditing, EditorEvents


class CircleSection(QWidget):
    def __init__(self, editing: CaseEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("circleSection")
        self.setAccessibleName(self.tr("Tiltakssirkel"))
        self.form, self.form_problems = circle_form(local_forms_dir())
        self.service = MeasureCircleService(editing.session, self.form)
        self.editing = CircleEditing(self.service, editing.stack, self)

        self.view = CircleView(self.form.goal)
        self.editor = BoxEditor(self.editing, self.form)
        self.toolbar = CircleToolbar(self.service, self)
        self.problem_note = QLabel()
        self.problem_note.setObjectName("circleFormProblem")
        self.problem_note.setWordWrap(True)
        self.problem_note.setProperty("role", "hint")
        if self.form_problems:
            self.problem_note.setText(self.tr(
                "En lokal tilpasning av tiltakssirkelen kunne ikke brukes (%1). "
                "Standardutgaven vises.").replace("%1", str(self.form_problems[0])))
        self.problem_note.setVisible(bool(self.form_problems))

        left = QWidget()
        left.setObjectName("circleLeft")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.toolbar.layout)
        left_layout.addWidget(self.problem_note)
        left_layout.addWidget(self.view, 1)
        keys = QLabel(self.tr("Piltaster velger boks, Enter åpner den."))
        keys.setProperty("role", "hint")
        left_layout.addWidget(keys)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("circleSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.splitter)

        events = EditorEvents(editing, self)
        events.watch(*(entry_list.input for entry_list in self.editor.lists.values()))

        self.view.set_boxes([self._box_view(self.service.box(b)) for b in self.form.box_ids])
        self.view.current_changed.connect(self.editor.show_box)
        self.view.activated.connect(lambda _: self.editor.focus_first())
        self.editing.box_changed.connect(self._on_box_changed)
        self.view.select(self.form.start_box)
        # Tab: the toolbar, the circle, then the chosen box's editor top to bottom.
        chain = [self.toolbar.save_button, self.toolbar.compare_button,
                 self.toolbar.pdf_button, self.view, self.editor.discussed]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def focus_target(self) -> QWidget:
        """Where focus goes when the section is returned to (after unlock). Not a
        focus proxy: Qt sends Tab that enters a widget with a proxy straight to the
        proxy, and the toolbar before the circle was never reached by Tab
        (tests/ui/test_keyboard_walk.py)."""
        return self.view

    def set_meeting_mode(self, on: bool) -> None:
        """Called by the case page: the start hint is for the adults."""
        self.editor.update_start_hint()

    def refresh(self) -> None:
        """Redraw every box and the editor from the store (suggestions may have
        been noted in another section meanwhile)."""
        for box_id in self.form.box_ids:
            self.view.update_box(self._box_view(self.service.box(box_id)))
        if self.editor.box_id is not None:
            self.editor.show_box(self.editor.box_id, None)

    @guarded
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def _reveal_section(self) -> None:
        page = self.parentWidget()
        while page is not None and not hasattr(page, "show_section"):
            page = page.parentWidget()
        if page is not None:
            page.show_section("circle")

    def _box_view(self, box: Box) -> BoxView:
        spec_title = self.form.box(box.id).title if box.id in self.form.box_ids else box.id
        resources, risks, measures = box.counts()
        return BoxView(box.id, spec_title, resources, risks, measures,
                       len(self.service.open_suggestions(box.id)), box.discussed,
                       box.id == self.form.start_box)

    def _on_box_changed(self, box_id: str, entry_id: int) -> None:
        if box_id not in self.form.box_ids:
            return
        if not self.isVisible():  # undo/redo from another section: show what changed
            self._reveal_section()
        self.view.update_box(self._box_view(self.service.box(box_id)))
        if self.view.current_id() != box_id:  # undo in another box: show it
            self.view.select(box_id)
            self.editor.show_box(box_id, None if entry_id < 0 else entry_id)
