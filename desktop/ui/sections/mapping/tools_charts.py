"""The two drawn tools: scaling of situations 1–10 as a bar chart, and the
red/yellow/green timetable (days × lessons; a click or Space cycles the colour).
Seed 004: scaling questions and the traffic-light timetable."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.conversation_tools import Tool, cell_key, clamp_scale, next_colour
from desktop.ui.crash_guard import guarded
from desktop.ui.sections.mapping.editing import MappingEditing
from desktop.ui.sections.mapping.question import EnterMovesOn
from desktop.ui.sections.mapping.tool_base import ToolWidget
from desktop.ui.widgets.record_layout import scrolled

BAR_COLOUR = QColor("#3b7fb6")
CELL_COLOURS = {"green": QColor("#8fd19e"), "yellow": QColor("#ffe083"), "red": QColor("#f08c8c")}


class BarChart(QWidget):
    """Horizontal bars, one per situation, on a 1–10 scale."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scalingChart")
        self.items: list[tuple[str, int]] = []
        self.setMinimumHeight(120)

    def set_items(self, items: list[tuple[str, int]]) -> None:
        self.items = items
        self.setFixedHeight(40 + 34 * max(1, len(items)))
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in items))
        self.update()

    @guarded
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_width = min(260, max([metrics.horizontalAdvance(l) for l, _ in self.items] + [60]) + 12)
        left = label_width
        width = max(40, self.width() - left - 40)
        step = width / 10
        painter.setPen(QColor("#bbbbbb"))
        for tick in range(0, 11):
            x = left + tick * step
            painter.drawLine(int(x), 8, int(x), self.height() - 20)
            painter.drawText(QRectF(x - 10, self.height() - 18, 20, 16),
                             Qt.AlignmentFlag.AlignCenter, str(tick))
        for row, (label, value) in enumerate(self.items):
            top = 12 + row * 34
            painter.setPen(QColor("#1f1f1f"))
            painter.drawText(QRectF(0, top, label_width - 8, 24),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight,
                                                label_width - 10))
            painter.fillRect(QRectF(left, top, step * value, 24), BAR_COLOUR)
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(left, top, step * value - 6, 24),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        painter.end()


class ScalingTool(ToolWidget):
    TOOL = Tool.SCALING
    SCROLLS_ITSELF = True

    def __init__(self, owner: MappingEditing, conversation_id: int):
        super().__init__(owner, conversation_id)
        self.setObjectName("toolScaling")
        self.setAccessibleName(self.tr("Skalering"))
        self._enter = EnterMovesOn(self)
        hint = QLabel(self.tr("Hvor vanskelig eller lett er ulike situasjoner, fra 1 til 10? "
                              "Spør også: hva skal til for at det blir ett tall bedre?"))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.new_label = QLineEdit()
        self.new_label.setObjectName("scalingNew")
        self.new_label.setAccessibleName(self.tr("Ny situasjon"))
        self.new_label.setPlaceholderText(self.tr("Ny situasjon, f.eks. «Morgenen hjemme» (Enter)"))
        self.add = QPushButton(self.tr("Legg til situasjon"))
        self.add.setObjectName("scalingAdd")
        self.add.setAccessibleName(self.tr("Legg til situasjon"))
        self.rows = QVBoxLayout()
        self.row_widgets: list[tuple[QLineEdit, QSpinBox, QPushButton]] = []
        self.chart = BarChart()
        self.chart.setAccessibleName(self.tr("Søylediagram over skaleringen"))
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_label, 1)
        new_row.addWidget(self.add)
        # The situations and the chart scroll below the "new" row: eight situations
        # must not make the window taller than a laptop's screen.
        situations = QWidget()
        listed = QVBoxLayout(situations)
        listed.setContentsMargins(0, 0, 0, 0)
        listed.addLayout(self.rows)
        listed.addWidget(self.chart)
        listed.addStretch(1)
        self.situations = scrolled(situations, "scalingSituations", self.tr("Situasjonene"),
                                   focus=False)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(new_row)
        layout.addWidget(self.situations, 1)
        self.add.clicked.connect(self._add)
        self.new_label.returnPressed.connect(self._add)
        self.reload()

    def _add(self) -> None:
        label = self.new_label.text().strip()
        if not label:
            return
        data = self.data()
        data["items"].append({"label": label, "value": 5})
        self.write(data)
        self.new_label.clear()
        self.row_widgets[-1][1].setFocus()
        self.row_widgets[-1][1].selectAll()
        self.situations.ensureWidgetVisible(self.row_widgets[-1][1])

    def _edited(self, index: int) -> None:
        data = self.data()
        label, value, _ = self.row_widgets[index]
        data["items"][index] = {"label": label.text(), "value": value.value()}
        self.write(data, f"label{index}")

    def _remove(self, index: int) -> None:
        data = self.data()
        del data["items"][index]
        self.write(data)

    def reload(self) -> None:
        items = self.data()["items"]
        if len(items) != len(self.row_widgets):
            self._rebuild(len(items))
        for (label, value, _), item in zip(self.row_widgets, items):
            for widget in (label, value):
                widget.blockSignals(True)
            if label.text() != item["label"]:
                label.setText(item["label"])
            value.setValue(clamp_scale(item["value"]))
            for widget in (label, value):
                widget.blockSignals(False)
        self.chart.set_items([(i["label"], clamp_scale(i["value"])) for i in items])

    def _rebuild(self, count: int) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.row_widgets = []
        for index in range(count):
            row = QWidget()
            label = QLineEdit()
            label.setObjectName(f"scalingLabel_{index}")
            label.setAccessibleName(self.tr("Situasjon %1").replace("%1", str(index + 1)))
            value = QSpinBox()
            value.setRange(1, 10)
            value.setObjectName(f"scalingValue_{index}")
            value.setAccessibleName(self.tr("Tall fra 1 til 10 for situasjon %1").replace(
                "%1", str(index + 1)))
            value.lineEdit().setAccessibleName(value.accessibleName())
            value.installEventFilter(self._enter)
            remove = QPushButton(self.tr("Fjern"))
            remove.setObjectName(f"scalingRemove_{index}")
            remove.setAccessibleName(self.tr("Fjern situasjon %1").replace("%1", str(index + 1)))
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(label, 1)
            line.addWidget(value)
            line.addWidget(remove)
            self.rows.addWidget(row)
            self._owner.events.watch(label, value)
            label.textChanged.connect(lambda *_, i=index: self._edited(i))
            value.valueChanged.connect(lambda *_, i=index: self._edited(i))
            remove.clicked.connect(lambda *_, i=index: self._remove(i))
            self.row_widgets.append((label, value, remove))


