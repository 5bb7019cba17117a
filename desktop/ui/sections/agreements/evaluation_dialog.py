"""Evaluering of one agreement (seed 001 Vedlegg 4): the goal, each sub-goal
and each measure (fungert / delvis / ikke, with a note), plan B, and the
outcome. Every change is stored at once (nothing typed is lost if the dialog
closes); "Fullfør evalueringen" closes it, and the outcome "ny avtale" makes a
new draft prefilled from the old agreement. Opened with open()."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import Agreement, AgreementError
from desktop.domain.consent import ConsentService
from desktop.domain.evaluations import Evaluation, Outcome, Rating, Referral, ReferralKind
from desktop.export.document_html import evaluation_html
from desktop.export.evaluation_pdf import build_evaluation_pdf
from desktop.export.status_words import signing_words
from desktop.services.absence_insight import AbsenceInsight
from desktop.services.agreement_service import AgreementService
from desktop.services.consent_service import consent_problem
from desktop.ui.widgets.absence_insight_texts import (
    agreement_absence_text,
    agreement_period_text,
)
from desktop.ui.widgets.document_output import Document, DocumentOutput
from desktop.ui.widgets.inputs import date_edit, from_qdate, text_edit, to_qdate
from desktop.ui.widgets.people_picker import PeoplePicker
from desktop.ui.widgets.record_layout import scrolled
from desktop.ui.widgets.sign_dialog import SignDialog


class EvaluationDialog(QDialog):
    new_draft = Signal(int)

    def __init__(self, service: AgreementService, agreement: Agreement, evaluation: Evaluation,
                 templates, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("evaluationDialog")
        self.setWindowTitle(self.tr("Evaluering av avtale %1, versjon %2")
                            .replace("%1", str(agreement.number))
                            .replace("%2", str(agreement.version)))
        self.setAccessibleName(self.windowTitle())
        # Within the screen: a laptop at 125 % has about 1093×614 to give (the form scrolls).
        area = (parent.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(820, area.width() - 40), min(760, area.height() - 60))
        self.service = service
        self.agreement = agreement
        self.evaluation = evaluation
        self.templates = templates
        ratings = [(Rating.UNSET, self.tr("Ikke vurdert")), (Rating.WORKED, self.tr("Fungert")),
                   (Rating.PARTLY, self.tr("Delvis")), (Rating.NOT, self.tr("Ikke fungert"))]

        self.held_on = date_edit("evaluationDate", self.tr("Dato for evalueringen"))
        self.held_on.setDate(to_qdate(evaluation.held_on))
        self.held_on.setMaximumWidth(160)
        self.people = PeoplePicker("evaluation")
        self.people.set_value(evaluation.participants, service.case_people())
        self.people.changed.connect(self._store)
        self.place = QLineEdit(evaluation.place)
        self.place.setObjectName("evaluationPlace")
        self.place.setAccessibleName(self.tr("Sted for evalueringen"))
        goal = QLabel(agreement.long_term_goal or "–")
        goal.setWordWrap(True)
        self.goal_note = text_edit("evaluationGoalNote", self.tr("Vurdering av målet"), 56)
        self.goal_note.setPlainText(evaluation.goal_note)
        insight = AbsenceInsight(service.session)
        self.absence_text = agreement_absence_text(insight.agreement_effect(agreement))
        # Vedlegg 4 looks back on the agreement's weeks: the register's figures for them.
        self.period = insight.agreement_period(agreement, evaluation.held_on)
        period_text = agreement_period_text(self.period)
        absence = QLabel("\n".join(x for x in (period_text, self.absence_text) if x))
        absence.setObjectName("evaluationAbsence")
        absence.setAccessibleName(self.tr("Registrert fravær før og etter avtalen"))
        absence.setWordWrap(True)
        absence.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        absence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                        | Qt.TextInteractionFlag.TextSelectableByMouse)

        def rated_rows(items, prefix: str) -> tuple[QGroupBox, list, list]:
            box = QGroupBox()
            grid = QGridLayout(box)
            combos, notes = [], []
            for row, item in enumerate(items):
                text = QLabel((f"{item.label}. " if item.label else "")
                              + (f"{item.party}: " if item.party else "") + item.text)
                text.setWordWrap(True)
                if prefix == "subGoal":  # numbered, with the measures that served it
                    text.setText("\n".join([self.tr("Delmål %1: %2").replace(
                        "%1", str(row + 1)).replace("%2", item.text)] + [
                        self.tr("  Tiltak %1: %2").replace("%1", m.label.rsplit(" ", 1)[-1])
                        .replace("%2", m.text) for m in evaluation.measures_of(row)]))
                combo = QComboBox()
                combo.setObjectName(f"{prefix}Rating{row}")
                combo.setAccessibleName(self.tr("Vurdering: %1").replace("%1", item.text))
                for value, label in ratings:
                    combo.addItem(label, value)
                combo.setCurrentIndex([r for r, _ in ratings].index(item.rating))
                note = QLineEdit(item.note)
                note.setPlaceholderText(self.tr("Merknad"))
                note.setObjectName(f"{prefix}Note{row}")
                note.setAccessibleName(self.tr("Merknad: %1").replace("%1", item.text))
                text.setBuddy(combo)
                grid.addWidget(text, row, 0)
                grid.addWidget(combo, row, 1)
                grid.addWidget(note, row, 2)
                combo.currentIndexChanged.connect(self._store)
                note.textEdited.connect(self._store)
                combos.append(combo)
                notes.append(note)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(2, 2)
            return box, combos, notes

        goals_box, self.goal_ratings, self.goal_notes = rated_rows(evaluation.sub_goals, "subGoal")
        measures_box, self.measure_ratings, self.measure_notes = rated_rows(evaluation.measures,
                                                                            "measure")
        self.plan_b_note = text_edit("evaluationPlanB", self.tr("Vurdering av plan B"), 50)
        self.plan_b_note.setPlainText(evaluation.plan_b_note)
        # Vedlegg 4: "Evaluering av hvorvidt plan B har fungert som ønsket."
        self.plan_b_rating = QComboBox()
        self.plan_b_rating.setObjectName("evaluationPlanBRating")
        self.plan_b_rating.setAccessibleName(self.tr("Har plan B fungert?"))
        self.plan_b_rating.setMaximumWidth(220)
        for value, label in ratings:
            self.plan_b_rating.addItem(label, value)
        self.plan_b_rating.setCurrentIndex([r for r, _ in ratings].index(
            evaluation.plan_b_rating))
        plan_b = QWidget()
        plan_b_layout = QVBoxLayout(plan_b)
        plan_b_layout.setContentsMargins(0, 0, 0, 0)
        plan_b_text = QLabel(agreement.plan_b or "–")
        plan_b_text.setWordWrap(True)
        plan_b_text.setProperty("role", "hint")
        plan_b_layout.addWidget(plan_b_text)
        plan_b_layout.addWidget(self.plan_b_rating)
        plan_b_layout.addWidget(self.plan_b_note)
        # Vedlegg 4: one conclusion (the rule set's words) ELLER the other …
        self.outcomes = QButtonGroup(self)
        outcome_box = QVBoxLayout()
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        self.outcome_texts: dict[Outcome, str] = {}
        names = {Outcome.NO_FURTHER: "outcomeNoFurther", Outcome.NEW_AGREEMENT:
                 "outcomeNewAgreement", Outcome.FURTHER: "outcomeFurther"}
        for choice in service.outcome_choices():
            outcome = Outcome(choice.id)
            button = QRadioButton(choice.text)
            button.setObjectName(names[outcome])
            button.setAccessibleName(choice.text)
            button.setChecked(evaluation.outcome is outcome)
            self.outcomes.addButton(button)
            self.outcome_buttons[outcome] = button
            self.outcome_texts[outcome] = choice.text
            outcome_box.addWidget(button)
            button.toggled.connect(self._store)
        # … and always, apart from it: has a referral been assessed, and with what result?
        referral_label = QLabel(self.tr("Behov for henvisning videre (for eksempel PPT, BUP, "
                                        "barneverntjenesten) er vurdert:"))
        referral_label.setWordWrap(True)
        outcome_box.addSpacing(6)
        outcome_box.addWidget(referral_label)
        self.referrals = QButtonGroup(self)
        self.referral_buttons: dict[Referral, QRadioButton] = {}
        for referral, text, name in (
                (Referral.NOT_NEEDED, self.tr("Ikke behov for henvisning nå"), "referralNone"),
                (Referral.REFER, self.tr("Henvises til:"), "referralRefer")):
            button = QRadioButton(text)
            button.setObjectName(name)
            button.setAccessibleName(text)
            button.setChecked(evaluation.referral is referral)
            self.referrals.addButton(button)
            self.referral_buttons[referral] = button
            outcome_box.addWidget(button)
            button.toggled.connect(self._store)
        self.referral_kind = QComboBox()
        self.referral_kind.setObjectName("referralKind")
        self.referral_kind.setAccessibleName(self.tr("Henvisning til"))
        for kind, label in ((ReferralKind.PPT, "PPT"), (ReferralKind.BUP, "BUP"),
                            (ReferralKind.CHILD_WELFARE, self.tr("Barnevern")),
                            (ReferralKind.GP, self.tr("Fastlege")),
                            (ReferralKind.OTHER, self.tr("Annet"))):
            self.referral_kind.addItem(label, kind)
        if evaluation.referral_kind is not None:
            self.referral_kind.setCurrentIndex(self.referral_kind.findData(
                evaluation.referral_kind.value))
        self.referral_note = QLineEdit(evaluation.referral_note)
        self.referral_note.setPlaceholderText(self.tr("Merknad: hvorfor, eller hva som er avtalt"))
        self.referral_note.setObjectName("referralNote")
        self.referral_note.setAccessibleName(self.tr("Merknad om henvisning"))
        referral = QHBoxLayout()
        referral.addWidget(self.referral_kind)
        referral.addWidget(self.referral_note, 1)
        outcome_box.addLayout(referral)
        # A referral needs a valid consent before anything is sent (issue 14): said
        # calmly here; the consent itself is registered under Samtykke.
        self.referral_consent = QLabel()
        self.referral_consent.setObjectName("referralConsent")
        self.referral_consent.setProperty("role", "warning")
        self.referral_consent.setWordWrap(True)
        self.referral_consent.setVisible(False)
        outcome_box.addWidget(self.referral_consent)

        form = QFormLayout()
        for label_text, widget, buddy in (
                (self.tr("&Dato:"), self.held_on, None),
                (self.tr("S&ted:"), self.place, None),
                (self.tr("Til &stede:"), self.people, self.people.list),
                (self.tr("Langsiktig mål:"), goal, None),
                (self.tr("Vurdering av &målet:"), self.goal_note, None),
                (self.tr("Fravær:"), absence, None),
                (self.tr("Delmål:"), goals_box, None),
                (self.tr("Tiltak:"), measures_box, None),
                (self.tr("&Plan B:"), plan_b, self.plan_b_rating)):
            label = QLabel(label_text)
            label.setBuddy(buddy or widget)
            form.addRow(label, widget)
        outcome_widget = QWidget()
        outcome_widget.setLayout(outcome_box)
        form.addRow(QLabel(self.tr("Konklusjon:")), outcome_widget)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(form)
        content_layout.addStretch(1)
        # Tab goes through the frame to the fields (it scrolls to each): no stop of its own.
        scroll = scrolled(content, "evaluationScroll", self.windowTitle(), focus=False)
        self.message = QLabel()
        self.message.setObjectName("evaluationMessage")
        self.message.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("&Forhåndsvis …"))
        self.preview_button.setObjectName("previewEvaluation")
        self.preview_button.setAccessibleName(self.tr("Forhåndsvis evalueringen"))
        self.pdf_button = QPushButton(self.tr("Lagre som P&DF …"))
        self.pdf_button.setObjectName("saveEvaluationPdf")
        self.pdf_button.setAccessibleName(self.tr("Lagre evalueringen som PDF"))
        self.sign_button = QPushButton(self.tr("Skriv &under …"))
        self.sign_button.setObjectName("signEvaluation")
        self.sign_button.setAccessibleName(self.tr("Underskrifter på evalueringen"))
        self.finish_button = QPushButton(self.tr("F&ullfør evalueringen"))
        self.finish_button.setObjectName("finishEvaluation")
        self.finish_button.setAccessibleName(self.tr("Fullfør evalueringen"))
        close = QPushButton(self.tr("&Lukk (alt er lagret)"))
        close.setObjectName("closeEvaluation")
        close.setAccessibleName(self.tr("Lukk; alt er lagret"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        close.setDefault(True)  # Enter on a button presses it; elsewhere it closes (all saved)
        self.output = DocumentOutput(self, self.message)

        self.held_on.dateChanged.connect(self._store)
        for edit in (self.goal_note, self.plan_b_note):
            edit.textChanged.connect(self._store)
        self.place.textEdited.connect(self._store)
        self.plan_b_rating.currentIndexChanged.connect(self._store)
        self.referral_kind.currentIndexChanged.connect(self._store)
        self.referral_note.textEdited.connect(self._store)
        self.finish_button.clicked.connect(self.finish)
        self.sign_button.clicked.connect(self.open_sign)
        close.clicked.connect(self.accept)
        self.output.connect_buttons(self.document, self.preview_button, self.pdf_button)
        self._update_referral()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Enter in a text or date field does what the field does (a person typed is
        added); it never closes the evaluation by surprise."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(self.focusWidget(), (QLineEdit, QAbstractSpinBox))):
            event.accept()
            return
        super().keyPressEvent(event)

    def _outcome(self) -> Outcome:
        for outcome, button in self.outcome_buttons.items():
            if button.isChecked():
                return outcome
        return Outcome.UNSET

    def _referral(self) -> Referral:
        for referral, button in self.referral_buttons.items():
            if button.isChecked():
                return referral
        return Referral.UNSET

    def _update_referral(self) -> None:
        refer = self._referral() is Referral.REFER
        self.referral_kind.setEnabled(refer)
        problem = None
        if refer:
            problem = consent_problem(self.service.session,
                                      ConsentService(self.referral_kind.currentData()),
                                      from_qdate(self.held_on.date()))
        self.referral_consent.setText(self.tr(
            "%1 Registrer samtykket under Samtykke før opplysninger sendes.")
            .replace("%1", problem) if problem else "")
        self.referral_consent.setVisible(bool(problem))

    def value(self) -> Evaluation:
        e = self.evaluation

        def rated(items, combos, notes):
            return tuple(replace(item, rating=Rating(combos[i].currentData()), note=notes[i].text())
                         for i, item in enumerate(items))
        outcome = self._outcome()
        return replace(
            e, held_on=from_qdate(self.held_on.date()), participants=self.people.value(),
            goal_note=self.goal_note.toPlainText(),
            sub_goals=rated(e.sub_goals, self.goal_ratings, self.goal_notes),
            measures=rated(e.measures, self.measure_ratings, self.measure_notes),
            plan_b_note=self.plan_b_note.toPlainText(), outcome=outcome,
            plan_b_rating=Rating(self.plan_b_rating.currentData()), place=self.place.text(),
            outcome_text=self.outcome_texts.get(outcome, e.outcome_text),
            referral=self._referral(),
            referral_kind=ReferralKind(self.referral_kind.currentData())
            if self._referral() is Referral.REFER else None,
            referral_note=self.referral_note.text())

    def _store(self, *_args) -> None:
        self._update_referral()
        value = self.value()
        if value != self.evaluation and not self.service.read_only:
            self.service.write_evaluation(value)
            self.evaluation = value

    def open_sign(self) -> SignDialog:
        e = self.value()
        dialog = SignDialog(e.participants, e.signatures, e.declines, self.service.today(), self)
        dialog.signed.connect(self._signed)
        dialog.finished.connect(dialog.deleteLater)
        self.sign_dialog = dialog
        dialog.open()
        return dialog

    def _signed(self, signatures: tuple, declines: tuple) -> None:
        self.evaluation = replace(self.value(), signatures=signatures, declines=declines)
        self.service.write_evaluation(self.evaluation)
        self.message.setText(self.tr("Underskriftene er lagret. Status: %1.").replace(
            "%1", signing_words(self.evaluation.signing(), self.tr)))

    def finish(self) -> bool:
        self._store()
        if self._outcome() is Outcome.UNSET:
            self.message.setText(self.tr("Velg en konklusjon før evalueringen fullføres."))
            return False
        if self._referral() is Referral.UNSET:
            self.message.setText(self.tr("Kryss av for om henvisning videre er vurdert: "
                                         "ikke behov nå, eller hvem eleven henvises til."))
            return False
        try:
            draft = self.service.finish_evaluation(self.evaluation)
        except AgreementError:
            self.message.setText(self.tr("Velg hvem henvisningen gjelder."))
            return False
        self.accept()
        if draft is not None:
            self.new_draft.emit(draft.id)
        return True

    def document(self) -> Document:
        from desktop.ui.widgets.document_output import document_header
        header = document_header(self.service.session, self.evaluation.held_on or date.today())
        from desktop.forms.agreement_templates import load_templates

        texts = load_templates()[0].evaluation  # in the case's language (document_output)
        e, a = self.value(), self.agreement
        return Document(texts["title"], self.tr("evaluering.pdf"),
                        evaluation_html(e, a, texts, header, self.absence_text, self.period),
                        [s.drawing or b"" for s in e.signatures],
                        lambda path: build_evaluation_pdf(path, e, a, texts, header,
                                                          self.absence_text, self.period))
