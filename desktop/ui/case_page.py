"""The case page: a header, a left navigation of sections and the section shown.

It owns what belongs to one open case: the CaseEditing (undo stack), the
Autosaver and meeting mode (møtemodus: one toggle, Ctrl+Shift+M, for when the
screen faces the family). The main window asks it to flush and close; it never
reaches into the main window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.services.app_service import CaseSession
from desktop.services.disclosure import DisclosureService
from desktop.services.meeting_service import MeetingService, meeting_agendas
from desktop.ui.agenda_rail import AgendaRail
from desktop.ui.appearance import scaled
from desktop.ui.autosave import Autosaver
from desktop.ui.common import confirm, heading, text_factor
from desktop.ui.labels import grade_label
from desktop.ui.messages import (
    folder_read_only_text,
    message_for,
    read_only_banner_text,
    take_over_warning_text,
)
from desktop.ui.sections.registry import FAMILY_SECTIONS, make_section, section_titles
from desktop.ui.undo import PUPIL, CaseEditing, FieldRef
from desktop.ui.widgets.meeting_mode import MEETING_MODE, MEETING_STYLE, hide_adult_only
from desktop.ui.widgets.record_layout import scrolled

MEETING_SHORTCUT = "Ctrl+Shift+M"

_BANNER_STYLE = ("QLabel {{ background: {bg}; color: #1f1f1f; border: 1px solid {border};"
                 " border-radius: 4px; padding: 8px 12px; }}")


class CasePage(QWidget):
    """One open case. Emits `back_requested` for "Tilbake til sakslisten" and
    `meeting_mode_changed` when meeting mode is turned on or off."""

    back_requested = Signal()
    take_over_requested = Signal()
    meeting_mode_changed = Signal(bool)

    def __init__(self, session: CaseSession, parent: QWidget | None = None,
                 autosave_options: dict | None = None):
        super().__init__(parent)
        self.setObjectName("casePage")
        self.session = session
        self.editing = CaseEditing(session, self)
        # The utleveringslogg: PDFs saved and prints made from inside this page
        # find it here (ui/widgets/disclosure_fields.disclosure_for).
        self.disclosure_log = DisclosureService(session)
        self.autosaver = Autosaver(session, self, **(autosave_options or {}))

        self.name_label = heading("", 16, "caseHeaderName")
        self.details_label = QLabel()
        self.details_label.setObjectName("caseHeaderDetails")
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setProperty("role", "hint")
        self.back_button = QPushButton(self.tr("Tilbake til sakslisten"))
        self.back_button.setObjectName("backToList")
        self.back_button.setAccessibleName(self.tr("Tilbake til sakslisten"))
        self.back_button.clicked.connect(self.back_requested)
        self._build_meeting_toggle()

        self.read_only_banner = _banner("readOnlyBanner", "#fff3c4", "#e0c060")
        self.conflict_banner = _banner("conflictBanner", "#fde2e1", "#d08a86")
        self.closed_banner = _banner("closedBanner", "#e8f0fa", "#9ab3cc")  # issue 14
        self.update_closing()
        if session.read_only:
            self.read_only_banner.setText(folder_read_only_text() if session.folder_read_only
                                          else read_only_banner_text(session.locked_by))
            self.read_only_banner.setVisible(True)
        self.take_over_button = QPushButton(self.tr("&Ta over saken …"))
        self.take_over_button.setObjectName("takeOverCase")
        self.take_over_button.setAccessibleName(self.tr("Ta over saken fra den andre maskinen"))
        self.take_over_button.setVisible(session.read_only and session.may_take_over)
        self.take_over_button.clicked.connect(self._ask_take_over)

        self.nav = QListWidget()
        self.nav.setObjectName("sectionNav")
        self.nav.setAccessibleName(self.tr("Deler av saken"))
        self.nav.setFixedWidth(190)  # widened when larger text needs it (_fit_nav)
        self.sections = SectionStack()
        self.sections.setObjectName("sectionStack")
        self.section_widgets: dict[str, QWidget] = {}
        for key, title in section_titles():
            self.nav.addItem(title)
            widget = make_section(key, self.editing)
            self.section_widgets[key] = widget
            # A frame that scrolls when a section needs more room than the screen has,
            # so no section makes the window taller or wider than a school laptop's
            # screen (1366×768, at 125 % only 1093×582). Sections lay themselves out
            # to fit that area; this is the net below them.
            self.sections.addWidget(scrolled(_Holder(widget), f"{key}SectionFrame", title,
                                             focus=False))
        self.overview = self.section_widgets["overview"]
        for widget in self.section_widgets.values():
            if hasattr(widget, "meeting_changed"):  # a meeting started, ended or was deleted
                widget.meeting_changed.connect(self.refresh_meeting)
        # The running meeting's agenda, beside the work (issue 13: the meeting is the hub).
        self.rail = AgendaRail(MeetingService(session), self)
        self.rail.open_item.connect(self.open_agenda_item)
        self.rail.end_requested.connect(self.end_meeting)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        self._fit_nav()

        header_text = QVBoxLayout()
        header_text.setSpacing(2)
        header_text.addWidget(self.name_label)
        header_text.addWidget(self.details_label)
        header = QHBoxLayout()
        header.addLayout(header_text, 1)
        header.addWidget(self.toolbar, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.sections, 1)
        body.addWidget(self.rail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(header)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.read_only_banner, 1)
        banner_row.addWidget(self.take_over_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(banner_row)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.closed_banner)
        layout.addLayout(body, 1)

        # Tab order: the header button, the navigation, then the section's fields.
        QWidget.setTabOrder(self.back_button, self.nav)
        self.editing.field_changed.connect(self._on_field_changed)
        self.editing.items_changed.connect(
            lambda scope, _id: self._reveal(self.overview.guardians.list if scope == "guardian"
                                            else self.overview.team.list))
        self.autosaver.conflict.connect(self._on_conflict)
        self._update_header()
        self.refresh_meeting()  # a meeting left running (a crash, a lock) shows its rail again

    # --- public ---------------------------------------------------------------------
    @property
    def undo_stack(self):
        return self.editing.stack

    def show_section(self, key: str) -> None:
        keys = [k for k, _ in section_titles()]
        self.nav.setCurrentRow(keys.index(key))

    def refresh_meeting(self) -> None:
        meeting = self.rail.service.running()
        agendas, _problems = meeting_agendas()
        agenda = next((a for a in agendas if meeting and a.id == meeting.agenda_id), None)
        self.rail.show_meeting(meeting, agenda)
        self._sync_rail()

    def _sync_rail(self) -> None:
        """The agenda rail is the adults' tool (its help coaches them, its items also
        open Møter): not shown in meeting mode, back when meeting mode ends."""
        self.rail.setVisible(self.rail.meeting is not None and not self.meeting_mode)

    def open_agenda_item(self, section: str, _item_id: str = "") -> None:
        """Shows the item's section; a section that can work in the meeting's
        context (its people, its date) is told which meeting."""
        self.show_section(section)
        widget = self.section_widgets[section]
        if hasattr(widget, "open_for_meeting") and self.rail.meeting is not None:
            widget.open_for_meeting(self.rail.meeting.id)

    def end_meeting(self, meeting_id: int) -> None:
        self.show_section("meetings")
        self.section_widgets["meetings"].end_meeting(meeting_id)  # emits meeting_changed

    def current_section(self) -> str:
        """The key of the section shown ("overview", "absence", …)."""
        return section_titles()[max(self.nav.currentRow(), 0)][0]

    @property
    def meeting_mode(self) -> bool:
        return self.meeting_action.isChecked()

    def set_meeting_mode(self, on: bool) -> None:
        """The screen faces the family: only this case and the sections the family
        may see, without what is written for the adults; larger text. Every change
        is already stored, so turning it on or off loses nothing."""
        if self.meeting_action.isChecked() != on:
            self.meeting_action.setChecked(on)  # → toggled → here again
            return
        keys = [k for k, _ in section_titles()]
        if on and self.current_section() not in FAMILY_SECTIONS:
            self.show_section("overview")
        for row, key in enumerate(keys):
            self.nav.setRowHidden(row, on and key not in FAMILY_SECTIONS)
        self.back_button.setVisible(not on)
        self._sync_rail()
        # Only the section on screen changes now; another one follows when it is shown
        # (_show_row), so the toggle costs one section, not eight.
        self._sync_meeting_mode(self.section_widgets[self.current_section()])
        self.meeting_action.setText(self.tr("Avslutt møtemodus") if on else self.tr("Møtemodus"))
        self.meeting_button.setAccessibleName(self.meeting_action.text())
        self.meeting_mode_changed.emit(on)

    def _show_row(self, row: int) -> None:
        titles = section_titles()
        if 0 <= row < len(titles):  # before it shows: nothing for adults flashes by
            self._sync_meeting_mode(self.section_widgets[titles[row][0]])
        self.sections.setCurrentIndex(row)

    def _sync_meeting_mode(self, section: QWidget) -> None:
        on = self.meeting_mode
        if bool(section.property(MEETING_MODE)) == on:
            return
        hide_adult_only(section, on)
        if hasattr(section, "set_meeting_mode"):  # a section with more to change
            section.set_meeting_mode(on)
        style = scaled(MEETING_STYLE, text_factor()) if on else ""
        if hasattr(section, "set_meeting_style"):  # a large section restyles what it shows
            section.set_meeting_style(style)
        else:
            section.setStyleSheet(style)

    def _fit_nav(self) -> None:
        """The section list is as wide as its longest title needs, in the font the
        stylesheet gives it (larger with Tekststørrelse), bold as when chosen."""
        self.nav.ensurePolished()
        font = self.nav.font()
        font.setBold(True)
        longest = max(QFontMetrics(font).horizontalAdvance(self.nav.item(row).text())
                      for row in range(self.nav.count()))
        self.nav.setFixedWidth(max(190, longest + 38))  # item padding 2×16, marker 4, frame 2

    def _build_meeting_toggle(self) -> None:
        self.meeting_action = QAction(self.tr("Møtemodus"), self)
        self.meeting_action.setObjectName("actionMeetingMode")
        self.meeting_action.setCheckable(True)
        self.meeting_action.setShortcut(QKeySequence(MEETING_SHORTCUT))
        self.meeting_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.meeting_action.setToolTip(self.tr(
            "Møtemodus: skjermen vendes mot familien. Bare denne saken vises, uten interne "
            "notater og veiledning til de voksne, og teksten blir større. Trykk igjen for "
            "å gå tilbake (Ctrl+Shift+M)."))
        self.addAction(self.meeting_action)  # the shortcut works in every section
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("caseToolbar")
        self.toolbar.addAction(self.meeting_action)
        self.meeting_button = self.toolbar.widgetForAction(self.meeting_action)
        self.meeting_button.setObjectName("meetingModeButton")
        self.meeting_button.setAccessibleName(self.meeting_action.text())
        self.meeting_action.toggled.connect(self.set_meeting_mode)

    def refresh_sections(self) -> None:
        """Everything that counts school days is drawn again (the school calendar changed)."""
        from desktop.ui.widgets.absence_editing import RECORDS, AbsenceEditing

        AbsenceEditing.of(self.editing).changed.emit(RECORDS)
        for widget in self.section_widgets.values():
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()

    def close_down(self) -> None:
        """The session is about to be closed: stop autosaving, forget undo history."""
        for widget in self.section_widgets.values():
            if hasattr(widget, "close_down"):  # e.g. parts kept aside for meeting mode
                widget.close_down()
        self.autosaver.dispose()
        self.editing.stack.clear()

    # --- reacting -------------------------------------------------------------------------
    def _on_field_changed(self, ref: FieldRef) -> None:
        if ref.scope == PUPIL and ref.key in ("name", "grade", "school"):
            self._update_header()
        self._reveal(self.overview.editor_for(ref))

    def _reveal(self, widget: QWidget | None) -> None:
        """Undo/redo may change a field the user cannot see: show it."""
        if widget is None or widget.hasFocus():
            return
        if self.current_section() != "overview":
            self.show_section("overview")
        self.overview.ensureWidgetVisible(widget)

    def _update_header(self) -> None:
        pupil = self.session.pupil()
        self.name_label.setText(pupil.name.strip() or self.tr("(uten navn)"))
        parts = [p for p in (grade_label(pupil.grade), pupil.school.strip()) if p]
        self.details_label.setText(" · ".join(parts))
        self.details_label.setVisible(bool(parts))

    def update_closing(self) -> None:
        """A closed case says so above its sections, with its delete-by date."""
        from desktop.services.case_closing import CaseClosing
        from desktop.ui.dialogs.close_case import closed_banner_text

        closing = CaseClosing(self.session).current()
        self.closed_banner.setText(closed_banner_text(closing) if closing else "")
        self.closed_banner.setVisible(closing is not None)

    def _ask_take_over(self) -> None:
        confirm(self, self.tr("Ta over saken?"), take_over_warning_text(self.session.locked_by),
                self.tr("Ta over saken"), self.take_over_requested.emit)

    def _on_conflict(self) -> None:
        error = self.autosaver.error
        if error is not None:
            self.conflict_banner.setText(message_for(error))
            self.conflict_banner.setVisible(True)


class SectionStack(QStackedWidget):
    """The sections, each in a frame that scrolls (see CasePage). `currentWidget()`
    answers with the section itself, `current_frame()` with its frame."""

    def currentWidget(self) -> QWidget:  # noqa: N802 (Qt name)
        return self.current_frame().widget().section

    def current_frame(self) -> QScrollArea:
        return super().currentWidget()


class _Holder(QWidget):
    """Holds a section in its frame. A scroll area gives its widget the height the
    widget *prefers* for its width, so a wrapped hint text would make the whole
    section scroll instead of its lists and text boxes shrinking; this holder
    offers no height-for-width, and the frame scrolls only below the minimum."""

    def __init__(self, section: QWidget):
        super().__init__()
        self.section = section
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return False

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        return -1


def _banner(name: str, background: str, border: str) -> QLabel:
    banner = QLabel()
    banner.setObjectName(name)
    banner.setWordWrap(True)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setStyleSheet(_BANNER_STYLE.format(bg=background, border=border))
    banner.setVisible(False)
    return banner
