"""The end of a meeting: one page of what was decided (the agreement version,
measures and tasks with responsible and date, the evaluation, the next
meeting) and the minutes drafted from it, editable, with preview, print and
PDF for the guardians. The draft is written into the meeting's saksliste and
beslutninger (where they are still empty) so it is stored and undoable like
any other typing."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.language import document_language
from desktop.domain.meeting_work import Decided
from desktop.domain.meetings import AgendaState
from desktop.export.agreement_pdf import party_name
from desktop.export.document_base import fmt
from desktop.export.minutes_draft import draft_agenda, draft_decisions
from desktop.services.meeting_service import meeting_agendas
from desktop.ui.widgets.export_job import case_language
from desktop.ui.widgets.inputs import button, text_edit


class MeetingEndDialog(QDialog):
    """Opened with open() by MeetingsSection.end_meeting."""

    def __init__(self, section, page: Decided, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetingEndDialog")
        self.setWindowTitle(self.tr("Møtet er avsluttet"))
        self.setAccessibleName(self.tr("Hva møtet bestemte"))
        self.section = section
        self.summary = QTextBrowser()  # read-only, scrolls when there is much to show
        self.summary.setObjectName("meetingEndSummary")
        self.summary.setAccessibleName(self.tr("Dette ble bestemt"))
        self.summary.setHtml(self.summary_html(page))
        self.decisions = text_edit("meetingEndDecisions",
                                   self.tr("Referatets beslutninger (kan endres)"), 150)
        self.decisions.setMinimumHeight(120)
        self.decisions.setMaximumHeight(16777215)
        self.decisions.setPlainText(page.meeting.decisions)
        label = QLabel(self.tr("&Referat – beslutninger (rett det som trengs):"))
        label.setBuddy(self.decisions)
        self.preview_button, self.print_button, self.pdf_button = minutes_buttons("end")
        self.close_button = button(self.tr("&Ferdig"), "endMeetingDone",
                                   self.tr("Lukk siden; alt er lagret"))
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.print_button, self.pdf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 3)
        layout.addWidget(label)
        layout.addWidget(self.decisions, 2)
        layout.addLayout(buttons)
        self.close_button.setDefault(True)  # Enter closes; everything is saved as typed
        self.resize(640, 560)

        self.decisions.textChanged.connect(
            lambda: section.change("decisions", decisions=self.decisions.toPlainText()))
        section.output.connect_buttons(section.document, self.preview_button, self.pdf_button,
                                       self.print_button)
        self.close_button.clicked.connect(self.accept)

    def summary_html(self, page: Decided) -> str:
        t = escape
        out = [f"<h3>{t(self.tr('Dette ble bestemt'))}</h3>"]
        a = page.agreement
        if a is not None:
            out.append("<p>" + t(self.tr("Samarbeidsavtale %1, versjon %2").replace(
                "%1", str(a.number)).replace("%2", str(a.version)))
                + (t(self.tr(", evalueres %1").replace("%1", fmt(a.evaluation_on)))
                   if a.evaluation_on else "") + "</p>")
        else:
            out.append("<p>" + t(self.tr("Ingen avtale ble laget i møtet.")) + "</p>")
        if page.evaluation is not None:
            out.append("<p>" + t(self.tr("Avtalen ble evaluert i møtet.")) + "</p>")
        if page.conversations:
            out.append("<p>" + t(self.tr("Kartleggingssamtale i møtet: %1").replace(
                "%1", ", ".join(page.conversations))) + "</p>")
        if page.stands:
            out.append("<p>" + t(self.tr("Tiltakssirkelen er lagret som stand: %1").replace(
                "%1", ", ".join(page.stands))) + "</p>")
        if page.responsibilities:
            head = (self.tr("Tiltak og oppgaver"), self.tr("Ansvarlig"), self.tr("Frist"))
            rows = "".join(f"<tr><td>{t(r.text)}</td><td>{t(r.responsible or '–')}</td>"
                           f"<td>{fmt(r.due) or '–'}</td></tr>" for r in page.responsibilities)
            out.append("<table border='1' cellpadding='3' cellspacing='0' width='100%'><tr>"
                       + "".join(f"<th align='left'>{t(h)}</th>" for h in head) + "</tr>"
                       + rows + "</table>")
        else:
            out.append("<p>" + t(self.tr("Ingen tiltak eller oppgaver er skrevet ned.")) + "</p>")
        when = page.next_meeting.strftime("%d.%m.%Y kl. %H:%M") if page.next_meeting else ""
        out.append("<p><b>" + t(self.tr("Neste møte:")) + "</b> "
                   + t(when or self.tr("ikke avtalt ennå – sett det under Møter.")) + "</p>")
        return "".join(out)


def minutes_buttons(prefix: str) -> tuple[QPushButton, QPushButton, QPushButton]:
    """Preview, print and PDF of the minutes (Møter, and the end page: `prefix` "end")."""
    def name(base: str) -> str:
        return prefix + base[0].upper() + base[1:] if prefix else base

    def t(text: str) -> str:
        return QCoreApplication.translate("MeetingsSection", text)
    # Short on the button (they stand in one row, also with larger text); the
    # accessible name and tooltip say that it is the minutes.
    return (button(t("&Forhåndsvis …"), name("previewMinutes"), t("Forhåndsvis referatet")),
            button(t("Skriv &ut …"), name("printMinutes"), t("Skriv ut referatet")),
            button(t("Lagre som &PDF …"), name("saveMinutesPdf"), t("Lagre referatet som PDF")))


def end_and_show(section, meeting_id: int) -> MeetingEndDialog:
    """Ends the meeting, drafts the minutes where they are empty (one undo step)
    and opens the end page."""
    service = section.service
    meeting = service.meeting(meeting_id)
    agendas, _problems = meeting_agendas()
    agenda = next((a for a in agendas if a.id == meeting.agenda_id), None)
    # The circle was worked on (its item opened): its stand at the end belongs to the meeting.
    circle_used = agenda is not None and any(
        i.section == "circle" and meeting.item_state(i.id) is AgendaState.DONE
        for i in agenda.items)
    when = meeting.held_at.strftime("%d.%m.%Y") if meeting.held_at else ""
    ended = service.end(meeting_id, section.tr("Møte %1").replace("%1", when)
                        if circle_used else "")
    section.refresh(meeting_id)
    draft = {}
    # The minutes are the case's document: their draft is written in its language.
    with document_language(case_language(section.editing.session)):
        page = service.decided(meeting_id, _party_label)
        titles = {i.id: i.title for a in meeting_agendas()[0] if a.id == meeting.agenda_id
                  for i in a.items}
        if agenda is not None and not ended.agenda.strip():
            draft["agenda"] = draft_agenda([(i.id, titles.get(i.id, i.title))
                                            for i in agenda.items], ended)
        if not ended.decisions.strip():
            draft["decisions"] = draft_decisions(page)
    page = service.decided(meeting_id, _party_label)
    if draft:
        section.change("draft", **draft)
        page = service.decided(meeting_id, _party_label)
    dialog = MeetingEndDialog(section, page, section)
    section.end_dialog = dialog
    dialog.open()
    dialog.decisions.setFocus()
    return dialog


def _party_label(measure) -> str:
    return party_name(measure.party)
