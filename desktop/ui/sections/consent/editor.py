"""The fields of one consent: service, what may be shared (with suggestions),
purpose, who gave it (each guardian by name; the pupil from 15), the date, an
optional end date, withdrawal and a note. Emits `change(key, fields)`; the
section pushes the new value through the undo stack."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.consent import (
    PURPOSE_SUGGESTIONS,
    SHARE_SUGGESTIONS,
    Consent,
    ConsentService,
    Giver,
)
from desktop.ui.widgets.consent_texts import barnevern_label, service_labels
from desktop.ui.widgets.inputs import (
    button,
    date_edit,
    from_qdate,
    line_edit,
    text_edit,
    to_qdate,
)

_PUPIL = "\x00pupil"  # the givers list's key for the pupil (a guardian's key is the name)


def _row(form: QFormLayout, text: str, widget, buddy: QWidget | None = None) -> None:
    label = QLabel(text)
    label.setBuddy(buddy or widget)
    form.addRow(label, widget)


def _box(*widgets, stretch: bool = True) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    if stretch:
        row.addStretch(1)
    return box


class ConsentEditor(QWidget):
    change = Signal(str, object)  # the field's key, the Consent fields that change

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("consentEditor")
        self._loading = False
        self._value: Consent | None = None
        self.service = QComboBox()
        self.service.setObjectName("consentService")
        self.service.setAccessibleName(self.tr("Tjenesten opplysningene kan deles med"))
        for service, label in service_labels().items():
            self.service.addItem(label, service.value)
        self.other = line_edit("consentServiceOther", self.tr("Navn på den andre tjenesten"),
                               self.tr("Navn på tjenesten, f.eks. Familievernkontoret"))
        self.barnevern = barnevern_label("consentBarnevernInfo")
        self.shared = text_edit("consentShared", self.tr("Hva som kan deles"), 76)
        self.shared.setPlaceholderText(self.tr("Skriv hva som kan deles, eller velg forslag"))
        self.suggest = QComboBox()
        self.suggest.setObjectName("consentShareSuggestion")
        self.suggest.setAccessibleName(self.tr("Forslag til hva som kan deles"))
        for text in SHARE_SUGGESTIONS:
            shown = QCoreApplication.translate("consent", text)
            self.suggest.addItem(shown, shown)
        # as wide as the room there is, not as the longest suggestion (fits at 125 %)
        self.suggest.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.suggest.setMinimumContentsLength(16)
        self.suggest_add = button(self.tr("Legg &til"), "consentShareAdd",
                                  self.tr("Legg forslaget til i «Hva kan deles»"))
        self.purpose = line_edit("consentPurpose", self.tr("Formål"),
                                 self.tr("Hvorfor opplysningene deles"))
        completer = QCompleter([QCoreApplication.translate("consent", t)
                                for t in PURPOSE_SUGGESTIONS], self.purpose)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.purpose.setCompleter(completer)
        self.givers = QListWidget()
        self.givers.setObjectName("consentGivers")
        self.givers.setAccessibleName(self.tr("Hvem som har samtykket: kryss av"))
        self.givers.setMaximumHeight(96)
        self.givers_hint = QLabel()
        self.givers_hint.setObjectName("consentGiversHint")
        self.givers_hint.setProperty("role", "hint")
        self.givers_hint.setWordWrap(True)
        self.given_on = date_edit("consentGivenOn", self.tr("Dato samtykket ble gitt"))
        self.has_end = QCheckBox(self.tr("Gjelder til og med:"))
        self.has_end.setObjectName("consentHasEnd")
        self.has_end.setAccessibleName(self.tr("Samtykket har en sluttdato"))
        self.valid_until = date_edit("consentValidUntil", self.tr("Samtykket gjelder til og med"))
        self.is_withdrawn = QCheckBox(self.tr("Trukket tilbake:"))
        self.is_withdrawn.setObjectName("consentIsWithdrawn")
        self.is_withdrawn.setAccessibleName(self.tr("Samtykket er trukket tilbake"))
        self.withdrawn_on = date_edit("consentWithdrawnOn",
                                      self.tr("Dato samtykket ble trukket tilbake"))
        self.note = text_edit("consentNote", self.tr("Merknad"), 56)

        form = QFormLayout()
        _row(form, self.tr("&Tjeneste:"), _box(self.service, self.other, stretch=False),
             self.service)
        form.addRow(self.barnevern)
        shared = QWidget()
        shared_layout = QVBoxLayout(shared)
        shared_layout.setContentsMargins(0, 0, 0, 0)
        shared_layout.addWidget(self.shared)
        shared_layout.addWidget(_box(self.suggest, self.suggest_add))
        _row(form, self.tr("&Hva kan deles:"), shared, self.shared)
        _row(form, self.tr("&Formål:"), self.purpose)
        givers = QWidget()
        givers_layout = QVBoxLayout(givers)
        givers_layout.setContentsMargins(0, 0, 0, 0)
        givers_layout.addWidget(self.givers)
        givers_layout.addWidget(self.givers_hint)
        _row(form, self.tr("&Gitt av:"), givers, self.givers)
        _row(form, self.tr("&Dato gitt:"), self.given_on)
        _row(form, self.tr("&Varighet:"), _box(self.has_end, self.valid_until), self.has_end)
        _row(form, self.tr("T&ilbaketrukket:"), _box(self.is_withdrawn, self.withdrawn_on),
             self.is_withdrawn)
        _row(form, self.tr("&Merknad:"), self.note)
        self.setLayout(form)

        self.service.currentIndexChanged.connect(self._service_changed)
        self.other.textChanged.connect(lambda t: self._emit("service_other", service_other=t))
        self.shared.textChanged.connect(
            lambda: self._emit("shared", shared=self.shared.toPlainText()))
        self.suggest_add.clicked.connect(self._suggested)
        self.purpose.textChanged.connect(lambda t: self._emit("purpose", purpose=t))
        self.givers.itemChanged.connect(lambda _item: self._emit("givers",
                                                                 givers=self.chosen_givers()))
        self.given_on.dateChanged.connect(
            lambda d: self._emit("given_on", given_on=from_qdate(d)))
        self.has_end.toggled.connect(self._end_changed)
        self.valid_until.dateChanged.connect(self._end_changed)
        self.is_withdrawn.toggled.connect(self._withdrawn_changed)
        self.withdrawn_on.dateChanged.connect(self._withdrawn_changed)
        self.note.textChanged.connect(lambda: self._emit("note", note=self.note.toPlainText()))

    # --- showing ------------------------------------------------------------------------
    def show_consent(self, c: Consent, guardians: list[tuple[str, bool]], pupil: str,
                     pupil_asked: bool, hint: str) -> None:
        """`guardians`: (name, has parental responsibility); `pupil_asked`: the
        pupil is 15 or older on the consent's date (or already recorded)."""
        self._loading = True
        self._value = c
        try:
            self.service.setCurrentIndex(self.service.findData(c.service.value))
            other = c.service is ConsentService.OTHER
            self.other.setVisible(other)
            self.barnevern.setVisible(c.service is ConsentService.CHILD_WELFARE)
            if self.other.text() != c.service_other:
                self.other.setText(c.service_other)
            if self.shared.toPlainText() != c.shared:
                self.shared.setPlainText(c.shared)
            if self.purpose.text() != c.purpose:
                self.purpose.setText(c.purpose)
            self._fill_givers(c, guardians, pupil, pupil_asked)
            self.givers_hint.setText(hint)
            self.givers_hint.setVisible(bool(hint))
            self.given_on.setDate(to_qdate(c.given_on))
            self.has_end.setChecked(c.valid_until is not None)
            self.valid_until.setDate(to_qdate(c.valid_until) if c.valid_until
                                     else self._default_end(c))
            self.valid_until.setEnabled(c.valid_until is not None)
            self.is_withdrawn.setChecked(c.withdrawn_on is not None)
            self.withdrawn_on.setDate(to_qdate(c.withdrawn_on))
            self.withdrawn_on.setEnabled(c.withdrawn_on is not None)
            if self.note.toPlainText() != c.note:
                self.note.setPlainText(c.note)
        finally:
            self._loading = False

    @staticmethod
    def _default_end(c: Consent) -> QDate:
        """The end of the school year the consent was given in (30 June)."""
        start = c.given_on or date.today()
        year = start.year if start.month < 7 else start.year + 1
        return QDate(year, 6, 30)

    def _fill_givers(self, c: Consent, guardians, pupil: str, pupil_asked: bool) -> None:
        gave = {g.name.strip() for g in c.givers if not g.is_pupil}
        pupil_gave = any(g.is_pupil for g in c.givers)
        rows: list[tuple[str, str, bool]] = []
        for name, responsible in guardians:
            label = name if responsible else self.tr("%1 (uten foreldreansvar)").replace("%1",
                                                                                       name)
            rows.append((name, label, name in gave))
        known = {name for name, _ in guardians}
        rows += [(name, name, True) for name in sorted(gave - known)]  # no longer in the case
        if pupil_asked or pupil_gave:
            rows.append((_PUPIL, self.tr("%1 (eleven)").replace("%1", pupil or self.tr("Eleven")),
                         pupil_gave))
        self.givers.blockSignals(True)
        self.givers.clear()
        for key, label, checked in rows:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.givers.addItem(item)
        self.givers.blockSignals(False)

    def chosen_givers(self) -> tuple[Giver, ...]:
        chosen = []
        for row in range(self.givers.count()):
            item = self.givers.item(row)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            key = item.data(Qt.ItemDataRole.UserRole)
            chosen.append(Giver("", is_pupil=True) if key == _PUPIL else Giver(key))
        return tuple(chosen)

    # --- editing ------------------------------------------------------------------------
    def _emit(self, key: str, **fields) -> None:
        if not self._loading and self._value is not None:
            self.change.emit(key, fields)

    def _service_changed(self, _index: int) -> None:
        service = ConsentService(self.service.currentData())
        self.other.setVisible(service is ConsentService.OTHER)
        self.barnevern.setVisible(service is ConsentService.CHILD_WELFARE)
        self._emit("service", service=service)

    def _suggested(self) -> None:
        text = self.suggest.currentData()
        current = self.shared.toPlainText().rstrip()
        if text in current.splitlines():
            return
        cursor = self.shared.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText(("\n" if current else "") + text)  # one step in the field's undo too
        self.shared.setFocus()

    def _end_changed(self, *_args) -> None:
        if self._loading:
            return
        self.valid_until.setEnabled(self.has_end.isChecked())
        value = from_qdate(self.valid_until.date()) if self.has_end.isChecked() else None
        self._emit("valid_until", valid_until=value)

    def _withdrawn_changed(self, *_args) -> None:
        if self._loading:
            return
        self.withdrawn_on.setEnabled(self.is_withdrawn.isChecked())
        value = from_qdate(self.withdrawn_on.date()) if self.is_withdrawn.isChecked() else None
        self._emit("withdrawn_on", withdrawn_on=value)

    def value_with(self, fields: dict) -> Consent | None:
        return replace(self._value, **fields) if self._value is not None else None
