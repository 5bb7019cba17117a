"""Blank forms for a meeting held on paper: room to write, not "–"; Vedlegg 4's
outcome as the guide has it; the kartlegging sheet without the internal step."""

from __future__ import annotations

from pypdf import PdfReader

from desktop.domain.conversations import AnswerType
from desktop.forms.agreement_templates import load_templates
from desktop.forms.conversation_forms import load_conversation_forms
from desktop.paths import forms_dir
from desktop.services.blank_forms import KINDS, write_blank_form


def _pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def test_every_blank_form_is_written_and_marked_on_every_page(tmp_path):
    for kind in KINDS:
        path = tmp_path / f"{kind}.pdf"
        write_blank_form(kind, path)
        pages = _pages(path)
        assert pages, kind
        for number, page in enumerate(pages, 1):
            assert "Unntatt offentlighet" in page and f"side {number} av {len(pages)}" in page
            assert "Elev: ____" in page  # the header, with room for the name
            assert " – " not in page.replace("Tomt", "")  # no dash where text would be


def test_the_blank_agreement_has_every_heading_and_a_line_for_each_party(tmp_path):
    path = tmp_path / "avtale.pdf"
    write_blank_form("agreement", path)
    text = " ".join(_pages(path))
    texts = load_templates()[0].agreement
    for key in ("title", "place_date", "present", "long_term_goal", "sub_goals", "measures",
                "plan_b", "plan_b_responsible", "period", "contact", "next_meeting",
                "signatures"):
        assert " ".join(texts[key].split()) in text, key
    for party in ("Kontaktlærer", "Foresatte", "Eleven", "PPT", "Helsesykepleier"):
        assert f"{party} har ansvar for:" in text
    assert "Navn Rolle Underskrift Dato" in text


def test_the_blank_evaluation_follows_vedlegg_4(tmp_path):
    """Seed 001 Vedlegg 4: "Det er ikke lenger behov for systematisk oppfølging av
    skolefravær. ELLER Det utarbeides en ny samarbeidsavtale." and, apart from that,
    "Behov for viderehenvisning til f.eks. PPT, BUP, barneverntjenesten, eller andre
    instanser er blitt vurdert." """
    path = tmp_path / "evaluering.pdf"
    write_blank_form("evaluation", path)
    text = " ".join(_pages(path))
    texts = load_templates()[0].evaluation
    no_further, new = texts["no_further"], texts["new_agreement"]
    assert f"☐ {no_further} ELLER ☐ {new}" in text
    assert "er vurdert" in text and "PPT, BUP, barneverntjenesten" in text
    assert text.index("er vurdert") > text.index(new)  # a question of its own, after
    assert text.count("☐ nådd ☐ delvis ☐ ikke nådd") >= 5  # the goal and four sub-goals


def test_the_blank_kartlegging_sheet_asks_every_question_but_the_internal_ones(tmp_path):
    path = tmp_path / "samtale.pdf"
    write_blank_form("conversation", path)
    text = " ".join(_pages(path))
    guide = next(g for g in load_conversation_forms(forms_dir())[0] if not g.checklist)
    for step in guide.steps:
        for question in step.questions:
            shown = " ".join(question.text.split())
            assert (shown in text) != step.internal, question.id
            if question.type is AnswerType.SCALE and not step.internal:
                assert "☐ 1 ☐ 2" in text
    assert any(s.internal for s in guide.steps)  # there was something to leave out


def test_the_paper_sheets_ask_for_place_and_who_gathered_the_pupils_voice(tmp_path):
    """Seed 001 Vedlegg 4 starts "Sted, Dato:"; seed 002 kap. 2: "Dersom eleven ikke
    er til stede er det viktig at en voksen har kartlagt elevens perspektiv"."""
    write_blank_form("evaluation", tmp_path / "evaluering.pdf")
    evaluation = " ".join(_pages(tmp_path / "evaluering.pdf"))
    assert evaluation.index("Sted og dato") < evaluation.index("Til stede ved evalueringen")
    write_blank_form("conversation", tmp_path / "samtale.pdf")
    sheet = " ".join(" ".join(_pages(tmp_path / "samtale.pdf")).split())
    assert "Var ikke eleven med? Elevens stemme samlet inn av" in sheet
