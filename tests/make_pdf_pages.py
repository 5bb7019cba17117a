"""Renders one page of every PDF the program prints, for the README: the
agreement, the evaluation (Vedlegg 4), the minutes, the conversation summary,
the tiltakssirkel, the opptrappingsplan and the three blank forms. Made from
invented example values (the Oslo case "Tonje", the plan of "Jens"), page 1 of
each at 50 dpi (pdftoppm; 32 colours with ImageMagick's convert when it is
there) into resources/screenshots/pdf_*.png; the
evaluation's second page too (where the conclusion and signatures are).

    .venv/bin/python tests/make_pdf_pages.py

No Qt: the documents are built by desktop/export as the program builds them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.domain.absence import AbsenceRecord  # noqa: E402
from desktop.domain.absence_totals import span_totals  # noqa: E402
from desktop.domain.agreements import Participant, Signature, freeze, sign  # noqa: E402
from desktop.domain.conversations import Answer, Conversation, guide_from_data  # noqa: E402
from desktop.domain.escalation_plan import timeline  # noqa: E402
from desktop.domain.evaluations import Outcome, Rating, Referral, start_evaluation  # noqa: E402
from desktop.domain.measure_circle import Party  # noqa: E402
from desktop.domain.meetings import Interpreter, Meeting, MeetingKind, MeetingTask  # noqa: E402
from desktop.domain.school_week import default_week  # noqa: E402
from desktop.export.agreement_pdf import build_agreement_pdf  # noqa: E402
from desktop.export.circle_pdf import build_circle_pdf  # noqa: E402
from desktop.export.conversation_pdf import ConversationSummary, build_conversation_pdf  # noqa
from desktop.export.document_base import DocumentHeader  # noqa: E402
from desktop.export.evaluation_pdf import build_evaluation_pdf  # noqa: E402
from desktop.export.minutes_pdf import build_minutes_pdf  # noqa: E402
from desktop.export.plan_pdf import build_plan_pdf  # noqa: E402
from desktop.forms.agreement_templates import load_templates  # noqa: E402
from desktop.services.blank_forms import write_blank_form  # noqa: E402
from desktop.services.conversation_service import ConversationForms  # noqa: E402
from tests.agreements.examples import signature_png, tonje  # noqa: E402
from tests.circle.test_circle_pdf import FORM, TITLES, filled_circle  # noqa: E402
from tests.plan.test_plan_pdf import HISTORY, WEEK, jens_plan  # noqa: E402

OUT = ROOT / "resources" / "screenshots"
HEADER = DocumentHeader("Tonje Ánde", "Bommen skole", date(2026, 3, 2))


def tied_tonje():
    """Tonje's agreement with measures tied to the sub-goals, a guardian who
    needs an interpreter, signed by two of six."""
    a = tonje()
    ties = {0: 0, 1: 0, 3: 0, 5: 1}
    a = replace(a, participants=a.participants + (
        Participant("Hodan Nur", "Tante", Party.GUARDIANS, "somali"),),
        measures=tuple(replace(m, sub_goal=ties.get(i)) for i, m in enumerate(a.measures)))
    frozen = replace(freeze(a, date(2026, 3, 2)), id=1)
    return sign(frozen, (Signature("Tonje Ánde", "Elev", date(2026, 3, 2), signature_png()),
                         Signature("Per Ánde", "Far", date(2026, 3, 2))))


def evaluation_of(agreement):
    e = start_evaluation(agreement, date(2026, 3, 23), lambda m: {
        Party.CONTACT_TEACHER: "Kontaktlærer", Party.LEADERSHIP: "Sosiallærer",
        Party.PUPIL: "Eleven"}.get(m.party, m.person or "Foresatte"))
    ratings = [Rating.WORKED, Rating.PARTLY, Rating.WORKED, Rating.NOT, Rating.WORKED,
               Rating.PARTLY]
    notes = ["", "Venninnene var syke onsdag", "", "Mor hadde nattevakt", "", ""]
    return replace(
        e, goal_note="Tonje var på skolen 13 av 15 dager, de fleste hele dagen.",
        sub_goals=(replace(e.sub_goals[0], rating=Rating.WORKED, note="Nådd etter uke 1"),
                   replace(e.sub_goals[1], rating=Rating.PARTLY,
                           note="Går selv tre av fem dager")),
        measures=tuple(replace(m, rating=r, note=n)
                       for m, r, n in zip(e.measures, ratings, notes)),
        plan_b_rating=Rating.WORKED, plan_b_note="Brukt én gang; far ringte som avtalt.",
        outcome=Outcome.NEW_AGREEMENT, referral=Referral.NOT_NEEDED,
        signatures=(Signature("Tonje Ánde", "Elev", date(2026, 3, 23), signature_png()),))


def period_of(agreement):
    records = [AbsenceRecord(None, date(2026, 3, 4)),
               AbsenceRecord(None, date(2026, 3, 10), False, (1, 2), documented=True),
               AbsenceRecord(None, date(2026, 3, 12), False, (), late_minutes=10)]
    return span_totals("agreement", agreement.held_on, agreement.period_end(), records,
                       default_week())


def minutes():
    people = tonje().participants
    return Meeting(
        id=1, held_at=datetime(2026, 3, 23, 14, 0), kind=MeetingKind.EVALUATION,
        participants=people[:4] + (Participant("Ola Šára", "Rektor"),), place="Møterom 2",
        absent=(Participant("Bodil Ŋ.", "PPT"),),
        interpreter=Interpreter("somali", "Kari Ánde", "Ayaan Ali"),
        agenda="1. Hvordan gikk ukene?\n2. Evaluering av avtalen\n3. Veien videre",
        notes="Tonje var på skolen 13 av 15 dager. Overgangene gikk best når kontaktlærer "
              "møtte henne i porten.",
        decisions="Avtalen fortsetter med ny versjon i tre uker. Far og mor bytter ikke "
                  "lenger dager.",
        tasks=(MeetingTask("Lage ny avtale til signering", "Siv Lund", date(2026, 3, 24)),
               MeetingTask("Snakke med Tonje om belønning", "Kari Ánde", date(2026, 3, 25))),
        next_meeting=datetime(2026, 4, 13, 14, 0))


def conversation_summary() -> ConversationSummary:
    forms = ConversationForms()
    guide_id = next(g.id for g in forms.guides if not g.checklist)
    data = forms.data_of(guide_id)
    guide = guide_from_data(data)
    conv = Conversation(1, guide.id, guide.version, guide.title, "2027-01-14",
                        ("Kari Ánde (mor)", "Per Ánde (far)", "Siv Lund (kontaktlærer)"),
                        form_snapshot=data,
                        voice_by="kontaktlærer Siv Lund", voice_on="2027-01-12")
    # Tonje was not at this conversation: the contact teacher brought her words.
    given = {
        "rammer_rom_tid": ("Møterom 2, 45 minutter.", False),
        "rammer_elev_deltar": ("nei", False),
        "rammer_forberedelse": ("Tonje er stille i friminuttene og blir ofte sittende "
                                "alene ved lunsj.", False),
        "apning_bekymring": ("Vi delte bekymringen rolig og sa at vi vil finne ut av "
                             "dette sammen.", False),
        "apning_fravaer": ("9 hele dager og 14 enkelttimer siste åtte uker (21 %).", False),
        "elev_trivsel": ("Det er greit, men friminuttene er lange.\nJeg vet ikke hvem jeg "
                         "skal være med.", True),
        "elev_voksne": ("Siv er snill. Jeg liker ikke når vikaren roper.", True),
        "elev_onske": ("At noen venter på meg i døra om morgenen.", True),
        "foresatte_morgen_kveld": ("Morgenene er tunge; hun får vondt i magen før skolen.",
                                   False),
        "stotte_skolen_kan": ("En fast voksen som tar imot henne, og en plan for "
                              "friminuttene.", False),
    }
    answers = {}
    for _step, question in guide.questions():
        if question.id in given:
            value, voice = given[question.id]
            answers[question.id] = Answer(question.id, question.text, value, pupil_voice=voice)
    return ConversationSummary("Tonje Ánde", conv, guide, answers, [], {}, school="Bommen skole")


def render(pdf: Path, name: str, page: int = 1) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(OUT / name)], check=True)
    if shutil.which("convert"):  # 32 colours keep the text readable at a third of the size
        png = str(OUT / f"{name}.png")
        subprocess.run(["convert", png, "+dither", "-colors", "32", f"PNG8:{png}"], check=True)
    print(OUT / f"{name}.png")


def main() -> int:
    if not shutil.which("pdftoppm"):
        print("pdftoppm is needed (apt-get install poppler-utils)")
        return 1
    templates, _ = load_templates()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        agreement = tied_tonje()
        build_agreement_pdf(tmp / "a.pdf", agreement, templates.agreement, HEADER)
        render(tmp / "a.pdf", "pdf_agreement")
        e = evaluation_of(agreement)
        build_evaluation_pdf(tmp / "e.pdf", e, agreement, templates.evaluation,
                             replace(HEADER, on=date(2026, 3, 23)),
                             "Fra avtaledatoen 02.03.2026: fravær før 31 %, etter 7 % (3 uker "
                             "hver).", period_of(agreement))
        render(tmp / "e.pdf", "pdf_evaluation")
        render(tmp / "e.pdf", "pdf_evaluation_2", 2)
        build_minutes_pdf(tmp / "m.pdf", minutes(), templates.minutes,
                          replace(HEADER, on=date(2026, 3, 23)))
        render(tmp / "m.pdf", "pdf_minutes")
        (tmp / "c.pdf").write_bytes(build_conversation_pdf(conversation_summary()))
        render(tmp / "c.pdf", "pdf_conversation")
        build_circle_pdf(tmp / "s.pdf", filled_circle(2), TITLES, FORM.goal, "Tonje Ánde",
                         today=date(2026, 3, 20), school="Bommen skole")
        render(tmp / "s.pdf", "pdf_circle")
        plan = jens_plan()
        build_plan_pdf(tmp / "p.pdf", plan, timeline(plan, WEEK, HISTORY), HISTORY, WEEK,
                       "Jens Nilsen", today=date(2026, 4, 1), school="Bommen skole")
        render(tmp / "p.pdf", "pdf_plan")
        for kind in ("agreement", "evaluation", "conversation"):
            write_blank_form(kind, tmp / f"blank_{kind}.pdf")
            render(tmp / f"blank_{kind}.pdf", f"pdf_blank_{kind}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
