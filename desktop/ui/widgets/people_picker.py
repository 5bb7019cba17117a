"""Who is present: the case's people with a tick each, plus people added for
this one meeting. Shared by the agreement, evaluation and meeting editors; emits
`changed` with the whole new tuple, and the owner pushes it through the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import Participant
from desktop.domain.measure_circle import Party
from desktop.domain.meetings import ROLE_SUGGESTIONS
from desktop.ui.widgets.inputs import button, line_edit


def _t(text: str) -> str:
    return QCoreApplication.translate("agreements", text)  # the context it was translated in


def suggest_roles(edit: QLineEdit) -> None:
    """Roles are free text; the usual ones (rektor, inspektør, tolk …) are offered."""
    completer = QCompleter(list(ROLE_SUGGESTIONS), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    edit.setCompleter(completer)


class PeoplePicker(QWidget):
    """The case's people with a tick each, and people added for this meeting."""

    changed = Signal(tuple)

    def __init__(self, prefix: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._people: list[Participant] = []
        self.list = QListWidget()
        self.list.setObjectName(prefix + "People")
        self.list.setAccessibleName(_t("Til stede: kryss av for hvem som er med"))
        self.list.setMaximumHeight(150)
        self.name = line_edit(prefix + "AdHocName", _t("Navn på en annen som er med"), _t("Navn"))
        self.role = line_edit(prefix + "AdHocRole", _t("Rolle"), _t("Rolle"))
        self.role.setToolTip(_t("Rolle, f.eks. bestemor"))
        suggest_roles(self.role)
        self.add = button(_t("Legg til"), prefix + "AdHocAdd", _t("Legg til person"))
        row = QHBoxLayout()
        row.addWidget(self.name, 2)
        row.addWidget(self.role, 1)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.list.itemChanged.connect(lambda _item: self.changed.emit(self.value()))
        self.add.clicked.connect(self._add)
        self.name.returnPressed.connect(self._add)
        self.role.returnPressed.connect(self._add)

    def set_value(self, present: tuple[Participant, ...], case_people: list[Participant]) -> None:
        names = {p.name for p in present}
        chosen = {p.name: p for p in present}
        case_names = {p.name for p in case_people}
        # The case's order stays put when someone is unticked; others follow.
        self._people = ([chosen.get(p.name, p) for p in case_people]
                        + [p for p in present if p.name not in case_names])
        self.list.blockSignals(True)
        self.list.clear()
        for person in self._people:
            item = QListWidgetItem(f"{person.name} ({person.role})" if person.role
                                   else person.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.name in names
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def value(self) -> tuple[Participant, ...]:
        return tuple(p for i, p in enumerate(self._people)
                     if self.list.item(i).checkState() == Qt.CheckState.Checked)

    def tick(self, name: str) -> None:
        for i, person in enumerate(self._people):
            if person.name == name:
                self.list.item(i).setCheckState(Qt.CheckState.Checked)

    def _add(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        self._people.append(Participant(name, self.role.text().strip(), Party.OTHER))
        item = QListWidgetItem(f"{name} ({self.role.text().strip()})"
                               if self.role.text().strip() else name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        self.list.blockSignals(True)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.addItem(item)
        self.list.blockSignals(False)
        self.name.clear()
        self.role.clear()
        self.name.setFocus()
        self.changed.emit(self.value())
