"""The main window's menus and actions (Fil, Rediger, Hjelp)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow


@dataclass(slots=True)
class Actions:
    new_case: QAction
    lock: QAction
    change_passphrase: QAction
    settings: QAction
    school_calendar: QAction
    handover_export: QAction
    handover_import: QAction
    anonymous_consultation: QAction
    verify_document: QAction
    referral: QAction
    close_case: QAction  # Avslutt saken … (issue 14)
    reopen_case: QAction
    closing_report: QAction
    blank_agreement: QAction
    blank_evaluation: QAction
    blank_conversation: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    about: QAction
    meeting_mode: bool = False
    unlocked: bool = False
    case_open: bool = False
    case_shown: bool = False
    case_writable: bool = False
    case_closed: bool = False

    def set_case(self, shown: bool, writable: bool, closed: bool) -> None:
        """The case on screen (if any): closing needs one that may be changed."""
        self.case_shown, self.case_writable, self.case_closed = shown, writable, closed
        self._update()

    def set_unlocked(self, unlocked: bool) -> None:
        """Actions that need an unlocked vault."""
        self.unlocked = unlocked
        self.lock.setEnabled(unlocked)
        self._update()

    def set_case_open(self, case_open: bool) -> None:
        """Actions on the case shown (Henvisning til PPT, Anonym drøfting)."""
        self.case_open = case_open
        self._update()

    def set_meeting_mode(self, on: bool) -> None:
        """In meeting mode no action leads to another case or to the settings."""
        self.meeting_mode = on
        self._update()

    def _update(self) -> None:
        for action in (self.new_case, self.change_passphrase, self.school_calendar,
                       self.handover_export, self.handover_import, self.verify_document):
            action.setEnabled(self.unlocked and not self.meeting_mode)
        self.settings.setEnabled(not self.meeting_mode)
        self.anonymous_consultation.setEnabled(self.unlocked and self.case_open
                                               and not self.meeting_mode)
        self.referral.setEnabled(self.unlocked and self.case_open and not self.meeting_mode)
        usable = self.unlocked and not self.meeting_mode and self.case_shown
        self.close_case.setEnabled(usable and self.case_writable and not self.case_closed)
        self.reopen_case.setEnabled(usable and self.case_writable and self.case_closed)
        self.closing_report.setEnabled(usable)


def _unique(*sequences: QKeySequence) -> list[QKeySequence]:
    result: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in result:
            result.append(sequence)
    return result


def build_menus(window: QMainWindow, undo_group: QUndoGroup) -> Actions:
    tr = window.tr

    def action(text: str, name: str, shortcut: QKeySequence | str | None = None) -> QAction:
        act = QAction(text, window)
        act.setObjectName(name)
        if shortcut is not None:
            # setShortcuts, not setShortcut: choosing among setShortcut's overloads
            # creates Qt's namespace of enums at start (desktop/ui/appearance.py).
            act.setShortcuts([QKeySequence(shortcut)])
        window.addAction(act)  # shortcuts work whichever page is shown
        return act

    actions = Actions(
        new_case=action(tr("Ny sak …"), "actionNewCase", "Ctrl+N"),
        lock=action(tr("Lås"), "actionLock", "Ctrl+L"),
        change_passphrase=action(tr("Bytt passordfrase …"), "actionChangePassphrase"),
        settings=action(tr("Innstillinger …"), "actionSettings"),
        school_calendar=action(tr("Skolerute …"), "actionSchoolCalendar"),
        handover_export=action(tr("Overfør saken …"), "actionHandoverExport"),
        handover_import=action(tr("Hent inn en sak …"), "actionHandoverImport"),
        anonymous_consultation=action(tr("Anonym drøfting …"), "actionAnonymousConsultation"),
        verify_document=action(tr("Kontroller et dokument …"), "actionVerifyDocument"),
        referral=action(tr("Henvisning til PPT …"), "actionReferral"),
        close_case=action(tr("Avslutt saken …"), "actionCloseCase"),
        reopen_case=action(tr("Gjenåpne saken …"), "actionReopenCase"),
        closing_report=action(tr("Sluttrapport …"), "actionClosingReport"),
        blank_agreement=action(tr("Samarbeidsavtale …"), "actionBlankAgreement"),
        blank_evaluation=action(tr("Evaluering …"), "actionBlankEvaluation"),
        blank_conversation=action(tr("Kartleggingssamtale …"), "actionBlankConversation"),
        quit=action(tr("Avslutt"), "actionQuit", "Ctrl+Q"),
        undo=undo_group.createUndoAction(window, tr("Angre")),
        redo=undo_group.createRedoAction(window, tr("Gjør om")),
        about=action(tr("Om Nærvær"), "actionAbout"),
    )
    actions.undo.setObjectName("actionUndo")
    actions.redo.setObjectName("actionRedo")
    actions.undo.setShortcuts(_unique(QKeySequence("Ctrl+Z"),
                                      *QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)))
    actions.redo.setShortcuts(_unique(QKeySequence("Ctrl+Shift+Z"),
                                      *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)))
    window.addAction(actions.undo)
    window.addAction(actions.redo)

    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&Fil"))
    file_menu.addAction(actions.new_case)
    file_menu.addAction(actions.handover_import)
    file_menu.addAction(actions.handover_export)
    file_menu.addAction(actions.close_case)
    file_menu.addAction(actions.reopen_case)
    file_menu.addAction(actions.closing_report)
    file_menu.addSeparator()  # what goes to another service, and checking what went
    file_menu.addAction(actions.referral)
    file_menu.addAction(actions.anonymous_consultation)
    file_menu.addAction(actions.verify_document)
    file_menu.addSeparator()
    file_menu.addAction(actions.lock)
    file_menu.addAction(actions.change_passphrase)
    file_menu.addAction(actions.settings)
    file_menu.addAction(actions.school_calendar)
    blank_menu = file_menu.addMenu(tr("Tomt skjema til papir"))
    blank_menu.setObjectName("menuBlankForms")
    for blank in (actions.blank_agreement, actions.blank_evaluation, actions.blank_conversation):
        blank_menu.addAction(blank)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu(tr("&Rediger"))
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    help_menu = bar.addMenu(tr("&Hjelp"))
    help_menu.addAction(actions.about)
    return actions
