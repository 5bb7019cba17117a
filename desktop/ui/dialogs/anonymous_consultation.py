"""Anonym drøfting … (Fil menu, issue 14): the open case as an anonymised
summary or full report, for discussing it anonymously with another service
(seed 001, Vedlegg 2:1: "Er det behov for å drøfte saken anonymt med andre
hjelpeinstanser?").

The preview shows the anonymised text with every replacement highlighted; a
tooltip (and the line under the text) says what kind of thing was replaced,
never what it was. Words typed under "Ord som også skal fjernes" are removed at
once. Printing and "Lagre som PDF" go through the program's one output path
(widgets/document_output.py), so the "PDF er ikke kryptert" note and the PDF
folder setting apply. The text lives in this dialog only; nothing is stored.
Talks to services/anonymous_consultation.py."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.anonymise import Kind
from desktop.domain.consultation import AnonymousReport
from desktop.export.anonymous_pdf import build_anonymous_pdf, report_html
from desktop.services.anonymous_consultation import (
    AnonymousConsultation,
    Options,
    remembered_words,
)
from desktop.ui.crash_guard import guarded
from desktop.ui.dialogs.base import Dialog
from desktop.ui.widgets.document_output import Document, DocumentOutput

FILE_NAME = "anonym-drofting.pdf"


class AnonymousConsultationDialog(Dialog):
    """Preview, words to remove, print and save. Open with open()."""

    def __init__(self, parent: QWidget, consultation: AnonymousConsultation):
        super().__init__(parent, self.tr("Anonym drøfting"), "anonymousConsultationDialog")
        self.setAccessibleName(self.tr("Anonym drøfting"))
        self.consultation = consultation
        self.words: list[str] = remembered_words(consultation.session)
        self.report: AnonymousReport | None = None

        hint = QLabel(self.tr(
            "Navn, skole, steder, adresser, telefonnumre og datoer er byttet ut (markert i "
            "gult). Les teksten før du bruker den: opplysninger som kan kjenne igjen eleven "
            "uten navn – et sjeldent yrke, en liten bygd, en spesiell hendelse – må du "
            "fjerne selv under «Ord som også skal fjernes»."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")

        self.summary_option = QRadioButton(self.tr("&Sammendrag"))
        self.summary_option.setObjectName("anonymousSummary")
        self.summary_option.setAccessibleName(self.tr("Sammendrag"))
        self.full_option = QRadioButton(self.tr("&Fullstendig rapport"))
        self.full_option.setObjectName("anonymousFull")
        self.full_option.setAccessibleName(self.tr("Fullstendig rapport"))
        self.summary_option.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.summary_option)
        group.addButton(self.full_option)
        self.internal_option = QCheckBox(self.tr("Ta med de voksnes &refleksjon etter samtalen"))
        self.internal_option.setObjectName("anonymousInternal")
        self.internal_option.setAccessibleName(self.tr(
            "Ta med de voksnes refleksjon etter kartleggingssamtalen (intern)"))
        self.internal_option.setToolTip(self.tr(
            "Hypoteser om hva som utløser og opprettholder fraværet. Interne notater: ta "
            "dem bare med når drøftingen trenger dem."))
        options = QHBoxLayout()
        options.addWidget(self.summary_option)
        options.addWidget(self.full_option)
        options.addSpacing(24)
        options.addWidget(self.internal_option)
        options.addStretch(1)

        self.view = QTextBrowser()
        self.view.setObjectName("anonymousPreview")
        self.view.setAccessibleName(self.tr("Den anonymiserte teksten"))
        self.view.setOpenLinks(False)
        self.view.viewport().setMouseTracking(True)
        self._tips = _ReplacementTips(self.view, self._kind_text)
        self.counts = QLabel()
        self.counts.setObjectName("anonymousCounts")
        self.counts.setWordWrap(True)

        self.word_edit = QLineEdit()
        self.word_edit.setObjectName("anonymousWord")
        self.word_edit.setAccessibleName(self.tr("Ord som også skal fjernes"))
        self.word_edit.setPlaceholderText(self.tr("Navn, sted …"))
        self.add_button = QPushButton(self.tr("&Legg til"))
        self.add_button.setObjectName("anonymousAddWord")
        self.add_button.setAccessibleName(self.tr("Legg til ordet som skal fjernes"))
        self.word_list = QListWidget()
        self.word_list.setObjectName("anonymousWords")
        self.word_list.setAccessibleName(self.tr("Ord som fjernes"))
        self.remove_button = QPushButton(self.tr("Ta &bort ordet"))
        self.remove_button.setObjectName("anonymousRemoveWord")
        self.remove_button.setAccessibleName(self.tr("Ta bort det valgte ordet fra lista"))
        words_label = QLabel(self.tr("&Ord som også skal fjernes:"))
        words_label.setBuddy(self.word_edit)
        words_label.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.addWidget(self.word_edit, 1)
        add_row.addWidget(self.add_button)
        side = QVBoxLayout()
        side.addWidget(words_label)
        side.addLayout(add_row)
        side.addWidget(self.word_list, 1)
        side.addWidget(self.remove_button)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(250)

        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addWidget(side_widget)

        self.note = QLabel()
        self.note.setObjectName("anonymousNote")
        self.note.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Skriv &ut …"))
        self.print_button.setObjectName("anonymousPrint")
        self.print_button.setAccessibleName(self.tr("Skriv ut den anonymiserte teksten"))
        self.save_button = QPushButton(self.tr("Lagre som &PDF …"))
        self.save_button.setObjectName("anonymousSavePdf")
        self.save_button.setAccessibleName(self.tr("Lagre den anonymiserte teksten som PDF"))
        close = QPushButton(self.tr("Lu&kk"))
        close.setObjectName("anonymousClose")
        close.setAccessibleName(self.tr("Lukk anonym drøfting"))
        for button in (self.add_button, self.remove_button, self.print_button,
                       self.save_button, close):
            button.setAutoDefault(False)  # Enter in the word field adds the word, nothing else
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(options)
        layout.addLayout(body, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

        self.output = DocumentOutput(self, self.note)
        self.summary_option.toggled.connect(lambda _on: self.refresh())
        self.internal_option.toggled.connect(lambda _on: self.refresh())
        self.word_edit.returnPressed.connect(self.add_word)
        self.add_button.clicked.connect(self.add_word)
        self.remove_button.clicked.connect(self.remove_word)
        self._delete_key = _DeleteKey(self.word_list, self.remove_word)
        document = self.output.in_case_language(self.document)
        self.print_button.clicked.connect(lambda: self.output.print(document()))
        self.save_button.clicked.connect(lambda: self.output.ask_save(document()))
        close.clicked.connect(self.accept)
        self._fill_words()
        self.refresh()
        self._fit()

    def _fit(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1000, 640
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    # --- the text --------------------------------------------------------------------
    def options(self) -> Options:
        return Options(full=self.full_option.isChecked(),
                       internal=self.internal_option.isChecked(), extra_words=tuple(self.words))

    def refresh(self) -> None:
        """Anonymise again (a choice or a word changed) and show the result."""
        self.report = self.consultation.report(self.options())
        bar = self.view.verticalScrollBar()
        at = bar.value()
        self.view.setHtml(report_html(self.report, highlight=True))
        bar.setValue(at)
        counts = self.report.replacements()
        total = sum(counts.values())
        parts = [f"{self._kind_text(kind)}: {counts[kind]}" for kind in Kind if counts[kind]]
        self.counts.setText(self.tr("%1 erstatninger (%2).").replace("%1", str(total))
                            .replace("%2", ", ".join(parts)) if total else
                            self.tr("Ingen erstatninger."))
        self.view.setAccessibleDescription(self.counts.text())

    def _kind_text(self, kind: Kind | str) -> str:
        kind = Kind(kind)
        return {Kind.NAME: self.tr("navn"), Kind.PLACE: self.tr("skole, sted eller adresse"),
                Kind.PHONE: self.tr("telefonnummer"), Kind.EMAIL: self.tr("e-postadresse"),
                Kind.DATE: self.tr("dato"), Kind.BIRTH_DATE: self.tr("fødselsdato"),
                Kind.ID_NUMBER: self.tr("fødselsnummer"),
                Kind.WORD: self.tr("ord du la til")}[kind]

    def document(self) -> Document:
        report = self.report
        return Document(self.tr("Anonym drøfting"), FILE_NAME, report_html(report), [],
                        lambda path: build_anonymous_pdf(path, report))

    # --- words to remove -------------------------------------------------------------
    def add_word(self) -> None:
        word = " ".join(self.word_edit.text().split())
        if not word:
            return
        if word.casefold() not in {w.casefold() for w in self.words}:
            self.words.append(word)
            self._fill_words()
            self.refresh()
        self.word_edit.clear()
        self.note.setText(self.tr("«%1» er fjernet fra teksten.").replace("%1", word))

    def remove_word(self) -> None:
        row = self.word_list.currentRow()
        if row < 0 or row >= len(self.words):
            return
        word = self.words.pop(row)
        self._fill_words()
        self.refresh()
        self.note.setText(self.tr("«%1» står i teksten igjen.").replace("%1", word))

    def _fill_words(self) -> None:
        self.word_list.clear()
        self.word_list.addItems(self.words)
        self.remove_button.setEnabled(bool(self.words))


class _ReplacementTips(QObject):
    """A tooltip over a highlighted replacement names its kind."""

    def __init__(self, view: QTextBrowser, kind_text):
        super().__init__(view)
        self._view = view
        self._kind_text = kind_text
        view.viewport().installEventFilter(self)

    @guarded
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ToolTip:
            anchor = self._view.anchorAt(event.pos())
            if anchor.startswith("kind:"):
                text = self.tr("Erstattet: %1").replace("%1", self._kind_text(anchor[5:]))
                QToolTip.showText(event.globalPos(), text, self._view)
            else:
                QToolTip.hideText()
            return True
        return False


class _DeleteKey(QObject):
    """Delete (or Backspace) on the list of words takes the chosen word away."""

    def __init__(self, widget: QWidget, action):
        super().__init__(widget)
        self._action = action
        widget.installEventFilter(self)

    @guarded
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Delete,
                                                                    Qt.Key.Key_Backspace):
            self._action()
            return True
        return False
