"""The words for consent (samtykke) that the Samtykke section and the handover
dialog share: the services' names and the calm line that a report of concern
to barnevernet needs no consent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel

from desktop.domain.consent import ConsentService
from desktop.domain.handover import COLLEAGUE


def _t(text: str) -> str:
    return QCoreApplication.translate("consent", text)


def service_labels() -> dict[ConsentService, str]:
    return {ConsentService.PPT: _t("PPT"), ConsentService.BUP: _t("BUP"),
            ConsentService.CHILD_WELFARE: _t("Barneverntjenesten"),
            ConsentService.HEALTH_NURSE: _t("Helsesykepleier"),
            ConsentService.GP: _t("Fastlege"), ConsentService.OTHER: _t("Annen tjeneste")}


def barnevern_note() -> str:
    return _t("En bekymringsmelding til barneverntjenesten trenger ikke samtykke: skolen har "
              "plikt til å melde fra når det er grunn til bekymring (opplysningsplikten "
              "til barneverntjenesten). Samtykke trengs når opplysninger deles for samarbeid "
              "om hjelp og tiltak.")


def barnevern_label(name: str) -> QLabel:
    """The info line, hidden until barnevern is chosen."""
    label = QLabel(barnevern_note())
    label.setObjectName(name)
    label.setAccessibleName(_t("Om bekymringsmelding til barneverntjenesten"))
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def recipient_kinds(combo: QComboBox) -> None:
    """A handover's receiver: a colleague or the next school (the default: no
    consent is checked, see domain/handover.py), or one of the services."""
    combo.addItem(_t("En kollega eller ny skole (saken følges opp videre)"), COLLEAGUE)
    for service, label in service_labels().items():
        combo.addItem(label, service.value)
