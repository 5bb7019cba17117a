"""The minutes drafted from what the meeting decided, and what every minutes
document says about who sent word and the interpreter (PDF and preview)."""

from __future__ import annotations

import io
from datetime import date, datetime

from pypdf import PdfReader

from desktop.domain.agreements import AgreementStatus, Participant
from desktop.domain.evaluations import Evaluation, Outcome
from desktop.domain.measure_circle import Party
from desktop.domain.meeting_work import Decided, Responsibility
from desktop.domain.meetings import AgendaState, Interpreter, Meeting, MeetingKind
from desktop.export.document_base import DocumentHeader
from desktop.export.document_html import minutes_html
from desktop.export.minutes_draft import attendance_lines, draft_agenda, draft_decisions
from desktop.export.minutes_pdf import build_minutes_pdf
from desktop.forms.agreement_templates import load_templates
from tests.agreements.examples import tonje

MEETING = Meeting(
    id=1, held_at=datetime(2026, 3, 2, 8, 30), kind=MeetingKind.MAPPING, place="Møterom 2",
    participants=(Participant("Tonje Ánde", "Elev", Party.PUPIL),
                  Participant("Kari Ánde", "Mor", Party.GUARDIANS)),
    absent=(Participant("Per Ŋ. Hansen", "PPT", Party.PPT),),
    interpreter=Interpreter("tigrinja", "Kari Ánde"),
    agenda_state={"tiltakssirkel": AgendaState.SKIPPED, "apning": AgendaState.DONE})


def test_the_agenda_as_walked_marks_what_was_skipped():
    items = [("apning", "Velkommen"), ("tiltakssirkel", "Tiltakssirkelen"), ("neste", "Neste")]
    assert draft_agenda(items, MEETING) == (
        "1. Velkommen\n2. Tiltakssirkelen (hoppet over)\n3. Neste")


def test_the_decisions_in_plain_sentences():
    agreement = tonje().edited(number=2, version=3, status=AgreementStatus.READY,
                               evaluation_on=date(2026, 3, 23))
    page = Decided(MEETING, agreement, Evaluation(outcome=Outcome.NEW_AGREEMENT),
                   (Responsibility("Møter Tonje", "Kontaktlærer", date(2026, 3, 23), "measure"),
                    Responsibility("Ringe BUP", "Siv Lund", date(2026, 3, 9), "task")),
                   datetime(2026, 3, 23, 14, 0), ("Kartleggingssamtale",), ("Møte 02.03.2026",))
    assert draft_decisions(page).splitlines() == [
        "Vi hadde kartleggingssamtale med eleven og de foresatte.",
        "Vi gikk gjennom tiltakssirkelen (stand: Møte 02.03.2026).",
        "Avtalen ble evaluert; utfallet er en ny samarbeidsavtale.",
        "Samarbeidsavtale 2, versjon 3 (klar til signering), evalueres 23.03.2026.",
        "Tiltak:",
        "- Møter Tonje (ansvar: Kontaktlærer)",  # tasks have their own table in the minutes
        "Neste møte: 23.03.2026 kl. 14:00."]
    empty = Decided(Meeting(id=2), None, None, (), None)
    assert draft_decisions(empty) == ""


def test_minutes_name_who_sent_word_and_the_interpreter():
    assert attendance_lines(MEETING) == [("Meldt forfall", "Per Ŋ. Hansen (PPT)"),
                                         ("Tolk", "tigrinja, for mor")]
    assert attendance_lines(Meeting()) == []
    texts = load_templates()[0].minutes
    header = DocumentHeader("Tonje Ánde", "Bommen skole", date(2026, 3, 2))
    html = minutes_html(MEETING, texts, header)
    assert "Kartleggingsmøte · 02.03.2026 kl. 08:30 · Møterom 2" in html
    assert "Meldt forfall" in html and "tigrinja, for mor" in html
    target = io.BytesIO()
    build_minutes_pdf(target, MEETING, texts, header)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.getvalue())).pages)
    assert "Meldt forfall" in text and "Per Ŋ. Hansen (PPT)" in text
    assert "Tolk tigrinja, for mor" in " ".join(text.split()) and "Møterom 2" in text
