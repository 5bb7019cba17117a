"""Avtaler: the case's samarbeidsavtaler (every version), the editor of the
selected one, and its lifecycle: klar til signering → underskrifter →
evaluering; preview, print and save as PDF. Drafts are edited through the
undo stack; a frozen version is shown read-only and "Endre" makes a new draft."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import (
    Agreement,
    AgreementError,
    AgreementStatus,
    NotReady,
    NotReadyProblem,
)
from desktop.domain.meeting_work import WorkKind
from desktop.export.status_words import line_words, signing_note, version_words
from desktop.forms.agreement_templates import load_templates
from desktop.services.agreement_service import AgreementService
from desktop.services.meeting_service import MeetingService
from desktop.ui.sections.agreements.documents import agreement_document
from desktop.ui.sections.agreements.editor import AgreementEditor
from desktop.ui.sections.agreements.evaluation_dialog import EvaluationDialog
from desktop.ui.sections.agreements.lists import party_names
from desktop.ui.undo import CaseEditing
from desktop.ui.widgets.document_output import Document, DocumentOutput
from desktop.ui.widgets.inputs import button
from desktop.ui.widgets.record_layout import (
    RecordSelection,
    fill_record_list,
    left_column,
    master_detail,
    record_list,
    scrolled,
    wrapped_label,
)
from desktop.ui.widgets.scan_file import choose_scan, read_scan
from desktop.ui.widgets.sign_dialog import SignDialog
from desktop.ui.widgets.value_editing import RemoveCommand, ValueCommand


class AgreementsSection(RecordSelection, QWidget):
    def __init__(self, editing: CaseEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agreementsSection")
        self.setAccessibleName(self.tr("Avtaler"))
        self.editing = editing
        self.service = AgreementService(editing.session)
        self.templates = load_templates()[0]
        self._generation = 0
        self._last_key = ""
        self.current_id: int | None = None

        self.list = record_list("agreementList", self.tr("Avtaler og versjoner"))
        self.new_button = button(self.tr("&Ny avtale"), "newAgreement",
                                 self.tr("Lag en ny samarbeidsavtale"))
        self.delete_button = button(self.tr("Slett utkast"), "deleteDraft",
                                    self.tr("Slett dette utkastet (kan angres)"))
        left = left_column(self.tr("Avtaler"), "agreementsHeading", self.new_button, self.list,
                           self.delete_button)

        self.status = wrapped_label("agreementStatus")
        self.message = wrapped_label("agreementMessage", role="hint")
        self.editor = AgreementEditor(self.templates.agreement)
        scroll = scrolled(self.editor, "agreementScroll", self.tr("Avtalen"))
        self.freeze_button = button(self.tr("&Klar til signering"), "freezeAgreement",
                                    self.tr("Lås avtalen som en nummerert versjon"))
        self.sign_button = button(self.tr("Skriv &under …"), "signAgreement",
                                  self.tr("Underskrifter på skjermen"))
        self.edit_button = button(self.tr("&Endre (ny versjon)"), "newVersion",
                                  self.tr("Lag et nytt utkast fra denne versjonen"))
        self.evaluate_button = button(self.tr("E&valuer …"), "evaluateAgreement",
                                      self.tr("Evaluer avtalen"))
        self.scan_button = button(self.tr("Legg ved skann …"), "attachScan",
                                  self.tr("Legg ved skann eller bilde av signert avtale"))
        self.preview_button = button(self.tr("&Forhåndsvis …"), "previewAgreement",
                                     self.tr("Forhåndsvis avtalen"))
        self.print_button = button(self.tr("Skriv &ut …"), "printAgreement",
                                   self.tr("Skriv ut avtalen"))
        self.pdf_button = button(self.tr("Lagre som &PDF …"), "saveAgreementPdf",
                                 self.tr("Lagre avtalen som PDF"))
        actions = QHBoxLayout()
        for b in (self.freeze_button, self.sign_button, self.edit_button,
                  self.evaluate_button):
            actions.addWidget(b)
        actions.addStretch(1)
        outputs = QHBoxLayout()
        for b in (self.scan_button, self.preview_button, self.print_button, self.pdf_button):
            outputs.addWidget(b)
        outputs.addStretch(1)
        self.empty = wrapped_label("agreementsEmpty", self.tr(
            "Ingen avtale ennå. Trykk «Ny avtale» når dere er klare til å skrive ned det dere "
            "har blitt enige om."))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        for widget in (self.empty, self.status):
            right_layout.addWidget(widget)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(actions)
        right_layout.addLayout(outputs)
        right_layout.addWidget(self.message)
        master_detail(self, left, right)
        self.output = DocumentOutput(self, self.message)
        self.dialog: QWidget | None = None

        self.new_button.clicked.connect(self.new_agreement)
        self.list.currentItemChanged.connect(self._selected)
        self.editor.change.connect(self._changed)
        self.editor.take_measures.connect(self.take_circle_measures)
        self.editor.take_plan.connect(self.take_plan_steps)
        self.freeze_button.clicked.connect(self.freeze)
        self.sign_button.clicked.connect(self.open_sign)
        self.edit_button.clicked.connect(self.new_version)
        self.evaluate_button.clicked.connect(self.open_evaluation)
        self.scan_button.clicked.connect(self.ask_scan)
        self.delete_button.clicked.connect(self.delete_draft)
        self.output.connect_buttons(self.document, self.preview_button, self.pdf_button,
                                    self.print_button)
        self.refresh()

    # --- showing ------------------------------------------------------------------------
    def fetch(self, record_id: int) -> Agreement:
        return self.service.agreement(record_id)

    def refresh(self, select: int | None = None) -> None:
        agreements = self.service.agreements()
        rows = [(a.id, version_words(a, self.tr)) for a in agreements]
        self.current_id = fill_record_list(
            self.list, rows, select if select is not None else self.current_id,
            agreements[-1].id if agreements else None)
        self._show()

    def _show(self) -> None:
        a = self.current
        has = a is not None
        self.editor.setVisible(has)
        self.empty.setVisible(not has)
        writable = not self.service.read_only
        self.new_button.setEnabled(writable)
        if a is None:
            self.status.setText("")
            for b in (self.freeze_button, self.sign_button, self.edit_button, self.delete_button,
                      self.evaluate_button, self.scan_button, self.preview_button,
                      self.print_button, self.pdf_button):
                b.setEnabled(False)
            return
        draft = a.status is AgreementStatus.DRAFT
        self.editor.load(a, self.service.case_people(), draft and writable)
        self.editor.plan_note.setText(
            "" if self.service.plan_steps() is not None else
            self.tr("Det finnes ingen opptrappingsplan å hente fra ennå. Skriv delmålene her."))
        self.editor.plan_button.setEnabled(draft and writable
                                           and self.service.plan_steps() is not None)
        self.status.setText(self._status_text(a))
        self.freeze_button.setEnabled(draft and writable)
        self.delete_button.setEnabled(draft and writable)
        signing = a.status in (AgreementStatus.READY, AgreementStatus.SIGNED)
        self.sign_button.setEnabled(writable and signing)
        self.edit_button.setEnabled(writable and not draft)
        self.evaluate_button.setEnabled(writable and signing)
        self.scan_button.setEnabled(writable and signing)
        for b in (self.preview_button, self.print_button, self.pdf_button):
            b.setEnabled(True)

    def _status_text(self, a: Agreement) -> str:
        """The same words as the list and the PDF, then what to do next."""
        text = version_words(a, self.tr) + "."
        signing = a.signing()
        note = signing_note(signing, self.tr)
        if note and a.status is AgreementStatus.READY:
            text += " " + note
        if a.status is AgreementStatus.DRAFT:
            text += " " + self.tr("Alt lagres mens du skriver.")
        else:
            text += " " + self.tr("Denne versjonen er låst. Trykk «Endre (ny versjon)» for å "
                                  "lage et nytt utkast; denne versjonen blir stående.")
        if signing.signed:
            text += " " + self.tr("Skrevet under av: %1.").replace("%1", ", ".join(
                s.name + (f" ({line_words(signing, s.name)})" if s.signed_on else "")
                for s in signing.signed))
        if a.has_scan:
            text += " " + self.tr("Skann av den signerte avtalen er lagt ved.")
        return text

    # --- editing a draft (undo stack) -------------------------------------------------------
    def _changed(self, key: str, fields: dict) -> None:
        old = self.current
        if old is None or old.status.frozen or self.service.read_only:
            return
        new = old.edited(self.service.week(), **fields)
        if new == old:
            return
        if key != self._last_key or key in ("participants", "sub_goals", "measures"):
            self._generation += 1
        self._last_key = key
        text = self.tr("endring i avtalen")
        self.editing.stack.push(ValueCommand(self._write, old, new, text, key, self._generation))

    def _write(self, value: Agreement) -> None:
        stored = self.service.agreement(value.id) if value.id is not None else None
        if stored is not None and stored.status.frozen:
            self.message.setText(self.tr("Versjonen er låst og kan ikke endres. Lag en ny "
                                         "versjon for å endre den."))
            return
        self.service.write(value)
        if value.id != self.current_id:
            self.refresh(value.id)
        else:
            self.editor.load(value, self.service.case_people(), not self.service.read_only)

    def new_agreement(self) -> Agreement:
        draft = self.service.new_draft()  # issue 13: the running meeting's present list
        self.message.setText(
            self.tr("Ny avtale med dem som er til stede på møtet.") if draft.participants
            else self.tr("Ny avtale. Kryss av for dem som er til stede; bare de får en linje "
                         "å skrive under på."))
        self.refresh(draft.id)
        self.editor.place.setFocus()
        return draft

    def delete_draft(self) -> None:
        """A draft made by mistake goes; Ctrl+Z brings it back."""
        draft_id = self.current_id

        def restore(old: Agreement) -> None:
            self.service.restore(old)
            self.refresh(old.id)

        def remove() -> Agreement:
            old = self.service.remove_draft(draft_id)
            self.refresh()
            return old
        self.editing.stack.push(RemoveCommand(remove, restore, self.tr("sletting av utkast")))
        self.message.setText(self.tr("Utkastet er slettet. Ctrl+Z angrer."))

    def take_circle_measures(self) -> None:
        a = self.current
        taken = self.service.circle_measures()
        if not taken:
            self.message.setText(self.tr("Tiltakssirkelen har ingen avtalte tiltak ennå."))
            return
        known = {(m.text, m.party, m.person) for m in a.measures}
        new = tuple(m for m in taken if (m.text, m.party, m.person) not in known)
        if not new:
            self.message.setText(self.tr("De avtalte tiltakene fra tiltakssirkelen er "
                                         "allerede med."))
            return
        self._changed("measures", {"measures": a.measures + new})
        self.message.setText(self.tr("%1 tiltak hentet fra tiltakssirkelen. Du kan endre "
                                     "dem her.").replace("%1", str(len(new))))

    def open_for_meeting(self, meeting_id: int) -> None:
        """An agenda item opened Avtaler: show the agreement made in that meeting."""
        made = MeetingService(self.editing.session).work(meeting_id).of_kind(WorkKind.AGREEMENT)
        if made:
            self.refresh(made[-1].record_id)

    def take_plan_steps(self) -> None:
        steps = self.service.plan_steps()
        a = self.current
        if steps is None or a is None:
            return
        self._changed("sub_goals", {"sub_goals": tuple(steps)})

    # --- lifecycle -------------------------------------------------------------------------
    def freeze(self) -> bool:
        a = self.current
        try:
            self.service.freeze(a.id)
        except NotReady as refused:
            texts = {NotReadyProblem.NO_PARTICIPANTS:
                     self.tr("Kryss av for hvem som er til stede."),
                     NotReadyProblem.NO_MEASURES:
                     self.tr("Skriv minst ett tiltak med en ansvarlig.")}
            self.message.setText(self.tr("Avtalen kan ikke gjøres klar til signering ennå:")
                                 + " " + " ".join(texts[p] for p in refused.problems))
            return False
        self.message.setText(self.tr("Avtalen er klar til signering og låst som versjon %1.")
                             .replace("%1", str(a.version)))
        self.refresh(a.id)
        return True

    def open_sign(self, paper: bool = False) -> SignDialog:
        """Signing now or later: the dialog shows who has signed (with the day),
        who is missing, and takes "signerer ikke" with a reason. `paper`: after
        a scan, each person is confirmed as having signed on the paper copy."""
        a = self.current
        dialog = SignDialog(a.participants, a.signatures, a.declines, self.service.today(), self, paper)
        dialog.signed.connect(lambda signatures, declines: self._signed(a, signatures,
                                                                        declines))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _signed(self, before: Agreement, signatures: tuple, declines: tuple) -> None:
        """One undo step: Ctrl+Z puts back the signatures and marks as they were."""
        old, new = (before.signatures, before.declines), (signatures, declines)
        self.editing.stack.push(ValueCommand(lambda value: self._write_signing(before.id, value),
                                             old, new, self.tr("underskrifter"), "signing",
                                             None))

    def _write_signing(self, agreement_id: int, value: tuple) -> None:
        try:
            signed = self.service.sign(agreement_id, *value)
        except AgreementError:
            self.message.setText(self.tr("Underskriftene kunne ikke lagres: versjonen er ikke "
                                         "til signering lenger."))
            return
        self.message.setText(self.tr("Underskriftene er lagret. Status: %1.")
                             .replace("%1", version_words(signed, self.tr)))
        self.refresh(agreement_id)

    def new_version(self) -> Agreement:
        draft = self.service.edit_frozen(self.current_id)
        self.message.setText(self.tr("Nytt utkast (versjon %1). Den låste versjonen blir "
                                     "stående og kan fortsatt skrives ut.")
                             .replace("%1", str(draft.version)))
        self.refresh(draft.id)
        return draft

    def open_evaluation(self) -> EvaluationDialog:
        a = self.current
        names = party_names()
        evaluation = self.service.start_evaluation(
            a.id, lambda m: names[m.party] + (f": {m.person}" if m.person else ""))
        dialog = EvaluationDialog(self.service, a, evaluation, self.templates, self)
        dialog.new_draft.connect(self._after_evaluation)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _after_evaluation(self, draft_id: int) -> None:
        self.message.setText(self.tr("Evalueringen er lagret. Et nytt utkast er laget fra den "
                                     "gamle avtalen; endre det det dere ble enige om."))
        self.refresh(draft_id)

    def ask_scan(self) -> QFileDialog:
        self.dialog = choose_scan(self, self.tr("Velg skann eller bilde av signert avtale"), "scanDialog", self.attach_scan)
        return self.dialog

    def attach_scan(self, path: Path) -> None:
        content, problem = read_scan(path)
        if content is None:
            self.message.setText(problem)
            return
        self.service.attach_scan(self.current_id, path.name, content)
        self.refresh()
        if self.current.signing().missing:
            # A scan is a picture: it does not say who signed. The user confirms it.
            self.open_sign(paper=True)
            self.message.setText(self.tr(
                "Skannet er lagt ved og lagret kryptert i saken. Velg hvem som skrev under på "
                "papiret, og trykk «Skriv under» for hver av dem."))
        else:
            self.message.setText(self.tr("Skannet er lagt ved og lagret kryptert i saken. "
                                         "Originalfilen kan slettes."))

    # --- documents ---------------------------------------------------------------------------
    def document(self) -> Document:
        return agreement_document(self.current, self.editing.session, load_templates()[0],
                                  self.tr("samarbeidsavtale.pdf"))
