"""Samtykke: the case's consents to share information with a service, each
with its status in words ("gyldig til 30.06.2027", "trukket tilbake
12.01.2027", "utløpt …"), a withdraw action, the form to print and sign, and
the scan of the signed form kept inside the encrypted case. Every edit goes
through the undo stack as a whole Consent value."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QVBoxLayout, QWidget

from desktop.domain.consent import Consent, ConsentService, service_name
from desktop.export.consent_pdf import ConsentTexts, build_consent_pdf, consent_html
from desktop.services.consent_service import ConsentRecords
from desktop.ui.crash_guard import guarded
from desktop.ui.sections.consent.editor import ConsentEditor
from desktop.ui.undo import CaseEditing
from desktop.ui.widgets.consent_texts import service_labels
from desktop.ui.widgets.document_output import Document, DocumentOutput, document_header
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
from desktop.ui.widgets.value_editing import AddCommand, RemoveCommand, ValueCommand


class ConsentSection(RecordSelection, QWidget):
    def __init__(self, editing: CaseEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("consentSection")
        self.setAccessibleName(self.tr("Samtykke"))
        self.editing = editing
        self.service = ConsentRecords(editing.session)
        self.current_id: int | None = None
        self._generation = 0
        self._last_key = ""
        self.dialog: QWidget | None = None

        self.list = record_list("consentList", self.tr("Samtykker"))
        self.new_button = button(self.tr("&Nytt samtykke"), "newConsent",
                                 self.tr("Registrer et nytt samtykke"))
        self.delete_button = button(self.tr("Slett"), "deleteConsent",
                                    self.tr("Slett dette samtykket (kan angres)"))
        left = left_column(self.tr("Samtykke"), "consentHeading", self.new_button, self.list,
                           self.delete_button)
        self.status = wrapped_label("consentStatus")
        self.status.setAccessibleName(self.tr("Samtykkets status"))
        self.editor = ConsentEditor()
        scroll = scrolled(self.editor, "consentScroll", self.tr("Samtykket"), focus=False)
        self.withdraw_button = button(self.tr("&Trekk tilbake i dag"), "withdrawConsent",
                                      self.tr("Registrer at samtykket er trukket tilbake i dag"))
        self.scan_button = button(self.tr("Legg ved &skann …"), "attachConsentScan",
                                  self.tr("Legg ved skann eller bilde av signert skjema"))
        self.preview_button = button(self.tr("&Forhåndsvis skjema …"), "previewConsent",
                                     self.tr("Forhåndsvis samtykkeskjemaet"))
        self.print_button = button(self.tr("Skriv &ut …"), "printConsent",
                                   self.tr("Skriv ut samtykkeskjemaet"))
        self.pdf_button = button(self.tr("Lagre som &PDF …"), "saveConsentPdf",
                                 self.tr("Lagre samtykkeskjemaet som PDF"))
        actions = QHBoxLayout()  # what is done to the consent …
        for b in (self.withdraw_button, self.scan_button):
            actions.addWidget(b)
        actions.addStretch(1)
        outputs = QHBoxLayout()  # … and the form to sign (two rows: fits at 125 %)
        for b in (self.preview_button, self.print_button, self.pdf_button):
            outputs.addWidget(b)
        outputs.addStretch(1)
        self.message = wrapped_label("consentMessage", role="hint")
        self.empty = wrapped_label("consentEmpty", self.tr(
            "Ingen samtykker ennå. Før opplysninger om eleven deles med PPT, BUP, "
            "helsesykepleier, fastlege eller andre, trengs samtykke fra foresatte (og fra "
            "eleven når eleven har fylt 15 år). Trykk «Nytt samtykke», skriv ut skjemaet og "
            "legg ved skann når det er underskrevet."))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.status)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(actions)
        right_layout.addLayout(outputs)
        right_layout.addWidget(self.message)
        master_detail(self, left, right)
        self.output = DocumentOutput(self, self.message)

        self.new_button.clicked.connect(self.new_consent)
        self.delete_button.clicked.connect(self.delete_consent)
        self.list.currentItemChanged.connect(self._selected)
        self.editor.change.connect(self.change)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.scan_button.clicked.connect(self.ask_scan)
        self.output.connect_buttons(self.document, self.preview_button, self.pdf_button,
                                    self.print_button)
        self.refresh()

    @guarded
    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.refresh()  # guardians and the birth date are edited on Oversikt
        super().showEvent(event)

    # --- showing ----------------------------------------------------------------------
    def fetch(self, record_id: int) -> Consent:
        return self.service.consent(record_id)

    def _label(self, c: Consent) -> str:
        name = (c.service_other.strip() if c.service_other.strip()
                and c.service is ConsentService.OTHER else service_labels()[c.service])
        return f"{name} – {self.service.status_text(c)}"

    def refresh(self, select: int | None = None) -> None:
        consents = sorted(self.service.consents(),
                          key=lambda c: (c.given_on is not None, c.given_on, c.id), reverse=True)
        self.current_id = fill_record_list(
            self.list, [(c.id, self._label(c)) for c in consents],
            select if select is not None else self.current_id,
            consents[0].id if consents else None)
        self._show()

    def _show(self) -> None:
        c = self.current
        writable = not self.service.read_only
        self.editor.setVisible(c is not None)
        self.status.setVisible(c is not None)
        self.empty.setVisible(c is None)
        self.new_button.setEnabled(writable)
        self.delete_button.setEnabled(c is not None and writable)
        self.withdraw_button.setEnabled(c is not None and writable and c.withdrawn_on is None)
        self.scan_button.setEnabled(c is not None and writable)
        for b in (self.preview_button, self.print_button, self.pdf_button):
            b.setEnabled(c is not None)
        if c is None:
            return
        guardians = [(g.name.strip(), g.parental_responsibility)
                     for g in self.editing.session.guardians() if g.name.strip()]
        pupil_asked = self.service.pupil_may_consent(c.given_on)
        self.editor.show_consent(c, guardians, self.service.pupil_name(), pupil_asked,
                                 self._givers_hint(pupil_asked))
        self.editor.setEnabled(writable)
        words = self.service.status_text(c)
        scan = (self.tr(" Signert skjema er lagt ved (%1).").replace("%1", c.scan_name)
                if c.has_scan else "")
        self.status.setText(self.tr("Status: %1.").replace("%1", words) + scan)
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._label(c))

    def _givers_hint(self, pupil_asked: bool) -> str:
        if self.service.birth() is None:
            return self.tr("Elevens fødselsdato mangler (Oversikt): fra 15 år må eleven også "
                           "samtykke.")
        if pupil_asked:
            return self.tr("Eleven har fylt 15 år og må også samtykke. Alle med "
                           "foreldreansvar må samtykke.")
        return self.tr("Alle med foreldreansvar må samtykke.")

    # --- editing -------------------------------------------------------------------------
    def change(self, key: str, fields: dict) -> None:
        if self.service.read_only:
            return
        old = self.current
        if old is None:
            return
        new = replace(old, **fields)
        if new == old:
            return
        if key != self._last_key or key in ("givers", "service", "valid_until",
                                            "withdrawn_on", "given_on"):
            self._generation += 1
        self._last_key = key
        self.editing.stack.push(ValueCommand(self._write, old, new,
                                             self.tr("endring i samtykke"), key,
                                             self._generation))

    def _write(self, value: Consent) -> None:
        self.service.write(value)
        if value.id != self.current_id:
            self.refresh(value.id)
        else:
            self._show()

    def new_consent(self) -> Consent:
        def add() -> Consent:
            made = self.service.new()
            self.refresh(made.id)
            return made

        def remove(value: Consent):
            old = self.service.remove(value.id)
            self.refresh()
            return old

        def restore(old) -> None:
            self.service.restore(*old)
            self.refresh(old[0].id)
        command = AddCommand(add, remove, restore, self.tr("nytt samtykke"))
        self.editing.stack.push(command)
        self.message.setText(self.tr("Nytt samtykke. Velg tjeneste, skriv hva som kan deles, "
                                     "og kryss av for hvem som har samtykket."))
        self.editor.service.setFocus()
        return command.value

    def delete_consent(self) -> None:
        consent_id = self.current_id
        if consent_id is None:
            return

        def remove():
            old = self.service.remove(consent_id)
            self.refresh()
            return old

        def restore(old) -> None:
            self.service.restore(*old)
            self.refresh(old[0].id)
        self.editing.stack.push(RemoveCommand(remove, restore, self.tr("sletting av samtykke")))
        self.message.setText(self.tr("Samtykket er slettet. Ctrl+Z angrer."))

    def withdraw(self) -> None:
        c = self.current
        if c is None or c.withdrawn_on is not None:
            return
        self._generation += 1
        self._last_key = "withdraw"
        new = c.withdrawn(self.service.today())
        self.editing.stack.push(ValueCommand(self._write, c, new,
                                             self.tr("samtykke trukket tilbake"), "withdraw",
                                             self._generation))
        self.message.setText(self.tr("Samtykket er registrert trukket tilbake %1. Fra nå deles "
                                     "ingenting mer med tjenesten. Ctrl+Z angrer.")
                             .replace("%1", new.withdrawn_on.strftime("%d.%m.%Y")))

    # --- the scan ------------------------------------------------------------------------
    def ask_scan(self) -> QFileDialog:
        self.dialog = choose_scan(self, self.tr("Velg skann eller bilde av signert samtykke"), "consentScanDialog", self.attach_scan)
        return self.dialog

    def attach_scan(self, path: Path) -> None:
        if self.current_id is None:
            return
        content, problem = read_scan(path)
        if content is None:
            self.message.setText(problem)
            return
        self.service.attach_scan(self.current_id, path.name, content)
        self._show()
        self.message.setText(self.tr("Skannet er lagt ved og lagret kryptert i saken. "
                                     "Originalfilen kan slettes."))

    # --- the form ------------------------------------------------------------------------
    def document(self) -> Document:
        c = self.current
        texts = ConsentTexts().translated()  # in the case's language (document_output)
        header = document_header(self.editing.session, c.given_on)
        pupil, birth = self.service.pupil_name(), self.service.birth()
        signers = self.service.signers(c)
        title = f"{texts.title} – {service_name(c.service, c.service_other)}"
        return Document(title, self.tr("samtykke.pdf"),
                        consent_html(c, pupil, birth, signers, header, texts), [],
                        lambda path: build_consent_pdf(path, c, pupil, birth, signers, header,
                                                       texts))
