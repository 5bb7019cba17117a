"""Logg: every contact with the home about the absence (seed 001 fase 2: the
contact must be documented): when, with whom, how, by whom, what was said and
agreed, and the next step with a date. A second tab, Utlevert, lists what
has left the laptop from the case (disclosures.py)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.validation import format_date
from desktop.services.disclosure import DisclosureService
from desktop.ui.common import heading, reveal_section
from desktop.ui.dialogs.contact_dialog import ContactDialog
from desktop.ui.sections.log.disclosures import DisclosureList
from desktop.ui.undo import CaseEditing
from desktop.ui.widgets.absence_editing import CONTACTS, AbsenceEditing
from desktop.ui.widgets.absence_texts import channel_label

_ID_ROLE = Qt.ItemDataRole.UserRole
_SHOWN = 240  # characters of a long note shown in the table; all of it in the dialog


def _short(text: str) -> str:
    return text if len(text) <= _SHOWN else text[:_SHOWN].rstrip() + " …"


class LogSection(QWidget):
    def __init__(self, editing: CaseEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("logSection")
        self.setAccessibleName(self.tr("Logg"))
        self.absence = AbsenceEditing.of(editing)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("contactTable")
        self.table.setAccessibleName(self.tr("Kontakt med hjemmet"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Tidspunkt"), self.tr("Med hvem"), self.tr("Hvordan"), self.tr("Av hvem"),
            self.tr("Hva ble sagt"), self.tr("Avtalt"), self.tr("Neste steg")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Ny kontakt …"))
        self.add_button.setObjectName("addContact")
        self.add_button.setAccessibleName(self.tr("Registrer ny kontakt med hjemmet"))
        self.edit_button = QPushButton(self.tr("Endre …"))
        self.edit_button.setObjectName("editContact")
        self.edit_button.setAccessibleName(self.tr("Endre valgt kontakt"))
        self.remove_button = QPushButton(self.tr("Slett"))
        self.remove_button.setObjectName("removeContact")
        self.remove_button.setAccessibleName(self.tr("Slett valgt kontakt"))
        self.empty_hint = QLabel(self.tr("Ingen kontakt er registrert ennå. Skriv ned hver "
                                         "kontakt med hjemmet om fraværet."))
        self.empty_hint.setObjectName("contactEmptyHint")
        self.empty_hint.setProperty("role", "hint")
        self.empty_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        contacts = QWidget()
        contacts_layout = QVBoxLayout(contacts)
        contacts_layout.setContentsMargins(8, 8, 8, 8)
        contacts_layout.addWidget(self.empty_hint)
        contacts_layout.addWidget(self.table, 1)
        contacts_layout.addLayout(buttons)
        self.disclosures = DisclosureList(DisclosureService(editing.session))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("logTabs")
        self.tabs.setAccessibleName(self.tr("Logg: kontakt eller utlevert"))
        self.tabs.addTab(contacts, self.tr("&Kontakt med hjemmet"))
        self.tabs.addTab(self.disclosures, self.tr("&Utlevert"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading(self.tr("Logg"), 14, "logHeading"))
        layout.addWidget(self.tabs, 1)
        self.add_button.clicked.connect(self.open_new)
        self.edit_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.cellDoubleClicked.connect(lambda *_: self.open_selected())
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.open_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.absence.changed.connect(lambda kind: self.refresh() if kind == CONTACTS else None)
        self.absence.show_contact.connect(self.reveal_contact)
        self.refresh()

    def reveal_contact(self, contact_id: int) -> None:
        """Show this section with the entry selected (a link from Oversikt's tasks)."""
        reveal_section(self, "log")
        self.tabs.setCurrentIndex(0)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(_ID_ROLE).id == contact_id:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                break
        self.table.setFocus()

    def refresh(self) -> None:
        contacts = sorted(self.absence.register.contacts(), key=lambda c: c.at, reverse=True)
        self.table.setRowCount(len(contacts))
        for row, contact in enumerate(contacts):
            next_step = contact.next_step
            if contact.next_date:
                next_step = f"{next_step} ({format_date(contact.next_date)})".strip()
            values = [contact.at.strftime("%d.%m.%Y %H:%M"), contact.with_whom,
                      channel_label(contact.channel), contact.by_whom, contact.summary,
                      contact.agreed, next_step]
            for column, value in enumerate(values):
                item = QTableWidgetItem(_short(value))
                item.setData(_ID_ROLE, contact)
                if len(value) > _SHOWN:
                    item.setToolTip(value[:2000])
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.empty_hint.setVisible(not contacts)
        self._update_buttons()

    def selected(self):
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(_ID_ROLE) if item is not None else None

    def _people(self) -> list[str]:
        session = self.absence.editing.session
        return [p.name for p in [*session.guardians(), *session.team()] if p.name.strip()]

    def open_new(self) -> ContactDialog:
        people = self._people()
        dialog = ContactDialog(self, people, datetime.now().replace(second=0, microsecond=0),
                               default_with=people[0] if people else "")
        dialog.saved.connect(self.absence.add_contact)
        dialog.open()
        return dialog

    def open_selected(self) -> ContactDialog | None:
        contact = self.selected()
        if contact is None or self.absence.read_only:
            return None
        dialog = ContactDialog(self, self._people(), contact.at, contact)
        dialog.saved.connect(lambda new: self.absence.update_contact(contact, new))
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        contact = self.selected()
        if contact is not None:
            self.absence.remove_contact(contact)

    def _update_buttons(self) -> None:
        writable = not self.absence.read_only
        has = self.selected() is not None and writable
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
