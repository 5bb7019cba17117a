"""The agreement, evaluation and minutes PDFs, read back with pypdf: every
section, every party's measures, plan B, the evaluation date, one signature
line per participant with name and role, Sámi letters intact, the marking and
"side x av y" on every page."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime

import pypdf

from desktop.domain.agreements import Participant, Signature, SubGoal, freeze, sign
from desktop.domain.evaluations import Outcome, Rating, Referral, ReferralKind, start_evaluation
from desktop.domain.measure_circle import Party
from desktop.domain.meetings import Meeting, MeetingKind, MeetingTask
from desktop.export.agreement_pdf import build_agreement_pdf
from desktop.export.document_base import DocumentHeader
from desktop.export.evaluation_pdf import build_evaluation_pdf
from desktop.export.minutes_pdf import build_minutes_pdf
from desktop.forms.agreement_templates import load_templates
from tests.agreements.examples import JENS_STEPS, signature_png, tonje

TEMPLATES, _ = load_templates()
HEADER = DocumentHeader("Tonje Ánde", "Bommen skole", date(2026, 3, 2))


def pages_of(build, *args) -> list[str]:
    out = io.BytesIO()
    build(out, *args)
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    assert reader.pages[0].mediabox.width == 595.2756 or round(
        float(reader.pages[0].mediabox.width)) == 595  # A4
    return [page.extract_text() for page in reader.pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_agreement_has_every_section_party_and_signature_line():
    agreement = sign(freeze(tonje(), date(2026, 3, 2)),
                     (Signature("Tonje Ánde", "Elev", date(2026, 3, 2), signature_png()),))
    pages = pages_of(build_agreement_pdf, agreement, TEMPLATES.agreement, HEADER)
    text = flat(" ".join(pages))
    for key in ("title", "place_date", "present", "long_term_goal", "sub_goals", "measures",
                "plan_b", "period", "contact", "contact_reminder", "next_meeting",
                "signatures"):
        assert flat(TEMPLATES.agreement[key]) in text, key
    for party in ("Kontaktlærer har ansvar for:", "Ledelsen ved skolen har ansvar for:",
                  "Far har ansvar for:", "Mor har ansvar for:", "Eleven har ansvar for:"):
        assert party in text
    for measure in agreement.measures:
        assert flat(measure.text) in text
    assert "Hvis Tonje ikke kommer, bytter far og mor roller" in text
    assert "Ansvarlig for plan B: Foresatte og sosiallærer" in text
    assert "Den evalueres 06.03.2026" in text
    assert "Bommen skole, møterom 2, 02.03.2026" in text
    for person in agreement.participants:  # one line per participant: name and role
        assert text.count(f"{person.name} – {person.role[:1].lower() + person.role[1:]}") == 1, \
            "roles print in lower case: (mor), (kontaktlærer)"
    assert "Ola Šára" in text and "Tonje Ánde" in text  # Sámi letters intact
    for number, page in enumerate(pages, 1):
        assert "Unntatt offentlighet" in page
        assert f"side {number} av {len(pages)}" in page
        assert "Elev: Tonje Ánde" in page and "Skole: Bommen skole" in page


def test_the_jens_agreement_lists_five_sub_goals_and_other_parties():
    jens = replace(tonje(), sub_goals=tuple(SubGoal(s, "2 uker") for s in JENS_STEPS),
                   participants=tonje().participants + (Participant("Bodil PPT", "PPT",
                                                                    Party.PPT),))
    jens = replace(jens, measures=jens.measures + (
        replace(jens.measures[0], text="Utrede fagvansker som henvist", party=Party.PPT),))
    text = flat(" ".join(pages_of(build_agreement_pdf, jens, TEMPLATES.agreement, HEADER)))
    for number, step in enumerate(JENS_STEPS, 1):
        assert f"Delmål {number} (2 uker): {step}" in text
    assert "PPT har ansvar for:" in text and "Utrede fagvansker som henvist" in text
    why = replace(jens, measures=(replace(jens.measures[0], why="Gruer seg til overgangene"),))
    text = flat(" ".join(pages_of(build_agreement_pdf, why, TEMPLATES.agreement, HEADER)))
    assert "(hvorfor: Gruer seg til overgangene)" in text
    assert "Bodil PPT – PPT" in text


def test_the_evaluation_and_the_minutes():
    agreement = replace(freeze(tonje(), date(2026, 3, 2)), id=1)
    evaluation = start_evaluation(agreement, date(2026, 3, 6), lambda m: m.person or "Skolen")
    rated = list(evaluation.measures)
    rated[0] = replace(rated[0], rating=Rating.WORKED, note="Gikk fint")
    rated[1] = replace(rated[1], rating=Rating.NOT)
    evaluation = evaluation.edited(measures=tuple(rated), outcome=Outcome.NEW_AGREEMENT,
                                   outcome_text="Det lages en ny samarbeidsavtale.",
                                   referral=Referral.REFER, referral_kind=ReferralKind.BUP,
                                   referral_note="Vurderes – đ", plan_b_note="Ble brukt én gang")
    text = flat(" ".join(pages_of(build_evaluation_pdf, evaluation, agreement,
                                  TEMPLATES.evaluation, HEADER)))
    for key in ("title", "present", "goal", "sub_goals", "measures", "plan_b", "outcome",
                "signatures"):
        assert flat(TEMPLATES.evaluation[key]) in text, key
    assert "Fungert" in text and "Ikke fungert" in text and "Gikk fint" in text
    # Vedlegg 4: the conclusion, and apart from it the referral assessment with its result.
    assert "Det lages en ny samarbeidsavtale." in text
    assert ("Behov for henvisning videre (PPT, BUP, barneverntjenesten eller andre) er vurdert: "
            "henvises til BUP.") in text and "Vurderes – đ" in text
    assert "Ola Šára – sosiallærer" in text

    meeting = Meeting(held_at=datetime(2026, 3, 6, 14, 0), kind=MeetingKind.COOPERATION,
                      participants=agreement.participants, agenda="1. Hvordan gikk uka",
                      notes="Tonje var på skolen fire av fem dager.", decisions="Fortsette",
                      tasks=(MeetingTask("Ringe PPT", "Siv Lund", date(2026, 3, 10)),),
                      next_meeting=datetime(2026, 3, 13, 14, 0))
    pages = pages_of(build_minutes_pdf, meeting, TEMPLATES.minutes, HEADER)
    text = flat(" ".join(pages))
    for key in TEMPLATES.minutes:
        if key != "title":
            assert flat(TEMPLATES.minutes[key]) in text, key
    assert "Samarbeidsmøte · 06.03.2026 kl. 14:00" in text
    assert "Ringe PPT Siv Lund 10.03.2026" in text and "13.03.2026 kl. 14:00" in text
    assert "side 1 av 1" in pages[0]


def test_the_case_report_holds_every_document():
    from desktop.export.case_report_pdf import build_case_report
    first = replace(freeze(tonje(), date(2026, 3, 2)), id=1)
    evaluation = start_evaluation(first, date(2026, 3, 6), lambda m: "")
    second = replace(tonje(), id=2, version=2, plan_b="Ny plan B – ž")
    meeting = Meeting(held_at=datetime(2026, 3, 6, 14), notes="Notat fra møtet")
    pages = pages_of(build_case_report, [first, second], [evaluation], [meeting], TEMPLATES,
                     HEADER)
    text = flat(" ".join(pages))
    assert text.count("Samarbeidsavtale") >= 2 and "Evaluering av samarbeidsavtale" in text
    assert "Ny plan B – ž" in text and "Notat fra møtet" in text
    assert f"side {len(pages)} av {len(pages)}" in pages[-1]


def test_very_long_texts_and_markup_characters_print():
    long = ("Tonje <b>&</b> far; «sitat» – á č đ ŋ š ŧ ž. " * 250)[:10_000]
    agreement = replace(tonje(), plan_b=long, long_term_goal=long,
                        measures=tonje().measures + (replace(tonje().measures[0], text=long),))
    pages = pages_of(build_agreement_pdf, agreement, TEMPLATES.agreement, HEADER)
    text = flat(" ".join(pages))
    assert len(pages) >= 4 and "<b>&</b>" in text and "ŋ š ŧ ž" in text
    assert f"side {len(pages)} av {len(pages)}" in pages[-1]


def test_the_evaluation_is_signed_by_the_same_rule_on_paper_and_on_screen():
    from desktop.domain.signing import Decline, DeclineReason
    from desktop.export.document_html import evaluation_html

    agreement = replace(freeze(tonje(), date(2026, 3, 2)), id=1)
    evaluation = replace(
        start_evaluation(agreement, date(2026, 3, 6), lambda m: ""),
        signatures=(Signature("Tonje Ánde", "Elev", date(2026, 3, 6)),),
        declines=(Decline("Per Ánde", DeclineReason.OTHER, "på jobb", date(2026, 3, 6)),))
    words = "Avtale 1, versjon 1 · evaluert 06.03.2026 · delvis signert (1 av 5)"
    missing = ("Mangler underskrift fra: Kari Ánde, Siv Lund, Ola Šára. "
               "Signerer ikke: Per Ánde (signerer ikke: på jobb).")
    text = flat(" ".join(pages_of(build_evaluation_pdf, evaluation, agreement,
                                  TEMPLATES.evaluation, HEADER)))
    assert words in text and missing in text
    assert "Tonje Ánde – elev Per Ánde – far 06.03.2026 Signerer ikke: på jobb" in text
    html = evaluation_html(evaluation, agreement, TEMPLATES.evaluation, HEADER)
    assert words in html and missing in html and "Signerer ikke: på jobb" in html


def test_roles_print_in_lower_case_except_abbreviations():
    from desktop.export.document_base import person_in_print, role_in_print

    assert [role_in_print(r) for r in ("Mor", "Kontaktlærer", "Rektor", "PPT", "BUP", "")] == [
        "mor", "kontaktlærer", "rektor", "PPT", "BUP", ""]
    assert person_in_print("Kari Ánde", "Mor") == "Kari Ánde (mor)"
    assert person_in_print("Ola", "") == "Ola"


def test_a_frozen_copy_prints_without_the_fill_in_hints_and_keeps_headings_with_their_text():
    """Issue 15: hints help while writing; a frozen or signed copy is the agreement
    itself. "Ansvarlig for plan B" stays with its heading; no heading ends a page alone."""
    from reportlab.platypus import KeepTogether

    from desktop.export.agreement_pdf import agreement_story
    from desktop.export.document_base import Styles

    texts = TEMPLATES.agreement
    hints = [flat(texts[k]) for k in ("sub_goals_hint", "measures_hint", "plan_b_hint",
                                      "signatures_hint")]
    draft = tonje()
    draft_text = flat(" ".join(pages_of(build_agreement_pdf, draft, texts, HEADER)))
    assert all(h in draft_text for h in hints)
    frozen = freeze(draft, date(2026, 3, 2))
    frozen_text = flat(" ".join(pages_of(build_agreement_pdf, frozen, texts, HEADER)))
    assert not any(h in frozen_text for h in hints)
    assert flat(texts["plan_b"]) in frozen_text  # the headings themselves stay

    story = agreement_story(frozen, texts, Styles(), "Tonje")
    plan_b = [f for f in story if isinstance(f, KeepTogether)
              and any(getattr(x, "text", "") == texts["plan_b"] for x in f._content)]
    assert len(plan_b) == 1
    assert any(getattr(x, "text", "").startswith(texts["plan_b_responsible"])
               for x in plan_b[0]._content)
