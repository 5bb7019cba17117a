"""Issue 18, "PDFs in the case's language": the samarbeidsavtale, the
evaluation, the minutes and the consent form — PDF and preview HTML — made
inside `document_language("nn")` print the program's own words in nynorsk
(the header, the marking, "Tolk", "Delmål 1", ratings, parties, status and
referral words, the consent form's fixed text), and made outside it print
exactly what they printed before. The templates (forms/avtaler/maler.toml)
have nynorsk twins of their own; here a nynorsk copy stands in for them, so
that any bokmål left in a document comes from the code. No Qt."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain import language
from desktop.domain.absence_totals import WindowTotals
from desktop.domain.agreements import (
    Agreement,
    AgreementMeasure,
    Participant,
    Signature,
    SubGoal,
    freeze,
    sign,
)
from desktop.domain.consent import Consent, ConsentService, Person, signers
from desktop.domain.evaluations import Outcome, Rating, Referral, ReferralKind, start_evaluation
from desktop.domain.language import document_language
from desktop.domain.measure_circle import Party
from desktop.domain.meeting_work import Decided, Responsibility
from desktop.domain.meetings import AgendaState, Interpreter, Meeting, MeetingKind, MeetingTask
from desktop.domain.signing import Decline, DeclineReason
from desktop.export.agreement_pdf import build_agreement_pdf
from desktop.export.consent_pdf import build_consent_pdf, consent_html
from desktop.export.document_base import DocumentHeader
from desktop.export.document_html import agreement_html, evaluation_html, minutes_html
from desktop.export.document_stamp import stamping
from desktop.export.evaluation_pdf import build_evaluation_pdf
from desktop.export.minutes_draft import draft_agenda, draft_decisions
from desktop.export.minutes_pdf import build_minutes_pdf
from desktop.forms.agreement_templates import load_templates
from desktop.services import read_catalogue

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "naervaer_nn.ts"
TEMPLATES = load_templates()[0]

# Words only bokmål writes (as whole words, any case). The case data below is
# written without them, so any hit comes from the program's own words.
BOKMAL = re.compile(
    r"\b(ikke|hva|hvem|hvor|hvorfor|noe|fra|uke|uker|foresatte|foresatt|skole|skolen|også|"
    r"ble|gjelder|dager|timer|opplysninger|tjenesten|barneverntjenesten|henvisning|henvises|"
    r"fravær|unntatt|offentlighet|sted|ansvarlig|annet|annen|ledelsen|kontaktlærer|"
    r"helsesykepleier|oppgave|oppgaver|født|hele|mer|videre|ennå|nå|trekkes|evalueres|"
    r"senere|mangler|hoppet|vurdert\s+ennå|fungert\s+ikke)\b", re.IGNORECASE)

HEADER = DocumentHeader("Ola Nordmann", "Bø skule", date(2026, 3, 2))

AGREEMENT_NN = {
    "title": "Samarbeidsavtale",
    "intro": "Avtale mellom eleven, skulen, dei føresette og andre som er med, om kva kvar "
             "enkelt gjer for at eleven skal vere på skulen og ha det godt der.",
    "place_date": "Stad og dato", "present": "Til stades",
    "long_term_goal": "Langsiktig mål for samarbeidet",
    "sub_goals": "Delmål / steg i opptrappingsplanen",
    "sub_goals_hint": "Kvart delmål seier kva eleven deltek i, kva støtte eleven får, og kor "
                      "lenge steget varer.",
    "measures": "Tiltak og ansvarsfordeling",
    "measures_hint": "Alle som er med, har sin del av ansvaret.",
    "responsible_for": "{party} har ansvar for:", "why": "kvifor", "plan_b": "Plan B",
    "plan_b_hint": "Om eleven ikkje klarer å møte som avtalt: kven ringjer kven, og kven gjer "
                   "kva?",
    "plan_b_responsible": "Ansvarleg for plan B", "period": "Periode og evaluering",
    "period_text": "Avtalen gjeld frå {start} til {end}. Han skal evaluerast {evaluation}.",
    "contact": "Kontakt mellom heim og skule",
    "contact_reminder": "Hugs: sensitive opplysningar om eleven blir ikkje sende på e-post.",
    "next_meeting": "Neste møte", "signatures": "Underskrifter",
    "signatures_hint": "Alle som var til stades, òg eleven, skriv under.",
}
EVALUATION_NN = {
    "title": "Evaluering av samarbeidsavtale",
    "intro": "Evaluering av mål, delmål, tiltak og plan B i samarbeidsavtalen.",
    "present": "Til stades ved evalueringa", "goal": "Mål for samarbeidet",
    "sub_goals": "Delmål", "measures": "Evaluering av tiltak", "plan_b": "Evaluering av plan B",
    "outcome": "Basert på evalueringa er det avtalt",
    "no_further": "Det er ikkje behov for vidare systematisk oppfølging.",
    "new_agreement": "Det blir laga ein ny samarbeidsavtale.",
    "referral": "Tilvising blir vurdert", "signatures": "Underskrifter",
}  # the optional keys (place_date, assessment, note …) come from the code's defaults
MINUTES_NN = {
    "title": "Møtereferat", "present": "Til stades", "agenda": "Saksliste", "notes": "Notat",
    "decisions": "Vedtak", "tasks": "Oppgåver til neste møte", "next_meeting": "Neste møte",
    "paper_reminder": "Referatet blir gitt til dei føresette på papir.",
}

P, M = Participant, AgreementMeasure


def agreement() -> Agreement:
    """A case written in nynorsk: every party, an interpreter, sub-goals with
    their measures, partly signed with one who signs later."""
    a = Agreement(
        number=1, place="Bø skule, møterom 2", held_on=date(2026, 3, 2),
        participants=(P("Ola Nordmann", "Elev", Party.PUPIL),
                      P("Kari Nordmann", "Mor", Party.GUARDIANS, interpreter="somali"),
                      P("Siv Lund", "Kontaktlærar", Party.CONTACT_TEACHER),
                      P("Per Dahl", "Rektor", Party.LEADERSHIP),
                      P("Liv Berg", "Helsesjukepleiar", Party.HEALTH_NURSE),
                      P("Åse Vik", "Rådgjevar", Party.OTHER)),
        long_term_goal="Ola skal vere på skulen heile dagen og trivast.",
        sub_goals=(SubGoal("Ola kjem til skulen kvar morgon", "2 veker"),
                   SubGoal("Ola går sjølv til skulen")),
        measures=(M("Møte Ola i skuleporten", Party.CONTACT_TEACHER, sub_goal=0),
                  M("Setje av eit rom", Party.LEADERSHIP, sub_goal=0),
                  M("Følgje Ola dei første dagane", Party.GUARDIANS, why="Gruar seg"),
                  M("Øve på å gå heimanfrå", Party.PUPIL, sub_goal=1),
                  M("Samtale kvar veke", Party.HEALTH_NURSE),
                  M("Rettleie skulen", Party.PPT),
                  M("Halde kontakt", Party.OTHER)),
        plan_b="Mor ringjer kontaktlæraren før klokka åtte.",
        plan_b_responsible="Mor og rektor", evaluation_on=date(2026, 3, 16),
        contact_routine="Kontaktlæraren ringjer mor kvar ettermiddag.",
        next_meeting="Måndag 16. mars klokka 14")
    frozen = freeze(a, date(2026, 3, 2))
    signed = sign(frozen, (Signature("Ola Nordmann", "Elev", date(2026, 3, 2)),
                           Signature("Siv Lund", "Kontaktlærar", date(2026, 3, 2))))
    return replace(signed, id=1, declines=(Decline("Per Dahl", DeclineReason.LATER),))


def evaluation(a: Agreement):
    e = start_evaluation(a, date(2026, 3, 16), lambda m: m.person or "Skulen")
    rated = [replace(item, rating=rating, note="Gjekk fint" if rating is Rating.WORKED else "")
             for item, rating in zip(e.measures, [Rating.WORKED, Rating.PARTLY, Rating.NOT,
                                                  Rating.UNSET] * 2)]
    goals = tuple(replace(g, rating=Rating.PARTLY) for g in e.sub_goals)
    return e.edited(measures=tuple(rated), sub_goals=goals, outcome=Outcome.FURTHER,
                    referral=Referral.REFER, referral_kind=ReferralKind.CHILD_WELFARE,
                    plan_b_rating=Rating.WORKED, place="Bø skule",
                    participants=a.participants)


PERIOD = WindowTotals("avtale", date(2026, 3, 2), date(2026, 3, 13), 60, 6, 2, 4, 1, 2, 1)

MEETING = Meeting(
    id=1, held_at=datetime(2026, 3, 16, 14, 0), kind=MeetingKind.EVALUATION,
    place="Møterom 2",
    participants=(P("Ola Nordmann", "Elev", Party.PUPIL),
                  P("Kari Nordmann", "Mor", Party.GUARDIANS)),
    absent=(P("Liv Berg", "Helsesjukepleiar", Party.HEALTH_NURSE),),
    interpreter=Interpreter("somali", "Kari Nordmann", "Ayaan Nur"),
    agenda="1. Korleis gjekk veka", notes="Ola var på skulen fire av fem dagar.",
    decisions="Halde fram", tasks=(MeetingTask("Ringje PPT", "Siv Lund", date(2026, 3, 20)),),
    next_meeting=datetime(2026, 3, 30, 14, 0))


@pytest.fixture
def nynorsk_catalogue():
    """The branch's catalogue for nn; the loader and the UI language restored after."""
    before = language.ui_language()
    language.set_catalogue_loader(lambda lang: TS.read_bytes() if lang == "nn" else None)
    try:
        yield
    finally:
        language.set_catalogue_loader(read_catalogue)
        language.set_ui_language(before)


