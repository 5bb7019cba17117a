"""Small list editors of the agreement editor: sub-goals, and measures with
their responsible party and, when chosen, the sub-goal they serve ("Delmål 1 –
tiltak A", seed 001 Vedlegg 3). Who is present: widgets.people_picker. Each
emits `changed` with the whole new tuple (removing a sub-goal emits `removed`
with its row, so the owner can untie its measures in the same undo step)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import AgreementMeasure, SubGoal, measure_labels
from desktop.domain.measure_circle import Party
from desktop.ui.widgets.inputs import button, fit_columns, line_edit


def _t(text: str) -> str:
    return QCoreApplication.translate("agreements", text)


def party_names() -> dict[Party, str]:
    return {Party.CONTACT_TEACHER: _t("Kontaktlærer"), Party.LEADERSHIP: _t("Ledelsen"),
            Party.GUARDIANS: _t("Foresatte"), Party.PUPIL: _t("Eleven"), Party.PPT: _t("PPT"),
            Party.HEALTH_NURSE: _t("Helsesykepleier"), Party.OTHER: _t("Andre")}


class _DeleteTree(QTreeWidget):
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class SubGoalList(QWidget):
    """Delmål with how long each lasts: type and press Enter; double-click (or F2)
    edits the text or the duration; Delete removes."""

    changed = Signal(tuple)
    removed = Signal(int)  # the row of the sub-goal to remove

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = _DeleteTree()
        self.list.setObjectName("subGoalList")
        self.list.setAccessibleName(_t("Delmål"))
        self.list.setHeaderLabels([_t("Delmål"), _t("Varighet")])
        self.list.setRootIsDecorated(False)
        fit_columns(self.list)
        self.list.setMaximumHeight(150)
        self.input = line_edit("subGoalInput", _t("Nytt delmål"), _t("Nytt delmål"))
        self.input.setToolTip(_t("Hva eleven deltar i, og med hvilken støtte"))
        self.period = line_edit("subGoalPeriod", _t("Varighet for delmålet"), _t("Varighet"))
        self.period.setMaximumWidth(120)
        self.add = button(_t("Legg til"), "subGoalAdd", _t("Legg til delmål"))
        self.remove = button(_t("Fjern"), "subGoalRemove", _t("Fjern valgt delmål"))
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.period)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self._goals: tuple[SubGoal, ...] = ()
        self.input.returnPressed.connect(self._add)
        self.period.returnPressed.connect(self._add)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.list.delete_pressed.connect(self._remove)
        self.list.itemChanged.connect(self._edited)

    def count(self) -> int:
        return self.list.topLevelItemCount()

    def set_value(self, goals: tuple[SubGoal, ...]) -> None:
        self._goals = goals
        self.list.blockSignals(True)
        current = self.list.indexOfTopLevelItem(self.list.currentItem()) \
            if self.list.currentItem() is not None else -1
        self.list.clear()
        for goal in goals:
            item = QTreeWidgetItem([goal.text, goal.period])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addTopLevelItem(item)
        if 0 <= min(current, self.count() - 1):
            self.list.setCurrentItem(self.list.topLevelItem(min(current, self.count() - 1)))
        self.list.blockSignals(False)

    def _add(self) -> None:
        text = self.input.text().strip()
        if not text:
            return
        self.input.clear()
        period = self.period.text().strip()
        self.period.clear()
        self.input.setFocus()
        self.changed.emit(self._goals + (SubGoal(text, period),))

    def _remove(self) -> None:
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        if 0 <= row < len(self._goals):
            self.removed.emit(row)

    def _edited(self, item: QTreeWidgetItem, _column: int) -> None:
        row = self.list.indexOfTopLevelItem(item)
        text, period = item.text(0).strip(), item.text(1).strip()
        if 0 <= row < len(self._goals) and text and \
                (text, period) != (self._goals[row].text, self._goals[row].period):
            goals = list(self._goals)
            goals[row] = SubGoal(text, period)
            self.changed.emit(tuple(goals))


class MeasureList(QWidget):
    """Tiltak with their responsible party (and person: "Mor", "Far" …).
    Double-click a measure's text to edit it; Delete removes; choosing a
    measure shows its party, and "Bytt ansvarlig" gives it the party chosen."""

    changed = Signal(tuple)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("measureTree")
        self.tree.setAccessibleName(_t("Tiltak og ansvarlige"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([_t("Ansvarlig"), _t("Tiltak"), _t("Delmål")])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 170)
        header = self.tree.header()  # the text takes the room; "1 – A" stays narrow
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        header.setSectionResizeMode(2, header.ResizeMode.ResizeToContents)
        self.tree.setMinimumHeight(170)
        self.party = QComboBox()
        self.party.setObjectName("measureParty")
        self.party.setAccessibleName(_t("Hvilken part har ansvaret"))
        for party, name in party_names().items():
            self.party.addItem(name, party)
        # Narrow enough to leave room for "Hvem" beside it at 125 % on a laptop.
        self.party.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.party.setMinimumContentsLength(8)
        self.person = line_edit("measurePerson", _t("Hvem i parten (valgfritt)"), _t("Hvem"))
        self.person.setToolTip(_t("Hvem i parten, f.eks. mor (valgfritt)"))
        self.person.setMaximumWidth(140)
        self.input = line_edit("measureInput", _t("Nytt tiltak"), _t("Nytt tiltak"))
        self.add = button(_t("Legg til"), "measureAdd", _t("Legg til tiltak"))
        self.remove = button(_t("Fjern"), "measureRemove", _t("Fjern valgt tiltak"))
        self.reassign = button(_t("Bytt ansvarlig"), "measureReassign",
                               _t("Gi valgt tiltak til parten og personen over"))
        self.sub_goal = QComboBox()
        self.sub_goal.setObjectName("measureSubGoal")
        self.sub_goal.setAccessibleName(_t("Hvilket delmål tiltaket hører til"))
        self.sub_goal.setToolTip(_t("Nye tiltak knyttes til dette delmålet"))
        # A long sub-goal must not widen the row (the person field beside the party).
        self.sub_goal.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sub_goal.setMinimumContentsLength(8)
        self.tie = button(_t("Knytt til delmål"), "measureTie",
                          _t("Knytt valgt tiltak til delmålet ved siden av"))
        sub_goal_label = QLabel(_t("Delmål:"))
        sub_goal_label.setBuddy(self.sub_goal)
        grid = QGridLayout()
        party_label = QLabel(_t("Part:"))
        party_label.setBuddy(self.party)
        grid.addWidget(party_label, 0, 0)
        grid.addWidget(self.party, 0, 1)
        grid.addWidget(self.person, 0, 2)
        grid.addWidget(self.reassign, 0, 3, 1, 2)
        grid.addWidget(sub_goal_label, 1, 0)
        grid.addWidget(self.sub_goal, 1, 1, 1, 2)
        grid.addWidget(self.tie, 1, 3, 1, 2)
        grid.addWidget(self.input, 2, 0, 1, 3)
        grid.addWidget(self.add, 2, 3)
        grid.addWidget(self.remove, 2, 4)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(grid)
        self._measures: tuple[AgreementMeasure, ...] = ()
        self._goal_count = 0
        self.input.returnPressed.connect(self._add)
        self.tie.clicked.connect(self._tie)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.tree.itemChanged.connect(self._edited)
        self.reassign.clicked.connect(self._reassign)
        self.tree.currentItemChanged.connect(self._show_party)

    def _selected_row(self) -> int:
        item = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        return row if 0 <= row < len(self._measures) else -1

    def _show_party(self, *_args) -> None:
        """The chosen measure's party and person stand in the fields above."""
        row = self._selected_row()
        if row < 0:
            return
        measure = self._measures[row]
        self.party.setCurrentIndex(max(self.party.findData(measure.party), 0))
        self.person.setText(measure.person)
        tied = measure.sub_goal if measure.sub_goal is not None \
            and measure.sub_goal < self._goal_count else -1
        self.sub_goal.setCurrentIndex(max(self.sub_goal.findData(tied), 0))

    def _chosen_goal(self) -> int | None:
        goal = self.sub_goal.currentData()
        return goal if isinstance(goal, int) and goal >= 0 else None

    def _tie(self) -> None:
        row = self._selected_row()
        if row < 0:
            return
        old = self._measures[row]
        new = replace(old, sub_goal=self._chosen_goal())
        if new != old:
            measures = list(self._measures)
            measures[row] = new
            self.changed.emit(tuple(measures))

    def _reassign(self) -> None:
        row = self._selected_row()
        if row < 0:
            return
        old = self._measures[row]
        new = replace(old, party=Party(self.party.currentData()),
                      person=self.person.text().strip())
        if new != old:
            measures = list(self._measures)
            measures[row] = new
            self.changed.emit(tuple(measures))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Delete and self.tree.hasFocus():
            self._remove()
            return
        super().keyPressEvent(event)

    def set_value(self, measures: tuple[AgreementMeasure, ...],
                  sub_goals: tuple[SubGoal, ...] = ()) -> None:
        self._measures = measures
        self._set_goals(sub_goals)
        names = party_names()
        labels = measure_labels(measures, len(sub_goals))
        current = self._selected_row()
        self.tree.blockSignals(True)
        self.tree.clear()
        for m, label in zip(measures, labels):
            who = names[m.party] + (f": {m.person}" if m.person else "")
            short = label.split(" ", 1)[1].replace(" – tiltak ", " – ") if label else ""
            item = QTreeWidgetItem([who, m.text, short])
            if label:
                item.setToolTip(2, label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if m.why:
                item.setToolTip(1, _t("Hvorfor: %1").replace("%1", m.why))
            self.tree.addTopLevelItem(item)
        if 0 <= current < self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(current))
        self.tree.blockSignals(False)

    def _set_goals(self, sub_goals: tuple[SubGoal, ...]) -> None:
        """The sub-goal choices: "Ingen delmål", then "Delmål 1: …" for each."""
        choices = [(-1, _t("Ingen delmål"))] + [
            (n, _t("Delmål %1: %2").replace("%1", str(n + 1)).replace(
                "%2", g.text if len(g.text) <= 48 else g.text[:47] + "…"))
            for n, g in enumerate(sub_goals)]
        if [(self.sub_goal.itemData(i), self.sub_goal.itemText(i))
                for i in range(self.sub_goal.count())] == choices:
            return
        chosen = self.sub_goal.currentData()
        self.sub_goal.blockSignals(True)
        self.sub_goal.clear()
        for value, text in choices:
            self.sub_goal.addItem(text, value)
        self.sub_goal.setCurrentIndex(max(self.sub_goal.findData(chosen), 0))
        self.sub_goal.blockSignals(False)
        self._goal_count = len(sub_goals)
        self.tie.setEnabled(bool(sub_goals))

    def texts(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0) + " | " + self.tree.topLevelItem(i).text(1)
                for i in range(self.tree.topLevelItemCount())]

    def _add(self) -> None:
        text = self.input.text().strip()
        if not text:
            return
        measure = AgreementMeasure(text, Party(self.party.currentData()),
                                   self.person.text().strip(), sub_goal=self._chosen_goal())
        self.input.clear()
        self.changed.emit(self._measures + (measure,))

    def _remove(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        row = self.tree.indexOfTopLevelItem(item)
        self.changed.emit(self._measures[:row] + self._measures[row + 1:])

    def _edited(self, item: QTreeWidgetItem, column: int) -> None:
        row = self.tree.indexOfTopLevelItem(item)
        text = item.text(1).strip()
        if column == 1 and 0 <= row < len(self._measures) and text:
            measures = list(self._measures)
            old = measures[row]
            measures[row] = replace(old, text=text)
            self.changed.emit(tuple(measures))
