"""The closing report (sluttrapport, issue 14): the whole case of a school year
in one PDF — the closing, the absence in figures, the log, both conversations,
the circle, the plan with its history, every agreement, evaluation and
minutes, and the handovers — read back with pypdf."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdf

from desktop.export.case_report_pdf import build_closing_report
from desktop.services.closing_report import file_name, gather_closing_report
from tests.year_case import NAME, fill_year_case


def _text(data: bytes) -> tuple[str, int]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages)), len(reader.pages)


def test_the_closing_report_holds_the_whole_case(service):
    case_id = fill_year_case(service)
    session = service.open_case(case_id)
    report = gather_closing_report(session, date(2027, 6, 20))
    service.close_case(session)
    out = io.BytesIO()
    build_closing_report(out, report)
    text, pages = _text(out.getvalue())

    assert f"Sluttrapport – {NAME}" in text and "samlet da den ble avsluttet" in text
    assert "Flyttet til annen skole: Familien flytter til Nordvik" in text
    assert "Slettes innen 31.07.2027" in text
    assert "Fraværet i tall" in text and "Hele perioden: 17.08.2026" in text
    assert "Ved avslutningen (18.06.2027)" in text and "juni 2027" in text
    assert "Samtale 1:" in text and "Samtale 60:" in text  # the whole log
    assert "Ingrid Dahl" in text and "Jon Ivvár Buljo" in text  # stafettholders
    assert text.count("Kartleggingssamtale 10.09.2026") >= 1
    assert "Friminuttene er det verste" in text  # the pupil's voice
    assert "Tiltakssirkel" in text and "Oppføring 50:" in text
    assert "Opptrappingsplan" in text and "Steg 10" in text
    assert text.count("Møte 12:") == 1 and text.count("Møte 1:") == 1  # every minutes
    assert "OVF-20260820-7F3A9C" in text and "OVF-20260821-7F3A9C" in text
    assert "Unntatt offentlighet" in text and f"side {pages} av {pages}" in text
    assert len(report.agreements) >= 6 and len(report.evaluations) == 5  # + new drafts
    assert file_name(report) == "sluttrapport-2027-06-20.pdf"  # no name in the file name


def test_an_open_case_says_it_is_not_closed(service):
    session = service.create_case("Per Ŧuolla")
    report = gather_closing_report(session, date(2027, 6, 20))
    out = io.BytesIO()
    build_closing_report(out, report)
    text, _ = _text(out.getvalue())
    assert "Saken er ikke avsluttet." in text and "da den ble avsluttet" not in text
    assert "Ingen fravær er registrert." in text
    assert "Overføringer av saken Ingen." in text


def test_a_meeting_without_a_time_does_not_stop_the_report(service):
    from dataclasses import replace

    from desktop.services.meeting_service import MeetingService

    session = service.create_case("Per Ŧuolla")
    meetings = MeetingService(session)
    for notes in ("Første møte", "Aldri holdt"):
        meeting = meetings.new_meeting()
        meetings.write(replace(meeting, notes=notes,
                               held_at=None if notes == "Aldri holdt" else meeting.held_at))
    report = gather_closing_report(session, date(2027, 6, 20))
    assert any(m.held_at is None for m in report.meetings)
    out = io.BytesIO()
    build_closing_report(out, report)
    text, _ = _text(out.getvalue())
    assert text.index("Første møte") < text.index("Aldri holdt")
