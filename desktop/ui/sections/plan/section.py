"""Opptrappingsplan: the guided flow for the first plan of a case (and for a
new one later), then the normal editor with the staircase, the steps and the
follow-up (seed 002, tiltak og opptrapping; seed 004, tilpassede dager)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from desktop.domain.language import document_language
from desktop.export.plan_pdf import PlanPdfTexts, build_plan_pdf
from desktop.services.plan_service import PlanService, local_forms_dir
from desktop.ui.common import heading, message_label, show_message
from desktop.ui.crash_guard import guarded
from desktop.ui.sections.plan.editing import PlanEditing
from desktop.ui.sections.plan.editor import PlanEditorPage
from desktop.ui.sections.plan.guide import GuidedFlow
from desktop.ui.undo import CaseEditing, EditorEvents
from desktop.ui.widgets.export_job import ExportJob, case_language, export_with_note


def refusal_text(widget: QWidget, code: str) -> str:
    texts = {
        "no_steps": widget.tr("Planen må ha minst ett steg. Steget er ikke fjernet."),
        "zero_weeks": widget.tr("Et steg må vare minst én uke."),
        "no_start": widget.tr("Planen trenger en startdato (dd.mm.åååå)."),
        "step_has_history": widget.tr("Steget har registrert oppfølging og kan ikke fjernes. "
                                      "Endre det heller, eller legg til et nytt steg."),
        "plan_has_history": widget.tr("Planen har registrert oppfølging og blir ikke fjernet. "
                                      "Historikken tas alltid vare på."),
        "absurd_start": widget.tr("Startdatoen må ligge mellom år 2000 og 2100. "
                                  "Sjekk årstallet."),
        "read_only": widget.tr("Saken er åpnet skrivebeskyttet, så planen kan ikke endres her."),
        "too_long": widget.tr("Et steg kan vare høyst 52 uker. Del det heller opp i flere steg."),
    }
    return texts.get(code, widget.tr("Endringen kunne ikke lagres. Ingenting er tapt."))


class PlanSection(QWidget):
    def __init__(self, editing: CaseEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planSection")
        self.setAccessibleName(self.tr("Opptrappingsplan"))
        self.service = PlanService(editing.session)
        self.editing = PlanEditing(self.service, editing, self)
        self._call: ExportJob | None = None
        self._new_plan_asked = False  # "Ny plan …": stay in the flow though plans exist

        self.guide = GuidedFlow(self.editing, local_forms_dir())
        self.editor = PlanEditorPage(self.editing)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.guide)
        self.pages.addWidget(self.editor)
        self.message = message_label("planMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(heading(self.tr("Opptrappingsplan"), 14, "planHeading"))
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)

        events = EditorEvents(editing, self)
        events.watch(self.guide.goal, self.guide.start, self.guide.baseline,
                     *self.guide.first.text_fields(), *self.guide.steps.editor.text_fields(),
                     *self.editor.text_fields(), self.editor.follow_up.week_note,
                     self.editor.follow_up.reason)
        self.editing.plan_changed.connect(self._changed)
        self.editing.refused.connect(lambda code: show_message(self.message,
                                                               refusal_text(self, code)))
        self.guide.finished.connect(self._guide_done)
        self.editor.new_plan_requested.connect(self.start_new_plan)
        self.editor.pdf_requested.connect(self.export_pdf)
        if self.service.plans():
            self.pages.setCurrentWidget(self.editor)
            self.editor.show_plan()
        else:
            self.pages.setCurrentWidget(self.guide)

    def focus_target(self) -> QWidget:
        """Where focus goes when the section is returned to (after unlock). Not a
        focus proxy: Qt sends Tab that enters a widget with a proxy straight to the
        proxy, past the plan chooser and the buttons before the staircase."""
        return self.guide.goal if self.in_guide() else self.editor.staircase

    def in_guide(self) -> bool:
        return self.pages.currentWidget() is self.guide

    def start_new_plan(self) -> None:
        self._new_plan_asked = True
        self.guide.restart()
        self.pages.setCurrentWidget(self.guide)
        self.guide.goal.setFocus()

    def _guide_done(self, plan_id: int) -> None:
        self._new_plan_asked = False
        self.pages.setCurrentWidget(self.editor)
        self.editor.show_plan(plan_id)
        self.editor.staircase.setFocus()

    def _changed(self, plan_id: int, step_id: int) -> None:
        show_message(self.message, "")
        if self.in_guide():
            self.guide.refresh(step_id if step_id >= 0 else None)
        elif not self.service.plans():
            self.guide.restart()
            self.pages.setCurrentWidget(self.guide)
        else:
            self.editor.show_plan(plan_id if plan_id >= 0 else None,
                                  step_id if step_id >= 0 else None)

    @guarded
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.in_guide() and not self._new_plan_asked and self.guide.plan_id is None \
                and self.service.plans():  # a plan made elsewhere meanwhile
            self.pages.setCurrentWidget(self.editor)
        if not self.in_guide():  # the absence register may have changed meanwhile
            self.editor.show_plan(self.editor.plan.id if self.editor.plan else None)

    # --- PDF ----------------------------------------------------------------------------
    def export_pdf(self, path: Path) -> ExportJob | None:
        plan = self.editor.plan
        if plan is None:
            return None
        runs, history = self.service.timeline(plan), self.service.history(plan.id)
        week, pupil = self.service.week(), self.service.session.pupil()
        name, school = pupil.name.strip(), pupil.school.strip()
        with document_language(case_language(self.service.session)):
            texts = PlanPdfTexts()  # the document's words in the case's written language

        def work(target: Path) -> None:
            build_plan_pdf(target, plan, runs, history, week, name, texts, school=school)

        self._call = export_with_note(
            self, work, path, lambda text: show_message(self.editor.note, text),
            self.tr("PDF-en kunne ikke lages. Planen er uendret og lagret i saken."),
            self.editor.pdf_button, title=texts.title)
        return self._call
