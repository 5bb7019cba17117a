"""The same documents as simple HTML for the in-app preview and for direct
printing (a QTextDocument lays it out and prints vector text: no file is
written). Drawn signatures are referenced as "sig:<index>" images the UI adds
as resources. The installed PySide6 has no QtPdf, so the preview is this
layout of the same content, not a raster of the PDF. The program's own words
are the PDFs' (translated as the document is made, domain/language.py). No Qt."""

from __future__ import annotations

from html import escape

from desktop.domain.absence_totals import WindowTotals
from desktop.domain.agreements import Agreement, Participant, interpreter_needs
from desktop.domain.evaluations import Evaluation
from desktop.domain.language import translate
from desktop.domain.meetings import Meeting
from desktop.domain.signing import status_of
from desktop.export.agreement_pdf import PARTY_NAMES, measure_line, party_title, sub_goal_head
from desktop.export.document_base import (
    DocumentHeader,
    fmt,
    fmt_week,
    person_in_print,
    when_words,
)
from desktop.export.evaluation_pdf import (
    ABSENCE_HEADING,
    absence_rows,
    defaults,
    rating_name,
)
from desktop.export.minutes_draft import attendance_lines
from desktop.export.minutes_pdf import kind_name
from desktop.export.status_words import (
    evaluation_words,
    line_words,
    outcome_words,
    referral_words,
    signing_note,
    version_words,
)


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _head(header: DocumentHeader, title: str, sub: str) -> list[str]:
    return [
        "<table width='100%'><tr><td>" + _html("  ·  ".join(header.top_parts())) + "</td>"
        f"<td align='right' style='color:#b3261e; font-weight:bold'>{_html(header.marking())}"
        "</td></tr></table><hr/>",
        f"<h1>{_html(title)}</h1>", f"<p style='color:#555555'>{_html(sub)}</p>"]


def _interpreter(line: str) -> str:
    return "<p>" + _html(translate("export", "Tolk: %1").replace("%1", line)) + "</p>"


def _h2(text: str) -> str:
    return f"<h2 style='color:#1f3b5c'>{_html(text)}</h2>"


def _people(people: tuple[Participant, ...]) -> str:
    items = [f"<li>{_html(person_in_print(x.name, x.role))}</li>"
             for x in people if x.name.strip()]
    return "<ul>" + "".join(items) + "</ul>" if items else "<p>–</p>"


