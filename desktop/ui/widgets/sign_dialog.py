"""The signing dialog of an agreement or an evaluation. Everyone present is
listed with where they stand (skrev under <day> / mangler / signerer ikke and
why), and the line above the buttons says the status and who is missing in the
same words as the list and the PDF (export/status_words.py; the rule is
domain/signing.py).

A person signs on the pad (dated today: the day it is drawn) or is ticked as
having signed on the paper copy, with the day they signed it (the scan flow).
"Signerer ikke" marks a person with a reason (signerer senere, ønsker ikke,
annet + what); "Angre «signerer ikke»" takes the mark back. Nothing is stored
until "Ferdig"; the owner stores both lists. Avbryt or Esc with signatures not
yet stored first says so and closes only when pressed again, so a stray Esc
does not throw away what four people just signed. Opened with open()."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import Participant
from desktop.domain.signing import (
    Decline,
    DeclineReason,
    Signature,
    SigningError,
    signing_status,
    with_decline,
    with_signature,
    without_decline,
)
from desktop.export.status_words import line_words, reason_names, signing_note, signing_words
from desktop.ui.widgets.inputs import button, date_edit, from_qdate, line_edit, to_qdate
from desktop.ui.widgets.signature_pad import SignaturePad


class SignDialog(QDialog):
    """`signed(signatures, declines)` is emitted by "Ferdig" when something changed."""

    signed = Signal(tuple, tuple)

    def __init__(self, people: tuple[Participant, ...], signatures: tuple[Signature, ...],
                 declines: tuple[Decline, ...], today: date, parent: QWidget,
                 paper: bool = False):
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Underskrifter"))
        self.setAccessibleName(self.windowTitle())
        named = {p.name: p for p in people if p.name.strip()}
        self._people = list(named.values())
        self._today = today
        self.signatures, self.declines = tuple(signatures), tuple(declines)
        self._stored = (self.signatures, self.declines)
        self._warned = False

        self.people_list = QListWidget()
        self.people_list.setObjectName("signPeople")
        self.people_list.setAccessibleName(self.tr("Til stede, og hvem som har skrevet under"))
        self.people_list.setMaximumHeight(140)
        self.person = QComboBox()
        self.person.setObjectName("signPerson")
        self.person.setAccessibleName(self.tr("Hvem skriver under"))
        for p in self._people:
            self.person.addItem(f"{p.name} ({p.role})" if p.role else p.name)
        label = QLabel(self.tr("&Hvem skriver under:"))
        label.setBuddy(self.person)
        self.pad = SignaturePad()
        self.on_paper = QCheckBox(self.tr("Skrev under på &papir (ingen tegning), dato:"))
        self.on_paper.setObjectName("signOnPaper")
        self.on_paper.setAccessibleName(self.tr("Skrev under på papir"))
        self.paper_date = date_edit("signPaperDate", self.tr("Dato personen skrev under på papir"))
        self.paper_date.setDate(to_qdate(today))
        self.paper_date.setMaximumDate(to_qdate(today))
        self.paper_date.setEnabled(False)
        self.sign_button = button(self.tr("&Skriv under"), "signPersonButton",
                                  self.tr("Skriv under for valgt person"))
        clear = button(self.tr("&Tøm feltet"), "signClear", self.tr("Tøm underskriftsfeltet"))
        self.reason = QComboBox()
        self.reason.setObjectName("declineReason")
        self.reason.setAccessibleName(self.tr("Hvorfor personen ikke skriver under"))
        for reason, words in reason_names(self.tr).items():
            self.reason.addItem(words, reason)
        self.reason_note = line_edit("declineNote", self.tr("Hvorfor, med egne ord"),
                                     self.tr("Hvorfor (kreves ved «annet»)"))
        self.decline_button = button(self.tr("Signerer &ikke"), "declinePerson",
                                     self.tr("Merk at valgt person ikke skriver under nå"))
        self.undo_decline_button = button(self.tr("A&ngre «signerer ikke»"), "undoDecline",
                                          self.tr("Ta tilbake merket «signerer ikke»"))
        self.summary = QLabel()
        self.summary.setObjectName("signSummary")
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("signStatus")
        self.status.setWordWrap(True)
        self.done_button = button(self.tr("&Ferdig"), "signDone",
                                  self.tr("Lagre underskriftene"))
        cancel = button(self.tr("&Avbryt"), "signCancel",
                        self.tr("Avbryt uten å lagre underskrifter"))
        self._lay_out(label, clear, cancel)

        self.people_list.currentRowChanged.connect(self.person.setCurrentIndex)
        self.person.currentIndexChanged.connect(self._person_changed)
        self.on_paper.toggled.connect(self.paper_date.setEnabled)
        self.sign_button.clicked.connect(self.sign_current)
        clear.clicked.connect(self.pad.clear)
        self.decline_button.clicked.connect(self.decline_current)
        self.undo_decline_button.clicked.connect(self.undo_decline)
        self.done_button.clicked.connect(self._done)
        cancel.clicked.connect(self.reject)
        self.on_paper.setChecked(paper)
        self._refresh()
        self._go_to_next_missing(0)

    def _lay_out(self, label: QLabel, clear, cancel) -> None:
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.person, 1)
        paper = QHBoxLayout()
        paper.addWidget(self.on_paper)
        paper.addWidget(self.paper_date)
        paper.addStretch(1)
        paper.addWidget(self.sign_button)
        paper.addWidget(clear)
        decline = QHBoxLayout()
        reason_label = QLabel(self.tr("Skriver ikke under nå, &grunn:"))
        reason_label.setBuddy(self.reason)
        decline.addWidget(reason_label)
        decline.addWidget(self.reason)
        decline.addWidget(self.reason_note, 1)
        decline_buttons = QHBoxLayout()
        decline_buttons.addStretch(1)
        decline_buttons.addWidget(self.decline_button)
        decline_buttons.addWidget(self.undo_decline_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Til stede:")))
        layout.addWidget(self.people_list)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.pad)
        layout.addLayout(paper)
        layout.addLayout(decline)
        layout.addLayout(decline_buttons)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # --- reading ---------------------------------------------------------------------
    def signing(self):
        return signing_status([p.name for p in self._people], self.signatures, self.declines)

    def _current(self) -> Participant | None:
        index = self.person.currentIndex()
        return self._people[index] if 0 <= index < len(self._people) else None

    def _state(self, status, name: str) -> str:
        if status.signature_of(name) is not None:
            day = line_words(status, name)
            return self.tr("skrev under %1").replace("%1", day) if day else self.tr("skrev under")
        if status.decline_of(name) is not None:
            return line_words(status, name, self.tr)
        return self.tr("mangler")

    def _refresh(self) -> None:
        status = self.signing()
        row = self.person.currentIndex()
        self.people_list.blockSignals(True)
        self.people_list.clear()
        for p in self._people:
            who = f"{p.name} ({p.role})" if p.role else p.name
            self.people_list.addItem(f"{who} – {self._state(status, p.name)}")
        self.people_list.setCurrentRow(row)
        self.people_list.blockSignals(False)
        text = self.tr("Status: %1.").replace("%1", signing_words(status, self.tr))
        note = signing_note(status, self.tr)
        self.summary.setText(text + (" " + note if note else ""))
        self._person_changed(row)

    def _person_changed(self, row: int) -> None:
        if self.people_list.currentRow() != row:
            self.people_list.setCurrentRow(row)
        person = self._current()
        status = self.signing()
        signed = person is not None and status.signature_of(person.name) is not None
        declined = person is not None and status.decline_of(person.name) is not None
        self.decline_button.setEnabled(person is not None and not signed)
        self.undo_decline_button.setEnabled(declined)

    def _go_to_next_missing(self, start: int) -> None:
        """After a person signs or is marked, the next one still missing is chosen."""
        missing = set(self.signing().missing)
        order = list(range(start, len(self._people))) + list(range(0, start))
        for index in order:
            if self._people[index].name in missing:
                self.person.setCurrentIndex(index)
                return

    # --- acting ----------------------------------------------------------------------
    def sign_current(self) -> None:
        person = self._current()
        if person is None:
            return
        if self.pad.empty and not self.on_paper.isChecked():
            self.status.setText(self.tr("Tegn underskriften i feltet, eller kryss av for at "
                                        "personen skrev under på papir."))
            return
        if self.pad.empty:
            signature = Signature(person.name, person.role,
                                  min(from_qdate(self.paper_date.date()), self._today), None)
        else:
            signature = Signature(person.name, person.role, self._today, self.pad.png())
        self.signatures, self.declines = with_signature(self.signatures, self.declines,
                                                        signature)
        self.pad.clear()
        self.status.setText(self.tr("%1 har skrevet under.").replace("%1", person.name))
        self._refresh()
        self._go_to_next_missing(self.person.currentIndex())

    def decline_current(self) -> None:
        person = self._current()
        if person is None:
            return
        reason = DeclineReason(self.reason.currentData())
        try:
            self.declines = with_decline(self.signatures, self.declines, Decline(
                person.name, reason, self.reason_note.text(), self._today))
        except SigningError:
            if reason is DeclineReason.OTHER and not self.reason_note.text().strip():
                self.status.setText(self.tr("Skriv hvorfor når du velger «annet»."))
            else:
                self.status.setText(self.tr("%1 har allerede skrevet under.")
                                    .replace("%1", person.name))
            return
        self.reason_note.clear()
        self.status.setText(self.tr("%1 er merket: %2. «Angre» tar det tilbake.")
                            .replace("%1", person.name)
                            .replace("%2", self._state(self.signing(), person.name)))
        self._refresh()
        self._go_to_next_missing(self.person.currentIndex())

    def undo_decline(self) -> None:
        person = self._current()
        if person is None:
            return
        self.declines = without_decline(self.declines, person.name)
        self.status.setText(self.tr("%1 mangler underskrift igjen.").replace("%1", person.name))
        self._refresh()

    def _changed(self) -> bool:
        return (self.signatures, self.declines) != self._stored

    def reject(self) -> None:
        if self._changed() and not self._warned:
            self._warned = True
            self.status.setText(self.tr("Underskriftene er ikke lagret ennå. Trykk «Ferdig» for "
                                        "å lagre dem, eller «Avbryt» en gang til for å forkaste "
                                        "dem."))
            return
        super().reject()

    def _done(self) -> None:
        order = {p.name: i for i, p in enumerate(self._people)}
        signatures = tuple(sorted(self.signatures, key=lambda s: order.get(s.name, 99)))
        if self._changed():
            self.signed.emit(signatures, self.declines)
        self.accept()
