"""The consent form as a PDF (text read back with pypdf) and as the HTML of
the preview: pupil, service, what may be shared, purpose, how long, how to
withdraw, and a signature line per guardian and for the pupil from 15."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

from pypdf import PdfReader

from desktop.domain.consent import Consent, ConsentService, Giver, Person, signers
from desktop.export.consent_pdf import build_consent_pdf, consent_html
from desktop.export.document_base import DocumentHeader

PUPIL, BIRTH = "Máret Ŋuolja Ánde", date(2012, 1, 5)
GUARDIANS = [Person("Kari Ánde"), Person("Áilu Ŋuolja")]
HEADER = DocumentHeader(PUPIL, "Nordvidda skole", date(2027, 1, 5))


def _text(consent: Consent, lines) -> str:
    out = io.BytesIO()
    build_consent_pdf(out, consent, PUPIL, BIRTH, lines, HEADER)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def test_the_form_holds_what_is_shared_and_a_line_for_each_signer():
    c = Consent(1, ConsentService.PPT, "", "Fraværet (dager, timer og mønster)",
                "Henvisning til utredning", (), date(2027, 1, 5), date(2027, 6, 30))
    lines = signers(GUARDIANS, BIRTH, c.given_on)  # the pupil turned 15 that very day
    text = _text(c, lines)
    for expected in ("Samtykke til å dele opplysninger", PUPIL, "05.01.2012", "PPT",
                     "Fraværet (dager, timer og mønster)", "Henvisning til utredning",
                     "Samtykket gjelder fra 05.01.2027 til og med 30.06.2027.",
                     "trekke samtykket tilbake", "Kari Ánde (foresatt)",
                     "Áilu Ŋuolja (foresatt)", f"{PUPIL} (eleven)", "Unntatt offentlighet",
                     "side 1 av 1"):
        assert expected in text, expected
    assert text.count("Sted og dato") == 3
    assert "bekymringsmelding" not in text


def test_a_barnevern_form_says_a_report_of_concern_needs_no_consent_and_a_withdrawal_shows():
    c = Consent(1, ConsentService.CHILD_WELFARE, "", "Hele saken", "Samarbeid om tiltak",
                (Giver("Kari Ánde"),), date(2026, 9, 1), None, date(2027, 1, 3))
    lines = signers(GUARDIANS, BIRTH, c.given_on)  # 14 then: no line for the pupil
    text = _text(c, lines)
    assert "barneverntjenesten" in text
    assert "En bekymringsmelding til barneverntjenesten trenger ikke samtykke" in text
    assert "til det trekkes tilbake" in text
    assert "Samtykket ble trukket tilbake 03.01.2027." in text
    assert text.count("Sted og dato") == 2 and "(eleven)" not in text


def test_the_preview_html_has_the_same_parts():
    c = Consent(1, ConsentService.OTHER, "Familievernkontoret", "Kartleggingen", "Veiledning",
                (), date(2027, 1, 5), None)
    html = consent_html(c, PUPIL, BIRTH, signers(GUARDIANS, BIRTH, c.given_on), HEADER)
    for expected in ("Familievernkontoret", "Kartleggingen", "Veiledning",
                     "Kari Ánde (foresatt)", f"{PUPIL} (eleven)", "Unntatt offentlighet"):
        assert expected in html, expected
