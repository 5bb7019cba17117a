"""Om Nærvær."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop import __version__
from desktop.ui.common import heading, norwegian_buttons
from desktop.ui.dialogs.base import Dialog


class AboutDialog(Dialog):
    def __init__(self, parent: QWidget):
        super().__init__(parent, self.tr("Om Nærvær"), "aboutDialog")
        title = heading(self.tr("Nærvær %1").replace("%1", __version__), 15)
        text = QLabel(self.tr(
            "Støtte til møtene rundt en elev med bekymringsfullt skolefravær: saken, "
            "laget rundt eleven, kartlegging, tiltak og avtaler.\n\n"
            "Programmet bruker aldri nettet. Sakene lagres kryptert på denne maskinen, "
            "og programmet låser seg selv når det ikke er i bruk."))
        text.setWordWrap(True)
        text.setMinimumWidth(380)
        box = norwegian_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        box.button(QDialogButtonBox.StandardButton.Close).setObjectName("aboutClose")
        box.rejected.connect(self.reject)
        box.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(box)
