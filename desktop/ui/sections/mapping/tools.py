"""The tools panel of a conversation and the text-based tools: plus/minus,
the ambivalence matrix, the timeline and Kearney's four functions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.conversation_tools import Tool
from desktop.domain.conversations import Conversation
from desktop.domain.validation import parse_date
from desktop.ui.common import message_label, refuse, show_message
from desktop.ui.sections.mapping.editing import MappingEditing
from desktop.ui.sections.mapping.tool_base import (
    ToolWidget,
    lines_of,
    set_text_quietly,
    text_editor,
)
from desktop.ui.sections.mapping.tools_charts import ScalingTool, TimetableTool
from desktop.ui.widgets.record_layout import scrolled


class ToolsPanel(QTabWidget):
    """One tab per tool. Kearney's functions are the adults' hypotheses: not
    built in meeting mode."""

    def __init__(self, owner: MappingEditing, conversation: Conversation, meeting_mode: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("toolTabs")
        self.setAccessibleName(self.tr("Verktøy i samtalen"))
        self._owner = owner
        self._conversation = conversation
        self.tools: dict[Tool, ToolWidget] = {}
        self._frames: dict[QWidget, QWidget] = {}
        self._parked: ToolWidget | None = None
        for cls in (ScalingTool, PlusMinusTool, AmbivalenceTool, TimetableTool, TimelineTool):
            self._add(cls)
        self.set_meeting_mode(meeting_mode)

    def set_meeting_mode(self, on: bool) -> None:
        """The Kearney hypotheses leave the widget tree in meeting mode; they are kept
        aside (no parent, not shown) so that coming back is quick."""
        kearney = self.tools.get(Tool.KEARNEY)
        if on and kearney is not None:
            frame = self._frames.get(kearney, kearney)
            self.removeTab(self.indexOf(frame))
            del self.tools[Tool.KEARNEY]
            frame.setParent(None)
            self._parked = kearney
        elif not on and kearney is None:
            if self._parked is None:
                self._add(KearneyTool)
            else:
                kearney, self._parked = self._parked, None
                kearney.reload()  # undo may have changed it meanwhile
                self.tools[Tool.KEARNEY] = kearney
                self.addTab(self._frames.get(kearney, kearney), kearney.accessibleName())

    def dispose(self) -> None:
        if self._parked is not None:
            self._frames.pop(self._parked, self._parked).deleteLater()
            self._parked = None

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt name)
        """Show a tool (the tool itself or its scroll frame)."""
        super().setCurrentWidget(self._frames.get(widget, widget))

    def _add(self, cls: type[ToolWidget]) -> None:
        widget = cls(self._owner, self._conversation.id)
        for editor in widget.findChildren(QWidget):
            self._owner.events.watch(editor)
        self.tools[cls.TOOL] = widget
        widget.setEnabled(not self._owner.read_only)  # a case held by someone else: look only
        # Each tool scrolls: Kearney's four functions or the ambivalence matrix must
        # not make the window taller than a laptop's screen. Scaling scrolls its
        # situations itself and keeps the "new situation" line in view.
        frame = widget
        if not widget.SCROLLS_ITSELF:
            frame = scrolled(widget, f"{widget.objectName()}Scroll",
                             widget.accessibleName(), focus=False)
            self._frames[widget] = frame
        self.addTab(frame, widget.accessibleName())


class PlusMinusTool(ToolWidget):
    """Seed 004: what works (pluss) and what is hard (minus), one point a line."""

    TOOL = Tool.PLUS_MINUS

    def __init__(self, owner: MappingEditing, conversation_id: int):
        super().__init__(owner, conversation_id)
        self.setObjectName("toolPlusMinus")
        self.setAccessibleName(self.tr("Pluss og minus"))
        hint = QLabel(self.tr("Ett punkt per linje. Hva er bra og fungerer, og hva er vanskelig?"))
        hint.setProperty("role", "hint")
        self.plus = text_editor("plusText", self.tr("Pluss: det som er bra"), lines=8)
        self.minus = text_editor("minusText", self.tr("Minus: det som er vanskelig"), lines=8)
        plus_label = QLabel(self.tr("Pluss (+)"))
        plus_label.setBuddy(self.plus)
        minus_label = QLabel(self.tr("Minus (−)"))
        minus_label.setBuddy(self.minus)
        grid = QGridLayout(self)
        grid.addWidget(hint, 0, 0, 1, 2)
        grid.addWidget(plus_label, 1, 0)
        grid.addWidget(minus_label, 1, 1)
        grid.addWidget(self.plus, 2, 0)
        grid.addWidget(self.minus, 2, 1)
        self.plus.textChanged.connect(lambda: self._edited("plus", self.plus))
        self.minus.textChanged.connect(lambda: self._edited("minus", self.minus))
        self.reload()

    def _edited(self, key: str, editor) -> None:
        data = self.data()
        data[key] = lines_of(editor.toPlainText())
        self.write(data, key)

    def reload(self) -> None:
        data = self.data()
        for key, editor in (("plus", self.plus), ("minus", self.minus)):
            if lines_of(editor.toPlainText()) != data[key]:
                set_text_quietly(editor, "\n".join(data[key]))


class AmbivalenceTool(ToolWidget):
    """Seed 001 Vedlegg 2:2: good and bad sides of staying home and of going to
    school. Change lies in shifting that balance."""

    TOOL = Tool.AMBIVALENCE

    def __init__(self, owner: MappingEditing, conversation_id: int):
        super().__init__(owner, conversation_id)
        self.setObjectName("toolAmbivalence")
        self.setAccessibleName(self.tr("Ambivalensmatrise"))
        cells = {
            "home_good": self.tr("Bra med å være hjemme"),
            "school_good": self.tr("Bra med å gå på skolen"),
            "home_bad": self.tr("Vanskelig med å være hjemme"),
            "school_bad": self.tr("Vanskelig med å gå på skolen"),
        }
        hint = QLabel(self.tr("Det er vanlig å ville to ting samtidig. Hvordan kan vi gjøre det "
                              "vanskelige ved skolen mindre og det gode større?"))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        grid = QGridLayout(self)
        grid.addWidget(hint, 0, 0, 1, 2)
        self.editors = {}
        for index, (key, title) in enumerate(cells.items()):
            editor = text_editor("ambivalence_" + key, title, lines=5)
            label = QLabel(title)
            label.setStyleSheet("font-weight: bold;")
            label.setBuddy(editor)
            row, column = divmod(index, 2)
            grid.addWidget(label, 1 + row * 2, column)
            grid.addWidget(editor, 2 + row * 2, column)
            editor.textChanged.connect(lambda key=key, editor=editor: self._edited(key, editor))
            self.editors[key] = editor
        self.reload()

    def _edited(self, key: str, editor) -> None:
        data = self.data()
        data[key] = editor.toPlainText()
        self.write(data, key)

    def reload(self) -> None:
        data = self.data()
        for key, editor in self.editors.items():
            if editor.toPlainText() != data[key]:
                set_text_quietly(editor, data[key])


class TimelineTool(ToolWidget):
    """Seed 004: events that matter, in date order (moving, illness, a new class …)."""

    TOOL = Tool.TIMELINE

    def __init__(self, owner: MappingEditing, conversation_id: int):
        super().__init__(owner, conversation_id)
        self.setObjectName("toolTimeline")
        self.setAccessibleName(self.tr("Tidslinje"))
        self.date = QLineEdit()
        self.date.setObjectName("timelineDate")
        self.date.setAccessibleName(self.tr("Dato for hendelsen"))
        self.date.setPlaceholderText(self.tr("dd.mm.åååå"))
        self.date.setFixedWidth(140)
        self.text = QLineEdit()
        self.text.setObjectName("timelineText")
        self.text.setAccessibleName(self.tr("Hva skjedde"))
        self.text.setPlaceholderText(self.tr("Hva skjedde? (Enter legger til)"))
        self.add = QPushButton(self.tr("Legg til"))
        self.add.setObjectName("timelineAdd")
        self.add.setAccessibleName(self.tr("Legg til hendelsen"))
        self.list = QListWidget()
        self.list.setObjectName("timelineList")
        self.list.setAccessibleName(self.tr("Hendelser i tidsrekkefølge"))
        self.remove = QPushButton(self.tr("Fjern valgt hendelse"))
        self.remove.setObjectName("timelineRemove")
        self.remove.setAccessibleName(self.tr("Fjern valgt hendelse"))
        self.error = message_label("timelineError")
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addWidget(self.text, 1)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        self.add.clicked.connect(self._add)
        self.text.returnPressed.connect(self._add)
        self.date.returnPressed.connect(self.text.setFocus)
        self.remove.clicked.connect(self._remove)
        self.reload()

    def _add(self) -> None:
        try:
            when = parse_date(self.date.text())
        except ValueError:
            refuse(self.error, self.date,
                   self.tr("Skriv datoen som dd.mm.åååå, for eksempel 15.08.2025."))
            return
        if not self.text.text().strip():
            refuse(self.error, self.text, self.tr("Skriv hva som skjedde."))
            return
        show_message(self.error, "")
        data = self.data()
        data["events"].append({"date": when.isoformat() if when else "",
                               "text": self.text.text().strip()})
        data["events"].sort(key=lambda e: e["date"] or "9999")
        self.write(data)
        self.date.clear()
        self.text.clear()
        self.date.setFocus()

    def _remove(self) -> None:
        row = self.list.currentRow()
        data = self.data()
        if 0 <= row < len(data["events"]):
            del data["events"][row]
            self.write(data)

    def reload(self) -> None:
        self.list.clear()
        for event in self.data()["events"]:
            when = event["date"]
            shown = f"{when[8:10]}.{when[5:7]}.{when[:4]}" if len(when) == 10 else "—"
            self.list.addItem(f"{shown}   {event['text']}")


class KearneyTool(ToolWidget):
    """Seed 002 ch. 2 (Kearney 2001): four functions refusal can have. Hypotheses
    for the adults, with notes; internal."""

    TOOL = Tool.KEARNEY

    def __init__(self, owner: MappingEditing, conversation_id: int):
        super().__init__(owner, conversation_id)
        self.setObjectName("toolKearney")
        self.setAccessibleName(self.tr("Kearneys fire funksjoner"))
        functions = {
            "1": self.tr("1. Unngå det som gir ubehag eller vonde følelser på skolen"),
            "2": self.tr("2. Unngå sosiale situasjoner eller situasjoner der eleven blir vurdert"),
            "3": self.tr("3. Få oppmerksomhet fra foreldre eller andre viktige personer"),
            "4": self.tr("4. Få goder utenfor skolen (skjerm, venner, fritid)"),
        }
        hint = QLabel(self.tr("Hypoteser for de voksne, ikke sannheter. Vegring kan ha flere "
                              "funksjoner samtidig, og de kan endre seg. Internt: vises ikke i "
                              "møtemodus."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        self.checks: dict[str, QCheckBox] = {}
        self.notes = {}
        for key, title in functions.items():
            check = QCheckBox(title)
            check.setObjectName("kearney_" + key)
            check.setAccessibleName(title)
            note = text_editor("kearneyNote_" + key, self.tr("Notat til funksjon %1").replace(
                "%1", key), self.tr("Hva ser vi som støtter eller svekker denne hypotesen?"), 2)
            check.toggled.connect(lambda on, key=key: self._edited(key, "checked", on))
            note.textChanged.connect(
                lambda key=key, note=note: self._edited(key, "note", note.toPlainText()))
            layout.addWidget(check)
            layout.addWidget(note)
            self.checks[key], self.notes[key] = check, note
        layout.addStretch(1)
        self.reload()

    def _edited(self, key: str, field: str, value) -> None:
        data = self.data()
        data["functions"][key][field] = value
        self.write(data, f"{key}.note" if field == "note" else "")

    def reload(self) -> None:
        functions = self.data()["functions"]
        for key, check in self.checks.items():
            blocked = check.blockSignals(True)
            check.setChecked(bool(functions[key]["checked"]))
            check.blockSignals(blocked)
            if self.notes[key].toPlainText() != functions[key]["note"]:
                set_text_quietly(self.notes[key], functions[key]["note"])