def _signatures(document) -> str:
    """The PDF's signature lines (signature_block.py) as HTML: the same note on
    who is missing, the same words under each line."""
    status = status_of(document)
    index = {s.name: i for i, s in enumerate(document.signatures)}
    cells = []
    for person in document.participants:
        if not person.name.strip():
            continue
        found = status.signature_of(person.name)
        mark = (f"<img src='sig:{index[person.name]}' height='40'/>"
                if found and found.drawing else "&nbsp;<br/>&nbsp;")
        below = line_words(status, person.name)
        cells.append(f"<td width='50%' valign='bottom'>{mark}<hr/>{_html(person.name)}"
                     + (f" – {_html(person.role)}" if person.role else "")
                     + (f"<br/><small>{_html(below)}</small>" if below else "") + "</td>")
    rows = ["<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)]
    note = signing_note(status)
    return ((f"<p style='background-color:#fff6d6'>{_html(note)}</p>" if note else "")
            + "<table width='100%' cellspacing='12'>" + "".join(rows) + "</table>")


def agreement_html(a: Agreement, texts: dict[str, str], header: DocumentHeader) -> str:
    out = _head(header, texts["title"], version_words(a))
    out += [f"<p>{_html(texts['intro'])}</p>", _h2(texts["place_date"]),
            "<p>" + _html(", ".join(x for x in (a.place, fmt(a.held_on)) if x) or "–") + "</p>",
            _h2(texts["present"]), _people(a.participants)]
    if a.interpreter_line():
        out.append(_interpreter(a.interpreter_line()))
    out += [_h2(texts["long_term_goal"]), f"<p>{_html(a.long_term_goal or '–')}</p>",
            _h2(texts["sub_goals"])]
    for n, g in enumerate(a.sub_goals, 1):
        out.append(f"<p>{_html(sub_goal_head(n, g.period))}: {_html(g.text)}</p>")
        tied = a.measures_of(n - 1)
        if tied:
            out.append("<ul>" + "".join(f"<li>{_html(measure_line(letter, m.text))}</li>"
                                        for letter, m in tied) + "</ul>")
    if not a.sub_goals:
        out.append("<p>–</p>")
    out.append(_h2(texts["measures"]))
    labels = {id(m): label for m, label in zip(a.measures, a.measure_labels())}
    for key, measures in a.measures_by_party().items():
        out.append("<p><b>" + _html(texts["responsible_for"].format(
            party=party_title(key, PARTY_NAMES))) + "</b></p>")
        out.append("<ul>" + "".join(
            "<li>" + (f"{_html(labels[id(m)])}: " if labels.get(id(m)) else "") + _html(m.text)
            + (f" <i>({_html(texts['why'])}: {_html(m.why)})</i>" if m.why else "") + "</li>"
            for m in measures) + "</ul>")
    out += [_h2(texts["plan_b"]), f"<p>{_html(a.plan_b or '–')}</p>"]
    if a.plan_b_responsible:
        out.append(f"<p>{_html(texts['plan_b_responsible'])}: {_html(a.plan_b_responsible)}</p>")
    out += [_h2(texts["period"]), "<p>" + _html(texts["period_text"].format(
        start=fmt_week(a.held_on) or "–", end=fmt_week(a.period_end()) or "–",
        evaluation=fmt_week(a.evaluation_on) or "–")) + "</p>",
        _h2(texts["contact"]), f"<p>{_html(a.contact_routine or '–')}</p>",
        f"<p style='background-color:#fff6d6'>{_html(texts['contact_reminder'])}</p>",
        _h2(texts["next_meeting"]), f"<p>{_html(a.next_meeting or '–')}</p>",
        _h2(texts["signatures"]), _signatures(a)]
    return "\n".join(out)


def evaluation_html(e: Evaluation, a: Agreement, texts: dict[str, str],
                    header: DocumentHeader, absence: str = "",
                    period: WindowTotals | None = None) -> str:
    """The preview of evaluation_pdf.py's layout (seed 001 Vedlegg 4)."""
    texts = {**defaults(), **texts}
    out = _head(header, texts["title"], evaluation_words(e, a))
    out += [_h2(texts["place_date"]),
            "<p>" + _html(", ".join(x for x in (e.place, fmt(e.held_on)) if x) or "–") + "</p>",
            _h2(texts["present"]), _people(e.participants)]
    interpreting = interpreter_needs(e.participants)
    if interpreting:
        out.append(_interpreter(interpreting))
    out += [_h2(texts["goal_and_sub_goals"]), f"<p><b>{_html(texts['goal'])}</b><br>"
            f"{_html(a.long_term_goal or '–')}<br>{_html(texts['goal_assessment'])}: "
            f"{_html(e.goal_note or '–')}</p>"]
    for n, goal in enumerate(e.sub_goals, 1):
        out.append(f"<p><b>{_html(sub_goal_head(n))}</b><br>{_html(goal.text)}<br>"
                   f"{_html(texts['assessment'])}: {rating_name(goal.rating)}"
                   + (f"<br>{_html(texts['note'])}: {_html(goal.note)}" if goal.note else "")
                   + "</p>")
        tied = e.measures_of(n - 1)
        if tied:
            out.append("<ul>" + "".join(
                f"<li>{_html(m.label.rsplit(' ', 1)[-1])}: {_html(m.text)} – "
                f"{rating_name(m.rating).lower()}</li>" for m in tied) + "</ul>")
    if period is not None or absence:
        out.append(_h2(texts["absence"]))
    if period is not None:
        out.append("<table border='1' cellpadding='3' cellspacing='0'>" + "".join(
            f"<tr><td>{_html(label)}</td><td>{_html(value)}</td></tr>"
            for label, value in absence_rows(period)) + "</table>")
    if absence:
        heading = translate("export", ABSENCE_HEADING)
        out += [f"<p><b>{_html(heading)}</b><br>{_html(absence)}</p>"]
    out.append(_h2(texts["measures"]))
    out.append("<table border='1' cellpadding='3' cellspacing='0' width='100%'>" + "".join(
        f"<tr><td>{_html((i.label + ': ') if i.label else '')}{_html(i.text)}</td>"
        f"<td>{_html(i.party)}</td><td>{rating_name(i.rating)}</td>"
        f"<td>{_html(i.note)}</td></tr>" for i in e.measures) + "</table>")
    out += [_h2(texts["plan_b"]), f"<p><small>{_html(a.plan_b or '–')}</small><br>"
            f"{_html(texts['assessment'])}: {rating_name(e.plan_b_rating)}"
            + (f"<br>{_html(texts['note'])}: {_html(e.plan_b_note)}" if e.plan_b_note else "") + "</p>",
            _h2(texts["outcome"])]
    out += [f"<p>{_html(outcome_words(e, texts))}</p>", f"<p>{_html(referral_words(e))}</p>"]
    if e.referral_note:
        out.append(f"<p>{_html(e.referral_note)}</p>")
    out += [_h2(texts["signatures"]), _signatures(e)]
    return "\n".join(out)


def minutes_html(m: Meeting, texts: dict[str, str], header: DocumentHeader) -> str:
    out = _head(header, texts["title"], " · ".join(
        x for x in (kind_name(m.kind), when_words(m.held_at), m.place) if x))
    out += [_h2(texts["present"]), _people(m.participants)]
    out += [f"<p><b>{_html(heading)}</b><br>{_html(line)}</p>" for heading, line in attendance_lines(m)]
    for key, value in (("agenda", m.agenda), ("notes", m.notes), ("decisions", m.decisions)):
        out += [_h2(texts[key]), f"<p>{_html(value or '–')}</p>"]
    out.append(_h2(texts["tasks"]))
    tasks = [t for t in m.tasks if t.text.strip()]
    out.append("<table border='1' cellpadding='3' cellspacing='0' width='100%'>" + "".join(
        f"<tr><td>{_html(t.text)}</td><td>{_html(t.responsible)}</td><td>{fmt(t.due)}</td></tr>"
        for t in tasks) + "</table>" if tasks else "<p>–</p>")
    out += [_h2(texts["next_meeting"]),
            "<p>" + (when_words(m.next_meeting) or "–") + "</p>",
            f"<p style='background-color:#fff6d6'>{_html(texts['paper_reminder'])}</p>"]
    return "\n".join(out)
