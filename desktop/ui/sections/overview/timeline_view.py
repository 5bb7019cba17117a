"""Tidslinje on Oversikt: rule firings, decisions, contacts, the other events
(conversations held, agreements signed, evaluations) and the stafettholder's
handovers, the transfers and the PDFs and prints that left the laptop
(utleveringslogg), newest first, filterable by kind."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop.domain.disclosure import PRINT
from desktop.domain.handover import Direction
from desktop.domain.timeline import (
    CONTACT,
    DECISION,
    DISCLOSURE,
    EVENT,
    HANDOVER,
    RULE,
    TRANSFER,
    build_timeline,
)
from desktop.services.disclosure import DisclosureService
from desktop.services.handover import HandoverService
from desktop.ui.crash_guard import guarded
from desktop.ui.labels import left_out_text
from desktop.ui.sections.overview.event_texts import event_text
from desktop.ui.undo import CaseEditing
from desktop.ui.widgets.absence_editing import AbsenceEditing
from desktop.ui.widgets.absence_figures import AbsenceFigures


class TimelineView(QWidget):
    def __init__(self, editing: CaseEditing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.absence = AbsenceEditing.of(editing)
        self.figures = AbsenceFigures.of(editing)  # a long register: evaluated on a worker
        self.session = editing.session
        self.filter = QComboBox()
        self.filter.setObjectName("timelineFilter")
        self.filter.setAccessibleName(self.tr("Vis i tidslinjen"))
        for label, kind in ((self.tr("Alt"), ""), (self.tr("Regler som slo til"), RULE),
                            (self.tr("Beslutninger"), DECISION),
                            (self.tr("Kontakt med hjemmet"), CONTACT),
                            (self.tr("Samtaler, avtaler og evalueringer"), EVENT),
                            (self.tr("Stafettholder"), HANDOVER),
                            (self.tr("Overføringer"), TRANSFER),
                            (self.tr("Utlevert (PDF og utskrift)"), DISCLOSURE)):
            self.filter.addItem(label, kind)
        filter_label = QLabel(self.tr("&Vis:"))
        filter_label.setBuddy(self.filter)
        self.list = QListWidget()
        self.list.setObjectName("timelineList")
        self.list.setAccessibleName(self.tr("Tidslinje"))
        self.list.setMinimumHeight(120)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.absence.changed.connect(lambda _kind: self.refresh())
        self.figures.ready.connect(lambda figures: self.refresh(figures.evaluation))
        self.refresh()

    @guarded
    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.refresh()  # events come from other sections too (Avtaler, Kartlegging)
        super().showEvent(event)

    def refresh(self, evaluation=None) -> None:
        """`evaluation`: computed on a worker for a long register (AbsenceFigures);
        until it is in, the list shows what it showed."""
        register = self.absence.register
        if evaluation is None and self.figures.wanted():
            current = self.figures.current()
            if current is None:
                self.figures.request()
                return
            evaluation = current.evaluation
        if evaluation is None:
            evaluation = register.evaluation()
        entries = build_timeline(evaluation, register.decisions(),
                                 register.contacts(), register.handovers(), register.events(),
                                 HandoverService.records(self.session),
                                 DisclosureService(self.session).documents())
        kind = self.filter.currentData()
        prefix = {RULE: self.tr("Regel"), DECISION: self.tr("Beslutning"),
                  CONTACT: self.tr("Kontakt"), EVENT: self.tr("Hendelse"),
                  HANDOVER: self.tr("Ny stafettholder")}
        self.list.clear()
        for entry in entries:
            if kind and entry.kind != kind:
                continue
            when = entry.when.strftime("%d.%m.%Y") \
                if entry.kind not in (CONTACT, TRANSFER, DISCLOSURE) \
                else entry.when.strftime("%d.%m.%Y %H:%M")
            if entry.kind == EVENT:
                title, detail = event_text(entry.ref), ""
            elif entry.kind == DISCLOSURE:
                title = f"{entry.title} – Dok. {entry.detail}"
                detail = (self.tr(" – til %1").replace("%1", entry.ref.recipient)
                          if entry.ref.recipient else "")
            else:
                title, detail = entry.title, f" – {entry.detail}" if entry.detail else ""
            label = prefix.get(entry.kind, entry.kind)
            if entry.kind == TRANSFER:
                label = (self.tr("Overført til") if entry.ref.direction is Direction.OUT
                         else self.tr("Hentet inn fra"))
                if entry.ref.left_out:
                    detail += " – " + left_out_text(entry.ref.left_out)
                if entry.ref.consent_reason:
                    detail += self.tr(" – uten gyldig samtykke, begrunnelse: %1").replace(
                        "%1", entry.ref.consent_reason)
            elif entry.kind == DISCLOSURE:
                label = (self.tr("Skrevet ut") if entry.ref.channel == PRINT
                         else self.tr("Lagret som PDF"))
            self.list.addItem(f"{when}  {label}: {title}{detail}")
        if self.list.count() == 0:
            self.list.addItem(self.tr("Ingenting å vise ennå."))