def flat(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def pdf_text(build, *args, **kwargs) -> str:
    out = io.BytesIO()
    build(out, *args, **kwargs)
    return flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue()))
                         .pages))


def html_text(html: str) -> str:
    return flat(re.sub(r"<[^>]+>", " ", html).replace("&nbsp;", " "))


def both(make) -> tuple[str, str, str]:
    """(plain, bokmål with the catalogue loaded, nynorsk) from the same data."""
    plain = make()
    with document_language("nb"):
        bokmal = make()
    with document_language("nn"):
        nynorsk = make()
    return plain, bokmal, nynorsk


def no_bokmal(text: str, plain: str) -> None:
    assert BOKMAL.search(plain), "the check finds bokmål in the bokmål document"
    found = sorted({m.group(0) for m in BOKMAL.finditer(text)})
    assert not found, f"bokmål in the nynorsk document: {found}\n{text}"


def test_the_agreement_in_nynorsk(nynorsk_catalogue):
    a = agreement()

    def texts():
        return AGREEMENT_NN if language.current() == "nn" else TEMPLATES.agreement

    for plain, bokmal, nynorsk in (
            both(lambda: pdf_text(build_agreement_pdf, a, texts(), HEADER)),
            both(lambda: html_text(agreement_html(a, texts(), HEADER)))):
        assert plain == bokmal
        for words in ("Unntatt offentlighet", "Skole: Bø skule", "Tolk: somali, for mor",
                      "Delmål 1 (2 veker)", "Tiltak A: Møte Ola i skuleporten",
                      "Kontaktlærer har ansvar for:", "Ledelsen ved skolen har ansvar for:",
                      "Foresatte har ansvar for:", "Helsesykepleier har ansvar for:",
                      "Andre involverte har ansvar for:", "(uke 10)",
                      "delvis signert (2 av 6)", "Mangler underskrift fra:",
                      "signerer senere"):
            assert words in plain, words
        for words in ("Unnateke offentlegheit", "Skule: Bø skule", "Elev: Ola Nordmann",
                      "Tolk: somali, for mor", "Delmål 1 (2 veker)",
                      "Tiltak A: Møte Ola i skuleporten", "Kontaktlærar har ansvar for:",
                      "Leiinga ved skulen har ansvar for:", "Føresette har ansvar for:",
                      "Eleven har ansvar for:", "Helsesjukepleiar har ansvar for:",
                      "PPT har ansvar for:", "(veke 10)", "delvis signert (2 av 6)",
                      "signerer seinare"):
            assert words in nynorsk, words
        no_bokmal(nynorsk, plain)


