"""PDF/A-2b on every kind of PDF the program writes (issue 14): agreement,
evaluation, minutes, the case report and the closing report, measure circle,
step-up plan, conversation summary and the three blank forms. What is and is
not checked: tests/export/pdfa_check.py."""

from __future__ import annotations

import io
from datetime import date

import pytest

from desktop.domain.agreements import Signature, freeze, sign
from desktop.export.agreement_pdf import build_agreement_pdf
from desktop.export.case_report_pdf import build_case_report, build_closing_report
from desktop.export.circle_pdf import build_circle_pdf
from desktop.export.conversation_pdf import build_conversation_pdf
from desktop.export.evaluation_pdf import build_evaluation_pdf
from desktop.export.minutes_pdf import build_minutes_pdf
from desktop.export.pdfa import srgb_icc_profile
from desktop.export.plan_pdf import build_plan_pdf
from desktop.services.blank_forms import KINDS, write_blank_form
from desktop.services.closing_report import gather_closing_report
from tests.agreements.examples import signature_png, tonje
from tests.export.pdfa_check import check_pdfa
from tests.year_case import NAME, fill_year_case


@pytest.fixture
def report(service):
    case_id = fill_year_case(service)
    session = service.open_case(case_id)
    gathered = gather_closing_report(session, date(2027, 6, 20))
    service.close_case(session)
    return gathered


def _bytes(write) -> bytes:
    out = io.BytesIO()
    write(out)
    return out.getvalue()


def test_every_kind_of_pdf_has_the_pdfa_parts(report, tmp_path):
    r = report
    a = r.agreements[0]
    e = next(x for x in r.evaluations if x.agreement_id == a.id)
    plan = r.plans[0]
    signed = sign(freeze(tonje(), date(2026, 3, 2)),
                  (Signature("Tonje Ánde", "Elev", date(2026, 3, 2), signature_png()),))
    made = {
        "agreement": _bytes(lambda o: build_agreement_pdf(o, a, r.templates.agreement, r.header)),
        "signed agreement": _bytes(lambda o: build_agreement_pdf(o, signed, r.templates.agreement,
                                                                 r.header)),
        "evaluation": _bytes(lambda o: build_evaluation_pdf(o, e, a, r.templates.evaluation,
                                                            r.header)),
        "minutes": _bytes(lambda o: build_minutes_pdf(o, r.meetings[0], r.templates.minutes,
                                                      r.header)),
        "case report": _bytes(lambda o: build_case_report(o, r.agreements, r.evaluations,
                                                          r.meetings, r.templates, r.header)),
        "closing report": _bytes(lambda o: build_closing_report(o, r)),
        "circle": _bytes(lambda o: build_circle_pdf(o, r.circle.circle, r.circle.titles,
                                                    r.circle.goal, NAME)),
        "plan": _bytes(lambda o: build_plan_pdf(o, plan.plan, plan.runs, plan.history,
                                                plan.week, NAME)),
        "conversation": build_conversation_pdf(r.conversations[0]),
    }
    for kind in KINDS:
        path = tmp_path / f"{kind}.pdf"
        write_blank_form(kind, path)
        made[f"blank {kind}"] = path.read_bytes()
    images = {}
    for kind, data in made.items():
        try:
            facts = check_pdfa(data)
        except AssertionError as exc:
            raise AssertionError(f"{kind}: {exc}") from exc
        assert facts["fonts"] <= {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"}, kind
        images[kind] = facts["images"]
    assert images["signed agreement"] >= 1 and images["closing report"] == 0


def test_the_icc_profile_is_srgb():
    """littlecms turns sRGB colours through our profile and back unchanged."""
    from PIL import Image, ImageCms

    ours = ImageCms.ImageCmsProfile(io.BytesIO(srgb_icc_profile()))
    reference = ImageCms.createProfile("sRGB")
    image = Image.new("RGB", (4, 1))
    colours = [(179, 38, 30), (31, 59, 92), (232, 240, 250), (128, 128, 128)]
    image.putdata(colours)
    through = ImageCms.profileToProfile(image, reference, ours)
    assert all(abs(a - b) <= 2 for pa, pb in zip((through.getpixel((x, 0)) for x in range(4)), colours)
               for a, b in zip(pa, pb))
    assert ImageCms.getProfileDescription(ours).strip() == "sRGB IEC61966-2.1"


def test_a_changed_pdf_without_the_parts_is_caught():
    """The checker is not a rubber stamp: a PDF from plain ReportLab fails it."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.drawString(72, 72, "Hei")
    c.save()
    with pytest.raises(AssertionError):
        check_pdfa(out.getvalue())
