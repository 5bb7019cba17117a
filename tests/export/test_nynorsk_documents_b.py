"""PDFs in the case's language (issue 18): the tiltakssirkel, the
opptrappingsplan, the conversation summary, the PPT referral, the closing
report, the anonymous consultation and the blank forms, each made twice from
the same data — as written (bokmål) and inside `document_language("nn")` with
the nynorsk catalogue — and read back with pypdf. The nynorsk one has the
nynorsk words and none of the bokmål ones these documents write themselves;
the bokmål one is byte-for-byte the text it was. The page header (Elev, Skole,
Dato) and the agreement, evaluation and minutes parts are made by
document_base and their own modules, translated on another branch: not
checked here. No Qt."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain import language
from desktop.domain.conversations import AnswerType, Guide, Question, Step
from desktop.domain.escalation_plan import timeline
from desktop.export.anonymous_pdf import build_anonymous_pdf, report_html
from desktop.export.blank_forms import (
    blank_agreement_pdf,
    blank_conversation_pdf,
    blank_evaluation_pdf,
)
from desktop.export.case_report_pdf import build_closing_report
from desktop.export.circle_pdf import build_circle_pdf
from desktop.export.conversation_pdf import build_conversation_pdf
from desktop.export.plan_pdf import build_plan_pdf
from desktop.export.referral_pdf import build_referral_pdf, referral_html
from desktop.services import read_catalogue
from desktop.services.anonymous_consultation import AnonymousConsultation, Options
from desktop.services.closing_report import gather_closing_report
from desktop.services.referral_service import ReferralService
from tests.circle.test_circle_pdf import FORM, TITLES, filled_circle
from tests.plan.test_plan_pdf import HISTORY, WEEK, jens_plan
from tests.year_case import NAME, fill_year_case

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "naervaer_nn.ts"


@pytest.fixture
def nynorsk():
    """Makes `make()` in nynorsk: the catalogue loaded, the document language nn."""
    def make(build):
        with language.document_language("nn"):
            return build()

    language.set_catalogue_loader(lambda lang: TS.read_bytes() if lang == "nn" else None)
    try:
        yield make
    finally:
        language.set_catalogue_loader(read_catalogue)
        language.set_ui_language("nb")


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def _pdf(write) -> str:
    out = io.BytesIO()
    write(out)
    return _text(out.getvalue())


def _strings(value, seen=None) -> set[str]:
    """Every string a case's data holds (dataclasses, lists, dicts), walked."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return set()
    seen.add(id(value))
    if isinstance(value, str):
        return {value}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        items = [getattr(value, f.name) for f in dataclasses.fields(value)]
    elif isinstance(value, dict):
        items = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
    else:
        return set()
    found: set[str] = set()
    for item in items:
        found |= _strings(item, seen)
    return found


def _without(text: str, data) -> str:
    """`text` with the case's own words taken out (each piece of data, longest
    first, each line of it on its own since a table cell or a page may break it)."""
    pieces = {" ".join(part.split()) for value in _strings(data)
              for part in [value, *value.splitlines()] if len(value.strip()) > 2}
    for piece in sorted((p for p in pieces if len(p) > 2), key=len, reverse=True):
        text = text.replace(piece, " ¤ ")
    return text


