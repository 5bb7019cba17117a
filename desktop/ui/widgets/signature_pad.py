"""Signing on screen: a pad drawn with the mouse or a pen, and the dialog in
which each person present signs in turn. The drawing is kept as PNG bytes and
printed on the person's line in the PDF."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import Participant, Signature
from desktop.ui.crash_guard import guarded


class SignaturePad(QWidget):
    """Draw with the left mouse button (or a pen). `png()` gives the drawing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAccessibleName(self.tr("Felt for underskrift: tegn med mus eller penn"))
        self.setMinimumSize(420, 120)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: list[list[QPointF]] = []

    @property
    def empty(self) -> bool:
        return not any(len(s) > 1 for s in self._strokes)

    def clear(self) -> None:
        self._strokes.clear()
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._strokes.append([event.position()])
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._strokes and event.buttons() & Qt.MouseButton.LeftButton:
            self._strokes[-1].append(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._strokes:
            self._strokes[-1].append(event.position())
            self.update()
            self.changed.emit()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#102a60"), 2.4, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for stroke in self._strokes:
            if len(stroke) < 2:
                continue
            path = QPainterPath(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
            painter.drawPath(path)

    @guarded
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#9a9a94"), 1))
        base = self.height() - 24
        painter.drawLine(12, base, self.width() - 12, base)
        self._paint(painter)
        painter.end()

    def png(self) -> bytes:
        """The drawing on a transparent background, as PNG bytes."""
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._paint(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QBuffer.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())


class SignDialog(QDialog):
    """Each person chooses their name, signs on the pad (or ticks that they signed
    on paper) and presses "Skriv under". "Ferdig" stores the signatures."""

    signed = Signal(list)  # list[Signature]

    def __init__(self, people: tuple[Participant, ...], existing: tuple[Signature, ...],
                 today: date, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Underskrifter"))
        self.setAccessibleName(self.windowTitle())
        self._people = [p for p in people if p.name.strip()]
        self._today = today
        self.signatures: dict[str, Signature] = {s.name: s for s in existing}
        self.person = QComboBox()
        self.person.setObjectName("signPerson")
        self.person.setAccessibleName(self.tr("Hvem skriver under"))
        for p in self._people:
            self.person.addItem(f"{p.name} ({p.role})" if p.role else p.name)
        label = QLabel(self.tr("&Hvem skriver under:"))
        label.setBuddy(self.person)
        self.pad = SignaturePad()
        self.on_paper = QCheckBox(self.tr("Skrev under på &papir (ingen tegning)"))
        self.on_paper.setObjectName("signOnPaper")
        self.on_paper.setAccessibleName(self.on_paper.text().replace("&", ""))
        self.sign_button = QPushButton(self.tr("&Skriv under"))
        self.sign_button.setObjectName("signPersonButton")
        self.sign_button.setAccessibleName(self.tr("Skriv under for valgt person"))
        clear = QPushButton(self.tr("&Tøm feltet"))
        clear.setObjectName("signClear")
        clear.setAccessibleName(self.tr("Tøm underskriftsfeltet"))
        self.done_button = QPushButton(self.tr("&Ferdig"))
        self.done_button.setObjectName("signDone")
        self.done_button.setAccessibleName(self.tr("Lagre underskriftene"))
        cancel = QPushButton(self.tr("&Avbryt"))
        cancel.setObjectName("signCancel")
        cancel.setAccessibleName(self.tr("Avbryt uten å lagre underskrifter"))
        self.list = QListWidget()
        self.list.setObjectName("signedList")
        self.list.setAccessibleName(self.tr("Har skrevet under"))
        self.status = QLabel()
        self.status.setObjectName("signStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.person, 1)
        buttons = QHBoxLayout()
        for b in (self.sign_button, clear):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pad)
        layout.addWidget(self.on_paper)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Har skrevet under:")))
        layout.addWidget(self.list)
        layout.addWidget(self.status)
        self.sign_button.clicked.connect(self.sign_current)
        clear.clicked.connect(self.pad.clear)
        self.done_button.clicked.connect(self._done)
        cancel.clicked.connect(self.reject)
        self._refresh()

    def sign_current(self) -> None:
        index = self.person.currentIndex()
        if index < 0:
            return
        person = self._people[index]
        if self.pad.empty and not self.on_paper.isChecked():
            self.status.setText(self.tr("Tegn underskriften i feltet, eller kryss av for at "
                                        "personen skrev under på papir."))
            return
        drawing = None if self.pad.empty else self.pad.png()
        self.signatures[person.name] = Signature(person.name, person.role, self._today, drawing)
        self.pad.clear()
        self.on_paper.setChecked(False)
        self.status.setText(self.tr("%1 har skrevet under.").replace("%1", person.name))
        self.person.setCurrentIndex(min(index + 1, self.person.count() - 1))
        self._refresh()

    def _refresh(self) -> None:
        self.list.clear()
        for p in self._people:
            if p.name in self.signatures:
                self.list.addItem(p.name)
        self.done_button.setEnabled(bool(self.signatures))

    def _done(self) -> None:
        order = [p.name for p in self._people]
        self.signed.emit(sorted(self.signatures.values(),
                                key=lambda s: order.index(s.name) if s.name in order else 99))
        self.accept()
