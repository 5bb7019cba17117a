"""The details of the current measure: responsible (a party or a named person
of the case), start date, status, and the resource it builds on or the risk
it reduces. Each change is one undoable edit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QGroupBox, QLabel, QWidget

from desktop.domain.measure_circle import Box, CircleEntry, EntryKind, MeasureStatus, Party
from desktop.ui.sections.circle.labels import party_labels, status_labels

_NO_DATE = QDate(2000, 1, 1)


def _key(party: Party | None, person: str) -> str:
    return f"{party.value if party else ''}|{person}"


def _unkey(key: str) -> tuple[Party | None, str]:
    party, _, person = key.partition("|")
    return (Party(party) if party else None), person


class MeasureDetails(QGroupBox):
    """`changed(entry_id, label, changes)` where changes is a dict of CircleEntry fields."""

    changed = Signal(int, str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Valgt tiltak"), parent)
        self.setObjectName("measureDetails")
        self._entry: CircleEntry | None = None
        self._loading = False

        self.responsible = QComboBox()
        self.responsible.setObjectName("measureResponsible")
        self.responsible.setAccessibleName(self.tr("Ansvarlig"))
        self.start = QDateEdit()
        self.start.setObjectName("measureStart")
        self.start.setAccessibleName(self.tr("Startdato"))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd.MM.yyyy")
        self.start.setMinimumDate(_NO_DATE)
        self.start.setSpecialValueText(self.tr("ikke satt"))
        self.start.lineEdit().setAccessibleName(self.tr("Startdato"))
        self.status = QComboBox()
        self.status.setObjectName("measureStatus")
        self.status.setAccessibleName(self.tr("Status"))
        for status, label in status_labels().items():
            self.status.addItem(label, status.value)
        self.link = QComboBox()
        self.link.setObjectName("measureLink")
        self.link.setAccessibleName(self.tr("Bygger på eller reduserer"))
        self.effect = QLabel()
        self.effect.setObjectName("measureEffect")
        self.effect.setAccessibleName(self.tr("Registrert fravær før og etter start"))
        self.effect.setWordWrap(True)
        self.effect.setToolTip(self.tr("Fra fraværsregisteret: like mange skoleuker før og "
                                       "etter startdatoen. Sier ikke noe om årsaken."))
        for combo in (self.responsible, self.status, self.link):  # long texts must not
            combo.setSizeAdjustPolicy(                            # widen the form
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)

        form = QFormLayout(self)
        # In a narrow editor (large font, small screen) the labels go above their
        # fields instead of pushing the form wider than the panel.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in ((self.tr("&Ansvarlig"), self.responsible),
                             (self.tr("Start&dato"), self.start),
                             (self.tr("S&tatus"), self.status),
                             (self.tr("Bygger på / &reduserer"), self.link),
                             (self.tr("Fravær før/etter"), self.effect)):
            form.addRow(text, widget)

        self.responsible.activated.connect(self._responsible_chosen)
        self.status.activated.connect(
            lambda _: self._emit(self.tr("status"), status=self.status.currentData()))
        self.start.dateChanged.connect(self._date_changed)
        self.link.activated.connect(
            lambda _: self._emit(self.tr("kobling"), link_id=self._link_id()))

    def load(self, box: Box, entry: CircleEntry | None, people: list[tuple[Party, str]],
             read_only: bool) -> None:
        self._entry = entry
        self.setVisible(entry is not None)
        if entry is None:
            return
        self._loading = True
        self.responsible.clear()
        self.responsible.addItem(self.tr("Ikke valgt ennå"), _key(None, ""))
        labels = party_labels()
        for party, label in labels.items():
            self.responsible.addItem(label, _key(party, ""))
        for party, name in people:
            self.responsible.addItem(f"{name} ({labels[party]})", _key(party, name))
        current = _key(entry.party, entry.person)
        index = self.responsible.findData(current)
        if index < 0:  # a person no longer in the case: keep showing who it was
            self.responsible.addItem(f"{entry.person} ({labels.get(entry.party, '')})", current)
            index = self.responsible.count() - 1
        self.responsible.setCurrentIndex(index)
        self.start.setDate(QDate(entry.start) if entry.start else _NO_DATE)
        self.status.setCurrentIndex(self.status.findData(entry.status.value))
        self.link.clear()
        self.link.addItem(self.tr("Ingen kobling"), -1)
        for other in box.entries:
            if other.kind in (EntryKind.RESOURCE, EntryKind.RISK):
                marker = "+ " if other.kind is EntryKind.RESOURCE else "− "
                text = other.text if len(other.text) <= 90 else other.text[:89] + "…"
                self.link.addItem(marker + text, other.id)
                self.link.setItemData(self.link.count() - 1, other.text,
                                      Qt.ItemDataRole.ToolTipRole)
        self.link.setCurrentIndex(max(0, self.link.findData(
            -1 if entry.link_id is None else entry.link_id)))
        for widget in (self.responsible, self.start, self.status, self.link):
            widget.setEnabled(not read_only)
        self._loading = False

    def show_effect(self, text: str) -> None:
        """The registered absence before and after the start (worded by the caller)."""
        self.effect.setText(text)

    def _link_id(self) -> int | None:
        value = self.link.currentData()
        return None if value == -1 else value

    def _responsible_chosen(self, _index: int) -> None:
        party, person = _unkey(self.responsible.currentData())
        self._emit(self.tr("ansvarlig"), party=party, person=person)

    def _date_changed(self, value: QDate) -> None:
        start = None if value == _NO_DATE else date(value.year(), value.month(), value.day())
        self._emit(self.tr("startdato"), start=start)

    def _emit(self, label: str, **changes) -> None:
        if self._loading or self._entry is None:
            return
        if all(getattr(self._entry, k) == v for k, v in changes.items()):
            return
        if "status" in changes:
            changes["status"] = MeasureStatus(changes["status"])
        self.changed.emit(self._entry.id, label, changes)