def test_the_evaluation_in_nynorsk(nynorsk_catalogue):
    a = agreement()
    e = evaluation(a)

    def texts():
        return EVALUATION_NN if language.current() == "nn" else TEMPLATES.evaluation

    for plain, bokmal, nynorsk in (
            both(lambda: pdf_text(build_evaluation_pdf, e, a, texts(), HEADER, "",
                                  PERIOD)),
            both(lambda: html_text(evaluation_html(e, a, texts(), HEADER, "", PERIOD)))):
        assert plain == bokmal
        for words in ("Unntatt offentlighet", "Sted og dato", "Tolk: somali, for mor",
                      "Delmål 1", "Vurdering: Delvis", "Ikke fungert", "ikke vurdert",
                      "Fravær i avtaleperioden", "6 timer (10 %)", "Hele dager borte",
                      "Forsentkomminger", "Mer omfattende innsats trengs: saken går videre.",
                      "henvises til Barnevern."):
            assert words in plain, words
        for words in ("Unnateke offentlegheit", "Stad og dato", "Tolk: somali, for mor",
                      "Delmål 1", "Vurdering: Delvis", "Ikkje fungert", "ikkje vurdert",
                      "Fråvær i avtaleperioden", "6 timar (10 %)", "Heile dagar borte",
                      "Forseintkomingar", "Gått frå skulen i løpet av dagen",
                      "Meir omfattande innsats trengst: saka går vidare.",
                      "Behov for tilvising vidare (PPT, BUP, barneverntenesta eller andre) er "
                      "vurdert: blir tilvist til Barnevern.",
                      "Avtale 1, versjon 1 · evaluert 16.03.2026"):
            assert words in nynorsk, words
        no_bokmal(nynorsk, plain)
    pdf_only = both(lambda: pdf_text(build_evaluation_pdf, e, a, texts(), HEADER, "", PERIOD))
    assert "Tiltak Ansvarleg Vurdering Merknad" in pdf_only[2]
    assert "Frå fråværsregisteret I avtaleperioden" in pdf_only[2]


