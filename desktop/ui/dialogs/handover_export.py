"""Overfør saken …: one or more cases written to ONE encrypted handover file
(*.naervaer-overforing) under a one-time passphrase, shown once afterwards to
be read out by phone. The key derivation and encryption run on a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.casefile.errors import CaseFileError
from desktop.domain.handover import LEAVABLE, Scope
from desktop.services.handover import (
    SUFFIX,
    HandoverService,
    generated_bits,
    new_passphrase,
    passphrase_strength_problem,
    word_list,
)
from desktop.ui.common import message_label, refuse, show_message
from desktop.ui.dialogs.base import Dialog, passphrase_edit
from desktop.ui.dialogs.handover_common import (
    choose_handover_file,
    file_row,
    labelled,
    wrapped_label,
)
from desktop.ui.labels import case_part_labels
from desktop.ui.messages import message_for
from desktop.ui.widgets.consent_texts import barnevern_label, recipient_kinds
from desktop.ui.worker import BackgroundCall

FORM_WIDTH = 720  # logical pixels: the warnings wrap to few lines, and fit 1093 (125 %)


class HandoverExportDialog(Dialog):
    """`cases`: (case id, pupil's name) of every case that may go; `chosen`: the
    ones ticked at the start (the open case, or the one selected in the list)."""

    exported = Signal(object)  # ExportResult

    def __init__(self, parent: QWidget, service: HandoverService,
                 cases: list[tuple[str, str]], chosen: set[str], folder: Path):
        super().__init__(parent, self.tr("Overfør saken"), "handoverExportDialog")
        self.service = service
        self._call: BackgroundCall | None = None
        self._job = None  # the ExportJob under way
        self._passphrase = new_passphrase()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page(cases, chosen, folder))
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._fit()

    # --- page 1: what, to whom, where ----------------------------------------------------
    def _form_page(self, cases, chosen, folder: Path) -> QWidget:
        page = QWidget()
        self.error = message_label("handoverExportError")
        self.progress = message_label("handoverExportProgress", "hint")
        intro = QLabel(self.tr(
            "Sakene krypteres i én fil med en engangs-passordfrase. Send filen til mottakeren, "
            "og les passordfrasen opp på telefon – aldri i samme e-post, melding eller på "
            "samme minnepinne som filen."))
        intro.setWordWrap(True)
        self.case_list = QListWidget()
        self.case_list.setObjectName("handoverCases")
        self.case_list.setAccessibleName(self.tr("Saker som overføres"))
        self.case_list.setMaximumHeight(90)
        for case_id, name in cases:
            item = QListWidgetItem(name or self.tr("(uten navn)"))
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            item.setCheckState(Qt.CheckState.Checked if case_id in chosen
                               else Qt.CheckState.Unchecked)
            self.case_list.addItem(item)
        self.recipient = self._line("handoverRecipient", self.tr("Til (mottaker)"),
                                    self.tr("For eksempel PPT Nordvidda, Jon Buljo"))
        self.sender = self._line("handoverSender", self.tr("Fra"),
                                 self.tr("Ditt navn og din skole"))
        # Samtykke: who receives it decides whether a consent must cover it.
        self.kind = QComboBox()
        self.kind.setObjectName("handoverRecipientKind")
        self.kind.setAccessibleName(self.tr("Mottakeren er"))
        recipient_kinds(self.kind)
        self.barnevern = barnevern_label("handoverBarnevernInfo")
        self.consent_warning = message_label("handoverConsentWarning", "warning")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("handoverConsentReason")
        self.reason.setAccessibleName(self.tr("Begrunnelse for å overføre uten gyldig samtykke"))
        self.reason.setPlaceholderText(self.tr(
            "For eksempel: foresatte samtykket muntlig i møtet 12.01., skriftlig samtykke "
            "kommer; eller: bekymringsmelding"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(56)
        self.reason.textChanged.connect(lambda: show_message(self.error, ""))
        self.reason_label = QLabel(self.tr("&Begrunnelse:"))
        self.reason_label.setBuddy(self.reason)
        self._problems: dict[str, str] = {}
        self.kind.currentIndexChanged.connect(lambda _i: self._check_consent())
        self.case_list.itemChanged.connect(lambda _item: self._check_consent())
        self.scope = QComboBox()
        self.scope.setObjectName("handoverScope")
        self.scope.setAccessibleName(self.tr("Hva som overføres"))
        self.scope.addItem(self.tr("Hele saken"), Scope.FULL)
        self.scope.addItem(self.tr("Uten interne deler (refleksjon etter møtet, "
                                   "Kearney-hypoteser)"), Scope.WITHOUT_INTERNAL)
        # Issue 14: "a chosen set of sections" may stay behind; the record says which.
        self.left_out = QListWidget()
        self.left_out.setObjectName("handoverLeftOut")
        self.left_out.setAccessibleName(self.tr("Deler som ikke blir med (kryss av)"))
        for key in LEAVABLE:
            item = QListWidgetItem(case_part_labels()[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.left_out.addItem(item)
        self.left_out.ensurePolished()  # the row height in the stylesheet's font
        self.left_out.setFixedHeight(self.left_out.sizeHintForRow(0) * 4
                                     + 2 * self.left_out.frameWidth())
        self.own = QCheckBox(self.tr("Jeg vil skrive inn en egen passordfrase"))
        self.own.setObjectName("handoverOwnPassphrase")
        self.own.setAccessibleName(self.own.text())
        self.own_edit = passphrase_edit("handoverPassphrase", self.tr("Egen passordfrase"))
        self.repeat_edit = passphrase_edit("handoverPassphraseRepeat",
                                           self.tr("Egen passordfrase en gang til"))
        for edit in (self.own_edit, self.repeat_edit):
            edit.setEnabled(False)
            self.own.toggled.connect(edit.setEnabled)
        self.path = self._line("handoverFile", self.tr("Fil"), "")
        self.path.setText(str(folder / f"overforing{SUFFIX}"))
        choose = QPushButton(self.tr("Velg …"))
        choose.setObjectName("handoverChooseFile")
        choose.setAccessibleName(self.tr("Velg hvor filen lagres"))
        choose.clicked.connect(self._choose_file)
        form = QFormLayout()
        labelled(form, self.tr("&Saker:"), self.case_list)
        labelled(form, self.tr("&Til:"), self.recipient)
        labelled(form, self.tr("&Mottakeren er:"), self.kind)
        form.addRow(self.barnevern)
        form.addRow(self.consent_warning)
        form.addRow(self.reason_label, self.reason)
        labelled(form, self.tr("F&ra:"), self.sender)
        labelled(form, self.tr("&Innhold:"), self.scope)
        labelled(form, self.tr("&Ikke med:"), self.left_out)
        form.addRow(self.own)
        labelled(form, self.tr("&Passordfrase:"), self.own_edit)
        labelled(form, self.tr("&Gjenta:"), self.repeat_edit)
        # Shown when chosen: room for the consent warning at 1366×768 and 125 %.
        self._form = form
        self.own.toggled.connect(self._own_toggled)
        self._own_toggled(False)
        labelled(form, self.tr("F&il:"), file_row(self.path, choose), self.path)
        self.buttons = self.button_box(self.tr("Lag overføringsfil"), "handoverWrite")
        # The form scrolls when the consent warning and the own passphrase make it
        # taller than the screen (1366×768 at 125 %); the buttons stay in view.
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(intro)
        content_layout.addLayout(form)
        content_layout.addWidget(self.error)
        content_layout.addWidget(self.progress)
        content_layout.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("handoverFormScroll")
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(content)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.buttons)
        self._check_consent()
        return page

    def _own_toggled(self, checked: bool) -> None:
        self._form.setRowVisible(self.own_edit, checked)
        self._form.setRowVisible(self.repeat_edit, checked)
        if checked:
            self.own_edit.setFocus()
        self._fit()

    def _check_consent(self) -> None:
        """Asks, for the cases ticked, whether a valid consent covers the chosen
        receiver; without one the warning says why and a reason is asked for."""
        kind = self.kind.currentData()
        self.barnevern.setVisible(kind == "barnevern")
        self._problems = self.service.consent_problems(self.chosen_ids(), kind)
        names = {i.data(Qt.ItemDataRole.UserRole): i.text()
                 for i in (self.case_list.item(r) for r in range(self.case_list.count()))}
        if not self._problems:
            show_message(self.consent_warning, "")
        elif len(self.chosen_ids()) == 1:
            show_message(self.consent_warning, self.tr(
                "%1 Du kan overføre likevel: skriv hvorfor. Begrunnelsen lagres i saken.")
                .replace("%1", next(iter(self._problems.values()))))
        else:
            lines = "\n".join(f"• {names.get(case_id, case_id)}: {text}"
                              for case_id, text in self._problems.items())
            show_message(self.consent_warning, self.tr(
                "Ikke gyldig samtykke for alle sakene:\n%1\nDu kan overføre likevel: skriv "
                "hvorfor. Begrunnelsen lagres i hver av disse sakene.").replace("%1", lines))
        self.reason.setVisible(bool(self._problems))
        self.reason_label.setVisible(bool(self._problems))
        self._fit()

    def _fit(self) -> None:
        """As tall as the form (it grows with the warning), never past the
        screen: beyond that the form scrolls above the buttons."""
        if self.pages.currentIndex() != 0:
            return
        content = self.form_scroll.widget()
        content.adjustSize()
        margins = self.layout().contentsMargins()
        wanted = (content.sizeHint().height() + self.buttons.sizeHint().height()
                  + self.pages.widget(0).layout().spacing() + margins.top()
                  + margins.bottom())
        room = self.screen().availableGeometry().height() - 60  # the title bar, a margin
        self.resize(max(self.width(), FORM_WIDTH), min(wanted, room))

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(lambda: show_message(self.error, ""))
        return edit

    def _choose_file(self) -> None:
        choose_handover_file(self, self.tr("Lagre overføringsfil"), self.path.text(), True,
                             self.path.setText)

    # --- page 2: the passphrase, once ------------------------------------------------------
    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_text = wrapped_label("handoverDoneText")
        self.shown = QLabel()
        self.shown.setObjectName("handoverPassphraseShown")
        self.shown.setAccessibleName(self.tr("Engangs-passordfrasen"))
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.shown.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.shown.setFont(font)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        done = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = done.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Ferdig – jeg har notert passordfrasen"))
        ok.setObjectName("handoverDone")
        done.accepted.connect(self._finish)
        self.done_button = ok
        layout = QVBoxLayout(page)
        for widget in (self.done_text, self.shown, self.advice):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(done)
        return page

    # --- doing it ----------------------------------------------------------------------
    def chosen_ids(self) -> list[str]:
        items = (self.case_list.item(row) for row in range(self.case_list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items
                if i.checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        if self._call is not None or self.pages.currentIndex() != 0:
            return
        ids = self.chosen_ids()
        path = Path(self.path.text().strip()).expanduser()
        if not ids:
            return refuse(self.error, self.case_list, self.tr("Kryss av minst én sak."))
        if not self.recipient.text().strip():
            return refuse(self.error, self.recipient,
                          self.tr("Skriv hvem saken overføres til."))
        self._check_consent()  # a consent may have changed since the dialog opened
        reason = self.reason.toPlainText().strip()
        if self._problems and not reason:
            return refuse(self.error, self.reason, self.tr(
                "Det finnes ikke gyldig samtykke. Skriv en begrunnelse for å overføre likevel, "
                "eller velg en annen mottaker."))
        passphrase = self._passphrase
        if self.own.isChecked():
            problem = passphrase_strength_problem(self.own_edit.text(), self.repeat_edit.text())
            if problem is not None:
                return refuse(self.error, self.own_edit, message_for(problem))
            passphrase = self.own_edit.text()
        if not self.path.text().strip() or not path.parent.is_dir():
            return refuse(self.error, self.path, self.tr("Velg en mappe som finnes."))
        if not path.name.endswith(SUFFIX):
            path = path.with_name(path.name + SUFFIX)
        if path.exists():
            return refuse(self.error, self.path, self.tr(
                "Det finnes allerede en fil med dette navnet. Velg et annet navn."))
        try:
            job = self.service.prepare_export(
                ids, self.scope.currentData(), self.sender.text(), self.recipient.text(),
                self.kind.currentData(), {case_id: reason for case_id in self._problems},
                self.chosen_left_out())
        except CaseFileError as exc:
            return show_message(self.error, message_for(exc))
        self._set_busy(True)
        self._job = job
        self._call = BackgroundCall(lambda: job.run(path, passphrase),
                                    lambda result, error: self._written(job, result, error),
                                    self)
        self._call.start()

    def chosen_left_out(self) -> tuple[str, ...]:
        items = [self.left_out.item(row) for row in range(self.left_out.count())]
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def reject(self) -> None:
        """Avbryt, Esc, or the program locking: a file being written is waited
        for (at most one key derivation) and deleted again, since nobody has
        seen its passphrase; nothing is recorded."""
        if self._call is not None:
            self._job.cancel()
            self._call.wait()
        self._passphrase = ""
        super().reject()

    def _written(self, job, result, error: BaseException | None) -> None:
        self._call = None
        self._set_busy(False)
        if error is not None:
            if not isinstance(error, (CaseFileError, OSError)):
                raise error
            show_message(self.error, message_for(error))
            return
        if result is None:
            return  # cancelled: the file is gone again, nothing recorded
        self.service.finish_export(job, result)
        self.exported.emit(result)
        count = len(job.case_ids)
        self.done_text.setText(self.tr("Overføringsfilen er lagret: %1. Saker i filen: %n. "
                                       "Overføringen er skrevet inn i hver sak.", "", count)
                               .replace("%1", str(result.path)))
        if self.own.isChecked():
            self.shown.setText("")
            self.advice.setText(self.tr("Gi mottakeren passordfrasen du valgte, på telefon "
                                        "eller ansikt til ansikt – aldri sammen med filen."))
        else:
            self.shown.setText(self._passphrase)
            self.advice.setText(self.tr(
                "Les passordfrasen opp for mottakeren på telefon, eller gi den ansikt til "
                "ansikt. Den vises bare nå og lagres ingen steder. Send den aldri i samme "
                "e-post, melding eller på samme minnepinne som filen. (Seks ord fra en liste "
                "på %1 ord: omtrent %2 bits.)")
                .replace("%1", str(len(word_list())))
                .replace("%2", str(int(generated_bits()))))
        self.pages.setCurrentIndex(1)
        self.done_button.setFocus()

    def _finish(self) -> None:
        self.shown.clear()  # the passphrase is not kept anywhere
        self._passphrase = ""
        super().accept()

    def _set_busy(self, busy: bool) -> None:
        show_message(self.progress, self.tr("Krypterer og lagrer …") if busy else "")
        self.pages.widget(0).setEnabled(not busy)
