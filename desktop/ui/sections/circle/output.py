"""The circle's toolbar: "Ta vare på sirkelen" (a snapshot), "Sammenlign" and the PDF. The
PDF is written off the UI thread; the file dialog is opened with open()."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.language import document_language
from desktop.export.circle_pdf import CirclePdfTexts, build_circle_pdf
from desktop.services.circle_service import MeasureCircleService, circle_form, local_forms_dir
from desktop.ui.sections.circle.snapshots import CompareDialog, SaveSnapshotDialog
from desktop.ui.widgets.export_job import ExportJob, case_language, export_with_note
from desktop.ui.widgets.pdf_save import ask_pdf_path


class CircleToolbar(QObject):
    def __init__(self, service: MeasureCircleService, host: QWidget):
        super().__init__(host)
        self._service = service
        self._host = host
        self._call: ExportJob | None = None
        self.dialog: QWidget | None = None  # the dialog shown, for tests
        self.save_button = self._button(self.tr("&Ta vare på sirkelen …"), "saveSnapshot",
                                        self.tr("Ta vare på sirkelen slik den er nå"))
        self.compare_button = self._button(self.tr("Sa&mmenlign …"), "compareSnapshots",
                                           self.tr("Sammenlign sirkelen på to tidspunkter"))
        self.pdf_button = self._button(self.tr("Lag &PDF …"), "exportCirclePdf",
                                       self.tr("Lag PDF av tiltakssirkelen"))
        self.note = QLabel()
        self.note.setObjectName("circleNote")
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)
        self.layout = QHBoxLayout()
        for button in (self.save_button, self.compare_button, self.pdf_button):
            self.layout.addWidget(button)
        self.layout.addWidget(self.note, 1)
        self.save_button.clicked.connect(self.ask_snapshot)
        self.compare_button.clicked.connect(self.show_compare)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.update_buttons()

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        return button

    def update_buttons(self) -> None:
        self.save_button.setEnabled(not self._service.read_only)
        self.compare_button.setEnabled(bool(self._service.snapshots()))

    # --- snapshots ------------------------------------------------------------------
    def ask_snapshot(self) -> None:
        dialog = SaveSnapshotDialog(self._host)
        dialog.chosen.connect(self._save_snapshot)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _save_snapshot(self, label: str, taken_on) -> None:
        snapshot = self._service.save_snapshot(label, taken_on)
        self.note.setText(self.tr("Sirkelen er tatt vare på: %1").replace("%1", snapshot.label))
        self.update_buttons()

    def show_compare(self) -> None:
        titles = {b.id: b.title for b in self._service.form.boxes}
        dialog = CompareDialog(self._service.snapshots(), self._service.current_as_snapshot(),
                               titles, self._host)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    # --- PDF --------------------------------------------------------------------------
    def ask_pdf(self) -> None:
        self.dialog = ask_pdf_path(self._host, self.tr("Lagre tiltakssirkelen som PDF"),
                                   self.tr("tiltakssirkel.pdf"), "circlePdfDialog",
                                   self.export_pdf, self.note.setText)

    def export_pdf(self, path: Path) -> ExportJob:
        """Writes the PDF on a worker thread; the note says where it went."""
        service = self._service
        circle = service.circle
        frozen = type(circle)(dict(circle.boxes), circle.next_id, circle.form_id,
                              circle.form_version)  # boxes are immutable: a cheap copy
        pupil = service.session.pupil()
        name, school = pupil.name.strip(), pupil.school.strip()
        form_label = f"{service.form.id} v{service.form.version}"
        # The document's words and the boxes' titles in the case's written language.
        with document_language(case_language(service.session)):
            texts = CirclePdfTexts()
            form = circle_form(local_forms_dir())[0]
            if (form.id, form.version) != (service.form.id, service.form.version):
                form = service.form  # the circle was made with another form: its own words
            titles = {b.id: b.title for b in form.boxes}
            goal = form.goal

        def work(target: Path) -> None:
            build_circle_pdf(target, frozen, titles, goal, name, texts,
                             form_label=form_label, school=school)

        self._call = export_with_note(
            self._host, work, path, self.note.setText,
            self.tr("PDF-en kunne ikke lages. Sirkelen er uendret og lagret i saken."),
            self.pdf_button, title=texts.title)
        return self._call