def test_the_minutes_in_nynorsk(nynorsk_catalogue):
    def texts():
        return MINUTES_NN if language.current() == "nn" else TEMPLATES.minutes

    for plain, bokmal, nynorsk in (
            both(lambda: pdf_text(build_minutes_pdf, MEETING, texts(), HEADER)),
            both(lambda: html_text(minutes_html(MEETING, texts(), HEADER)))):
        assert plain == bokmal
        assert "Evalueringsmøte · 16.03.2026 kl. 14:00 · Møterom 2" in plain
        assert "Meldt forfall" in plain and "Skole: Bø skule" in plain
        assert "Evalueringsmøte · 16.03.2026 kl. 14:00 · Møterom 2" in nynorsk
        assert "Liv Berg (helsesjukepleiar)" in nynorsk
        assert "somali, for mor, Ayaan Nur" in nynorsk and "Skule: Bø skule" in nynorsk
        assert "30.03.2026 kl. 14:00" in nynorsk
        no_bokmal(nynorsk, plain)
    pdf = both(lambda: pdf_text(build_minutes_pdf, MEETING, texts(), HEADER))
    assert "Oppgave Ansvarlig Frist" in pdf[0]
    assert "Oppgåve Ansvarleg Frist" in pdf[2] and "Unnateke offentlegheit" in pdf[2]