class TimetableGrid(QTableWidget):
    """Space or Enter on a cell cycles its colour, like a click."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.cellClicked.emit(index.row(), index.column())
                return
        super().keyPressEvent(event)


class TimetableTool(ToolWidget):
    TOOL = Tool.TIMETABLE

    def __init__(self, owner: MappingEditing, conversation_id: int):
        super().__init__(owner, conversation_id)
        self.setObjectName("toolTimetable")
        self.setAccessibleName(self.tr("Timeplan i rødt, gult og grønt"))
        self._names = {"green": self.tr("Grønn"), "yellow": self.tr("Gul"), "red": self.tr("Rød")}
        hint = QLabel(self.tr("Grønt: går greit. Gult: litt vanskelig. Rødt: svært vanskelig. "
                              "Klikk (eller mellomrom) for å bytte farge."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        data = self.data()
        self.grid = TimetableGrid(data["lessons"], data["days"])
        self.grid.setObjectName("timetable")
        self.grid.setAccessibleName(self.tr("Timeplan: dager og timer"))
        self.grid.setHorizontalHeaderLabels([self.tr("Mandag"), self.tr("Tirsdag"),
                                             self.tr("Onsdag"), self.tr("Torsdag"),
                                             self.tr("Fredag")][:data["days"]])
        self.grid.setVerticalHeaderLabels([self.tr("%1. time").replace("%1", str(n + 1))
                                           for n in range(data["lessons"])])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.grid, 1)
        self.grid.cellClicked.connect(self._cycle)
        self.reload()

    def _cycle(self, lesson: int, day: int) -> None:
        data = self.data()
        key = cell_key(day, lesson)
        colour = next_colour(data["cells"].get(key, ""))
        if colour:
            data["cells"][key] = colour
        else:
            data["cells"].pop(key, None)
        self.write(data)

    def reload(self) -> None:
        cells = self.data()["cells"]
        for lesson in range(self.grid.rowCount()):
            for day in range(self.grid.columnCount()):
                colour = cells.get(cell_key(day, lesson), "")
                item = self.grid.item(lesson, day)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.grid.setItem(lesson, day, item)
                item.setText(self._names.get(colour, ""))
                item.setBackground(CELL_COLOURS.get(colour, QColor("white")))
