"""Slett sak: deleting is for good, so the user types the pupil's name first."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.casefile.errors import CaseFileError
from desktop.ui.common import message_label, show_message
from desktop.ui.dialogs.base import Dialog
from desktop.ui.messages import message_for


class DeleteCaseDialog(Dialog):
    """The delete button is enabled only when the typed name equals the pupil's
    name — or, for a damaged file whose name cannot be read, the word SLETT."""

    def __init__(self, parent: QWidget, pupil_name: str, delete: Callable[[], None]):
        super().__init__(parent, self.tr("Slett sak"), "deleteCaseDialog")
        self._name = pupil_name.strip() or self.tr("SLETT")
        self._delete = delete
        warning = QLabel(self.tr("Saken slettes for godt, sammen med sikkerhetskopien. "
                                 "Dette kan ikke angres."))
        warning.setWordWrap(True)
        if pupil_name.strip():
            prompt = QLabel(self.tr("Skriv elevens navn, «%1», for å bekrefte:")
                            .replace("%1", self._name))
        else:
            prompt = QLabel(self.tr("Filen er skadet, så navnet kan ikke leses. Skriv "
                                    "«%1» for å bekrefte:").replace("%1", self._name))
        prompt.setWordWrap(True)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("deleteConfirmName")
        self.confirm_edit.setAccessibleName(self.tr("Elevens navn for å bekrefte slettingen"))
        self.confirm_edit.setMinimumWidth(340)
        prompt.setBuddy(self.confirm_edit)
        self.error = message_label("deleteError")
        box = self.button_box(self.tr("Slett saken"), "deleteConfirmButton")
        self.delete_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        self.delete_button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(prompt)
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.confirm_edit.textChanged.connect(self._check)

    def _check(self, text: str) -> None:
        self.delete_button.setEnabled(bool(self._name) and text.strip() == self._name)

    def accept(self) -> None:
        if not self.delete_button.isEnabled():
            return
        try:
            self._delete()
        except (CaseFileError, OSError) as exc:
            show_message(self.error, message_for(exc))
            return
        super().accept()


class DeleteExpiredDialog(Dialog):
    """Closed cases past their delete-by date, deleted together (issue 14).
    Typing every pupil's name would make a careful clean-up a chore, so the
    cases are listed by name with their dates, each can be unticked, and one
    confirmation that the archive plan allows it enables the button. Each is
    deleted as one case is (file, backup and leftovers: `delete(case_id)`)."""

    def __init__(self, parent: QWidget, cases: list[tuple[str, str, str]],
                 delete: Callable[[str], None]):
        """`cases`: (case id, pupil's name, "avsluttet … · slettes …")."""
        super().__init__(parent, self.tr("Slett saker som har passert slettedatoen"),
                         "deleteExpiredDialog")
        self._delete = delete
        intro = QLabel(self.tr("Disse avsluttede sakene har passert slettedatoen. De slettes "
                               "for godt, sammen med sikkerhetskopiene. Dette kan ikke angres. "
                               "Fjern haken ved en sak som skal oppbevares lenger."))
        intro.setWordWrap(True)
        self.cases = QListWidget()
        self.cases.setObjectName("expiredCases")
        self.cases.setAccessibleName(self.tr("Saker som kan slettes"))
        for case_id, name, dates in cases:
            item = QListWidgetItem(f"{name or self.tr('(uten navn)')} — {dates}")
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.cases.addItem(item)
        self.cases.setMinimumHeight(min(220, 40 + 24 * len(cases)))
        self.confirm = QCheckBox(self.tr("Jeg har sjekket at disse sakene ikke skal "
                                         "oppbevares lenger"))
        self.confirm.setObjectName("deleteExpiredConfirm")
        self.confirm.setAccessibleName(self.confirm.text())
        self.error = message_label("deleteExpiredError")
        box = self.button_box(self.tr("Slett"), "deleteExpiredButton")
        self.delete_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.delete_button.setAutoDefault(False)
        self.delete_button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.cases, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.cases.itemChanged.connect(self._check)
        self.confirm.toggled.connect(self._check)
        self.setMinimumWidth(520)
        self._check()

    def ticked(self) -> list[str]:
        return [self.cases.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.cases.count())
                if self.cases.item(row).checkState() == Qt.CheckState.Checked]

    def _check(self, *_args) -> None:
        count = len(self.ticked())
        self.delete_button.setText(self.tr("Slett 1 sak") if count == 1 else
                                   self.tr("Slett %1 saker").replace("%1", str(count)))
        self.delete_button.setEnabled(count > 0 and self.confirm.isChecked())

    def accept(self) -> None:
        if not self.delete_button.isEnabled():
            return
        failed = []
        for row in reversed(range(self.cases.count())):
            item = self.cases.item(row)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            try:
                self._delete(item.data(Qt.ItemDataRole.UserRole))
            except (CaseFileError, OSError) as exc:
                failed.append(message_for(exc))
            else:
                self.cases.takeItem(row)  # gone: what is left is what could not be deleted
        if failed:
            show_message(self.error, "\n".join(dict.fromkeys(failed)))
            return
        super().accept()