def test_the_minutes_draft_in_nynorsk(nynorsk_catalogue):
    a = agreement()
    page = Decided(MEETING, a, replace(evaluation(a), referral=Referral.NOT_NEEDED),
                   (Responsibility("Møte Ola", "Kontaktlærar", date(2026, 3, 23), "measure"),),
                   datetime(2026, 3, 30, 14, 0), ("Kartleggingssamtale",), ("Møte 02.03.2026",))
    items = [("apning", "Velkomen"), ("neste", "Neste")]
    skipped = replace(MEETING, agenda_state={"apning": AgendaState.SKIPPED})
    plain, bokmal, nynorsk = both(lambda: draft_decisions(page) + "\n"
                                  + draft_agenda(items, skipped))
    assert plain == bokmal
    assert "Avtalen ble evaluert; utfallet er at mer omfattende innsats trengs." in plain
    assert nynorsk.splitlines() == [
        "Vi hadde kartleggingssamtale med eleven og dei føresette.",
        "Vi gjekk gjennom tiltakssirkelen (stand: Møte 02.03.2026).",
        "Avtalen vart evaluert; utfallet er at meir omfattande innsats trengst.",
        "Behov for tilvising vidare (PPT, BUP, barneverntenesta eller andre) er vurdert: "
        "ikkje behov for tilvising no.",
        "Samarbeidsavtale 1, versjon 1 (klar til signering), skal evaluerast 16.03.2026.",
        "Tiltak:",
        "- Møte Ola (ansvar: Kontaktlærar)",
        "Neste møte: 30.03.2026 kl. 14:00.",
        "1. Velkomen (hoppa over)",
        "2. Neste"]


def test_the_consent_form_in_nynorsk(nynorsk_catalogue):
    guardians = [Person("Kari Nordmann"), Person("Per Nordmann")]
    birth = date(2010, 1, 5)
    for c in (Consent(1, ConsentService.CHILD_WELFARE, "", "Heile saka", "Samarbeid om tiltak",
                      (), date(2026, 9, 1), None, date(2027, 1, 3)),
              Consent(2, ConsentService.HEALTH_NURSE, "", "Fråværet", "Rettleiing", (),
                      date(2026, 9, 1), date(2027, 6, 30))):
        lines = signers(guardians, birth, c.given_on)
        for plain, bokmal, nynorsk in (
                both(lambda: pdf_text(build_consent_pdf, c, "Ola Nordmann", birth, lines,
                                      HEADER)),
                both(lambda: html_text(consent_html(c, "Ola Nordmann", birth, lines,
                                                    HEADER)))):
            assert plain == bokmal
            assert "Samtykke til å dele opplysninger" in plain and "Født" in plain
            for words in ("Samtykke til å dele opplysningar", "Unnateke offentlegheit",
                          "Fødd", "Opplysningane kan delast med", "Kva som kan delast",
                          "Føremål", "Kor lenge samtykket gjeld",
                          "Frivillig – og kan trekkjast tilbake", "Kven som samtykkjer",
                          "Kari Nordmann (føresett)", "Ola Nordmann (eleven)",
                          "Stad og dato"):
                assert words in nynorsk, words
            no_bokmal(nynorsk, plain)
            if c.service is ConsentService.CHILD_WELFARE:
                assert "barneverntenesta" in nynorsk
                assert "Samtykket vart trekt tilbake 03.01.2027." in nynorsk
                assert "til det blir trekt tilbake" in nynorsk
            else:
                assert "helsesjukepleiar" in nynorsk
                assert "Samtykket gjeld frå 01.09.2026 til og med 30.06.2027." in nynorsk


def test_the_stamp_and_page_marks_in_nynorsk(nynorsk_catalogue):
    with stamping("2026-0041"):
        plain, bokmal, nynorsk = both(lambda: pdf_text(
            build_minutes_pdf, MEETING,
            MINUTES_NN if language.current() == "nn" else TEMPLATES.minutes, HEADER))
    assert plain == bokmal
    for text in (plain, nynorsk):
        assert "Dok. 2026-0041 · kontroll ####-####" in text and "side 1 av 1" in text
        assert "offl. § 13 jf. fvl. § 13" in text


def test_a_header_made_before_the_language_is_chosen_follows_the_document(nynorsk_catalogue):
    header = DocumentHeader("Ola Nordmann", "Bø skule", date(2026, 3, 2))  # made in the UI
    assert header.top_parts() == ["Elev: Ola Nordmann", "Skole: Bø skule", "Dato: 02.03.2026"]
    with document_language("nn"):
        assert header.top_parts() == ["Elev: Ola Nordmann", "Skule: Bø skule",
                                      "Dato: 02.03.2026"]
        assert header.marking() == "Unnateke offentlegheit"
    assert header.marking() == "Unntatt offentlighet"
    language.set_ui_language("nn")  # a nynorsk UI, a bokmål case: the case wins
    with document_language("nb"):
        assert header.marking() == "Unntatt offentlighet"
