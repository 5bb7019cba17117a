"""The referral PDF read back with pypdf: the same header and marking as the
other documents, the parts in order, only the ticked ones, long text and Sámi
letters safe. No Qt."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader

from desktop.domain.referral import PART_TITLES, PartKey
from desktop.export.referral_pdf import build_referral_pdf, referral_html
from desktop.services.referral_service import ReferralService
from tests.referral import helpers as h


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in reader.pages))


def _pdf(referral: ReferralService) -> bytes:
    buffer = io.BytesIO()
    build_referral_pdf(buffer, referral.draft(), referral.header())
    return buffer.getvalue()


def test_the_pdf_holds_the_ticked_parts_in_order_under_the_usual_header(session):
    referral = ReferralService(session)
    referral.start()
    referral.set_text(PartKey.QUESTIONS, "Vi ber PPT om råd og veiledning til skolen.")
    text = _text(_pdf(referral))
    assert "Henvisning til PPT – pedagogisk rapport" in text
    assert "Elev: Ánde Sárá" in text and "Skole: Fjellbakken skole" in text
    assert "Unntatt offentlighet" in text and "side 1 av" in text
    printed = [PART_TITLES[k] for k in (PartKey.BACKGROUND, PartKey.ABSENCE, PartKey.TRIED,
                                        PartKey.PLAN, PartKey.PUPIL_VOICE, PartKey.GUARDIANS,
                                        PartKey.QUESTIONS)]
    positions = [text.index(title) for title in printed]
    assert positions == sorted(positions)
    assert "Vi ber PPT om råd og veiledning til skolen." in text
    assert h.VOICE in " ".join(text.split())
    assert PART_TITLES[PartKey.INTERNAL] not in text
    for secret in (h.INTERNAL_REFLECTION, h.KEARNEY_NOTE, "INTERNT"):
        assert secret not in " ".join(text.split())


def test_ticking_the_internal_part_marks_every_page_internal(session):
    referral = ReferralService(session)
    referral.start()
    referral.set_included(PartKey.INTERNAL, True)
    reader = PdfReader(io.BytesIO(_pdf(referral)))
    for page in reader.pages:
        assert "INTERNT · Unntatt offentlighet" in page.extract_text()
    assert h.KEARNEY_NOTE in " ".join(_text(_pdf(referral)).split())


def test_an_unticked_or_empty_part_is_left_out(session):
    referral = ReferralService(session)
    referral.start()
    referral.set_included(PartKey.PLAN, False)
    text = _text(_pdf(referral))
    assert PART_TITLES[PartKey.PLAN] not in text and h.BACK_REASON not in text
    assert PART_TITLES[PartKey.QUESTIONS] not in text  # nothing written yet


def test_long_text_and_markup_are_printed_as_typed(session):
    referral = ReferralService(session)
    referral.start()
    long_text = ("Ánde <b>&amp; čđŋšŧž</b> " * 3000).strip()  # ~75 000 characters
    referral.set_text(PartKey.QUESTIONS, long_text)
    data = _pdf(referral)
    text = " ".join(_text(data).split())
    assert "Ánde <b>&amp; čđŋšŧž</b>" in text
    assert len(PdfReader(io.BytesIO(data)).pages) > 10


def test_the_preview_html_escapes_the_users_text(session):
    referral = ReferralService(session)
    referral.start()
    referral.set_text(PartKey.QUESTIONS, "<script>x</script>\nlinje to")
    html = referral_html(referral.draft(), referral.header())
    assert "&lt;script&gt;x&lt;/script&gt;<br/>linje to" in html
    assert "Unntatt offentlighet" in html
