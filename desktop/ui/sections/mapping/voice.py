"""Who gathered the pupil's voice, and when, for a conversation the pupil was
not at (seed 002 kap. 2: "Dersom eleven ikke er til stede er det viktig at en
voksen har kartlagt elevens perspektiv og kan representere dette i møtet";
seed 003: "henter inn elevens stemme gjennom noen som har en god og trygg
relasjon til eleven"). Thin: it writes through MappingEditing (undo) and
redraws on `voice_changed`; the summary PDF prints the line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.domain.conversations import Conversation
from desktop.domain.validation import format_date, parse_date
from desktop.ui.common import message_label, show_message
from desktop.ui.sections.mapping.editing import MappingEditing


def _t(text: str) -> str:
    return QCoreApplication.translate("mapping", text)


def pupil_was_present(conversation: Conversation, pupil: str = "") -> bool:
    """The start panel stores "Eleven (name)" for the pupil; a meeting's present
    list stores the name."""
    return any(p.startswith(_t("Eleven")) or (pupil.strip() and p.strip() == pupil.strip())
               for p in conversation.present)


class VoiceBox(QGroupBox):
    """"Elevens stemme": who gathered it and the day."""

    def __init__(self, owner: MappingEditing, conversation: Conversation, people: list[str]):
        super().__init__(_t("Elevens stemme"))
        self.setObjectName("voiceBox")
        self._owner = owner
        self._conv_id = conversation.id
        self.hint = QLabel()
        self.hint.setObjectName("voiceHint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.by = QLineEdit()
        self.by.setObjectName("voiceGatheredBy")
        self.by.setAccessibleName(_t("Elevens stemme samlet inn av"))
        self.by.setPlaceholderText(_t("f.eks. kontaktlærer"))
        completer = QCompleter(people, self.by)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.by.setCompleter(completer)
        self.on = QLineEdit()
        self.on.setObjectName("voiceGatheredOn")
        self.on.setAccessibleName(_t("Dato elevens stemme ble hentet inn"))
        self.on.setPlaceholderText(_t("dd.mm.åååå"))
        self.error = message_label("voiceError")
        by_label = QLabel(_t("Samlet inn &av:"))
        by_label.setBuddy(self.by)
        on_label = QLabel(_t("D&ato:"))
        on_label.setBuddy(self.on)
        # Two rows: in meeting mode (larger text) one row cut the hints.
        rows = QFormLayout()
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows.addRow(by_label, self.by)
        rows.addRow(on_label, self.on)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(rows)
        layout.addWidget(self.error)
        owner.events.watch(self.by, self.on)
        self.by.textEdited.connect(self._by_typed)
        self.on.editingFinished.connect(self._on_finished)
        owner.voice_changed.connect(self._changed)
        self.show_value(conversation)

    def show_value(self, conversation: Conversation) -> None:
        if self.by.text() != conversation.voice_by:
            self.by.setText(conversation.voice_by)
        shown = self._day() if not self.error.text() else None
        if shown != conversation.voice_on:
            self.on.setText(format_date(_iso_day(conversation.voice_on)))
        self.hint.setText(
            _t("Eleven var med i samtalen.")
            if pupil_was_present(conversation, self._owner.case_editing.session.pupil().name) else
            _t("Eleven var ikke med. Skriv hvem som har hentet inn elevens stemme, og når. "
               "Det står i sammendraget."))
        for widget in (self.by, self.on):
            widget.setReadOnly(self._owner.read_only)

    def _day(self) -> str | None:
        """The typed day as ISO, "" when empty, None when it is not a date."""
        try:
            day = parse_date(self.on.text())
        except ValueError:
            return None
        return day.isoformat() if day else ""

    def _by_typed(self, text: str) -> None:
        day = self._day()
        stored = self._owner.talks.get(self._conv_id).voice_on
        self._owner.set_voice(self._conv_id, text, stored if day is None else day, merge=True)

    def _on_finished(self) -> None:
        day = self._day()
        if day is None:
            show_message(self.error,
                         _t("Skriv datoen som dd.mm.åååå, for eksempel 12.01.2027."))
            return
        show_message(self.error, "")
        self._owner.set_voice(self._conv_id, self.by.text(), day)

    def _changed(self, conv_id: int) -> None:
        if conv_id == self._conv_id:
            self.show_value(self._owner.talks.get(conv_id))


def _iso_day(value: str):
    try:
        return parse_date(value)
    except ValueError:
        return None
