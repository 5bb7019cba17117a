"""Regelsett side om side: what each bundled or local rule set would say for this
pupil — phase or trinn, which rules, since when — beside the one the case uses.
For a PPT office serving several municipalities, or a school comparing its own
routine with its neighbours'. It only shows; nothing is decided or stored."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.domain.absence_rules import Evaluation
from desktop.domain.validation import format_date
from desktop.ui.dialogs.base import Dialog


class RuleSetsDialog(Dialog):
    def __init__(self, parent, evaluations: list[Evaluation], own_id: str):
        super().__init__(parent, self.tr("Regelsett side om side"), "ruleSetsDialog")
        intro = QLabel(self.tr(
            "Slik ville hvert regelsett vurdert fraværet til denne eleven i dag. Saken "
            "følger det første; de andre er bare til sammenligning."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("ruleSetsTree")
        self.tree.setAccessibleName(self.tr("Regelsett side om side"))
        self.tree.setHeaderLabels([self.tr("Regelsett og regler"), self.tr("Første gang"),
                                   self.tr("Gjelder nå")])
        header = self.tree.header()  # the dates fit; the rule set and rule texts get the rest
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for evaluation in evaluations:
            rule_set = evaluation.rule_set
            mine = self.tr(" (brukes i saken)") if rule_set.id == own_id else ""
            top = QTreeWidgetItem([f"{rule_set.name}{mine}: {evaluation.suggested.name}", "", ""])
            top.setToolTip(0, top.text(0))
            for firing in evaluation.firings:
                child = QTreeWidgetItem([firing.rule.text, format_date(firing.first_fired),
                                         self.tr("ja") if firing.active else self.tr("nei")])
                child.setToolTip(0, firing.rule.text)
                top.addChild(child)
            if not evaluation.firings:
                top.addChild(QTreeWidgetItem([self.tr("Ingen regel har slått til."), "", ""]))
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # the rule set and its phase across the row
            top.setExpanded(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Lukk"))
        close.setObjectName("closeRuleSets")
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(box)
        self.resize(760, 480)
        self.tree.setFocus()

    def rows(self) -> list[str]:
        """Every line as shown (for tests and screen readers alike)."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            found.append(top.text(0))
            found += ["  " + " | ".join(top.child(j).text(c) for c in range(3))
                      for j in range(top.childCount())]
        return found
