"""Snapshots of the circle: "Ta vare på sirkelen" (the circle as it is, with a name
and a date, e.g. per meeting) and comparing two of them (or one with now):
what was added, changed, completed, removed, and which boxes were taken up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.measure_circle import Change, Snapshot, SnapshotDiff, compare
from desktop.ui.sections.circle.labels import responsible_text, status_labels


class SaveSnapshotDialog(QDialog):
    """Name and date of the stand to keep. `chosen(label, date)` on OK."""

    chosen = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saveSnapshotDialog")
        self.setWindowTitle(self.tr("Ta vare på sirkelen"))
        today = QDate.currentDate()
        self.label = QLineEdit(self.tr("Møte %1").replace("%1", today.toString("dd.MM.yyyy")))
        self.label.setObjectName("snapshotLabel")
        self.label.setAccessibleName(self.tr("Navn, for eksempel møtet"))
        self.date = QDateEdit(today)
        self.date.setObjectName("snapshotDate")
        self.date.setAccessibleName(self.tr("Dato"))
        self.date.lineEdit().setAccessibleName(self.tr("Dato"))
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setCalendarPopup(True)
        self.problem = QLabel()
        self.problem.setObjectName("snapshotProblem")
        self.problem.setProperty("role", "error")
        self.problem.hide()
        explain = QLabel(self.tr("Sirkelen slik den er nå blir tatt vare på, så dere senere "
                                 "kan se hva som er lagt til, endret og fullført."))
        explain.setWordWrap(True)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Navn"))
        name_label.setBuddy(self.label)
        date_label = QLabel(self.tr("&Dato"))
        date_label.setBuddy(self.date)
        form.addRow(name_label, self.label)
        form.addRow(date_label, self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ta vare på"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("snapshotOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

    def _accept(self) -> None:
        label = self.label.text().strip()
        if not label:
            self.problem.setText(self.tr("Gi standen et navn, for eksempel «Møte 2»."))
            self.problem.show()
            self.label.setFocus()
            return
        value = self.date.date()
        self.chosen.emit(label, date(value.year(), value.month(), value.day()))
        self.accept()


class CompareDialog(QDialog):
    """Two choosers and the differences between them, as plain text."""

    def __init__(self, snapshots: list[Snapshot], current: Snapshot, titles: dict[str, str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareSnapshotsDialog")
        self.setWindowTitle(self.tr("Sammenlign sirkelen på to tidspunkter"))
        self.resize(640, 520)
        self._titles = titles
        self._choices = [*snapshots, current]
        self.older = QComboBox()
        self.older.setObjectName("compareOlder")
        self.older.setAccessibleName(self.tr("Fra"))
        self.newer = QComboBox()
        self.newer.setObjectName("compareNewer")
        self.newer.setAccessibleName(self.tr("Til"))
        for snapshot in snapshots:
            text = f"{snapshot.label} ({snapshot.taken_on.strftime('%d.%m.%Y')})"
            self.older.addItem(text)
            self.newer.addItem(text)
        self.newer.addItem(self.tr("Nå"))
        self.older.addItem(self.tr("Nå"))
        self.older.setCurrentIndex(max(0, len(snapshots) - 1))
        self.newer.setCurrentIndex(len(snapshots))
        self.result = QPlainTextEdit()
        self.result.setObjectName("compareResult")
        self.result.setAccessibleName(self.tr("Endringer"))
        self.result.setReadOnly(True)
        form = QFormLayout()
        for text, widget in ((self.tr("&Fra"), self.older), (self.tr("&Til"), self.newer)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result, 1)
        layout.addWidget(buttons)
        self.older.currentIndexChanged.connect(self._show)
        self.newer.currentIndexChanged.connect(self._show)
        self._show()

    def _show(self) -> None:
        older = self._choices[self.older.currentIndex()]
        newer = self._choices[self.newer.currentIndex()]
        self.result.setPlainText(self.describe(compare(older, newer)))

    def describe(self, diff: SnapshotDiff) -> str:
        if diff.empty:
            return self.tr("Ingen endringer.")
        sections = [
            (self.tr("Lagt til"), [self._line(c, c.after) for c in diff.added]),
            (self.tr("Fullført"), [self._line(c, c.after) for c in diff.completed]),
            (self.tr("Endret"), [self._changed(c) for c in diff.changed]),
            (self.tr("Fjernet"), [self._line(c, c.before) for c in diff.removed]),
            (self.tr("Tatt opp i møtet"), [self._titles.get(b, b) for b in diff.newly_discussed]),
        ]
        parts = []
        for heading, lines in sections:
            if lines:
                parts.append(f"{heading} ({len(lines)})\n" + "\n".join("  • " + x for x in lines))
        return "\n\n".join(parts)

    def _line(self, change: Change, entry) -> str:
        kind = {"resource": self.tr("ressurs"), "risk": self.tr("risiko"),
                "measure": self.tr("tiltak")}[entry.kind.value]
        return f"{self._titles.get(change.box_id, change.box_id)}, {kind}: {entry.text}"

    def _changed(self, change: Change) -> str:
        before, after = change.before, change.after
        details = []
        if before.text != after.text:
            details.append(self.tr("tekst var «%1»").replace("%1", before.text))
        if before.status != after.status:
            labels = status_labels()
            details.append(f"{labels[before.status]} → {labels[after.status]}")
        if (before.party, before.person) != (after.party, after.person):
            details.append(self.tr("ansvarlig: %1").replace("%1", responsible_text(after) or "–"))
        if before.start != after.start:
            details.append(self.tr("ny startdato"))
        line = self._line(change, after)
        return f"{line} ({'; '.join(details)})" if details else line
