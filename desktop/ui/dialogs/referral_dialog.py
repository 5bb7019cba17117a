"""Henvisning til PPT (issue 14): the draft pedagogisk rapport of the open
case, part by part, before it is printed (seed 002 Appendiks 6, point 5).

On the left the parts in print order, each with a tick ("ta med"; the internal
part starts unticked); on the right the chosen part's text in a plain editor
with its own undo (Ctrl+Z), and "Hent på nytt fra saken" to write it again from
the case (undoable in the editor too). Every keystroke is stored in the case
(ReferralService → session.edit → autosave), so closing the case keeps the
edits. Preview, print and "Lagre som PDF" go through the program's one output
path (widgets/document_output.py). Fits 1366×768 at 125 %: the list and the
editor scroll inside.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.referral import PART_ORDER, PartKey, ReferralPart
from desktop.services.referral_service import ConsentCheck, ReferralService
from desktop.ui.dialogs.base import Dialog
from desktop.ui.widgets.document_output import Document, DocumentOutput


class ReferralDialog(Dialog):
    """One case's referral draft. `consent_check`: see ReferralService."""

    def __init__(self, parent: QWidget, session, consent_check: ConsentCheck | None = None):
        super().__init__(parent, self.tr("Henvisning til PPT"), "referralDialog")
        self.setAccessibleName(self.tr("Henvisning til PPT – pedagogisk rapport"))
        self.referral = ReferralService(session, consent_check)
        self.read_only = self.referral.read_only
        draft = self.referral.start()
        self._outdated = self.referral.outdated()
        titles = self.part_titles()

        intro = QLabel(self.tr(
            "Utkastet er hentet fra saken. Les og rett hver del før du skriver ut. Bare delene "
            "med hake kommer med; den interne delen er ikke med før du krysser av for den."))
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.consent_warning = QLabel()
        self.consent_warning.setObjectName("referralConsentWarning")
        self.consent_warning.setWordWrap(True)
        self.consent_warning.setStyleSheet(
            "QLabel { background: #fde2e1; border: 1px solid #d08a86; padding: 6px; }")
        self.consent_warning.setVisible(False)
        # Without a valid consent the referral goes only with a reason (issue 14),
        # printed in the referral under "Samtykke" and kept in the case.
        self.consent_reason = QLineEdit(self.referral.consent_reason())
        self.consent_reason.setObjectName("referralConsentReason")
        self.consent_reason.setAccessibleName(self.tr("Begrunnelse for å sende uten gyldig samtykke"))
        self.consent_reason.setPlaceholderText(self.tr(
            "Hvorfor henvisningen sendes uten gyldig samtykke (skrives ut i henvisningen)"))
        self.consent_reason.setReadOnly(self.referral.read_only)
        self.consent_reason.setVisible(False)
        self.consent_reason.textEdited.connect(self._reason_typed)

        self.parts = QListWidget()
        self.parts.setObjectName("referralParts")
        self.parts.setAccessibleName(self.tr("Delene av rapporten; hake betyr at delen tas med"))
        self.parts.setMinimumWidth(230)
        self.parts.setMaximumWidth(300)
        self.editors: dict[PartKey, QPlainTextEdit] = {}
        self.stack = QStackedWidget()
        for part in draft.parts:
            item = QListWidgetItem(titles[part.key])
            item.setData(Qt.ItemDataRole.UserRole, part.key.value)
            if self.read_only:  # a case open read-only shows the ticks as they are
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if part.included
                               else Qt.CheckState.Unchecked)
            self.parts.addItem(item)
            self.stack.addWidget(self._editor(part, titles[part.key]))

        self.part_title = QLabel()
        self.part_title.setObjectName("referralPartTitle")
        self.part_title.setStyleSheet("font-weight: bold;")
        self.part_hint = QLabel()
        self.part_hint.setObjectName("referralPartHint")
        self.part_hint.setWordWrap(True)
        self.part_hint.setProperty("role", "hint")
        self.refetch_button = QPushButton(self.tr("&Hent på nytt fra saken"))
        self.refetch_button.setObjectName("referralRefetch")
        self.refetch_button.setAccessibleName(self.tr("Hent denne delen på nytt fra saken"))
        self.refetch_button.setEnabled(not self.read_only)
        self.refetch_button.setAutoDefault(False)  # Enter in a field must not fetch anew
        self.refetch_button.clicked.connect(self.refetch)

        self.note = QLabel()
        self.note.setObjectName("referralNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.output = DocumentOutput(self, self.note)
        self.preview_button = self._button(self.tr("&Forhåndsvis …"), "referralPreview",
                                           self.tr("Forhåndsvis henvisningen"))
        self.print_button = self._button(self.tr("Skriv &ut …"), "referralPrint",
                                         self.tr("Skriv ut henvisningen"))
        self.save_button = self._button(self.tr("Lagre som &PDF …"), "referralSavePdf",
                                        self.tr("Lagre henvisningen som PDF"))
        self.output.connect_buttons(self.document, self.preview_button, self.save_button,
                                    self.print_button)
        for button in (self.preview_button, self.print_button, self.save_button):
            button.clicked.connect(self._warn_about_consent)
        self.pack_button = self._button(self.tr("Pakk i &overføringsfil …"), "referralPack",
                                        self.tr("Legg saken med henvisningen i en kryptert "
                                                "overføringsfil"))
        self.pack_button.setToolTip(self.tr(
            "Saken, med dette utkastet, i en kryptert overføringsfil (Overfør saken). "
            "Mottakeren åpner Henvisning til PPT i sin Nærvær for å lese og skrive ut. "
            "Den interne delen følger bare med når hele saken overføres."))
        self.pack_button.setEnabled(not self.read_only and hasattr(parent, "service"))
        self.pack_button.clicked.connect(self.pack)
        self.close_button = self._button(self.tr("&Lukk"), "referralClose",
                                         self.tr("Lukk henvisningen"))
        self.close_button.clicked.connect(self.accept)

        self._layout(intro)
        self.parts.currentRowChanged.connect(self._show_part)
        self.parts.itemChanged.connect(self._tick_changed)
        self.parts.setCurrentRow(0)
        self._warn_about_consent()
        self._fit_screen()

    # --- building ------------------------------------------------------------------------
    def part_titles(self) -> dict[PartKey, str]:
        return {PartKey.BACKGROUND: self.tr("Bakgrunn og bekymring"),
                PartKey.ABSENCE: self.tr("Fraværet i tall"),
                PartKey.TRIED: self.tr("Det som er prøvd"),
                PartKey.PLAN: self.tr("Opptrappingsplanen"),
                PartKey.PUPIL_VOICE: self.tr("Elevens stemme"),
                PartKey.GUARDIANS: self.tr("De foresattes syn"),
                PartKey.QUESTIONS: self.tr("Det skolen ber PPT om"),
                PartKey.INTERNAL: self.tr("Internt (refleksjon, hypoteser)")}

    def _editor(self, part: ReferralPart, title: str) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setObjectName("referralText_" + part.key.value)
        editor.setAccessibleName(self.tr("Teksten i delen %1").replace("%1", title))
        editor.setPlainText(part.text)  # not an undo step: the first text is the start
        editor.setReadOnly(self.read_only)
        editor.setTabChangesFocus(True)
        if part.key is PartKey.QUESTIONS:
            editor.setPlaceholderText(self.tr(
                "Skriv hva skolen ber PPT om: veiledning og konsultasjon til skolen og de "
                "foresatte, utredning av eleven, eller begge – og hva dere særlig lurer på."))
        editor.textChanged.connect(lambda key=part.key: self._typed(key))
        self.editors[part.key] = editor
        return editor

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def _layout(self, intro: QLabel) -> None:
        head = QHBoxLayout()
        head.addWidget(self.part_title, 1)
        head.addWidget(self.refetch_button)
        right = QVBoxLayout()
        right.addLayout(head)
        right.addWidget(self.part_hint)
        right.addWidget(self.stack, 1)
        parts_label = QLabel(self.tr("&Deler av rapporten"))
        parts_label.setBuddy(self.parts)
        left = QVBoxLayout()
        left.addWidget(parts_label)
        left.addWidget(self.parts, 1)
        middle = QHBoxLayout()
        middle.addLayout(left)
        middle.addLayout(right, 1)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button,
                       self.pack_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.consent_warning)
        layout.addWidget(self.consent_reason)
        layout.addLayout(middle, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def _fit_screen(self) -> None:
        """As large as is comfortable, never larger than the screen's free area
        (1366×768 at 125 % leaves about 1093×560)."""
        screen = (self.parentWidget() or self).screen()
        free = screen.availableGeometry() if screen is not None else None
        width, height = 1000, 660
        if free is not None:
            width, height = min(width, free.width() - 40), min(height, free.height() - 40)
        self.resize(width, height)

    # --- acting --------------------------------------------------------------------------
    def key_at(self, row: int) -> PartKey:
        return PART_ORDER[row]

    def current_key(self) -> PartKey:
        return self.key_at(max(0, self.parts.currentRow()))

    def _show_part(self, row: int) -> None:
        if row < 0:
            return
        key = self.key_at(row)
        self.stack.setCurrentIndex(row)
        self.part_title.setText(self.part_titles()[key])
        self.refetch_button.setVisible(key is not PartKey.QUESTIONS)
        self._update_hint(key)

    def _update_hint(self, key: PartKey) -> None:
        hints = []
        if key is PartKey.INTERNAL:
            hints.append(self.tr("Internt for de voksne på skolen. Kommer bare med hvis du "
                                 "krysser av for delen; da merkes hele dokumentet INTERNT."))
        if key is PartKey.QUESTIONS and not self.editors[key].toPlainText().strip():
            # Seed 002 App. 6: "Henvisningsgrunn til PPT kan være veiledning/konsultasjon
            # og/eller utredning av elev."
            hints.append(self.tr("PPT trenger å vite hva dere ber om: veiledning og "
                                 "konsultasjon, utredning av eleven, eller begge."))
        if key in self._outdated:
            hints.append(self.tr("Saken er endret siden denne delen ble hentet. Trykk «Hent på "
                                 "nytt fra saken» for å ta med det nye."))
        self.part_hint.setText(" ".join(hints))
        self.part_hint.setVisible(bool(hints))

    def _typed(self, key: PartKey) -> None:
        if self.read_only:
            return
        self.referral.set_text(key, self.editors[key].toPlainText())
        if key is PartKey.QUESTIONS:
            self._update_hint(key)

    def _tick_changed(self, item: QListWidgetItem) -> None:
        if self.read_only:
            return
        key = PartKey(item.data(Qt.ItemDataRole.UserRole))
        included = item.checkState() == Qt.CheckState.Checked
        self.referral.set_included(key, included)
        if key is PartKey.INTERNAL:
            self.note.setText(self.tr("Den interne delen kommer med: dokumentet merkes INTERNT "
                                      "på hver side. Gi det bare til dem som skal ha det.")
                              if included else self.tr("Den interne delen er tatt ut."))

    def refetch(self) -> None:
        """The part as the case gives it now. The editor's Ctrl+Z brings back the
        text it replaced (and stores that again)."""
        key = self.current_key()
        editor = self.editors[key]
        was_edited = self.referral.draft().part(key).edited
        part = self.referral.refetch(key)
        self._outdated.discard(key)
        editor.blockSignals(True)
        cursor = QTextCursor(editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(part.text)  # one undo step in the editor
        editor.blockSignals(False)
        self._update_hint(key)
        self.note.setText(self.tr("Delen er hentet på nytt fra saken. Teksten du hadde skrevet "
                                  "er byttet ut; Ctrl+Z i teksten henter den tilbake.")
                          if was_edited else self.tr("Delen er hentet på nytt fra saken."))

    def pack(self):
        """Pakk i overføringsfil: the handover dialog with this case ticked. The
        draft is part of the case, so it goes with it; the PDF itself is not put
        in the file (a handover file holds cases; the receiver prints from the
        draft)."""
        from desktop.ui.dialogs import handover_flow

        window, case_id = self.parentWidget(), self.referral.session.case_id
        self.accept()
        return handover_flow.open_export(window, case_id)

    def _warn_about_consent(self) -> None:
        problem = self.referral.consent_problem()
        self.consent_warning.setText(
            self.tr("%1 Skriv hvorfor henvisningen likevel sendes; begrunnelsen skrives ut "
                    "i henvisningen.").replace("%1", problem) if problem else "")
        self.consent_warning.setVisible(bool(problem))
        self.consent_reason.setVisible(bool(problem))
        may_send = self.referral.may_send()
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(may_send)

    def _reason_typed(self, text: str) -> None:
        if not self.referral.read_only:
            self.referral.set_consent_reason(text)
        self._warn_about_consent()

    def document(self) -> Document:
        """Read on the UI thread; the PDF is written from these values on a worker."""
        out = self.referral.printable()
        return Document(out.title, out.file_name, out.html, [], out.write)