def _absent(text: str, words: list[str], data=()) -> None:
    text = _without(text, data)
    found = [(word, text[max(0, m.start() - 60):m.end() + 40]) for word in words
             for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    assert not found, found


@pytest.fixture
def year(service):
    """A closed school year's case: (service, case id)."""
    return service, fill_year_case(service)


def test_the_circle_and_the_plan_in_nynorsk(nynorsk):
    circle = lambda: _pdf(lambda o: build_circle_pdf(  # noqa: E731
        o, filled_circle(4), TITLES, FORM.goal, "Ánde Sárá", today=date(2026, 3, 20)))
    plan = jens_plan()
    steps = lambda: _pdf(lambda o: build_plan_pdf(  # noqa: E731
        o, plan, timeline(plan, WEEK, HISTORY), HISTORY, WEEK, "Ánde Sárá",
        today=date(2026, 4, 1)))
    nb_circle, nb_plan = circle(), steps()
    nn_circle, nn_plan = nynorsk(circle), nynorsk(steps)
    assert circle() == nb_circle and steps() == nb_plan  # bokmål as it was
    assert "Skrevet ut 20.03.2026" in nb_circle and "Ressurser (+)" in nb_circle
    assert "Unnateke offentlegheit" in nn_circle and "Ressursar (+)" in nn_circle
    assert "Skrive ut 20.03.2026" in nn_circle and "Ansvarleg" in nn_circle
    _absent(nn_circle, ["Unntatt offentlighet", "Ressurser", "Ansvarlig", "ikke", "ennå",
                        "Foresatte", "Ledelsen", "Helsesykepleier", "foreslått"],
            [filled_circle(4), TITLES, FORM.goal])
    assert "Mål for oppmøte" in nn_plan and "Dagar og timar" in nn_plan
    assert "Oppfølging og endringar" in nn_plan and "veker" in nn_plan
    _absent(nn_plan, ["Dager og timer", "uker", "uke", "Hvor", "ikke", "ennå", "hjemme",
                      "endringer", "Unntatt offentlighet", "mandag", "tirsdag"],
            [plan, HISTORY])


def test_the_conversation_summary_and_the_closing_report_in_nynorsk(year, nynorsk):
    service, case_id = year
    session = service.open_case(case_id)
    try:
        nb_report = gather_closing_report(session, date(2027, 6, 20))
        nn_report = nynorsk(lambda: gather_closing_report(session, date(2027, 6, 20)))
    finally:
        service.close_case(session)
    talk = lambda r: _text(build_conversation_pdf(r.conversations[0]))  # noqa: E731
    nb_talk, nn_talk = talk(nb_report), nynorsk(lambda: talk(nn_report))
    assert talk(nb_report) == nb_talk and "Personsensitive opplysninger sendes ikke" in nb_talk
    assert "Personsensitive opplysningar blir ikkje sende på e-post" in nn_talk
    assert "eleven sine eigne ord" in nn_talk
    _absent(nn_talk, ["Personsensitive opplysninger", "egne ord", "merket", "sendes",
                      "Unntatt offentlighet", "ikke", "hva", "noe", "fra", "skolen",
                      "hjemme", "Tirsdag", "grønn"],
            nb_report.conversations[0])

    closing = lambda r: _pdf(lambda o: build_closing_report(o, r))  # noqa: E731
    nb_closing, nn_closing = closing(nb_report), nynorsk(lambda: closing(nn_report))
    assert closing(nb_report) == nb_closing
    assert f"Sluttrapport – {NAME}" in nb_closing and "Måned for måned" in nb_closing
    for words in ("Heile saka samla då ho vart avslutta", "Avslutting av saka",
                  "Fråværet i tal",
                  "Logg: kontakt med heimen", "Månad for månad", "Stafetthaldarar",
                  "Overføringar av saka", "Flytta til annan skule", "Slettast innan"):
        assert words in nn_closing, words
    for words in ("Hele saken samlet", "Avslutning av saken", "Fraværet i tall",
                  "Logg: kontakt med hjemmet", "Måned for måned", "Stafettholdere",
                  "Overføringer av saken", "Flyttet til annen skole", "Slettes innen",
                  "Timer borte / skoletimer", "Hva ble sagt og avtalt", "Med hvem"):
        assert words not in nn_closing, words


def test_the_referral_in_nynorsk(year, nynorsk):
    service, case_id = year
    session = service.open_case(case_id)
    try:
        data = gather_closing_report(session, date(2027, 6, 20))  # the case's own words
        referral = ReferralService(session)  # nothing stored: every part assembled now

        def made() -> tuple[str, str]:
            draft, header = referral.draft(), referral.header()
            return _pdf(lambda o: build_referral_pdf(o, draft, header)), \
                referral_html(draft, header)

        nb_pdf, nb_html = made()
        nn_pdf, nn_html = nynorsk(made)
        assert made() == (nb_pdf, nb_html)
    finally:
        service.close_case(session)
    assert "Henvisning til PPT – pedagogisk rapport" in nb_pdf
    assert "Fravær i prosent av skoletimene" in nb_pdf
    for text in (nn_pdf, nn_html):
        assert "Tilvising til PPT – pedagogisk rapport" in text
        assert "Fråvær i prosent av skuletimane" in text
        assert "Tala viser det registrerte fråværet, ikkje kva som er årsaka." in text
        assert "Personsensitive opplysningar blir ikkje sende på e-post." in text
        assert "Uroa og korleis ho har utvikla seg:" in text
    _absent(nn_pdf, ["Henvisning", "ikke", "hva", "noe", "fra", "uke", "uker", "skolen",
                     "fravær", "Fraværet", "Tallene", "hjemmet", "Bekymringen", "Besluttet",
                     "forsentkomminger", "dager", "timer", "Unntatt", "mandager"], data)


def test_the_anonymous_consultation_in_nynorsk(year, nynorsk):
    service, case_id = year
    session = service.open_case(case_id)
    try:
        make = lambda: AnonymousConsultation(session, date(2027, 6, 20)).report(  # noqa: E731
            Options(full=True))
        nb_report, nn_report = make(), nynorsk(make)

    finally:
        service.close_case(session)
    # The case's own words: the lines that read the same in both languages (a
    # line with any word the code wrote differs).
    data = [line.text for part in nb_report.parts for line in part.lines] + \
        [part.title_text for part in nb_report.parts]
    data = sorted(set(data) & ({line.text for part in nn_report.parts for line in part.lines}
                               | {part.title_text for part in nn_report.parts}))
    nb = _pdf(lambda o: build_anonymous_pdf(o, nb_report))
    nn = nynorsk(lambda: _pdf(lambda o: build_anonymous_pdf(o, nn_report)))
    nn_html = nynorsk(lambda: report_html(nn_report))
    assert _pdf(lambda o: build_anonymous_pdf(o, nb_report)) == nb
    assert "Fullstendig rapport til anonym drøfting" in nb and "Fravær uke for uke" in nb
    for text in (nn, nn_html):
        assert "til anonym drøfting. Namn, skule, stader" in text
        assert "Fråvær veke for veke" in text and "Kontaktlogg" in text
        assert "etter første registrering" in text and "veke" in text
    assert "Unnateke offentlegheit" in nn_html
    # The anonymiser's role words ("eleven", "kontaktlærer", "[navn]") are not checked:
    # they are made by domain/anonymise.py and services/anonymous_people.py, in bokmål.
    _absent(nn, ["Navn", "ikke", "fra", "uke", "uker", "skolen", "Fraværet",
                 "forsentkomminger", "dager", "Beslutninger", "Notater", "Mønstre",
                 "Oppfølging av trinnene", "hele", "fjernet"], data)


def test_the_blank_forms_in_nynorsk(tmp_path, nynorsk):
    """The forms' own headings come from forms/ (their nynorsk twins are loaded
    by the forms layer): neutral stand-ins here, so only this module's words are read."""
    agreement = {k: f"A{n}" for n, k in enumerate((
        "title", "intro", "place_date", "present", "long_term_goal", "sub_goals",
        "sub_goals_hint", "measures", "measures_hint", "plan_b", "plan_b_hint",
        "plan_b_responsible", "period", "contact", "contact_reminder", "next_meeting",
        "signatures", "signatures_hint"))}
    agreement["responsible_for"] = "{party}"
    evaluation = {k: f"E{n}" for n, k in enumerate((
        "title", "intro", "present", "goal", "sub_goals", "measures", "plan_b", "outcome",
        "no_further", "new_agreement", "signatures"))}
    guide = Guide("g", 1, "G", "", (Step("s", "S", "", (
        Question("q1", "Q1", "", AnswerType.SCALE),
        Question("q2", "Q2", "", AnswerType.YES_NO_UNSURE),
        Question("q3", "Q3", "", AnswerType.TEXT))),))

    def forms() -> str:
        texts = []
        for write in (lambda o: blank_agreement_pdf(o, agreement),
                      lambda o: blank_evaluation_pdf(o, evaluation),
                      lambda o: blank_conversation_pdf(o, guide)):
            texts.append(_pdf(write))
        return " | ".join(texts)

    nb, nn = forms(), nynorsk(forms)
    assert forms() == nb and "Ledelsen ved skolen" in nb and "Hva eleven deltar i" in nb
    for words in ("Leiinga ved skulen", "Kva eleven deltek i, støtte og kvar",
                  "Fråværet i avtaleperioden",
                  "☐ ikkje nådd", "☐ verka ikkje", "Behov for tilvising vidare",
                  "☐ ja ☐ nei ☐ usikker", "1 = svært dårleg, 10 = svært bra",
                  "Var ikkje eleven med? Eleven si stemme samla inn av", "Namn"):
        assert words in nn, words
    _absent(nn, ["Hva", "ikke", "skolen", "Navn", "Uke", "uker", "henvisning",
                 "Helsesykepleier", "Kontaktlærer", "Foresatte", "virket", "dårlig"])
