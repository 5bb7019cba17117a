"""The term report as rows (part, what, value, note): one list that the PDF,
the CSV and the preview all print, so the three always say the same. The CSV
is for Excel: semicolons, UTF-8 with a byte-order mark, decimal commas.
No names: the report is built from CaseFigures only. No Qt, no ReportLab."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from desktop.domain.term_report import Median, TermReport

OUTCOME_WORDS = {
    "ingen_videre": "Ikke lenger behov for systematisk oppfølging",
    "ny_avtale": "Ny samarbeidsavtale",
    "videre": "Mer omfattende innsats (neste fase eller trinn)",
}
RATING_WORDS = {"fungert": "Fungerte", "delvis": "Fungerte delvis", "ikke": "Fungerte ikke"}
NO_PHASE = "Ingen fase registrert"
NO_GRADE = "Ikke oppgitt"

ABOUT = "Om rapporten"
PHASES = "Saker per fase eller trinn i oppfølgingen (ikke arkiverte)"
GRADES = "Saker per klassetrinn (ikke arkiverte)"
FLOW = "Nye og avsluttede saker i perioden"
OUTCOMES = "Evalueringer holdt i perioden"
TIMES = "Tid fra første regelutslag (kalenderdager, median)"
BOXES = "Tiltak i bruk per boks i tiltakssirkelen (avtalt eller i gang)"
RATED = "Tiltak vurdert i evalueringer i perioden"

DEFINITIONS = (
    "Rapporten teller saker på denne maskinen og har ingen navn. Ny sak: første "
    "regelutslag eller det første som ble logget, falt i perioden. Avsluttet sak: siste "
    "evaluering, holdt i perioden, konkluderte med at det ikke lenger er behov for "
    "systematisk oppfølging. Tid til første møte og til signert avtale: fra sakens første "
    "regelutslag til det første møtet (den første signerte avtalen) etter det, for sakene "
    "der det skjedde i perioden. Små tall kan peke ut en elev: del rapporten med omtanke.")


@dataclass(frozen=True, slots=True)
class Row:
    part: str
    what: str
    value: str
    note: str = ""


def fmt(day: date | None) -> str:
    """dd.mm.åååå (document_base.fmt, without importing ReportLab: the preview
    is drawn on the UI thread)."""
    return day.strftime("%d.%m.%Y") if day else ""


def number(value: float) -> str:
    """Norwegian decimal comma, no trailing ",0"."""
    text = f"{value:.1f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text


def _median(label: str, found: Median) -> Row:
    if found.days is None:
        return Row(TIMES, label, "–", "ingen saker i perioden")
    cases = "1 sak" if found.cases == 1 else f"{found.cases} saker"
    return Row(TIMES, label, number(found.days), cases)


def report_rows(report: TermReport, made_on: date) -> list[Row]:
    period = report.period
    rows = [
        Row(ABOUT, "Periode", period.label, f"{fmt(period.start)}–{fmt(period.end)}"),
        Row(ABOUT, "Laget", fmt(made_on)),
        Row(ABOUT, "Saker lest på denne maskinen", str(report.covered)),
        Row(ABOUT, "Saker som ikke kunne leses", str(report.unreadable),
            "ikke med i tallene" if report.unreadable else ""),
        Row(ABOUT, "Saker som ikke er arkivert", str(report.active)),
    ]
    rows += [Row(PHASES, phase or NO_PHASE, str(n)) for phase, n in report.by_phase]
    rows += [Row(GRADES, _grade_words(grade), str(n)) for grade, n in report.by_grade]
    rows += [Row(FLOW, "Nye saker", str(report.new_cases)),
             Row(FLOW, "Avsluttede saker", str(report.closed_cases))]
    rows += [Row(OUTCOMES, OUTCOME_WORDS[o], str(n)) for o, n in report.outcomes]
    rows.append(Row(OUTCOMES, "Henvist til en annen tjeneste (PPT, BUP, barnevern …)",
                    str(report.referrals)))
    rows += [_median("Til første møte", report.to_first_meeting),
             _median("Til første signerte samarbeidsavtale", report.to_signed_agreement)]
    rows += [Row(BOXES, title, str(measures), _in_cases(cases))
             for title, measures, cases in report.measures_by_box]
    rows += [Row(RATED, RATING_WORDS[r], str(n)) for r, n in report.ratings]
    share = report.worked_share
    rows.append(Row(RATED, "Andel vurdert som virksomme",
                    "–" if share is None else f"{number(100 * share)} %",
                    f"{dict(report.ratings).get('fungert', 0)} av {report.rated}"
                    if share is not None else "ingen tiltak vurdert i perioden"))
    return rows


def _grade_words(grade: str) -> str:
    if not grade:
        return NO_GRADE
    return f"{grade}. trinn" if grade.isdigit() else grade


def _in_cases(cases: int) -> str:
    if cases == 0:
        return ""
    return "i 1 sak" if cases == 1 else f"i {cases} saker"


def csv_bytes(rows: list[Row]) -> bytes:
    """Semicolon-separated, UTF-8 with a BOM (Excel opens it as it should)."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Del", "Hva", "Verdi", "Merknad"])
    for row in rows:
        writer.writerow([row.part, row.what, row.value, row.note])
    return "\ufeff".encode("utf-8") + text.getvalue().encode("utf-8")


def write_csv(target: str | Path | BinaryIO, rows: list[Row]) -> None:
    data = csv_bytes(rows)
    if isinstance(target, (str, Path)):
        Path(target).write_bytes(data)
    else:
        target.write(data)


def parts(rows: list[Row]) -> list[tuple[str, list[Row]]]:
    """The rows grouped by part, in order."""
    found: list[tuple[str, list[Row]]] = []
    for row in rows:
        if not found or found[-1][0] != row.part:
            found.append((row.part, []))
        found[-1][1].append(row)
    return found
